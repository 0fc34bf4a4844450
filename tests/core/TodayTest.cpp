#include "TodayDesk.h"

#include "models/TodayModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>

using namespace cd;
using namespace cd::test::desk;

TEST_CASE("an empty workspace shows all eleven sections, each with nothing in it")
{
    Desk d;
    const QList<TodaySectionItems> t = d.all();
    QStringList order;
    for (const TodaySectionItems &s : t) {
        order << wordOf(s.section);
        CHECK(s.items.isEmpty());
    }
    CHECK(order == QStringList{QStringLiteral("drafts_to_review"), QStringLiteral("revisions_waiting"),
                               QStringLiteral("due_soon"), QStringLiteral("late"), QStringLiteral("offers"),
                               QStringLiteral("contracts_to_chase"), QStringLiteral("receivables_overdue"),
                               QStringLiteral("payables_due"), QStringLiteral("rights"), QStringLiteral("conflicts"),
                               QStringLiteral("followups")});
    const QJsonObject json = todayToJson(D, t);
    CHECK(json.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-23"));
    const QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
    REQUIRE(sections.size() == 11);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QJsonObject s = sections.at(i).toObject();
        CHECK(s.value(QStringLiteral("section")).toString() == order.at(i));
        CHECK(s.value(QStringLiteral("count")).toInt(-1) == 0);
        CHECK(s.value(QStringLiteral("items")).toArray().isEmpty());
    }
}

TEST_CASE("deliverables not posted are due soon from D to D+7 and late before D")
{
    Desk d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 budi = d.creator(QStringLiteral("Budi Santoso"));
    const qint64 summer = d.campaign(QStringLiteral("Summer Launch"), brand, QStringLiteral("2026-11-01"));
    const qint64 p = d.participant(summer, rina);
    const qint64 pb = d.participant(summer, budi);
    d.deliverable(p, QStringLiteral("Yesterday"), QStringLiteral("planned"), day(-1));
    d.deliverable(p, QStringLiteral("Ten days ago"), QStringLiteral("approved"), day(-10));
    d.deliverable(pb, QStringLiteral("Also ten days ago"), QStringLiteral("planned"), day(-10));
    d.deliverable(p, QStringLiteral("Today"), QStringLiteral("planned"), day(0));
    d.deliverable(p, QStringLiteral("In two days"), QStringLiteral("approved"), day(2));
    d.deliverable(p, QStringLiteral("In seven days"), QStringLiteral("planned"), day(7));
    d.deliverable(p, QStringLiteral("In eight days"), QStringLiteral("planned"), day(8));
    d.deliverable(p, QStringLiteral("Posted late"), QStringLiteral("posted"), day(-3));
    d.deliverable(p, QStringLiteral("Verified today"), QStringLiteral("verified"), day(0));
    d.deliverable(p, QStringLiteral("Whenever"), QStringLiteral("planned"), QString());
    // Nothing to do for a declined participation or a cancelled campaign.
    const qint64 declined =
        d.participant(d.campaign(QStringLiteral("Kopi Launch"), brand, QStringLiteral("2026-11-01")), rina,
                      QStringLiteral("declined"));
    d.deliverable(declined, QStringLiteral("Declined one"), QStringLiteral("planned"), day(0));
    const qint64 gone = d.participant(
        d.campaign(QStringLiteral("Old Promo"), brand, QStringLiteral("2026-11-01"), {}, QStringLiteral("cancelled")),
        rina);
    d.deliverable(gone, QStringLiteral("Cancelled one"), QStringLiteral("planned"), day(-1));

    const QList<TodayItem> soon = d.items(TodaySection::DueSoon);
    CHECK(whats(soon) ==
          QStringList{QStringLiteral("Today"), QStringLiteral("In two days"), QStringLiteral("In seven days")});
    CHECK(details(soon) ==
          QStringList{QStringLiteral("due today"), QStringLiteral("due in 2 days"), QStringLiteral("due in 7 days")});
    REQUIRE(soon.size() == 3);
    CHECK(soon.first().record == QStringLiteral("deliverable"));
    CHECK(soon.first().date == D);
    CHECK(soon.first().campaign == QStringLiteral("Summer Launch"));
    CHECK(soon.first().creator == QStringLiteral("Rina Wijaya"));
    CHECK(soon.first().brand == QStringLiteral("Teh Segar"));
    CHECK(soon.first().participantId == p);
    CHECK(soon.first().campaignId == summer);
    CHECK(soon.first().creatorId == rina);
    CHECK(soon.first().deliverableStatus == DeliverableStatus::Planned);
    CHECK(soon.at(1).deliverableStatus == DeliverableStatus::Approved);

    // Most overdue first; on the same day Budi before Rina.
    const QList<TodayItem> late = d.items(TodaySection::Late);
    CHECK(whats(late) == QStringList{QStringLiteral("Also ten days ago"), QStringLiteral("Ten days ago"),
                                     QStringLiteral("Yesterday")});
    CHECK(details(late) ==
          QStringList{QStringLiteral("10 days late"), QStringLiteral("10 days late"), QStringLiteral("1 day late")});

    SECTION("a day later, what was due today is late and D+8 comes into the week")
    {
        const QList<TodaySectionItems> next = d.all(D.addDays(1));
        CHECK(whats(next.at(int(TodaySection::DueSoon)).items) == QStringList{QStringLiteral("In two days"),
                                                                              QStringLiteral("In seven days"),
                                                                              QStringLiteral("In eight days")});
        CHECK(whats(next.at(int(TodaySection::Late)).items).last() == QStringLiteral("Today"));
        CHECK(details(next.at(int(TodaySection::Late)).items).last() == QStringLiteral("1 day late"));
        // Each section holds its items and no room beyond them (a page keeps the list).
        for (const TodaySectionItems &s : next)
            CHECK(s.items.capacity() == s.items.size());
    }
}

