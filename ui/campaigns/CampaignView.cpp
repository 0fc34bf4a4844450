#include "CampaignView.h"

#include "BriefDocument.h"
#include "DeliverablesPanel.h"
#include "DocumentLanguage.h"
#include "ParticipantEditor.h"
#include "ReportDialog.h"
#include "ResultsEntryDialog.h"
#include "ResultsPanel.h"
#include "TimelinePanel.h"
#include "commands/EditHistory.h"
#include "common/Dates.h"
#include "common/LocalSettings.h"
#include "common/Words.h"
#include "contracts/ContractEditor.h"
#include "desk/FollowupDialog.h"
#include "desk/FollowupsPanel.h"
#include "main/Ask.h"
#include "main/DocumentDialog.h"
#include "main/PageParts.h"
#include "main/StatusChip.h"
#include "main/WrappingLabel.h"
#include "models/ParticipantListModel.h"
#include "models/PaymentListModel.h"
#include "money/PaymentService.h"
#include "services/Lookup.h"
#include "services/ParticipantService.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

CampaignView::CampaignView(Workspace *workspace, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history)
{
    m_model = new ParticipantListModel(workspace, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ParticipantListModel::SortRole);
    m_summary = new WrappingLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignSummaryLabel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("participantsTableView"));
    m_table->setModel(proxy);
    setUpRecordTable(m_table, tr("Creators in the campaign"));
    m_table->sortByColumn(ParticipantListModel::Creator, Qt::AscendingOrder);
    // Names get the room (at Qt's 100 px, "Ayu Firmansy…" beside a Deliverables done column with
    // a third of the width); the status shows as a chip with its whole label, as on every list.
    m_table->setColumnWidth(ParticipantListModel::Creator, 170);
    QStringList statuses;
    for (const QString &word : allWords<ParticipantStatus>())
        statuses << wordLabel(word);
    showStatusChips(m_table, ParticipantListModel::Status, ParticipantListModel::StatusWordRole, statuses);
    m_add = new QPushButton(tr("&Add Creator…"), this);
    m_add->setObjectName(QStringLiteral("addParticipantButton"));
    m_edit = new QPushButton(tr("Edit &Terms…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_contract = new QPushButton(tr("&Contract…"), this);
    m_contract->setObjectName(QStringLiteral("participantContractButton"));
    m_contract->setToolTip(tr("Draft, send and sign the chosen creator's contract for this campaign"));
    // W, not F: Alt+F opens the File menu.
    m_followup = new QPushButton(tr("Add Follo&w-up…"), this);
    m_followup->setObjectName(QStringLiteral("addParticipantFollowupButton"));
    m_followup->setToolTip(tr("A dated note about the chosen creator's deal: a call to make, a reply to chase. "
                              "The campaign's Follow-ups tab lists them."));
    // Drafting the payment schedule: for everyone in the campaign, or for the chosen creators.
    m_draftCampaign = new QAction(tr("Draft Payment Schedule for the &Campaign"), this);
    m_draftCampaign->setObjectName(QStringLiteral("draftCampaignScheduleAction"));
    m_draftCampaign->setToolTip(tr("Draft the deposit, fee balance, commission and points payments of every "
                                   "confirmed or completed creator from their terms"));
    m_draftSelected = new QAction(tr("Draft Payment Schedule for the C&hosen Creator"), this);
    m_draftSelected->setObjectName(QStringLiteral("draftCreatorScheduleAction"));
    m_draftSelected->setToolTip(tr("Draft the chosen creator's payments from their terms"));
    auto *draftMenu = new QMenu(this);
    draftMenu->addAction(m_draftCampaign);
    draftMenu->addAction(m_draftSelected);
    m_draft = new QPushButton(tr("Pa&yment Schedule"), this);
    m_draft->setObjectName(QStringLiteral("draftScheduleButton"));
    m_draft->setToolTip(tr("Draft payments from the creators' terms; drafting again updates the drafted ones"));
    m_draft->setMenu(draftMenu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_contract);
    buttons->addWidget(m_followup);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_remove);
    // The same actions on a right-click in the table.
    m_editAction = new QAction(tr("Edit &Terms…"), this);
    m_contractAction = new QAction(tr("&Contract…"), this);
    m_removeAction = new QAction(tr("&Remove…"), this);
    m_followupAction = new QAction(tr("Add Follo&w-up…"), this);
    m_followupAction->setObjectName(QStringLiteral("addParticipantFollowupAction"));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_contractAction, m_followupAction, separator, m_draftSelected, m_draftCampaign,
                         separator2, m_removeAction});
    connect(m_editAction, &QAction::triggered, this, &CampaignView::editSelected);
    connect(m_contractAction, &QAction::triggered, this, &CampaignView::openContract);
    connect(m_removeAction, &QAction::triggered, this, &CampaignView::removeSelected);
    connect(m_followupAction, &QAction::triggered, this, &CampaignView::addFollowupForSelected);
    connect(m_draftCampaign, &QAction::triggered, this, [this] { draftSchedule(true); });
    connect(m_draftSelected, &QAction::triggered, this, [this] { draftSchedule(false); });
    auto *creators = new QWidget(this);
    auto *creatorsLayout = new QVBoxLayout(creators);
    creatorsLayout->addLayout(buttons);
    creatorsLayout->addWidget(m_table, 1);
    m_deliverables = new DeliverablesPanel(workspace, history, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(creators, tr("C&reators"));
    m_tabs->addTab(m_deliverables, tr("De&liverables"));
    m_timeline = new TimelinePanel(workspace, this);
    m_tabs->addTab(m_timeline, tr("Ca&lendar"));
    m_results = new ResultsPanel(workspace, this);
    // Scrolled rather than squeezed: beside a long list the pane is short, and the chart keeps the
    // height it needs to be read (a minimum on the pane itself would take the list's room away).
    m_resultsPage = new QScrollArea(this);
    m_resultsPage->setFrameShape(QFrame::NoFrame);
    m_resultsPage->setWidgetResizable(true);
    m_resultsPage->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultsPage->setWidget(m_results);
    m_tabs->addTab(m_resultsPage, tr("Resul&ts"));
    m_followups = new FollowupsPanel(history, FollowupAbout::Campaign, this);
    m_followups->setObjectName(QStringLiteral("campaignFollowupsPanel"));
    m_tabs->addTab(m_followups, tr("Follow-&ups"));
    connect(m_followups, &FollowupsPanel::openCountChanged, this, &CampaignView::updateFollowupTab);
    m_briefPdf = new QPushButton(tr("Brief as &PDF…"), this);
    m_briefPdf->setObjectName(QStringLiteral("briefPdfButton"));
    m_briefPdf->setToolTip(tr("A one-page brief for creators: content, hashtags, mentions, disclosure, when to post"));
    m_reportPdf = new QPushButton(tr("Rep&ort as PDF…"), this);
    m_reportPdf->setObjectName(QStringLiteral("reportPdfButton"));
    m_reportPdf->setToolTip(tr("The report for the client: results against targets, charts, each creator's figures, "
                               "brief compliance and the top posts"));
    m_enterResults = new QPushButton(tr("Enter Re&sults…"), this);
    m_enterResults->setObjectName(QStringLiteral("enterResultsButton"));
    m_enterResults->setToolTip(
        tr("Type in a day's numbers for every posted deliverable of the campaign on one screen"));
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_enterResults);
    cornerLayout->addWidget(m_briefPdf);
    cornerLayout->addWidget(m_reportPdf);
    m_tabs->setCornerWidget(corner);
    connect(m_enterResults, &QPushButton::clicked, this, &CampaignView::enterResults);
    connect(m_briefPdf, &QPushButton::clicked, this, &CampaignView::exportBrief);
    connect(m_reportPdf, &QPushButton::clicked, this, &CampaignView::exportReport);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    connect(m_add, &QPushButton::clicked, this, &CampaignView::addCreator);
    connect(m_edit, &QPushButton::clicked, this, &CampaignView::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CampaignView::removeSelected);
    connect(m_contract, &QPushButton::clicked, this, &CampaignView::openContract);
    connect(m_followup, &QPushButton::clicked, this, &CampaignView::addFollowupForSelected);
    connect(m_table, &QTableView::activated, this, &CampaignView::editSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignView::updateState);
    keepSelectionByIds(m_table, m_model, ParticipantListModel::IdRole, this, [this] { updateState(); });
    updateState();
}

