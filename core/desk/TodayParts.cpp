#include "Today.h"

#include <QStringList>

#include <algorithm>

// Which parts of the Today list a change reaches, which half reads each, and how a read of some
// parts is put into the list shown (and how much of it a page holds).
namespace cd {

TodayPart todayPartOf(TodaySection section)
{
    switch (section) {
    case TodaySection::DraftsToReview:
    case TodaySection::RevisionsWaiting:
    case TodaySection::DueSoon:
    case TodaySection::Late:
        return TodayPart::Deliverables;
    case TodaySection::Offers:
        return TodayPart::Offers;
    case TodaySection::ContractsToChase:
        return TodayPart::Contracts;
    case TodaySection::ReceivablesOverdue:
    case TodaySection::PayablesDue:
        return TodayPart::Payments;
    case TodaySection::Rights:
        return TodayPart::Rights;
    case TodaySection::Conflicts:
        return TodayPart::Conflicts;
    case TodaySection::Followups:
        break;
    }
    return TodayPart::Followups;
}

TodayParts todayPartsChangedBy(const QStringList &changedKinds)
{
    // Allow-lists, not block-lists: a kind added later counts as a change to every part until it
    // is known not to be. What each part reads besides participants, campaigns, brands, creators,
    // managers and settings (which reach every part): deliverables their deliverables, feedback
    // and contracts (the turnaround a revision waits for); offers nothing more; contracts to chase
    // the contracts; money the payments (and, to be safe, invoices); rights and conflicts the
    // contracts; follow-ups the follow-ups.
    const QStringList none = {QStringLiteral("post_metrics"), QStringLiteral("followers")};
    const QString payments = QStringLiteral("payments"), invoices = QStringLiteral("invoices"),
                  deliverables = QStringLiteral("deliverables"), contracts = QStringLiteral("contracts"),
                  followups = QStringLiteral("followups");
    const std::pair<TodayPart, QStringList> unrelated[] = {
        {TodayPart::Deliverables, none + QStringList{payments, invoices, followups}},
        {TodayPart::Offers, none + QStringList{payments, invoices, followups, deliverables, contracts}},
        {TodayPart::Contracts, none + QStringList{payments, invoices, followups, deliverables}},
        {TodayPart::Payments, none + QStringList{followups, deliverables, contracts}},
        {TodayPart::Rights, none + QStringList{payments, invoices, followups, deliverables}},
        {TodayPart::Conflicts, none + QStringList{payments, invoices, followups, deliverables}},
        {TodayPart::Followups, none + QStringList{payments, invoices, deliverables, contracts}}};
    TodayParts changed = 0;
    for (const auto &part : unrelated) // (not a structured binding: clang 14 cannot capture one)
        if (std::ranges::any_of(changedKinds, [&](const QString &kind) { return !part.second.contains(kind); }))
            changed |= todayPartBit(part.first);
    return changed;
}

TodayParts todayHalfParts(TodayHalf half)
{
    const TodayParts contracts = todayPartBit(TodayPart::Rights) | todayPartBit(TodayPart::Conflicts);
    return half == TodayHalf::Contracts ? contracts : AllTodayParts & ~contracts;
}

void takeTodayParts(TodayParts parts, QList<TodaySectionItems> &&from, QList<TodaySectionItems> &into)
{
    for (TodaySectionItems &section : from)
        if (parts & todayPartBit(todayPartOf(section.section)))
            for (TodaySectionItems &kept : into)
                if (kept.section == section.section) {
                    kept.items = std::move(section.items);
                    kept.beyond = std::move(section.beyond);
                }
}

bool isTodayItemLate(const TodayItem &item, const QDate &asOf)
{
    switch (item.section) {
    case TodaySection::Late:
    case TodaySection::RevisionsWaiting:
    case TodaySection::ReceivablesOverdue:
    case TodaySection::PayablesDue:
    case TodaySection::Followups:
    case TodaySection::Rights: // content still in use after its rights ended
        return item.date.isValid() && item.date < asOf;
    default:
        return false;
    }
}

void keepFirstTodayItems(QList<TodaySectionItems> &sections, qsizetype most, unsigned whole, const QDate &asOf)
{
    for (TodaySectionItems &section : sections) {
        if ((whole & todaySectionBit(section.section)) || section.items.size() <= most)
            continue;
        section.beyond.reserve(section.beyond.size() + section.items.size() - most);
        for (qsizetype i = most; i < section.items.size(); ++i) {
            const TodayItem &item = section.items.at(i);
            section.beyond << TodayThing{item.record, item.id, isTodayItemLate(item, asOf)};
        }
        // Assigned, not resized: a list keeps its room when it shrinks.
        section.items = section.items.first(most);
    }
}

} // namespace cd
