#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QComboBox;
class QHBoxLayout;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace cd {

class EmptyState;
class RecordFilterProxy;

// A page that lists one kind of record: a title, a search box filtering every column as you type,
// a sortable table, and a hint in place of the table while there is nothing to list.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    // Takes `model` over; `sortRole` gives raw values for sorting (numbers as numbers).
    TablePage(const QString &title, QAbstractItemModel *model, int sortRole, const QString &searchHint,
              const QString &emptyHint, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // What shows while the list is empty, with room for first-action buttons.
    EmptyState *emptyState() const { return m_empty; }
    QLineEdit *searchField() const { return m_search; }
    // Puts `detail` (what the chosen record holds) under the list, in a splitter whose position is
    // kept under `settingsKey`.
    void setDetail(QWidget *detail, const QString &settingsKey);
    // "3 of 9 campaigns" for the status bar; `noun` is set with setCountNoun().
    QString summary() const;
    // The plural-aware name of what the page lists, as tr("%n campaign(s)") gives it.
    void setCountNoun(std::function<QString(int)> noun);

    // Default widths; then what the user left under `settingsKey` wins.
    void setColumnWidths(std::initializer_list<int> widths, const QString &settingsKey);

    // The model's role holding each row's record id; with it the selection survives reloads.
    void setIdRole(int role);
    // A drop-down beside the search that keeps only the rows whose `column` shows the chosen
    // value; its entries are the values in use, refreshed when the list reloads.
    QComboBox *addColumnFilter(int column, const QString &allText, const QString &accessibleName);
    QList<qint64> selectedIds() const;
    void select(qint64 id);
    // Only the rows whose `role` (an id) is in `ids`; nullopt shows all ("My creators").
    void showOnly(int role, const std::optional<QSet<qint64>> &ids);

signals:
    void selectionChanged();
    void summaryChanged(const QString &summary);

private:
    void updateState();

    QAbstractItemModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
    int m_idRole = -1;
    QWidget *m_content = nullptr;
    std::function<QString(int)> m_noun;
};

} // namespace cd
