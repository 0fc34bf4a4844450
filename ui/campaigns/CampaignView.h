#pragma once

#include "common/Words.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace cd {

class DeliverablesPanel;
class FollowupsPanel;
class ResultsPanel;
class TimelinePanel;
class EditHistory;
class ParticipantListModel;
class Workspace;

// The campaign chosen on the Campaigns page: who takes part, on what terms, how far their
// deliverables are, the budget they commit, and the follow-ups on the campaign and its deals. Adds
// creators, edits their terms and removes them, each an undoable step.
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
    // Brings the Results tab to the front.
    void showResults();
    // The campaign's follow-ups and its deals'.
    FollowupsPanel *followupsPanel() const { return m_followups; }
    QAction *addFollowupAction() const { return m_followupAction; }

    void addCreator();
    void editSelected();
    void removeSelected();
    // A follow-up about the chosen creator's deal in this campaign (FollowupDialog).
    void addFollowupForSelected();
    // The quick-entry grid of the campaign's posted deliverables for a day.
    void enterResults();
    // The chosen creator's contract for the campaign (drafted when there is none).
    void openContract();
    // Drafts the payment schedule from the terms (domain.md "Schedule drafted from the terms") for
    // every creator of the campaign, or for the chosen ones; one undoable step, said in the status
    // bar ("Drafted 3 payments, updated 1; 2 creators skipped (status invited)").
    void draftSchedule(bool wholeCampaign);
    // Campaigns > Report as PDF (ReportDialog): the client report as of a day, in a language.
    void exportReport();
    // Asks for the brief's language (the app's by default) and where to save it, then writes the
    // campaign's one-page brief for creators as a PDF.
    void exportBrief();
    // Writes the campaign's brief to `path` in `language` and remembers the folder for the next
    // one; says why and returns false when it cannot.
    bool saveBrief(const QString &path, ContractLanguage language);
    // Where a brief is offered: "Brief - CAMPAIGN.pdf" in the folder the last brief went to, else
    // in the home folder.
    QString suggestedBriefPath() const;
    // What the last action said (the status bar's text), for tests.
    QString lastMessage() const { return m_lastMessage; }
    QAction *draftCampaignAction() const { return m_draftCampaign; }
    QAction *draftSelectedAction() const { return m_draftSelected; }

private:
    void updateState();
    qint64 selectedParticipant() const;
    void tell(const QString &message);
    void updateFollowupTab(int open);

    EditHistory *m_history;
    ParticipantListModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_add, *m_edit, *m_remove, *m_contract, *m_draft, *m_followup;
    QAction *m_editAction, *m_contractAction, *m_removeAction, *m_draftCampaign, *m_draftSelected, *m_followupAction;
    QString m_lastMessage;
    QTabWidget *m_tabs;
    QPushButton *m_briefPdf;
    QPushButton *m_reportPdf;
    QPushButton *m_enterResults;
    DeliverablesPanel *m_deliverables;
    TimelinePanel *m_timeline;
    ResultsPanel *m_results;
    QScrollArea *m_resultsPage; // holds m_results
    FollowupsPanel *m_followups;
};

} // namespace cd
