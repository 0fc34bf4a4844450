#include "ContractsPage.h"

#include "ContractEditor.h"
#include "commands/EditHistory.h"
#include "common/Words.h"
#include "contracts/ContractService.h"
#include "main/Ask.h"
#include "main/ColumnFit.h"
#include "main/PageParts.h"
#include "main/RoleColors.h"
#include "main/StatusChip.h"
#include "models/ContractListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QStyledItemDelegate>
#include <QTableView>

namespace cd {
namespace {

// Content used past the end of its rights in the "bad" colour, as Today and the dashboard show it;
// the words say it too ("ended, still in use").
class UsageEndDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ContractListModel::UsedPastEndRole).toBool()) {
            option->palette.setColor(QPalette::Text, roleColor(ColorRole::Bad, option->widget));
        }
    }
};

} // namespace

ContractsPage::ContractsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : TablePage(tr("Contracts"), new ContractListModel(workspace, nullptr, ListReads::Fed), ContractListModel::SortRole,
                tr("Search campaigns, creators, brands…"),
                tr("<h3>No contracts yet</h3><p>Draft one from a campaign: on the <i>Campaigns</i> page choose a "
                   "creator taking part and press <i>Contract…</i>. The text is drafted from the terms in English or "
                   "Bahasa Indonesia; existing deals come in with <i>File &gt; Import CSV</i> (contracts.csv).</p>"),
                parent),
      m_history(history)
{
    setObjectName(QStringLiteral("contractsPage"));
    // What is under way first (drafts, sent, negotiating), expired and terminated ones last: by
    // campaign, an agency's list opened on a screenful of expired contracts. Set before the
    // remembered header state, which keeps the order the user chose since.
    table()->sortByColumn(ContractListModel::Status, Qt::AscendingOrder);
    // Version holds one number; Usage ends is widened below for its flags in either language.
    setColumnWidths({190, 150, 130, 110, 55, 100, 185, 250}, QStringLiteral("contracts/header"));
    setIdRole(ContractListModel::IdRole);
    setCountNoun([](int n) { return tr("%n contract(s)", nullptr, n); });
    addColumnFilter(ContractListModel::Status, tr("All statuses"), tr("Filter by status"));
    connect(table(), &QTableView::activated, this, &ContractsPage::openSelected);
    QStringList statuses;
    for (const QString &word : allWords<ContractStatus>())
        statuses << wordLabel(word);
    showStatusChips(table(), ContractListModel::Status, ContractListModel::StatusWordRole, statuses);
    // The names and the exclusivity's words give up width before the dates do (1366 px).
    fitColumnsToWidth(table(), {ContractListModel::Campaign, ContractListModel::Creator, ContractListModel::Brand,
                                ContractListModel::Exclusivity});
    table()->setItemDelegateForColumn(ContractListModel::UsageEnd, new UsageEndDelegate(table()));
    fitColumnTo(table(), ContractListModel::UsageEnd,
                {ContractListModel::usageEndText(QDate(2026, 9, 30), true, true),
                 ContractListModel::usageEndText(QDate(2026, 9, 30), true, false)});
    auto *open = new QAction(tr("&Open Contract…"), this);
    auto *remove = new QAction(tr("&Delete Draft…"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &ContractsPage::openSelected);
    connect(remove, &QAction::triggered, this, &ContractsPage::deleteSelectedDraft);
    table()->addActions({open, remove});
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    readOnWorker(workspace, static_cast<ContractListModel *>(model()), tr("Reading contracts…"),
                 tr("The contracts could not be read"));
}

void ContractsPage::deleteSelectedDraft()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history || m_history->workspace().isReadOnly())
        return;
    const qint64 id = ids.first();
    QSqlDatabase db = m_history->workspace().db();
    auto record = ContractService::load(db, id);
    if (!record)
        return;
    if (record->status != ContractStatus::Draft) {
        ask::warn(this, tr("Delete Contract"),
                  tr("This contract is %1, so it is kept as a record of the deal: open it and mark it terminated "
                     "instead.")
                      .arg(wordLabel(record->status).toLower()));
        return;
    }
    if (ask::question(this, tr("Delete Contract"), tr("Delete this draft contract with its text?"),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status done =
        m_history->editEach(RecordImage::Kind::ParticipantTree, {record->participantId}, tr("Delete draft contract"),
                            [&](Transaction &tx, qint64) { return ContractService::removeDraft(tx, id); });
    if (!done)
        ask::warn(this, tr("Delete Contract"), done.error());
}

void ContractsPage::openSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    auto contract = ContractService::load(db, ids.first());
    if (!contract)
        return;
    ContractEditor editor(*m_history, contract->participantId, this);
    editor.exec();
}

} // namespace cd
