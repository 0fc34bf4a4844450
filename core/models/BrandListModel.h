#pragma once

#include "ListReads.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

class Workspace;

// Brands with their category, the competitors exclusivity checks use, and campaign counts.
// QtCore only; reads itself after every committed change that touches brands or campaigns, or is
// fed by its page's reads on a worker (ListReads).
class BrandListModel : public QAbstractTableModel, public PreparedRowsLookup
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

    struct Row
    {
        qint64 id = 0;
        QString name, category, contact;
        QStringList competitors;
        int campaigns = 0, active = 0;
    };
    using Rows = PreparedList<Row>;

    explicit BrandListModel(Workspace *workspace, QObject *parent = nullptr, ListReads reads = ListReads::Itself);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every brand, ordered by name, with its search text. Thread-safe given a connection of the
    // calling thread.
    static Result<Rows> read(QSqlDatabase &db);
    // Whether a change to these kinds of records changes the list.
    static bool dependsOn(const QStringList &changedKinds);
    // Shows a read in one reset; a failed one empties the list and keeps its error.
    void setRows(const Result<Rows> &rows);
    // Reads again on the calling thread.
    void reload();
    QString lastError() const { return m_error; }

    int rankedRole() const override { return SortRole; }

protected:
    const PreparedRows &prepared() const override { return m_list.prepared; }

private:
    QPointer<Workspace> m_workspace;
    Rows m_list;
    QString m_error;
};

} // namespace cd
