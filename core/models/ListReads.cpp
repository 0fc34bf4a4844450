#include "ListReads.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace cd {

namespace {
// QString::toCaseFolded() looks each character up in Unicode's tables (at 20,000 creators an eighth
// of the roster's read); for ASCII text, most of a list's, folding is lowering A-Z.
QString folded(QString text)
{
    if (!std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return std::move(text).toCaseFolded();
    for (QChar &c : text)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    return text;
}
} // namespace

QString searchTextOf(const QStringList &cells)
{
    qsizetype size = 0;
    for (const QString &cell : cells)
        size += cell.size() + 1;
    QString text;
    text.reserve(size);
    for (const QString &cell : cells) {
        text += cell;
        text += QLatin1Char('\n');
    }
    return folded(std::move(text));
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
