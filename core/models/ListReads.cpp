#include "ListReads.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace cd {

namespace {
bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// QString::toCaseFolded() looks each character up in Unicode's tables (at 20,000 creators an eighth
// of the roster's read); for ASCII text, most of a list's, folding is lowering A-Z.
void appendFolded(QString &to, const QString &text)
{
    if (!isAscii(text)) {
        to += text.toCaseFolded();
        return;
    }
    const qsizetype from = to.size();
    to += text;
    for (QChar *c = to.data() + from, *end = to.data() + to.size(); c != end; ++c)
        if (*c >= QLatin1Char('A') && *c <= QLatin1Char('Z'))
            *c = QChar(c->unicode() + ('a' - 'A'));
}
} // namespace

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
        appendFolded(text, cell);
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
