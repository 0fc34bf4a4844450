#pragma once

#include <QByteArray>
#include <QList>

class QTableView;

namespace cd {

// Lets the `flexible` columns of `table` (names, campaigns) give up width so the table fits its
// viewport instead of scrolling sideways: at 1366 px the Payments table hid its Paid column off to
// the right. Each flexible column keeps at least `floor` px; when the window grows again they go
// back to the widths they had when this was called (or that the user chose). A column the user
// drags is theirs from then on: fitting stops, so a width they set is never taken back.
void fitColumnsToWidth(QTableView *table, const QList<int> &flexible, int floor = 80);

// Fits again after columns were shown or hidden (an agency's Invoice column).
void refitColumns(QTableView *table);

// The table's header state to remember (QHeaderView::saveState) with the widths the user chose:
// fitted widths are for this window only, and would otherwise stay small in a larger one.
QByteArray headerStateToKeep(QTableView *table);

// True while fitColumnsToWidth resizes columns of `table`: widths it sets for the moment are not
// the user's, and are not remembered as theirs.
bool isFittingColumns(const QTableView *table);

} // namespace cd
