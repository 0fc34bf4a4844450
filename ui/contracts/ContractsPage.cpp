#include "ContractsPage.h"

#include "ContractEditor.h"
#include "commands/EditHistory.h"
#include "common/Words.h"
#include "contracts/ContractService.h"
#include "main/Ask.h"
#include "main/PageParts.h"
#include "main/StatusChip.h"
#include "models/ContractListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QTableView>

namespace cd {

ContractsPage::ContractsPage(Workspace *workspace, EditHistory *history, QWidget *parent)
    : TablePage(tr("Contracts"), new ContractListModel(workspace), ContractListModel::SortRole,
                tr("Search campaigns, creators, brands…"),
                tr("<h3>No contracts yet</h3><p>Draft one from a campaign: on the <i>Campaigns</i> page choose a "
                   "creator taking part and press <i>Contract…</i>. The text is drafted from the terms in English or "
                   "Bahasa Indonesia; existing deals come in with <i>File &gt; Import CSV</i> (contracts.csv).</p>"),
                parent),
      m_history(history)
{
    setObjectName(QStringLiteral("contractsPage"));
    // Usage ends wide enough for its "(in use)" / "(masih dipakai)" flag; Version holds one number.
    setColumnWidths({190, 150, 130, 110, 55, 100, 185, 250}, QStringLiteral("contracts/header"));
    setIdRole(ContractListModel::IdRole);
    setCountNoun([](int n) { return tr("%n contract(s)", nullptr, n); });
    addColumnFilter(ContractListModel::Status, tr("All statuses"), tr("Filter by status"));
    connect(table(), &QTableView::activated, this, &ContractsPage::openSelected);
    table()->setItemDelegateForColumn(ContractListModel::Status,
                                      new StatusChipDelegate(ContractListModel::StatusWordRole, table()));
    QStringList statuses;
    for (const QString &word : allWords<ContractStatus>())
        statuses << wordLabel(word);
    fitColumnTo(table(), ContractListModel::Status, statuses, StatusChipDelegate::ExtraWidth);
    auto *open = new QAction(tr("&Open Contract…"), this);
    auto *remove = new QAction(tr("&Delete Draft…"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &ContractsPage::openSelected);
    connect(remove, &QAction::triggered, this, &ContractsPage::deleteSelectedDraft);
    table()->addActions({open, remove});
    table()->setContextMenuPolicy(Qt::ActionsContextMenu);
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
