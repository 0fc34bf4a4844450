#include "CampaignListModel.h"

#include "common/Dates.h"
#include "common/Words.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QLocale>

#include <iterator>

namespace cd {

CampaignListModel::CampaignListModel(Workspace *workspace, QObject *parent, ListReads reads)
    : PreparedListModel(workspace, parent)
{
    startReading(reads);
}

bool CampaignListModel::dependsOn(const QStringList &changedKinds)
{
    for (const char *kind : {"campaigns", "brands", "participants", "deliverables"})
        if (changedKinds.contains(QLatin1String(kind)))
            return true;
    return false;
}

Result<CampaignListModel::Rows> CampaignListModel::read(QSqlDatabase &db)
{
    // Declined and cancelled participants take no part; deliverables are done once posted.
    auto q =
        sql::run(db, QStringLiteral(
                         "SELECT c.id, c.name, b.name, c.status, c.start_date, c.end_date, c.budget_minor, c.currency,"
                         " (SELECT count(*) FROM participants p WHERE p.campaign_id = c.id"
                         "   AND p.status NOT IN ('declined', 'cancelled')),"
                         " (SELECT count(*) FROM deliverables d JOIN participants p ON p.id = d.participant_id"
                         "   WHERE p.campaign_id = c.id AND d.status IN ('posted', 'verified')),"
                         " (SELECT count(*) FROM deliverables d JOIN participants p ON p.id = d.participant_id"
                         "   WHERE p.campaign_id = c.id)"
                         " FROM campaigns c JOIN brands b ON b.id = c.brand_id ORDER BY c.name_key"));
    if (!q)
        return q.failure();
    QList<Row> rows;
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.brand = q->value(2).toString();
        r.status = q->value(3).toString();
        r.start = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        r.end = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        if (!q->value(6).isNull())
            r.budget = Money(q->value(6).toLongLong(), q->value(7).toString());
        r.creators = q->value(8).toInt();
        r.done = q->value(9).toInt();
        r.deliverables = q->value(10).toInt();
        rows << r;
    }
    return prepare(std::move(rows));
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::statusLabel(const QString &word)
{
    static const char *const names[] = {QT_TR_NOOP("Draft"), QT_TR_NOOP("Planned"), QT_TR_NOOP("Active"),
                                        QT_TR_NOOP("Completed"), QT_TR_NOOP("Cancelled")};
    const auto status = wordFrom<CampaignStatus>(word);
    return status ? tr(names[int(*status)]) : word;
}

int CampaignListModel::statusRank(const QString &word)
{
    // What is running first, then what is coming, then what is over: the order people work
    // through them in, the same in every language (the labels sorted alphabetically were not).
    // By CampaignStatus: draft, planned, active, completed, cancelled.
    static constexpr int Rank[] = {2, 1, 0, 3, 4};
    const auto status = wordFrom<CampaignStatus>(word);
    return status ? Rank[int(*status)] : int(std::size(Rank));
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const Row &r = rows().at(index.row());
    if (role == StatusWordRole)
        return r.status;
    if (role == IdRole)
        return r.id;
    if (role == ListSearchTextRole)
        return searchText(index.row()).toByteArray();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == Budget || column == Creators || column == Deliverables))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (column) {
        case Start:
            return r.start;
        case End:
            return r.end.isValid() ? r.end : QDate(9999, 12, 31); // open-ended last
        case Budget:
            // By currency, then by amount: rupiah and cents are not comparable.
            return r.budget ? QStringLiteral("%1 %2")
                                  .arg(r.budget->currency())
                                  .arg(r.budget->minor(), 19, 10, QLatin1Char('0'))
                            : QString();
        case Status: // then by name, as people order names (the collator ranks this text)
            return QStringLiteral("%1 %2").arg(statusRank(r.status)).arg(r.name);
        case Creators:
            return r.creators;
        case Deliverables:
            return r.deliverables == 0 ? -1.0 : double(r.done) / r.deliverables;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (column) {
    case Name:
        return r.name;
    case Brand:
        return r.brand;
    case Status:
        return statusLabel(r.status);
    case Start:
        return displayDate(r.start);
    case End:
        return r.end.isValid() ? displayDate(r.end) : tr("open");
    case Budget:
        return r.budget ? r.budget->format() : QString();
    case Creators:
        return r.creators;
    case Deliverables:
        return tr("%1 of %2").arg(r.done).arg(r.deliverables);
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Brand:
        return tr("Brand");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Budget:
        return tr("Budget");
    case Creators:
        return tr("Creators");
    case Deliverables:
        return tr("Deliverables done");
    }
    return {};
}

} // namespace cd
