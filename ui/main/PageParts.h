#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAbstractButton;
class QAbstractItemModel;
class QLabel;
class QObject;
class QTableView;
class QWidget;

namespace cd {

// The heading every page starts with: its name, larger and bold.
QLabel *makePageTitle(const QString &text, QWidget *parent);
// How every list of records behaves: whole-row selection, sorting by column, striped rows,
// one line per record, no row numbers, the last column taking the rest of the width.
void setUpRecordTable(QTableView *table, const QString &accessibleName);

// Restores the table's column widths, order and sorting saved under `key` (QSettings) and saves
// them when the user changes them: once a burst of changes is over (half a second), or when the
// table goes, and only when they differ from what is kept.
void rememberHeaderState(QTableView *table, const QString &key);
// Widens `column` (never narrows it) so the longest of `texts` shows whole: a status column read
// "draft submitt…" at its default width. `extra`: room a delegate draws around the text.
void fitColumnTo(QTableView *table, int column, const QStringList &texts, int extra = 0);

// Gives a button whose label follows the selection the width of its longest label, so the
// buttons beside it stay where they are ("Approve" became "Mark Posted" and moved its neighbours).
void reserveWidthFor(QAbstractButton *button, const QStringList &labels);

// The ids (from `idRole`) of the records selected in `table`.
QList<qint64> selectedRecordIds(const QTableView *table, int idRole);
// Selects the record `id` alone and scrolls to it; false when no row shows it.
bool selectRecord(QTableView *table, int idRole, qint64 id);
// Keeps the selected records selected (by id) when `source` reloads, then calls `reselected`.
void keepSelectionByIds(QTableView *table, QAbstractItemModel *source, int idRole, QObject *context,
                        const std::function<void()> &reselected);

} // namespace cd
