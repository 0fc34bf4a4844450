#pragma once

#include "BackgroundRead.h"
#include "common/Clock.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

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
class Workspace;

// A page that lists one kind of record: a title, a search box filtering every column as you type,
// a sortable table, and a hint in place of the table while there is nothing to list (or nothing
// read yet).
class TablePage : public QWidget
{
    Q_OBJECT
public:
    // Takes `model` over; `sortRole` gives raw values for sorting (numbers as numbers).
    TablePage(const QString &title, QAbstractItemModel *model, int sortRole, const QString &searchHint,
              const QString &emptyHint, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QAbstractItemModel *model() const { return m_model; }
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

    // Reads the list on a worker with a connection of its own (BackgroundRead): now, on reload()
    // and after every committed change Model::dependsOn() names, so the window never waits for a
    // read. Until the first read arrives the page says `reading`; a failed read says `failed` and
    // why. Rows shown stay until the next read arrives. Model::read takes the day as of which it
    // reads when it needs one.
    template <typename Model>
    void readOnWorker(Workspace *workspace, Model *model, const QString &reading, const QString &failed)
    {
        using Rows = typename Model::Rows;
        m_startRead = [this, model] {
            const QDate today = Clock::today();
            m_read->run<Rows>(
                [today](QSqlDatabase &db) {
                    if constexpr (requires { Model::read(db, today); })
                        return Model::read(db, today);
                    else
                        return Model::read(db);
                },
                [this, model](const Result<Rows> &rows) {
                    readArrived(rows ? QString() : rows.error());
                    model->setRows(rows);
                    selectPending();
                });
        };
        startReading(workspace, &Model::dependsOn, reading, failed);
    }
    // Reads the list again (on the worker).
    void reload();
    // Whether a read is running or waiting.
    bool isReading() const;

    // Default widths; then what the user left under `settingsKey` wins.
    void setColumnWidths(std::initializer_list<int> widths, const QString &settingsKey);

    // The model's role holding each row's record id; with it the selection survives reloads.
    void setIdRole(int role);
    // A drop-down beside the search that keeps only the rows whose `column` shows the chosen
    // value; its entries are the values in use, refreshed when the list reloads.
    QComboBox *addColumnFilter(int column, const QString &allText, const QString &accessibleName);
    QList<qint64> selectedIds() const;
    // Chooses the record; one not listed yet while a read is under way (just added, or the page
    // not read yet when Today opens it) is chosen when the read arrives.
    void select(qint64 id);
    // Only the rows whose `role` (an id) is in `ids`; nullopt shows all ("My creators").
    void showOnly(int role, const std::optional<QSet<qint64>> &ids);

signals:
    void selectionChanged();
    void summaryChanged(const QString &summary);

private:
    void updateState();
    void startReading(Workspace *workspace, bool (*dependsOn)(const QStringList &), const QString &reading,
                      const QString &failed);
    // Before the rows of a read are set: the empty state then tells why a list is empty.
    void readArrived(const QString &error);
    // After they are set: the record select() asked for while they were being read.
    void selectPending();

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
    QString m_emptyHint;
    // Reading on a worker (readOnWorker): the read and the texts said until and unless it arrives.
    BackgroundRead *m_read = nullptr;
    std::function<void()> m_startRead;
    bool m_readOnce = true;     // false from readOnWorker() until its first read arrives
    qint64 m_pendingSelect = 0; // asked for before the read that holds it arrived
    QString m_readError, m_readingText, m_failedText;
};

} // namespace cd
