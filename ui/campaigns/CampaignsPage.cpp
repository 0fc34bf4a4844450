#include "CampaignsPage.h"

#include "CampaignEditor.h"
#include "CampaignView.h"
#include "commands/EditHistory.h"
#include "common/Words.h"
#include "main/Ask.h"
#include "main/StatusChip.h"
#include "models/CampaignListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

CampaignsPage::CampaignsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : TablePage(tr("Campaigns"), new CampaignListModel(workspace, nullptr, ListReads::Fed), CampaignListModel::SortRole,
                tr("Search campaigns, brands, status…"),
                tr("<h3>No campaigns yet</h3><p>Add one with <i>Edit &gt; New Campaign</i>, or import campaigns.csv "
                   "(then participants, deliverables and post metrics) with <i>File &gt; Import CSV</i>.</p>"),
                parent),
      m_history(history)
{
    setObjectName(QStringLiteral("campaignsPage"));
    // Running campaigns first: by name, an agency's list opened on years of completed ones. Set
    // before the remembered header state, which keeps the order the user chose since.
    table()->sortByColumn(CampaignListModel::Status, Qt::AscendingOrder);
    setColumnWidths({220, 140, 90, 95, 95, 120, 70}, QStringLiteral("campaigns/header"));
    setIdRole(CampaignListModel::IdRole);
    addColumnFilter(CampaignListModel::Brand, tr("All brands"), tr("Filter by brand"))
        ->setObjectName(QStringLiteral("campaignBrandFilter"));
    addColumnFilter(CampaignListModel::Status, tr("All statuses"), tr("Filter by status"))
        ->setObjectName(QStringLiteral("campaignStatusFilter"));
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table(), &QTableView::activated, this, &CampaignsPage::editSelected);
    QStringList statuses;
    for (const QString &word : allWords<CampaignStatus>())
        statuses << CampaignListModel::statusLabel(word);
    showStatusChips(table(), CampaignListModel::Status, CampaignListModel::StatusWordRole, statuses);
    // Below the list: the chosen campaign's creators and terms.
    m_view = new CampaignView(workspace, history, this);
    m_view->setObjectName(QStringLiteral("campaignView"));
    setDetail(m_view, QStringLiteral("campaigns/splitter"));
    setCountNoun([](int n) { return tr("%n campaign(s)", nullptr, n); });
    connect(this, &TablePage::selectionChanged, this, [this] {
        const QList<qint64> ids = selectedIds();
        m_view->setCampaign(ids.size() == 1 ? ids.first() : 0);
    });
    readOnWorker(workspace, static_cast<CampaignListModel *>(model()), tr("Reading campaigns…"),
                 tr("The campaigns could not be read"));
}

QString CampaignsPage::recordName() const
{
    return tr("Campaign");
}

void CampaignsPage::edit(qint64 id, bool duplicate)
{
    if (!m_history)
        return;
    CampaignInput initial;
    if (id) {
        auto loaded = CampaignService(m_history->workspace()).load(id);
        if (!loaded) {
            ask::warn(this, tr("Edit Campaign"), loaded.error());
            return;
        }
        initial = loaded.value();
    }
    if (duplicate) {
        // A duplicate is a new draft with the same brief and targets, without anyone in it yet.
        initial.name = tr("%1 (copy)").arg(initial.name);
        initial.status = CampaignStatus::Draft;
    }
    CampaignEditor editor(*m_history, duplicate ? 0 : id, initial, this);
    if (editor.exec() == QDialog::Accepted)
        select(editor.recordId());
}

void CampaignsPage::addRecord()
{
    edit(0, false);
}

void CampaignsPage::editSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        edit(ids.first(), false);
}

void CampaignsPage::duplicateSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        edit(ids.first(), true);
}

void CampaignsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    QStringList names;
    qsizetype creators = 0, deliverables = 0, snapshots = 0, contracts = 0, payments = 0;
    for (qint64 id : ids) {
        auto image = RecordImage::capture(db, RecordImage::Kind::CampaignTree, id);
        if (!image) {
            ask::warn(this, tr("Delete Campaign"), image.error());
            return;
        }
        names << image->name();
        creators += image->rowCount(QStringLiteral("participants"));
        deliverables += image->rowCount(QStringLiteral("deliverables"));
        snapshots += image->rowCount(QStringLiteral("post_metric_snapshots"));
        contracts += image->rowCount(QStringLiteral("contracts"));
        payments += image->rowCount(QStringLiteral("payments"));
    }
    const QString what = ids.size() == 1 ? names.value(0) : tr("%n campaign(s)", nullptr, int(ids.size()));
    QStringList goes;
    for (const auto &[n, text] : {std::pair{creators, tr("%n creator(s) taking part", nullptr, int(creators))},
                                  std::pair{deliverables, tr("%n deliverable(s)", nullptr, int(deliverables))},
                                  std::pair{snapshots, tr("%n post metric snapshot(s)", nullptr, int(snapshots))},
                                  std::pair{contracts, tr("%n contract(s)", nullptr, int(contracts))},
                                  std::pair{payments, tr("%n payment(s)", nullptr, int(payments))}})
        if (n > 0)
            goes << text;
    const QString detail = goes.isEmpty() ? tr("Nothing else is stored for it.")
                                          : tr("This also deletes %1.").arg(goes.join(QStringLiteral(", ")));
    const auto answer = ask::question(
        this, tr("Delete Campaign"), tr("Delete %1?\n\n%2\nEdit > Undo brings it all back.").arg(what, detail),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    CampaignService campaigns(m_history->workspace());
    const Status done = m_history->editEach(RecordImage::Kind::CampaignTree, ids, tr("Delete %1").arg(what),
                                            [&](Transaction &tx, qint64 id) { return campaigns.remove(tx, id); });
    if (!done)
        ask::warn(this, tr("Delete Campaign"), done.error());
}

} // namespace cd