void CampaignView::setCampaign(qint64 campaignId)
{
    if (campaignId != m_model->campaign())
        m_model->setCampaign(campaignId);
    m_deliverables->setCampaign(campaignId);
    m_timeline->setCampaign(campaignId);
    m_results->setCampaign(campaignId);
    QString name;
    if (m_history && campaignId) {
        QSqlDatabase db = m_history->workspace().db();
        name = lookup::nameById(db, "campaigns", campaignId);
    }
    m_followups->setRecord(campaignId, name);
}

void CampaignView::updateFollowupTab(int open)
{
    m_tabs->setTabText(m_tabs->indexOf(m_followups), open > 0 ? tr("Follow-&ups (%1)").arg(open) : tr("Follow-&ups"));
}

void CampaignView::addFollowupForSelected()
{
    const qint64 id = selectedParticipant();
    if (!m_history || id == 0 || m_history->workspace().isReadOnly())
        return;
    QSqlDatabase db = m_history->workspace().db();
    const auto names = lookup::participantNames(db, id);
    if (!names)
        return;
    FollowupInput initial;
    initial.about = FollowupAbout::Participant;
    initial.recordId = id;
    FollowupDialog dialog(*m_history, 0, initial, FollowupDialog::describeDeal(names->creator, names->campaign), this);
    if (dialog.exec() == QDialog::Accepted)
        tell(tr("Follow-up on %1 added, due %2; the Follow-ups tab lists it.")
                 .arg(names->creator, displayDate(dialog.dueEdit()->date())));
}

