#include "ListReads.h"

#include "common/Names.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace cd {

// Folded cell by cell (folding never joins characters across a line break): one cell that is not
// ASCII ("—" for no rate, "Müller") no longer sends the whole row through Unicode's tables.
QString searchTextOf(const QStringList &cells)
{
    qsizetype size = 0;
    for (const QString &cell : cells)
        size += cell.size() + 1;
    QString text;
    text.reserve(size);
    for (const QString &cell : cells) {
        appendCaseFolded(text, cell);
        text += QLatin1Char('\n');
    }
    return text;
}

QString rowSearchText(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data().toString();
    return searchTextOf(cells);
}

QStringList searchTerms(const QString &typed)
{
    return typed.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesAll(const QString &searchText, const QStringList &terms)
{
    for (const QString &term : terms)
        if (!searchText.contains(term))
            return false;
    return true;
}

} // namespace cd
