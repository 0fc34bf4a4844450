#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSharedData>
#include <QSqlDatabase>
#include <QString>

namespace cd {

class Transaction;

// A deal's creator, shared by all of that creator's deals, and a deal's campaign, shared by its
// deals: the large demo's 55,000 deals name 17,000 creators and 5,000 campaigns, and a deal that
// held the ids and names itself took 216 bytes (80 now).
struct DealCreator : QSharedData
{
    qint64 id = 0, managerId = 0; // managerId 0: none
    QString name, manager;
};
struct DealCampaign : QSharedData
{
    qint64 id = 0, brandId = 0;
    QString name, brand, currency;
};

// One participation (a creator in a campaign) as a card on the deal pipeline board (domain.md
// "The talent manager's desk": "Deal pipeline").
struct Deal
{
    qint64 participantId = 0;
    QExplicitlySharedDataPointer<const DealCreator> creatorOf;
    QExplicitlySharedDataPointer<const DealCampaign> campaignOf;
    ParticipantStatus status = ParticipantStatus::Invited;
    DealStage stage = DealStage::Offer;
    // fee + points x point value + commission on the revenue of the creator's posts so far, in the
    // campaign's currency, the deal's (product value is not part of a deal's gross); minor units.
    qint64 grossMinor = 0;
    int deliverables = 0, deliverablesPosted = 0; // posted or verified
    // The next thing dated for the deal: the earliest due date of a deliverable not yet posted,
    // else the earliest due date of an open payment; invalid when there is none.
    QDate nextDate;
    QString nextWhat; // for people: "Reel 'Unboxing' due", "Fee receivable due"; empty without a date

    qint64 creatorId() const { return creatorOf ? creatorOf->id : 0; }
    qint64 managerId() const { return creatorOf ? creatorOf->managerId : 0; } // the creator's; 0: none
    qint64 campaignId() const { return campaignOf ? campaignOf->id : 0; }
    qint64 brandId() const { return campaignOf ? campaignOf->brandId : 0; }
    const QString &creator() const { return creatorOf ? creatorOf->name : noName(); }
    const QString &manager() const { return creatorOf ? creatorOf->manager : noName(); }
    const QString &campaign() const { return campaignOf ? campaignOf->name : noName(); }
    const QString &brand() const { return campaignOf ? campaignOf->brand : noName(); }
    const QString &currency() const { return campaignOf ? campaignOf->currency : noName(); }
    Money gross() const { return Money(grossMinor, currency()); }

private:
    static const QString &noName();
};
} // namespace cd
// Moved as bytes when a list of deals grows (its members are Qt's relocatable types and plain
// values): a column of 11,000 deals otherwise copied each one member by member at every growth.
Q_DECLARE_TYPEINFO(cd::Deal, Q_RELOCATABLE_TYPE);
namespace cd {

// Whose deals: 0 means any. A manager's deals are those of the creators they manage.
struct DealFilter
{
    qint64 managerId = 0, brandId = 0, creatorId = 0;
};

struct StageSummary
{
    DealStage stage = DealStage::Offer;
    int count = 0;
    QMap<QString, Money> grossByCurrency; // sums never mix currencies
};

// Every participation of the filtered creators, each in exactly one stage: the first rule of
// domain.md that holds as of `today` (a payment counts as paid when paid on or before it). The
// workspace's perspective decides whether receivables (agency) or payables (brand) make a deal
// paid; `invoiced` exists in agency workspaces only. In the order participants were added (each
// board column sorts its own: DealListModel). Set-based: one query per kind of record (deals,
// posts' revenue, deliverables, payments), whatever the number of deals.
// With `beside`, the deliverables and payments are read on a connection of its own at the same
// time as the deals (the second core is otherwise idle while the board is read).
// Errors: a database error.
Result<QList<Deal>> deals(QSqlDatabase &db, const DealFilter &filter, const QDate &today,
                          const Workspace::Opener &beside = {});

// All eight stages in the board's order (offer ... lost), empty ones included.
QList<StageSummary> summarise(const QList<Deal> &deals);

// `pipeline --json` (formats.md): [{stage, count, gross: {"IDR": "1500000"}}], money as decimal
// strings in major units.
QJsonArray pipelineToJson(const QList<StageSummary> &summaries);

// "Offer", "In production": the stage for people, translated.
QString dealStageName(DealStage stage);

// Moves a deal by setting its participant's status: offer -> invited, negotiating ->
// negotiating, contracted -> confirmed (a completed one stays completed), lost -> cancelled when
// it was confirmed or completed, else declined (a lost one stays as it is). In production,
// delivered, invoiced and paid follow from the records and are refused with a message saying so.
// The stage afterwards is still the first rule that holds: a deal whose deliverables are all
// posted stays delivered. Touches "participants".
// Errors: no such participant; a refused stage; a database error.
Status moveDeal(Transaction &tx, qint64 participantId, DealStage target);

// The creators `changes` names, and those whose deals the campaigns, participants, deliverables,
// payments and posts' numbers it names belong to, each once (a board reads again only their
// deals). None when one of those kinds changed without ids, when a record named is gone (whose deal
// it was is no longer known), or on a database error.
std::optional<QList<qint64>> creatorsOfChangedDeals(QSqlDatabase &db, const Changes &changes);

} // namespace cd
