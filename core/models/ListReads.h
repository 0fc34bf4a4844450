#pragma once

#include <QString>
#include <QStringList>
#include <Qt>

class QAbstractItemModel;

namespace cd {

// How a list model gets its rows: it reads them itself (on construction and after every committed
// change that matters, on the thread it lives on: tests, small pickers), or it shows only what its
// page feeds it from a read on a worker (the pages, so the window never waits for a read).
enum class ListReads
{
    Itself,
    Fed
};

// A row's every column as shown, in one case-folded string (a line per column), for the search:
// made with the read, on the worker, so a key typed matches strings instead of formatting cells.
inline constexpr int ListSearchTextRole = Qt::UserRole + 32;

// The text ListSearchTextRole holds for a row whose cells show `cells`.
QString searchTextOf(const QStringList &cells);
// The same, for `row` of `model`, from its display texts.
QString rowSearchText(const QAbstractItemModel &model, int row);
// The words of a search as typed, folded as the search texts are.
QStringList searchTerms(const QString &typed);
// Whether a search text holds every term (each in any column).
bool matchesAll(const QString &searchText, const QStringList &terms);

} // namespace cd
