#include "ListReads.h"

#include <QAbstractItemModel>

namespace cd {

QString searchTextOf(const QStringList &cells)
{
    QString text;
    for (const QString &cell : cells)
        text += cell + QLatin1Char('\n');
    return text.toCaseFolded();
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
