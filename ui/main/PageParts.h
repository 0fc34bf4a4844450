#pragma once

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace cd {

// The heading every page starts with: its name, larger and bold.
QLabel *makePageTitle(const QString &text, QWidget *parent);
// How every list of records behaves: whole-row selection, sorting by column, striped rows,
// one line per record, no row numbers, the last column taking the rest of the width.
void setUpRecordTable(QTableView *table, const QString &accessibleName);

} // namespace cd
