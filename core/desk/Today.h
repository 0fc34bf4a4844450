#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd {

// One thing to do on the desk's Today list (domain.md "The talent manager's desk").
struct TodayItem
{
    TodaySection section = TodaySection::DraftsToReview;
    // What to open: deliverable, participant, contract, payment or followup, and its id. Rights and
    // conflicts open the contract that grants the rights or holds the exclusivity.
    QString record;
    qint64 id = 0;
    QString what;                     // short, for people: the deliverable's title, "Offer: fee Rp5.000.000"
    QString campaign, creator, brand; // empty where they do not apply (a follow-up on a brand)
    QDate date;                       // the date it is listed by (due, asked, sent, usage end); may be invalid
    QString detail;                   // why it is listed: "2 days late", "sent 12 days ago"
    // For opening related records and offering the next action. A conflict names the campaign and
    // participation that break the exclusivity (its contract is `id`).
    qint64 campaignId = 0, creatorId = 0, participantId = 0;
    std::optional<DeliverableStatus> deliverableStatus; // deliverables
    std::optional<ParticipantStatus> participantStatus; // offers
    std::optional<ContractStatus> contractStatus;       // contracts to chase
    std::optional<PaymentDirection> direction;          // payments
    std::optional<PaymentKind> kind;                    // payments
    Money amount; // payments: the gross (currency: the campaign's); empty otherwise
    Money net;    // payments: gross - withholding (what a payable transfers)
};
} // namespace cd
// Moved as bytes when a section's list grows (its members are Qt's relocatable types and plain
// values): moving each of the large demo's 17,000 items member by member into fresh pages showed
// high in a profile of its Today (page faults 13,040 -> ~12,200 a run with this).
Q_DECLARE_TYPEINFO(cd::TodayItem, Q_RELOCATABLE_TYPE);
namespace cd {

struct TodaySectionItems
{
    TodaySection section = TodaySection::DraftsToReview;
    QList<TodayItem> items;
};

// The two halves of the list, each read by queries of its own: the desk's work (drafts, revisions,
// due and late deliverables, offers, contracts to chase, money, follow-ups) and what signed
// contracts hold (usage rights, exclusivity conflicts). Most changes made from the desk (a draft
// approved, a payment marked paid, a follow-up done) cannot change the second: a page reads again
// only the half a change can reach (at 20,000 creators Today after such a change is on screen in
// 144 ms, the whole list in 289).
enum class TodayHalf
{
    Work,
    Contracts
};
inline constexpr TodayHalf TodayHalves[] = {TodayHalf::Work, TodayHalf::Contracts};
// Whether `section` is filled by `half`.
bool isInHalf(TodaySection section, TodayHalf half);
// Whether a committed change to these kinds of records (Workspace::changed) can change `half`.
// The work half reads nearly every kind: always. The contracts half reads contracts, participants,
// campaigns, brands, creators, managers and settings: only kinds known to be none of those (payments,
// invoices, deliverables, follow-ups, metrics, follower counts) leave it as it is.
bool todayHalfDependsOn(TodayHalf half, const QStringList &changedKinds);

// The Today list as of `asOf`, for the creators of manager `managerId` (0: everyone). Always all
// eleven sections, in formats.md's order; each sorted most urgent first: by date (oldest first,
// undated last), then creator, campaign and what. A few set-based queries whatever the size of
// the workspace (under 100 ms on the agency demo). With `half`, only that half's sections have
// items (all eleven are there). Errors: a failing query.
Result<QList<TodaySectionItems>> today(QSqlDatabase &db, const QDate &asOf, qint64 managerId = 0,
                                       std::optional<TodayHalf> half = std::nullopt);
// Moves the sections of `half` from `from` into `into` (both as today() gives them).
void takeTodayHalf(TodayHalf half, QList<TodaySectionItems> &&from, QList<TodaySectionItems> &into);

// The section's title for people ("Drafts to review"), translated.
QString todaySectionTitle(TodaySection section);

// formats.md's `today --json`: {as_of, sections: [{section, count, items: [{record, id, what,
// campaign, creator, brand, date, detail}]}]}, missing values null.
QJsonObject todayToJson(const QDate &asOf, const QList<TodaySectionItems> &sections);

} // namespace cd
