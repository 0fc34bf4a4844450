#pragma once

#include "desk/DealPipeline.h"

#include <QAbstractListModel>
#include <QCollator>
#include <QList>

namespace cd {

// The cards of one column of the deal pipeline board: the deals of one stage. It reads nothing
// itself: the board reads every deal with one deals() call and hands each column the list
// (setDeals keeps the deals of this model's stage). Sorted by next date (deals without one last),
// then creator, as people order names. QtCore only; colours and card drawing are the view's.
class DealListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        CreatorRole = Qt::UserRole + 1,
        BrandRole,
        CampaignRole,
        GrossRole,      // "Rp1.500.000"
        GrossMinorRole, // qint64 minor units, in CurrencyRole's currency
        CurrencyRole,
        NextDateRole,      // QDate, invalid when there is nothing dated
        NextWhatRole,      // "Deliverable "Unboxing" due"
        ParticipantIdRole, // qint64
        CampaignIdRole,
        CreatorIdRole,
        BrandIdRole,
        ManagerRole,      // the creator's manager's name, empty for none
        StageRole,        // int(DealStage)
        StatusRole,       // int(ParticipantStatus)
        DeliverablesRole, // "2/3 posted", empty without deliverables
    };

    explicit DealListModel(DealStage stage, QObject *parent = nullptr);

    DealStage stage() const { return m_stage; }
    // Replaces the cards with the deals of stage() among `deals` (a reset), in the column's order.
    void setDeals(const QList<Deal> &deals);
    // The same for this stage's deals only, already in that order (cardOrder()): nothing sorted,
    // filtered or copied on the calling thread, so a page can do that on its worker (55,000 deals
    // at the large demo took 0.15 s).
    void setOrderedDeals(QList<Deal> stageDeals);
    // A column's order: what comes up first on top, then by creator name, then participant id.
    static void cardOrder(QList<Deal> &deals);
    // The positions of `deals` in that order, so a caller can move each deal once (to its column).
    static QList<qsizetype> cardOrderOf(const QList<Deal> &deals);
    // That order as a comparison, for keeping a sorted list sorted (one creator's deals read again).
    struct CardBefore
    {
        QCollator collator;
        bool operator()(const Deal &a, const Deal &b) const;
    };
    static CardBefore cardBefore();
    // The deal on `row` (precondition: 0 <= row < rowCount()).
    const Deal &dealAt(int row) const { return m_deals.at(row); }
    // The deals shown, in the column's order.
    const QList<Deal> &deals() const { return m_deals; }
    // The row of a participant's deal, -1 when it is not in this column.
    int rowOf(qint64 participantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    DealStage m_stage;
    QList<Deal> m_deals;
};

} // namespace cd
