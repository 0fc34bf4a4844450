#pragma once

#include "PreparedListModel.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

struct BrandRow
{
    qint64 id = 0;
    QString name, category, contact;
    QStringList competitors;
    int campaigns = 0, active = 0;
};

// Brands with their category, the competitors exclusivity checks use, and campaign counts.
// QtCore only; reads itself after every committed change that touches brands or campaigns, or is
// fed by its page's reads on a worker (ListReads).
class BrandListModel : public PreparedListModel<BrandListModel, BrandRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Category,
        Competitors,
        Campaigns,
        ActiveCampaigns,
        Contact,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    using Row = BrandRow;

    explicit BrandListModel(Workspace *workspace, QObject *parent = nullptr, ListReads reads = ListReads::Itself);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every brand, ordered by name, with its search text. Thread-safe given a connection of the
    // calling thread.
    static Result<Rows> read(QSqlDatabase &db);
    // Whether a change to these kinds of records changes the list.
    static bool dependsOn(const QStringList &changedKinds);

    int rankedRole() const override { return SortRole; }
};

} // namespace cd
