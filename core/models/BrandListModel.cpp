#include "BrandListModel.h"

#include "storage/Sql.h"
#include "storage/Workspace.h"

namespace cd {

BrandListModel::BrandListModel(Workspace *workspace, QObject *parent, ListReads reads)
    : PreparedListModel(workspace, parent)
{
    startReading(reads);
}

bool BrandListModel::dependsOn(const QStringList &changedKinds)
{
    return changedKinds.contains(QLatin1String("brands")) || changedKinds.contains(QLatin1String("campaigns"));
}

Result<BrandListModel::Rows> BrandListModel::read(QSqlDatabase &db)
{
    // Competitors joined with the unit separator, which no name contains.
    auto q = sql::run(
        db, QStringLiteral(
                "SELECT b.id, b.name, b.category, b.contact_email,"
                " (SELECT group_concat(name, '\u001f') FROM (SELECT name FROM brand_competitors"
                "   WHERE brand_id = b.id ORDER BY position) AS ordered),"
                " (SELECT count(*) FROM campaigns c WHERE c.brand_id = b.id),"
                " (SELECT count(*) FROM campaigns c WHERE c.brand_id = b.id AND c.status IN ('planned', 'active'))"
                " FROM brands b ORDER BY b.name_key"));
    if (!q)
        return q.failure();
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString().split(QChar(31), Qt::SkipEmptyParts), q->value(5).toInt(),
                     q->value(6).toInt()});
    return prepare(std::move(rows));
}

int BrandListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrandListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const Row &r = rows().at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ListSearchTextRole)
        return searchText(index.row()).toByteArray();
    if (role == Qt::TextAlignmentRole && (index.column() == Campaigns || index.column() == ActiveCampaigns))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == Campaigns)
        return r.campaigns;
    if (role == SortRole && index.column() == ActiveCampaigns)
        return r.active;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Category:
        return r.category;
    case Competitors:
        return r.competitors.join(QStringLiteral(", "));
    case Campaigns:
        return r.campaigns;
    case ActiveCampaigns:
        return r.active;
    case Contact:
        return r.contact;
    }
    return {};
}

QVariant BrandListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Competitors:
        return tr("Competitors");
    case Campaigns:
        return tr("Campaigns");
    case ActiveCampaigns:
        return tr("Planned or active");
    case Contact:
        return tr("Contact");
    }
    return {};
}

} // namespace cd
