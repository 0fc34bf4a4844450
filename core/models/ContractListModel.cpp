#include "ContractListModel.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "common/Words.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {

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
    const qsizetype entries = replaced.size();
    freeInBackground(std::move(replaced), entries);
}

Result<ContractListModel::Rows> ContractListModel::read(QSqlDatabase &db, const QDate &today)
{
    auto table = ContractTable::read(db, today);
    if (!table)
        return table.failure();
    // The texts are the cells as shown: a model of its own on this thread formats them.
    ContractListModel shown(nullptr);
    shown.m_rows.table = std::move(table).value();
    shown.m_rows.prepared = prepareRowsOf(shown, SortRole);
    return std::move(shown.m_rows);
}

int ContractListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.table.size());
}

int ContractListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.table.size())
        return {};
    const ContractTable &t = m_rows.table;
    const ContractTable::Entry &r = t.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ListSearchTextRole)
        return searchText(index.row()).toByteArray();
    if (role == Qt::TextAlignmentRole && index.column() == Version)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StatusWordRole)
        return t.status(r);
    if (role == UsedPastEndRole)
        return r.usedPastEnd;
    if (role == SortRole && index.column() == Version)
        return r.version;
    // In the order a contract goes through (draft first, terminated last), not by the labels'
    // spelling, which differs by language; then by campaign.
    if (role == SortRole && index.column() == Status) {
        const auto status = wordFrom<ContractStatus>(t.status(r));
        return QStringLiteral("%1 %2").arg(status ? int(*status) : 9).arg(t.campaign(r));
    }
    // Dates sort by the day, whatever language shows them (none first).
    if (role == SortRole && (index.column() == Signed || index.column() == UsageEnd))
        return ContractTable::date(index.column() == Signed ? r.signedDay : r.usageEnd);
    // By category, then by the day it starts: the text shown starts with the day of the month.
    if (role == SortRole && index.column() == Exclusivity)
        return r.exclusivityStart != ContractTable::NoDay
                   ? QStringList{t.category(r), isoDate(ContractTable::date(r.exclusivityStart))}.join(u' ')
                   : QString();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    // In the app's one date style, like every other list (these read 2026-03-01 before).
    const auto date = [](const QDate &d) { return d.isValid() ? displayDate(d) : QString(); };
    switch (index.column()) {
    case Campaign:
        return t.campaign(r);
    case Creator:
        return t.creator(r);
    case Brand:
        return t.brand(r);
    case Status:
        return wordFrom<ContractStatus>(t.status(r)) ? wordLabel(t.status(r)) : t.status(r);
    case Version:
        return r.version;
    case Signed:
        return date(ContractTable::date(r.signedDay));
    case UsageEnd:
        return usageEndText(ContractTable::date(r.usageEnd), r.rightsInUse, r.usedPastEnd);
    case Exclusivity:
        if (r.exclusivityStart == ContractTable::NoDay)
            return QString();
        return QCoreApplication::translate("ContractListModel", "%1 %2 – %3")
            .arg(t.category(r), date(ContractTable::date(r.exclusivityStart)),
                 r.exclusivityEnd != ContractTable::NoDay ? date(ContractTable::date(r.exclusivityEnd))
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
