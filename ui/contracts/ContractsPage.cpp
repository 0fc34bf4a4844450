#include "ContractsPage.h"

#include "ContractEditor.h"
#include "commands/EditHistory.h"
#include "models/ContractListModel.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

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
    setColumnWidths({200, 170, 140, 100, 70, 100, 150, 230}, QStringLiteral("contracts/header"));
    setIdRole(ContractListModel::IdRole);
    setCountNoun([](int n) { return tr("%n contract(s)", nullptr, n); });
    addColumnFilter(ContractListModel::Status, tr("All statuses"), tr("Filter by status"));
    connect(table(), &QTableView::activated, this, &ContractsPage::openSelected);
}

void ContractsPage::openSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_history)
        return;
    QSqlDatabase db = m_history->workspace().db();
    auto participant =
        sql::scalar(db, QStringLiteral("SELECT participant_id FROM contracts WHERE id = ?"), {ids.first()});
    if (!participant || !participant->isValid())
        return;
    ContractEditor editor(*m_history, participant->toLongLong(), this);
    editor.exec();
}

} // namespace cd
