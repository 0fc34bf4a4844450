#include "ContractListModel.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "common/Words.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {

namespace {

// domain.md's expired_in_use as of today: rights granted (the contract was signed), their end
// passed, and the content still in use.
bool usedPastEnd(const ContractSummary &r, const QDate &today)
{
    static const QStringList granted{QStringLiteral("signed"), QStringLiteral("active"), QStringLiteral("expired"),
                                     QStringLiteral("terminated")};
    return r.rightsInUse && r.usageEnd.isValid() && r.usageEnd < today && granted.contains(r.status);
}

} // namespace

ContractListModel::ContractListModel(Workspace *workspace, QObject *parent, ListReads reads)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (!workspace || reads == ListReads::Fed)
        return;
    connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
        if (dependsOn(kinds))
            reload();
    });
    reload();
}

bool ContractListModel::dependsOn(const QStringList &changedKinds)
{
    for (const char *kind : {"contracts", "participants", "campaigns", "creators", "brands"})
        if (changedKinds.contains(QLatin1String(kind)))
            return true;
    return false;
}

void ContractListModel::reload()
{
    if (m_workspace) {
        QSqlDatabase db = m_workspace->db();
        setRows(read(db, Clock::today()));
    }
}

void ContractListModel::setRows(const Result<Rows> &rows)
{
    beginResetModel();
    Rows replaced = std::exchange(m_rows, rows ? rows.value() : Rows());
    m_error = rows ? QString() : rows.error();
    endResetModel();
    freeInBackground(std::move(replaced));
}

Result<ContractListModel::Rows> ContractListModel::read(QSqlDatabase &db, const QDate &today)
{
    auto contracts = contractList(db);
    if (!contracts)
        return fail(contracts.error());
    // The texts are the cells as shown: a model of its own on this thread formats them.
    ContractListModel shown(nullptr);
    shown.m_rows.reserve(contracts->size());
    // Worked out once here, not on every paint of the Usage ends cell.
    for (ContractSummary &contract : contracts.value()) {
        const bool pastEnd = usedPastEnd(contract, today);
        shown.m_rows.append({std::move(contract), pastEnd, {}, unranked<ColumnCount>()});
    }
    prepareRows(shown, SortRole, shown.m_rows);
    return std::move(shown.m_rows);
}

int ContractListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContractSummary &r = m_rows.at(index.row()).contract;
    if (role == IdRole)
        return r.id;
    if (role == ListSearchTextRole)
        return m_rows.at(index.row()).searchText;
    if (role == Qt::TextAlignmentRole && index.column() == Version)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StatusWordRole)
        return r.status;
    if (role == UsedPastEndRole)
        return m_rows.at(index.row()).usedPastEnd;
    if (role == SortRole && index.column() == Version)
        return r.version;
    // Dates sort by the day, whatever language shows them (none first).
    if (role == SortRole && (index.column() == Signed || index.column() == UsageEnd))
        return index.column() == Signed ? r.signedDate : r.usageEnd;
    // By category, then by the day it starts: the text shown starts with the day of the month.
    if (role == SortRole && index.column() == Exclusivity)
        return r.exclusivityStart.isValid() ? QStringList{r.exclusivityCategory, isoDate(r.exclusivityStart)}.join(u' ')
                                            : QString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    // In the app's one date style, like every other list (these read 2026-03-01 before).
    const auto date = [](const QDate &d) { return d.isValid() ? displayDate(d) : QString(); };
    switch (index.column()) {
    case Campaign:
        return r.campaign;
    case Creator:
        return r.creator;
    case Brand:
        return r.brand;
    case Status:
        return wordFrom<ContractStatus>(r.status) ? wordLabel(r.status) : r.status;
    case Version:
        return r.version;
    case Signed:
        return date(r.signedDate);
    case UsageEnd:
        return usageEndText(r.usageEnd, r.rightsInUse, m_rows.at(index.row()).usedPastEnd);
    case Exclusivity:
        if (!r.exclusivityStart.isValid())
            return QString();
        return QCoreApplication::translate("ContractListModel", "%1 %2 – %3")
            .arg(r.exclusivityCategory, date(r.exclusivityStart),
                 r.exclusivityEnd.isValid() ? date(r.exclusivityEnd)
                                            : QCoreApplication::translate("ContractListModel", "open"));
    }
    return {};
}

QString ContractListModel::usageEndText(const QDate &usageEnd, bool inUse, bool pastEnd)
{
    if (!usageEnd.isValid())
        return {};
    // "(in use)" beside an end already past read as usage still allowed.
    if (pastEnd)
        return QCoreApplication::translate("ContractListModel", "%1 · ended, still in use").arg(displayDate(usageEnd));
    return inUse ? QCoreApplication::translate("ContractListModel", "%1 (in use)").arg(displayDate(usageEnd))
                 : displayDate(usageEnd);
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[ColumnCount] = {
        QT_TRANSLATE_NOOP("ContractListModel", "Campaign"),   QT_TRANSLATE_NOOP("ContractListModel", "Creator"),
        QT_TRANSLATE_NOOP("ContractListModel", "Brand"),      QT_TRANSLATE_NOOP("ContractListModel", "Status"),
        QT_TRANSLATE_NOOP("ContractListModel", "Version"),    QT_TRANSLATE_NOOP("ContractListModel", "Signed"),
        QT_TRANSLATE_NOOP("ContractListModel", "Usage ends"), QT_TRANSLATE_NOOP("ContractListModel", "Exclusivity")};
    return QCoreApplication::translate("ContractListModel", names[section]);
}

} // namespace cd
