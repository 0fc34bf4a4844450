#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class DeliverableListModel;
class EditHistory;
class Workspace;

// A campaign's deliverables across its creators, soonest due first, late ones in red. One action
// moves the chosen one along the pipeline (submit draft, approve, mark posted, verify); a draft
// can be sent back for a revision with feedback. Every change is an undoable step.
class DeliverablesPanel : public QWidget
{
    Q_OBJECT
public:
    DeliverablesPanel(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    QTableView *table() const { return m_table; }
    DeliverableListModel *deliverables() const { return m_model; }
    QPushButton *advanceButton() const { return m_advance; }
    QPushButton *numbersButton() const { return m_numbers; }
    QString summary() const;

    void addDeliverable();
    void editSelected();
    void advanceSelected();
    void requestRevision();
    // The chosen posted deliverable's numbers on a day (PostNumbersDialog).
    void recordNumbers();
    void deleteSelected();

private:
    void updateState();
    qint64 selected() const;
    QString selectedTitle() const;

    EditHistory *m_history;
    qint64 m_campaign = 0;
    DeliverableListModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_add, *m_edit, *m_advance, *m_revise, *m_numbers, *m_delete;
};

} // namespace cd
