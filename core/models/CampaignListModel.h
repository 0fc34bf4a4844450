#pragma once

#include "PreparedListModel.h"
#include "common/Money.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

struct CampaignRow
{
    qint64 id = 0;
    QString name, brand, status;
    QDate start, end;
    std::optional<Money> budget;
    int creators = 0, done = 0, deliverables = 0;
};

// Campaigns with brand, status, dates, budget, creators taking part and deliverables done of
// total. QtCore only; reads itself after every committed change that touches what it shows, or is
// fed by its page's reads on a worker (ListReads).
class CampaignListModel : public PreparedListModel<CampaignListModel, CampaignRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Brand,
        Status,
        Start,
        End,
        Budget,
        Creators,
        Deliverables,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StatusWordRole = Qt::UserRole + 3; // "active", for the status chip
    // "Active" for "active", in the app's language.
    static QString statusLabel(const QString &word);
    // The Status column's order: active 0, planned 1, draft 2, completed 3, cancelled 4 (unknown 5).
    static int statusRank(const QString &word);

    using Row = CampaignRow;

    explicit CampaignListModel(Workspace *workspace, QObject *parent = nullptr, ListReads reads = ListReads::Itself);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every campaign, ordered by name, with its search text. Thread-safe given a connection of the
    // calling thread.
    static Result<Rows> read(QSqlDatabase &db);
    // Whether a change to these kinds of records changes the list.
    static bool dependsOn(const QStringList &changedKinds);

    int rankedRole() const override { return SortRole; }
};

} // namespace cd