QString CampaignView::summary() const
{
    return m_summary->text();
}

void CampaignView::openContract()
{
    if (!m_history || selectedParticipant() == 0)
        return;
    ContractEditor editor(*m_history, selectedParticipant(), this);
    editor.exec();
}

void CampaignView::enterResults()
{
    if (!m_history || !m_model->campaign())
        return;
    QSqlDatabase db = m_history->workspace().db();
    ResultsEntryDialog dialog(*m_history, m_model->campaign(), lookup::nameById(db, "campaigns", m_model->campaign()),
                              this);
    dialog.exec();
}

void CampaignView::updateState()
{
    const bool writable = m_history && !m_history->workspace().isReadOnly();
    const bool chosen = m_model->campaign() != 0;
    m_add->setEnabled(chosen && writable);
    m_briefPdf->setEnabled(chosen);
    m_reportPdf->setEnabled(chosen);
    m_enterResults->setEnabled(chosen && writable);
    m_edit->setEnabled(selectedParticipant() != 0);
    m_remove->setEnabled(selectedParticipant() != 0 && writable);
    m_contract->setEnabled(selectedParticipant() != 0);
    m_editAction->setEnabled(m_edit->isEnabled());
    m_contractAction->setEnabled(m_contract->isEnabled());
    m_followup->setEnabled(selectedParticipant() != 0 && writable);
    m_followupAction->setEnabled(m_followup->isEnabled());
    m_removeAction->setEnabled(m_remove->isEnabled());
    m_draft->setEnabled(chosen && writable && m_model->rowCount() > 0);
    m_draftCampaign->setEnabled(m_draft->isEnabled());
    const int chosenCount = int(selectedRecordIds(m_table, ParticipantListModel::IdRole).size());
    m_draftSelected->setEnabled(chosenCount > 0 && writable);
    m_draftSelected->setText(chosenCount > 1
                                 ? tr("Draft Payment Schedule for the %n C&hosen Creator(s)", nullptr, chosenCount)
                                 : tr("Draft Payment Schedule for the C&hosen Creator"));
    if (!chosen) {
        m_summary->setText(tr("Choose a campaign above to see who takes part."));
        return;
    }
    const Money committed = m_model->committed();
    const int out = m_model->rowCount() - m_model->takingPart();
    QString people = tr("%n creator(s) taking part", nullptr, m_model->takingPart());
    if (out > 0)
        people += tr(" (%n declined or cancelled)", nullptr, out);
    m_summary->setText(
        m_model->budget()
            ? tr("%1 · %2 committed of the %3 budget (%4 left; commission comes on top)")
                  .arg(people, committed.format(), m_model->budget()->format(),
                       Money(m_model->budget()->minor() - committed.minor(), committed.currency()).format())
            : tr("%1 · %2 committed; no budget set").arg(people, committed.format()));
}

