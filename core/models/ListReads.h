#pragma once

#include <QString>
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

// The text ListSearchTextRole holds for `row` of `model`, from its display texts.
QString rowSearchText(const QAbstractItemModel &model, int row);

} // namespace cd
