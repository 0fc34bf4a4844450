#pragma once

#include <QList>
#include <QString>

class QMenu;
class QTableView;
class QWidget;

namespace cd {

// Lets people choose which columns of `table` show, from a menu on its header (right-click): each
// column's title with a check mark, at least one column always left. The choice is kept under the
// settings key `key` (column numbers hidden); before anything is chosen, `hiddenAtFirst` are hidden
// (a wide table's secondary figures, so the rest fit a 1366 px window). Call after the header's
// state is restored (rememberHeaderState): the choice decides what is hidden, not that state.
void offerColumnChoice(QTableView *table, const QString &key, const QList<int> &hiddenAtFirst = {});

// A column that does not apply to this workspace (an agency's Invoice column in a brand's): hidden
// and left out of the menu. Applying again, it shows unless the person hid it.
void setColumnApplies(QTableView *table, int column, bool applies);

// Adds the header's choices (as the right-click shows them) to `menu`: View > Columns, which the
// keyboard reaches too. False when `table` offers none.
bool addColumnChoices(QTableView *table, QMenu *menu);
// The table on `page` that offers a choice of columns, or null (the dashboard has none).
QTableView *tableWithColumnChoice(QWidget *page);

} // namespace cd
