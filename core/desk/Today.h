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

// An item of a long section past those a page holds (keepFirstTodayItems), as the count of things
// to do needs it: which record, and whether its listed day has passed.
struct TodayThing
{
    QString record; // as TodayItem::record: one of a few literals, shared
    qint64 id = 0;
    bool late = false;
};

struct TodaySectionItems
{
    TodaySection section = TodaySection::DraftsToReview;
    QList<TodayItem> items;
    // The items after the first ones, when a page holds only those (empty otherwise).
    QList<TodayThing> beyond;
    // How many the section lists.
    qsizetype count() const { return items.size() + beyond.size(); }
};

// The parts of the list, each filled by a query of its own: deliverables (drafts to review,
// revisions waiting, due soon, late), offers, contracts to chase, money (receivables overdue,
// payables due), usage rights, exclusivity conflicts and follow-ups. Most changes made from the
// desk (a draft approved, a payment marked paid, a follow-up done) reach one or two of them: a
// page reads again only the parts a change can reach.
enum class TodayPart
{
    Deliverables,
    Offers,
    Contracts,
    Payments,
    Rights,
    Conflicts,
    Followups
};
using TodayParts = unsigned; // a bit per TodayPart
constexpr TodayParts todayPartBit(TodayPart part)
{
    return 1u << unsigned(part);
}
inline constexpr TodayParts AllTodayParts = (1u << (unsigned(TodayPart::Followups) + 1)) - 1;
// The part that fills `section`.
TodayPart todayPartOf(TodaySection section);
// The parts a committed change to these kinds of records (Workspace::changed) can change: each part
// unless every kind is one known not to reach it (follower counts and metrics reach none; payments
// and invoices reach the money part only; deliverables the deliverables part only; contracts the
// deliverables (turnarounds), contracts, rights and conflicts parts; follow-ups the follow-ups part).
TodayParts todayPartsChangedBy(const QStringList &changedKinds);

// The two halves of the list, read at once on two cores: what signed contracts hold (usage rights,
// exclusivity conflicts: at 20,000 creators as long to read as all the rest) and the desk's work.
enum class TodayHalf
{
    Work,
    Contracts
};
inline constexpr TodayHalf TodayHalves[] = {TodayHalf::Work, TodayHalf::Contracts};
// The parts of `half`.
TodayParts todayHalfParts(TodayHalf half);

// The Today list as of `asOf`, for the creators of manager `managerId` (0: everyone). Always all
// eleven sections, in formats.md's order; each sorted most urgent first: by date (oldest first,
// undated last), then creator, campaign and what. A few set-based queries whatever the size of
// the workspace (under 100 ms on the agency demo). Only the sections of `parts` have items (all
// eleven are there). Errors: a failing query.
Result<QList<TodaySectionItems>> today(QSqlDatabase &db, const QDate &asOf, qint64 managerId = 0,
                                       TodayParts parts = AllTodayParts);
// Whether `item`'s listed day is a deadline that passed before `asOf`: late work or a revision,
// overdue money, a follow-up, usage rights that ended while the content is still in use (a draft's
// or an offer's day is when it was sent, not a deadline).
bool isTodayItemLate(const TodayItem &item, const QDate &asOf);

// How many items of a section the Today page holds until asked for all of them. Today is what to do
// next, most urgent first; the large demo lists 9,025 usage rights and 17,039 items in all, 8.2 MiB.
inline constexpr qsizetype TodayItemsHeld = 200;
// Keeps the first `most` items of each section, except the sections of `whole` (a bit per
// TodaySection); the others go into `beyond`, as things to count, late as of `asOf`.
void keepFirstTodayItems(QList<TodaySectionItems> &sections, qsizetype most, unsigned whole, const QDate &asOf);
constexpr unsigned todaySectionBit(TodaySection section)
{
    return 1u << unsigned(section);
}

// Moves the sections of `parts` from `from` into `into` (both as today() gives them).
void takeTodayParts(TodayParts parts, QList<TodaySectionItems> &&from, QList<TodaySectionItems> &into);

// The section's title for people ("Drafts to review"), translated.
QString todaySectionTitle(TodaySection section);

// formats.md's `today --json`: {as_of, sections: [{section, count, items: [{record, id, what,
// campaign, creator, brand, date, detail}]}]}, missing values null.
QJsonObject todayToJson(const QDate &asOf, const QList<TodaySectionItems> &sections);

} // namespace cd
