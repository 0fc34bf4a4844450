#pragma once

#include "common/Money.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace cd {

class Workspace;

// The creators taking part in one campaign, with status, compensation and deliverables done, and
// the budget they commit. Reloads when a committed change touches participants, deliverables or
// creators.
class ParticipantListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Creator,
        Status,
        Fee,
        Commission,
        Product,
        Points,
        Deposit,
        Deliverables,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int StatusWordRole = Qt::UserRole + 3; // "confirmed", for the status chip
    // The Status column's order: invited 0, negotiating 1, confirmed 2, completed 3, declined 4,
    // cancelled 5 (unknown 6).
    static int statusRank(const QString &word);

    explicit ParticipantListModel(Workspace *workspace, QObject *parent = nullptr);

    void setCampaign(qint64 campaignId);
    qint64 campaign() const { return m_campaign; }
    QString currency() const { return m_currency; }
    std::optional<Money> budget() const { return m_budget; }
    // Fees, product value and points of the participants who take part (declined and cancelled
    // ones commit nothing); commission depends on sales and is not known in advance.
    Money committed() const;
    // Participants who take part (not declined or cancelled).
    int takingPart() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    struct Row
    {
        qint64 id = 0;
        QString creator, status;
        std::optional<qint64> fee, commissionBp, product, points, pointValue, deposit;
        int deliverables = 0, done = 0;
    };
    QPointer<Workspace> m_workspace;
    qint64 m_campaign = 0;
    QString m_currency;
    std::optional<Money> m_budget;
    QList<Row> m_rows;
};

} // namespace cd