TEST_CASE("drafts wait for review and revisions are late once asked plus the turnaround is before D")
{
    Desk d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 budi = d.creator(QStringLiteral("Budi Santoso"));
    const qint64 citra = d.creator(QStringLiteral("Citra Dewi"));
    const qint64 summer = d.campaign(QStringLiteral("Summer Launch"), brand, QStringLiteral("2026-11-01"));
    const qint64 p = d.participant(summer, rina);
    const qint64 pb = d.participant(summer, budi);
    const qint64 pc = d.participant(summer, citra);
    d.deliverable(p, QStringLiteral("Draft far off"), QStringLiteral("draft_submitted"), day(20));
    d.deliverable(pb, QStringLiteral("Draft undated"), QStringLiteral("draft_submitted"), QString());
    d.deliverable(p, QStringLiteral("Draft late"), QStringLiteral("draft_submitted"), day(-2));

    // Rina's revision: asked 2026-11-20 (latest of two rounds), the setting's 3 days: due back 11-23.
    const qint64 r = d.deliverable(p, QStringLiteral("Reel revision"), QStringLiteral("revision_requested"), day(30));
    d.feedback(r, QStringLiteral("2026-11-20T05:00:00Z"));
    d.feedback(r, QStringLiteral("2026-11-02T05:00:00Z"));
    // Budi's contract's latest version says 1 day (an earlier one said 10): asked 11-21, back 11-22.
    const qint64 k =
        d.contract(pb, QStringLiteral("signed"), day(-30), QStringLiteral("turnaround_days"), QStringLiteral("10"));
    d.insert(QStringLiteral("INSERT INTO contract_versions (contract_id, version, turnaround_days, created_at) "
                            "VALUES (%1, 2, 1, 'x')")
                 .arg(k));
    const qint64 rb = d.deliverable(pb, QStringLiteral("Story revision"), QStringLiteral("revision_requested"), {});
    d.feedback(rb, QStringLiteral("2026-11-21T05:00:00Z"));
    // Citra's was asked before feedback was kept: it counts from the deliverable's last change.
    d.deliverable(pc, QStringLiteral("Old revision"), QStringLiteral("revision_requested"), {},
                  QStringLiteral("2026-11-01T10:00:00Z"));

    const QList<TodayItem> drafts = d.items(TodaySection::DraftsToReview);
    CHECK(whats(drafts) ==
          QStringList{QStringLiteral("Draft late"), QStringLiteral("Draft far off"), QStringLiteral("Draft undated")});
    CHECK(details(drafts) == QStringList{QStringLiteral("draft submitted, 2 days late"),
                                         QStringLiteral("draft submitted, due in 20 days"),
                                         QStringLiteral("draft submitted, no due date")});
    CHECK(drafts.first().deliverableStatus == DeliverableStatus::DraftSubmitted);
    // A late draft is late as well; one due in 20 days is not due soon.
    CHECK(whats(d.items(TodaySection::Late)) == QStringList{QStringLiteral("Draft late")});
    CHECK(d.items(TodaySection::DueSoon).isEmpty());

    const QList<TodayItem> waiting = d.items(TodaySection::RevisionsWaiting);
    CHECK(whats(waiting) == QStringList{QStringLiteral("Old revision"), QStringLiteral("Story revision")});
    CHECK(details(waiting) == QStringList{QStringLiteral("revision 19 days late (requested 1 Nov 2026)"),
                                          QStringLiteral("revision 1 day late (requested 21 Nov 2026)")});
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(1).date == QDate(2026, 11, 22));
    // Late on the page: whatever is past its deadline, the late draft and both revisions; not the
    // drafts to review, whose day is the day they were sent.
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSections(d.all(D, 0), D);
    int late = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int i = 0; i < model.rowCount(model.index(row, 0)); ++i)
            late += model.index(i, 0, model.index(row, 0)).data(TodayModel::LateRole).toBool();
    CHECK(late == 3);
    CHECK(waiting.at(1).deliverableStatus == DeliverableStatus::RevisionRequested);

    SECTION("the day after the turnaround ends, Rina's is late too")
    {
        const QList<TodayItem> next = d.items(TodaySection::RevisionsWaiting, D.addDays(1));
        CHECK(whats(next) == QStringList{QStringLiteral("Old revision"), QStringLiteral("Story revision"),
                                         QStringLiteral("Reel revision")});
        CHECK(details(next).last() == QStringLiteral("revision 1 day late (requested 20 Nov 2026)"));
    }
    SECTION("the workspace's turnaround applies where the contract gives none")
    {
        d.setting("turnaround_days", QStringLiteral("2"));
        CHECK(whats(d.items(TodaySection::RevisionsWaiting)) == QStringList{QStringLiteral("Old revision"),
                                                                            QStringLiteral("Story revision"),
                                                                            QStringLiteral("Reel revision")});
    }
    SECTION("the request's day is the local one")
    {
        // 2026-11-19 20:00 UTC: 11-19 in UTC (back 11-22, late on the 23rd), 11-20 in Jakarta (back
        // 11-23, not late yet).
        test::exec(*d.ws, QStringLiteral("UPDATE deliverable_feedback SET created_at = '2026-11-19T20:00:00Z' WHERE "
                                         "created_at = '2026-11-20T05:00:00Z'"));
        {
            LocalZone utc("UTC0");
            CHECK(whats(d.items(TodaySection::RevisionsWaiting)).contains(QStringLiteral("Reel revision")));
        }
        {
            LocalZone jakarta("WIB-7");
            CHECK_FALSE(whats(d.items(TodaySection::RevisionsWaiting)).contains(QStringLiteral("Reel revision")));
        }
    }
}