qint64 CampaignView::selectedParticipant() const
{
    const QList<qint64> ids = selectedRecordIds(m_table, ParticipantListModel::IdRole);
    return ids.isEmpty() ? 0 : ids.first();
}

void CampaignView::addCreator()
{
    if (!m_history || !m_model->campaign())
        return;
    ParticipantEditor editor(*m_history, m_model->campaign(), 0, ParticipantInput{}, this);
    if (editor.exec() == QDialog::Accepted)
        selectRecord(m_table, ParticipantListModel::IdRole, editor.recordId());
}

void CampaignView::editSelected()
{
    const qint64 id = selectedParticipant();
    if (!m_history || id == 0)
        return;
    QSqlDatabase db = m_history->workspace().db();
    const auto names = lookup::participantNames(db, id);
    if (!names)
        return;
    const auto found = ParticipantService(m_history->workspace()).find(names->campaign, names->creator);
    if (!found)
        return;
    ParticipantEditor editor(*m_history, m_model->campaign(), id, found->second, this);
    editor.exec();
}

void CampaignView::removeSelected()
{
    const qint64 id = selectedParticipant();
    if (!m_history || id == 0)
        return;
    QSqlDatabase db = m_history->workspace().db();
    // Refused before asking: a creator on an issued invoice stays until the invoice is voided.
    if (Status s = ParticipantService::removable(db, id); !s)
        return ask::warn(this, tr("Remove Creator"), s.error());
    auto image = RecordImage::capture(db, RecordImage::Kind::ParticipantTree, id);
    if (!image)
        return ask::warn(this, tr("Remove Creator"), image.error());
    const QString name = m_table->selectionModel()->selectedRows().first().data().toString();
    QStringList goes;
    for (const auto &[table, text] :
         {std::pair{"deliverables",
                    tr("%n deliverable(s)", nullptr, int(image->rowCount(QStringLiteral("deliverables"))))},
          std::pair{"post_metric_snapshots", tr("%n post metric snapshot(s)", nullptr,
                                                int(image->rowCount(QStringLiteral("post_metric_snapshots"))))},
          std::pair{"contracts", tr("%n contract(s)", nullptr, int(image->rowCount(QStringLiteral("contracts"))))},
          std::pair{"payments", tr("%n payment(s)", nullptr, int(image->rowCount(QStringLiteral("payments"))))}})
        if (image->rowCount(QLatin1String(table)) > 0)
            goes << text;
    const QString detail = goes.isEmpty() ? tr("Nothing else is stored for them in this campaign.")
                                          : tr("This also deletes their %1.").arg(goes.join(QStringLiteral(", ")));
    const auto answer = ask::question(
        this, tr("Remove Creator"),
        tr("Remove %1 from the campaign?\n\n%2\nIf they only stepped back, set their status to declined or "
           "cancelled instead: that keeps the history. Edit > Undo brings it all back.")
            .arg(name, detail),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes)
        return;
    const Status done = m_history->editEach(
        RecordImage::Kind::ParticipantTree, {id}, tr("Remove %1 from the campaign").arg(name),
        [this](Transaction &tx, qint64 pid) { return ParticipantService(m_history->workspace()).remove(tx, pid); });
    if (!done)
        ask::warn(this, tr("Remove Creator"), done.error());
}

namespace {
// The folder the last brief was saved in, kept across sessions.
constexpr auto BriefFolderKey = "campaigns/briefFolder";
} // namespace

void CampaignView::exportReport()
{
    if (!m_history || !m_model->campaign())
        return;
    QSqlDatabase db = m_history->workspace().db();
    ReportDialog dialog(m_history->workspace(), m_model->campaign(),
                        lookup::nameById(db, "campaigns", m_model->campaign()), this);
    dialog.exec();
}

