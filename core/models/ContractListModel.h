#pragma once

#include "contracts/ContractList.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace cd {

class Workspace;

// Every contract with where it stands and the terms that matter day to day. QtCore only; reloads
// when a committed change touches contracts or what they name.
class ContractListModel : public QAbstractTableModel
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

    explicit ContractListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The Usage ends cell: "11 Mar 2027 (in use)", or "10 Jun 2026 · ended, still in use" when
    // `pastEnd` (see UsedPastEndRole).
    static QString usageEndText(const QDate &usageEnd, bool inUse, bool pastEnd);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    QPointer<Workspace> m_workspace;
    QList<ContractSummary> m_rows;
    QList<bool> m_usedPastEnd; // beside m_rows: UsedPastEndRole as of the last reload
};

} // namespace cd
