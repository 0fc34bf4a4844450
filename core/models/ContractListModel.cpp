#include "ContractListModel.h"

#include "common/Clock.h"
#include "common/Dates.h"
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

ContractListModel::ContractListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            for (const char *kind : {"contracts", "participants", "campaigns", "creators", "brands"})
                if (kinds.contains(QLatin1String(kind))) {
                    reload();
                    return;
                }
        });
    reload();
}

void ContractListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_usedPastEnd.clear();
    if (m_workspace) {
        QSqlDatabase db = m_workspace->db();
        if (auto rows = contractList(db))
            m_rows = rows.value();
        // Worked out once here, not on every paint of the Usage ends cell.
        const QDate today = Clock::today();
        m_usedPastEnd.reserve(m_rows.size());
        for (const ContractSummary &r : std::as_const(m_rows))
            m_usedPastEnd << usedPastEnd(r, today);
    }
    endResetModel();
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
    const ContractSummary &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == Version)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == StatusWordRole)
        return r.status;
    if (role == UsedPastEndRole)
        return m_usedPastEnd.at(index.row());
    if (role == SortRole && index.column() == Version)
        return r.version;
    // Dates sort by the day, whatever language shows them.
    if (role == SortRole && (index.column() == Signed || index.column() == UsageEnd))
        return isoDate(index.column() == Signed ? r.signedDate : r.usageEnd);
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
        return usageEndText(r.usageEnd, r.rightsInUse, m_usedPastEnd.at(index.row()));
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
