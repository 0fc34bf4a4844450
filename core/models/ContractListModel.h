#pragma once

#include "ListReads.h"
#include "contracts/ContractTable.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class Workspace;

// Every contract with where it stands and the terms that matter day to day. QtCore only; reads
// itself after every committed change that touches contracts or what they name, or is fed by its
// page's reads on a worker (ListReads).
class ContractListModel : public QAbstractTableModel, public PreparedRowsLookup
{
    Q_OBJECT
public:
    enum Column
    {
        Campaign,
        Creator,
        Brand,
        Status,
        Version,
        Signed,
        UsageEnd,
        Exclusivity,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StatusWordRole = Qt::UserRole + 3; // "negotiating", for the status chip
    // True when the content is still in use after its usage rights ended (domain.md's
    // expired_in_use, as of today): the view shows it as a problem, not as current usage.
    static constexpr int UsedPastEndRole = Qt::UserRole + 4;

    // A read: the contracts, with each one's search text and places by column.
    struct Rows
    {
        ContractTable table;
        PreparedRows prepared;
        qsizetype size() const { return table.size(); }
    };

    explicit ContractListModel(Workspace *workspace, QObject *parent = nullptr, ListReads reads = ListReads::Itself);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The Usage ends cell: "11 Mar 2027 (in use)", or "10 Jun 2026 · ended, still in use" when
    // `pastEnd` (see UsedPastEndRole).
    static QString usageEndText(const QDate &usageEnd, bool inUse, bool pastEnd);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every contract as of `today`, with its search text. Thread-safe given a connection of the
    // calling thread.
    static Result<Rows> read(QSqlDatabase &db, const QDate &today);
    // Whether a change to these kinds of records changes the list.
    static bool dependsOn(const QStringList &changedKinds);
    // Shows a read in one reset; a failed one empties the list and keeps its error.
    void setRows(const Result<Rows> &rows);
    // Reads again on the calling thread, as of Clock::today().
    void reload();
    QString lastError() const { return m_error; }

    int rankedRole() const override { return SortRole; }

protected:
    const PreparedRows &prepared() const override { return m_rows.prepared; }

private:
    QPointer<Workspace> m_workspace;
    Rows m_rows;
    QString m_error;
};

} // namespace cd
