#include "DealListModel.h"

#include "PaymentListModel.h"
#include "common/Dates.h"
#include "common/MoveIntoOrder.h"
#include "common/Names.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace cd {

DealListModel::DealListModel(DealStage stage, QObject *parent) : QAbstractListModel(parent), m_stage(stage) {}

bool DealListModel::CardBefore::operator()(const Deal &a, const Deal &b) const
{
    // What comes up first is on top; the participant id keeps equal cards in a stable order.
    if (a.nextDate.isValid() != b.nextDate.isValid())
        return a.nextDate.isValid();
    if (a.nextDate != b.nextDate)
        return a.nextDate < b.nextDate;
    if (const int c = collator.compare(a.creator(), b.creator()); c != 0)
        return c < 0;
    return a.participantId < b.participantId;
}

DealListModel::CardBefore DealListModel::cardBefore()
{
    return CardBefore{nameCollator()};
}

namespace {
// Each deal's creator as its place in people's order (nameRanks), worked out once a name: the
// collator compared names for each pair of deals the sort met (the large demo's 55,000 deals share
// 17,000 names).
QList<int> creatorRanks(const QList<Deal> &deals)
{
    QHash<QString, int> nameSlots;
    QList<QString> names;
    QList<int> slotOf(deals.size());
    for (qsizetype i = 0; i < deals.size(); ++i) {
        const QString &name = deals.at(i).creator();
        auto slot = nameSlots.constFind(name);
        if (slot == nameSlots.cend()) {
            slot = nameSlots.insert(name, int(names.size()));
            names << name;
        }
        slotOf[i] = *slot;
    }
    const QList<int> rankOf = nameRanks(names);
    for (int &slot : slotOf)
        slot = rankOf.at(slot);
    return slotOf;
}
} // namespace

QList<qsizetype> DealListModel::cardOrderOf(const QList<Deal> &deals)
{
    // CardBefore's order, compared as numbers.
    struct Key
    {
        qint64 day; // undated last
        int creator;
        qint64 participant;
        qsizetype at;
        bool operator<(const Key &o) const
        {
            return std::tie(day, creator, participant) < std::tie(o.day, o.creator, o.participant);
        }
    };
    const QList<int> ranks = creatorRanks(deals);
    std::vector<Key> keys;
    keys.reserve(std::size_t(deals.size()));
    for (qsizetype i = 0; i < deals.size(); ++i) {
        const Deal &d = deals.at(i);
        keys.push_back({d.nextDate.isValid() ? d.nextDate.toJulianDay() : std::numeric_limits<qint64>::max(),
                        ranks.at(i), d.participantId, i});
    }
    std::sort(keys.begin(), keys.end());
    QList<qsizetype> order;
    order.reserve(deals.size());
    for (const Key &k : keys)
        order << k.at;
    return order;
}

void DealListModel::cardOrder(QList<Deal> &deals)
{
    moveIntoOrder(deals, cardOrderOf(deals));
}

void DealListModel::setDeals(const QList<Deal> &deals)
{
    QList<Deal> mine;
    for (const Deal &d : deals)
        if (d.stage == m_stage)
            mine << d;
    cardOrder(mine);
    setOrderedDeals(std::move(mine));
}

void DealListModel::setOrderedDeals(QList<Deal> mine)
{
    Q_ASSERT(std::all_of(mine.cbegin(), mine.cend(), [this](const Deal &d) { return d.stage == m_stage; }));
    beginResetModel();
    m_deals = std::move(mine);
    endResetModel();
}

int DealListModel::rowOf(qint64 participantId) const
{
    for (qsizetype i = 0; i < m_deals.size(); ++i)
        if (m_deals.at(i).participantId == participantId)
            return int(i);
    return -1;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deal &d = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %2").arg(d.creator(), d.campaign());
    case Qt::ToolTipRole:
        return d.nextDate.isValid()
                   ? tr("%1 (%2): %3 %4").arg(d.campaign(), d.brand(), d.nextWhat, displayDate(d.nextDate))
                   : tr("%1 (%2)").arg(d.campaign(), d.brand());
    case CreatorRole:
        return d.creator();
    case BrandRole:
        return d.brand();
    case CampaignRole:
        return d.campaign();
    case GrossRole:
        return d.gross().format();
    case GrossMinorRole:
        return d.grossMinor;
    case CurrencyRole:
        return d.currency();
    case NextDateRole:
        return d.nextDate;
    case NextWhatRole:
        return d.nextWhat;
    case ParticipantIdRole:
        return d.participantId;
    case CampaignIdRole:
        return d.campaignId();
    case CreatorIdRole:
        return d.creatorId();
    case BrandIdRole:
        return d.brandId();
    case ManagerRole:
        return d.manager();
    case StageRole:
        return static_cast<int>(d.stage);
    case StatusRole:
        return static_cast<int>(d.status);
    case DeliverablesRole:
        return d.deliverables > 0 ? tr("%1/%2 posted").arg(d.deliverablesPosted).arg(d.deliverables) : QString();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> DealListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{{CreatorRole, "creator"},
                                        {BrandRole, "brand"},
                                        {CampaignRole, "campaign"},
                                        {GrossRole, "gross"},
                                        {GrossMinorRole, "grossMinor"},
                                        {CurrencyRole, "currency"},
                                        {NextDateRole, "nextDate"},
                                        {NextWhatRole, "nextWhat"},
                                        {ParticipantIdRole, "participantId"},
                                        {CampaignIdRole, "campaignId"},
                                        {CreatorIdRole, "creatorId"},
                                        {BrandIdRole, "brandId"},
                                        {ManagerRole, "manager"},
                                        {StageRole, "stage"},
                                        {StatusRole, "status"},
                                        {DeliverablesRole, "deliverables"}});
    return names;
}

} // namespace cd