void CampaignView::exportBrief()
{
    if (!m_history || !m_model->campaign())
        return;
    DocumentDialog dialog(tr("Brief as PDF"), tr("Every word of the brief is written in this language."), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Brief"), suggestedBriefPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    saveBrief(path, dialog.language());
}

bool CampaignView::saveBrief(const QString &path, ContractLanguage language)
{
    if (!m_history || !m_model->campaign())
        return false;
    if (Status s = writeBriefPdf(m_history->workspace(), m_model->campaign(), language, path); !s) {
        ask::warn(this, tr("Save Brief"), s.error());
        return false;
    }
    LocalSettings::set(QLatin1String(BriefFolderKey), QFileInfo(path).absolutePath());
    tell(tr("Saved the brief as %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString CampaignView::suggestedBriefPath() const
{
    QString name;
    if (m_history && m_model->campaign()) {
        QSqlDatabase db = m_history->workspace().db();
        name = lookup::nameById(db, "campaigns", m_model->campaign());
    }
    // A campaign name may hold characters no file system takes in a name.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|])"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString file = name.trimmed().isEmpty() ? tr("Brief.pdf") : tr("Brief - %1.pdf").arg(name.trimmed());
    QString folder = LocalSettings::value(QLatin1String(BriefFolderKey)).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QDir(folder).filePath(file);
}

void CampaignView::tell(const QString &message)
{
    m_lastMessage = message;
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(message, 15'000);
}

void CampaignView::draftSchedule(bool wholeCampaign)
{
    if (!m_history || !m_model->campaign() || m_history->workspace().isReadOnly())
        return;
    QList<qint64> ids;
    if (wholeCampaign)
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids << m_model->index(row, 0).data(ParticipantListModel::IdRole).toLongLong();
    else
        ids = selectedRecordIds(m_table, ParticipantListModel::IdRole);
    if (ids.isEmpty())
        return;
    // Who will be skipped and why, by status word, for the message.
    QMap<QString, int> skippedBy;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ParticipantListModel::Status);
        const QString status = index.data(ParticipantListModel::StatusWordRole).toString();
        if (ids.contains(index.data(ParticipantListModel::IdRole).toLongLong()) &&
            status != wordOf(ParticipantStatus::Confirmed) && status != wordOf(ParticipantStatus::Completed))
            ++skippedBy[index.data().toString().toLower()]; // the label, in the app's language
    }
    QString text = tr("Draft Payment Schedule");
    if (!wholeCampaign && ids.size() == 1) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(ParticipantListModel::IdRole).toLongLong() == ids.first())
                text = tr("Draft Payment Schedule for %1")
                           .arg(m_model->index(row, ParticipantListModel::Creator).data().toString());
    } else if (!wholeCampaign) {
        text = tr("Draft Payment Schedule for %n creator(s)", nullptr, int(ids.size()));
    }
    DraftReport total;
    bool nothing = false;
    PaymentService payments(m_history->workspace());
    const Status done =
        m_history->editEach(RecordImage::Kind::Payments, ids, text, [&](Transaction &tx, qint64 pid) -> Status {
            auto report = payments.draft(tx, pid);
            if (!report)
                return fail(report.error());
            total.add(report.value());
            // Nothing changed: roll back rather than leave an undo step that does nothing.
            if (pid == ids.last() && total.changes() == 0) {
                nothing = true;
                return fail(QString());
            }
            return {};
        });
    if (!done && !nothing)
        return ask::warn(this, text, done.error());
    QStringList did;
    if (total.added > 0)
        did << tr("drafted %n payment(s)", nullptr, total.added);
    if (total.updated > 0)
        did << tr("updated %n", nullptr, total.updated);
    if (total.removed > 0)
        did << tr("removed %n no longer in the terms", nullptr, total.removed);
    int skipped = 0;
    for (int n : std::as_const(skippedBy))
        skipped += n;
    QString message = !nothing ? did.join(QStringLiteral(", "))
                      : skipped == ids.size()
                          ? tr("Nothing to draft: payments are drafted for confirmed or completed creators")
                          : tr("Nothing to draft: the payments already follow the terms");
    message[0] = message[0].toUpper();
    if (!skippedBy.isEmpty()) {
        const QStringList statuses = skippedBy.keys();
        message += tr("; %n creator(s) skipped (status %1)", nullptr, skipped).arg(statuses.join(QStringLiteral(", ")));
    }
    tell(message);
}

void CampaignView::showResults()
{
    m_tabs->setCurrentWidget(m_resultsPage);
}

} // namespace cd
