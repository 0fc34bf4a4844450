#pragma once

#include "common/Words.h"

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class EditHistory;
class FollowupListModel;
struct Followup;

// One record's follow-ups (a creator's, a brand's, a campaign's with its deals'): open ones first
// by due date, done ones after them in grey. New, Edit, Mark Done / Reopen and Delete, each one
// undoable step; Delete asks nothing since Undo (offered right in the panel) brings it back.
// Keys on the list: Insert or Ctrl+N new, Enter or F2 edit, Space done/reopen, Delete delete.
class FollowupsPanel : public QWidget
{
    Q_OBJECT
public:
    FollowupsPanel(EditHistory *history, FollowupAbout about, QWidget *parent = nullptr);

    // The record whose follow-ups are listed (0: none) and its name for the dialog's "About" line.
    void setRecord(qint64 id, const QString &label);
    qint64 recordId() const { return m_id; }

    QAbstractItemModel *model() const;
    QTableView *view() const { return m_table; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *doneAction() const { return m_done; }
    QAction *deleteAction() const { return m_delete; }
    int openCount() const;
    // "2 open, 1 late · 3 done" above the list.
    QString summary() const;
    // What the last action said under the list ("Deleted “Call Rina”."), for tests.
    QString lastMessage() const { return m_lastMessage; }

    void addFollowup();
    void editSelected();
    void toggleDone();
    void deleteSelected();
    // Reads the list again (done on every committed change to follow-ups or the names they show).
    void reload();

signals:
    void openCountChanged(int open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Followup *selected() const;
    void updateState();
    void tell(const QString &message, bool undoable);
    void undoLast();

    EditHistory *m_history;
    FollowupAbout m_about;
    qint64 m_id = 0;
    QString m_label;
    FollowupListModel *m_model;
    QTableView *m_table;
    QLabel *m_summary, *m_empty, *m_message;
    QAction *m_new, *m_edit, *m_done, *m_delete;
    QPushButton *m_doneButton;
    QString m_lastMessage;
    int m_undoIndex = -1; // the history's index right after this panel's last step
};

} // namespace cd