TEST_CASE("offers wait for an answer and contracts are chased 8 days after their last change")
{
    Desk d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 budi = d.creator(QStringLiteral("Budi Santoso"));
    const qint64 early = d.campaign(QStringLiteral("Early Bird"), brand, day(-3));
    const qint64 later = d.campaign(QStringLiteral("Later On"), brand, day(10));
    const qint64 now = d.campaign(QStringLiteral("Right Now"), brand, day(0), {}, QStringLiteral("planned"));
    const qint64 gone =
        d.campaign(QStringLiteral("Gone"), brand, day(-1), {}, QStringLiteral("cancelled"), QStringLiteral("IDR"));
    d.participant(later, rina, QStringLiteral("invited"), 5'000'000);
    const qint64 negotiating = d.participant(early, budi, QStringLiteral("negotiating"));
    d.participant(now, budi, QStringLiteral("invited"), 0);
    d.participant(early, rina, QStringLiteral("confirmed"), 1'000'000);
    d.participant(gone, rina, QStringLiteral("invited"), 1'000'000);

    const QList<TodayItem> offers = d.items(TodaySection::Offers);
    CHECK(whats(offers) == QStringList{QStringLiteral("Offer: no fee yet"), QStringLiteral("Offer: fee Rp0"),
                                       QStringLiteral("Offer: fee Rp5.000.000")});
    CHECK(details(offers) == QStringList{QStringLiteral("negotiating, campaign started 3 days ago"),
                                         QStringLiteral("invited, campaign starts today"),
                                         QStringLiteral("invited, campaign starts in 10 days")});
    REQUIRE(offers.size() == 3);
    CHECK(offers.first().record == QStringLiteral("participant"));
    CHECK(offers.first().id == negotiating);
    CHECK(offers.first().participantId == negotiating);
    CHECK(offers.first().participantStatus == ParticipantStatus::Negotiating);
    CHECK(offers.first().date == D.addDays(-3));

    // Contracts, each on its own participation.
    const qint64 c1 = d.campaign(QStringLiteral("C1"), brand, day(0));
    const qint64 c2 = d.campaign(QStringLiteral("C2"), brand, day(0));
    const qint64 c3 = d.campaign(QStringLiteral("C3"), brand, day(0));
    const qint64 c4 = d.campaign(QStringLiteral("C4"), brand, day(0));
    const qint64 c5 = d.campaign(QStringLiteral("C5"), brand, day(0));
    const qint64 c6 = d.campaign(QStringLiteral("C6"), brand, day(0));
    const qint64 draft = d.contract(d.participant(c1, rina), QStringLiteral("draft"), day(0));
    const qint64 sent8 = d.contract(d.participant(c2, rina), QStringLiteral("sent"), day(-8));
    d.contract(d.participant(c3, rina), QStringLiteral("sent"), day(-7));
    const qint64 talks = d.contract(d.participant(c4, budi), QStringLiteral("sent"), day(-20));
    d.statusChange(talks, QStringLiteral("negotiating"), day(-12));
    test::exec(*d.ws, QStringLiteral("UPDATE contracts SET status = 'negotiating' WHERE id = %1").arg(talks));
    d.contract(d.participant(c5, budi), QStringLiteral("signed"), day(-40));
    d.contract(d.participant(c6, budi, QStringLiteral("declined")), QStringLiteral("draft"), day(-40));
    // In talks for 20 days, but with a change 3 days ago: the last change is recent.
    const qint64 moved = d.contract(negotiating, QStringLiteral("negotiating"), day(-20));
    d.statusChange(moved, QStringLiteral("negotiating"), day(-3));

    const QList<TodayItem> chase = d.items(TodaySection::ContractsToChase);
    CHECK(whats(chase) == QStringList{QStringLiteral("Contract: negotiating"), QStringLiteral("Contract: sent"),
                                      QStringLiteral("Contract: draft")});
    CHECK(details(chase) == QStringList{QStringLiteral("negotiating, last change 12 days ago"),
                                        QStringLiteral("sent 8 days ago, no answer since"),
                                        QStringLiteral("not sent yet, drafted today")});
    REQUIRE(chase.size() == 3);
    CHECK(chase.at(0).id == talks);
    CHECK(chase.at(1).id == sent8);
    CHECK(chase.at(1).date == D.addDays(-8));
    CHECK(chase.at(1).contractStatus == ContractStatus::Sent);
    CHECK(chase.at(2).id == draft);
    CHECK(chase.at(2).record == QStringLiteral("contract"));
}

