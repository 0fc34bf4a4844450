#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd {

class DeliverablesPanel;
class ResultsPanel;
class TimelinePanel;
class EditHistory;
class ParticipantListModel;
class Workspace;

// The campaign chosen on the Campaigns page: who takes part, on what terms, how far their
// deliverables are, and the budget they commit. Adds creators, edits their terms and removes
// them, each an undoable step.
class CampaignView : public QWidget
{
    Q_OBJECT
public:
    CampaignView(Workspace *workspace, EditHistory *history, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    QTableView *participantsTable() const { return m_table; }
    ParticipantListModel *participants() const { return m_model; }
    QString summary() const;
    DeliverablesPanel *deliverablesPanel() const { return m_deliverables; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ResultsPanel *resultsPanel() const { return m_results; }

    void addCreator();
    void editSelected();
    void removeSelected();
    // The quick-entry grid of the campaign's posted deliverables for a day.
    void enterResults();
    // The chosen creator's contract for the campaign (drafted when there is none).
    void openContract();

private:
    void updateState();
    qint64 selectedParticipant() const;

    EditHistory *m_history;
    ParticipantListModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_add, *m_edit, *m_remove, *m_contract;
    QTabWidget *m_tabs;
    QPushButton *m_briefPdf;
    QPushButton *m_enterResults;
    DeliverablesPanel *m_deliverables;
    TimelinePanel *m_timeline;
    ResultsPanel *m_results;
};

} // namespace cd