TEST_CASE("one manager's Today lists only the creators they manage")
{
    Desk d;
    const qint64 dewi = d.manager(QStringLiteral("Dewi Lestari"));
    const qint64 marcus = d.manager(QStringLiteral("Marcus Tan"));
    const qint64 teh = d.brand(QStringLiteral("Teh Segar"));
    const qint64 kopi = d.brand(QStringLiteral("Kopi Kita"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"), dewi);
    const qint64 budi = d.creator(QStringLiteral("Budi Santoso"), marcus);
    const qint64 citra = d.creator(QStringLiteral("Citra Dewi")); // nobody's
    const qint64 summer = d.campaign(QStringLiteral("Summer Launch"), teh, QStringLiteral("2026-11-01"));
    const qint64 kopiLaunch =
        d.campaign(QStringLiteral("Kopi Launch"), kopi, QStringLiteral("2026-11-15"), QStringLiteral("2026-11-30"));
    QHash<qint64, qint64> part;
    for (qint64 creator : {rina, budi, citra}) {
        part[creator] = d.participant(summer, creator);
        d.participant(kopiLaunch, creator);
        d.deliverable(part[creator], QStringLiteral("Reel"), QStringLiteral("planned"), day(-1));
        d.deliverable(part[creator], QStringLiteral("Story"), QStringLiteral("draft_submitted"), day(3));
        d.payment(part[creator], QStringLiteral("payable"), 1'000'000, day(2));
        d.contract(part[creator], QStringLiteral("signed"), day(-30),
                   QStringLiteral("exclusivity_category, exclusivity_start, usage_end"),
                   QStringLiteral("'beverages', '2026-11-01', '%1'").arg(day(10)));
        d.followup("creator_id", creator, day(0), QStringLiteral("Call"));
    }
    d.followup("brand_id", teh, day(0), QStringLiteral("Everyone's brand note"));
    d.followup("brand_id", kopi, day(0), QStringLiteral("Marcus's brand note"), {}, marcus);

    const auto creatorsIn = [&](qint64 manager) {
        QList<QStringList> out;
        for (const TodaySectionItems &s : d.all(D, manager)) {
            QStringList names;
            for (const TodayItem &it : s.items)
                names << (it.creator.isEmpty() ? it.what : it.creator);
            out << names;
        }
        return out;
    };
    const QStringList rinaOnly{QStringLiteral("Rina Wijaya")};
    const QList<QStringList> forDewi = creatorsIn(dewi);
    for (TodaySection s : {TodaySection::DraftsToReview, TodaySection::DueSoon, TodaySection::Late,
                           TodaySection::PayablesDue, TodaySection::Rights, TodaySection::Conflicts})
        CHECK(forDewi.at(int(s)) == rinaOnly);
    CHECK(forDewi.at(int(TodaySection::Followups)) ==
          QStringList{QStringLiteral("Everyone's brand note"), QStringLiteral("Rina Wijaya")});
    const QList<QStringList> forMarcus = creatorsIn(marcus);
    CHECK(forMarcus.at(int(TodaySection::Late)) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(forMarcus.at(int(TodaySection::Conflicts)) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(forMarcus.at(int(TodaySection::Followups)) == QStringList{QStringLiteral("Everyone's brand note"),
                                                                    QStringLiteral("Marcus's brand note"),
                                                                    QStringLiteral("Budi Santoso")});
    const QList<QStringList> everyone = creatorsIn(0);
    CHECK(everyone.at(int(TodaySection::Late)) ==
          QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Citra Dewi"), QStringLiteral("Rina Wijaya")});
    CHECK(everyone.at(int(TodaySection::Followups)).size() == 5);
    CHECK(everyone.at(int(TodaySection::Conflicts)).size() == 3);
}
