// Today: money due and overdue, usage rights and exclusivity conflicts, follow-ups, and which
// changes reach which half of the list.
#include "TodayDesk.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cd;
using namespace cd::test::desk;

TEST_CASE("receivables overdue at D and payables due within a week or overdue, with mixed currencies")
{
    Desk d;
    d.setting("perspective", QStringLiteral("agency"));
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"));
    // Rina is a person with NPWP: PPh 21 is 5% of half the gross.
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"), 0, QStringLiteral("0123456789012345"));
    const qint64 idr =
        d.participant(d.campaign(QStringLiteral("Summer Launch"), brand, QStringLiteral("2026-06-01")), rina);
    const qint64 usd = d.participant(d.campaign(QStringLiteral("Global Push"), brand, QStringLiteral("2026-06-01"), {},
                                                QStringLiteral("active"), QStringLiteral("USD")),
                                     rina);
    const qint64 overdue = d.payment(idr, QStringLiteral("receivable"), 12'000'000, day(-1));
    d.payment(idr, QStringLiteral("receivable"), 3'000'000, day(0));            // due, not overdue
    d.payment(idr, QStringLiteral("receivable"), 4'000'000, day(-45), day(-1)); // paid
    const qint64 paidLater = d.payment(idr, QStringLiteral("receivable"), 500'000, day(-45), day(1), 0,
                                       QStringLiteral("deposit")); // still open at D
    const qint64 openReceivable = d.payment(idr, QStringLiteral("receivable"), 2'000'000, day(5));
    const qint64 paidReceivable = d.payment(idr, QStringLiteral("receivable"), 1'000'000, day(-10), day(-2));
    const qint64 in7 = d.payment(idr, QStringLiteral("payable"), 10'000'000, day(7));
    d.payment(idr, QStringLiteral("payable"), 10'000'000, day(8));
    const qint64 dueToday = d.payment(usd, QStringLiteral("payable"), 125'050, day(0));
    const qint64 late =
        d.payment(idr, QStringLiteral("payable"), 2'000'000, day(-3), {}, 0, QStringLiteral("reimbursement"));
    d.payment(idr, QStringLiteral("payable"), 800'000, day(-2), {}, openReceivable); // awaiting the brand
    const qint64 released = d.payment(idr, QStringLiteral("payable"), 800'000, day(1), {}, paidReceivable);
    d.payment(idr, QStringLiteral("payable"), 1'000'000, day(-5), day(0)); // paid on D
    d.payment(idr, QStringLiteral("payable"), 1'000'000, QString());       // no due date

    const QList<TodayItem> receivables = d.items(TodaySection::ReceivablesOverdue);
    REQUIRE(receivables.size() == 2);
    CHECK(receivables.at(0).id == paidLater);
    CHECK(receivables.at(0).what == QStringLiteral("Collect deposit Rp500.000"));
    CHECK(receivables.at(0).detail == QStringLiteral("45 days overdue"));
    CHECK(receivables.at(1).id == overdue);
    CHECK(receivables.at(1).record == QStringLiteral("payment"));
    CHECK(receivables.at(1).what == QStringLiteral("Collect fee Rp12.000.000"));
    CHECK(receivables.at(1).detail == QStringLiteral("1 day overdue"));
    CHECK(receivables.at(1).date == D.addDays(-1));
    CHECK(receivables.at(1).direction == PaymentDirection::Receivable);
    CHECK(receivables.at(1).kind == PaymentKind::Fee);
    CHECK(receivables.at(1).amount == Money(12'000'000, QStringLiteral("IDR")));
    CHECK(receivables.at(1).participantId == idr);

    const QList<TodayItem> payables = d.items(TodaySection::PayablesDue);
    REQUIRE(payables.size() == 4);
    CHECK(payables.at(0).id == late);
    CHECK(payables.at(0).what == QStringLiteral("Pay reimbursement Rp2.000.000 net")); // nothing withheld
    CHECK(payables.at(0).detail == QStringLiteral("3 days overdue"));
    CHECK(payables.at(1).id == dueToday);
    CHECK(payables.at(1).what == QStringLiteral("Pay fee $1,250.50 net")); // no Indonesian tax on USD
    CHECK(payables.at(1).detail == QStringLiteral("due today"));
    CHECK(payables.at(1).amount == Money(125'050, QStringLiteral("USD")));
    CHECK(payables.at(1).net == Money(125'050, QStringLiteral("USD")));
    CHECK(payables.at(2).id == released);
    CHECK(payables.at(2).detail == QStringLiteral("due in 1 day"));
    CHECK(payables.at(3).id == in7);
    // Rp10.000.000 gross: 5% of Rp5.000.000 = Rp250.000 withheld.
    CHECK(payables.at(3).what == QStringLiteral("Pay fee Rp9.750.000 net"));
    CHECK(payables.at(3).amount == Money(10'000'000, QStringLiteral("IDR")));
    CHECK(payables.at(3).net == Money(9'750'000, QStringLiteral("IDR")));
    CHECK(payables.at(3).detail == QStringLiteral("due in 7 days"));
    CHECK(payables.at(3).direction == PaymentDirection::Payable);

    SECTION("a day later D+8 is within the week and the receivable due on D is overdue")
    {
        const QList<TodaySectionItems> next = d.all(D.addDays(1));
        CHECK(next.at(int(TodaySection::ReceivablesOverdue)).items.size() == 2); // D's; the deposit was paid on D+1
        CHECK(next.at(int(TodaySection::PayablesDue)).items.size() == 5);
    }
}

TEST_CASE("usage rights and exclusivity conflicts open the contract")
{
    Desk d;
    const qint64 teh = d.brand(QStringLiteral("Teh Segar"));
    const qint64 kopi = d.brand(QStringLiteral("Kopi Kita"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 summer = d.campaign(QStringLiteral("Summer Launch"), teh, QStringLiteral("2026-11-01"));
    const qint64 kopiLaunch =
        d.campaign(QStringLiteral("Kopi Launch"), kopi, QStringLiteral("2026-11-15"), QStringLiteral("2026-11-30"));
    const qint64 p = d.participant(summer, rina);
    const qint64 pk = d.participant(kopiLaunch, rina);
    const qint64 k = d.contract(p, QStringLiteral("signed"), day(-30),
                                QStringLiteral("exclusivity_category, exclusivity_start, exclusivity_end, usage_end"),
                                QStringLiteral("'beverages', '2026-11-01', '2026-12-31', '%1'").arg(day(5)));
    const qint64 inUse = d.contract(pk, QStringLiteral("active"), day(-30), QStringLiteral("usage_end"),
                                    QStringLiteral("'%1'").arg(day(-3)));
    test::exec(*d.ws, QStringLiteral("UPDATE contracts SET rights_in_use = 1 WHERE id = %1").arg(inUse));
    // The summer contract's rights cover two platforms; Budi's, ending the same day, name none.
    test::exec(*d.ws, QStringLiteral("INSERT INTO contract_version_usage_channels (version_id, channel) SELECT id, "
                                     "'instagram' FROM contract_versions WHERE contract_id = %1 UNION ALL SELECT id, "
                                     "'tiktok' FROM contract_versions WHERE contract_id = %1")
                          .arg(k));
    const qint64 budi = d.creator(QStringLiteral("Budi Santoso"));
    const qint64 sameDay = d.contract(d.participant(summer, budi), QStringLiteral("signed"), day(-30),
                                      QStringLiteral("usage_end"), QStringLiteral("'%1'").arg(day(5)));

    const QList<TodayItem> rights = d.items(TodaySection::Rights);
    REQUIRE(rights.size() == 3);
    CHECK(rights.at(0).id == inUse);
    CHECK(rights.at(0).record == QStringLiteral("contract"));
    CHECK(rights.at(0).what == QStringLiteral("Usage rights"));
    CHECK(rights.at(0).detail == QStringLiteral("expired 3 days ago, still in use"));
    CHECK(rights.at(0).campaign == QStringLiteral("Kopi Launch"));
    CHECK(rights.at(0).participantId == pk);
    CHECK(rights.at(0).creatorId == rina);
    CHECK(rights.at(0).campaignId == kopiLaunch);
    // The same day (by creator name: Budi, then Rina), each with its own channels.
    CHECK(rights.at(1).id == sameDay);
    CHECK(rights.at(1).what == QStringLiteral("Usage rights"));
    CHECK(rights.at(1).detail == QStringLiteral("expires in 5 days"));
    CHECK(rights.at(2).id == k);
    CHECK(rights.at(2).what == QStringLiteral("Usage rights: Instagram, TikTok"));
    CHECK(rights.at(2).detail == QStringLiteral("expires in 5 days"));
    CHECK(rights.at(2).date == D.addDays(5));

    const QList<TodayItem> conflicts = d.items(TodaySection::Conflicts);
    REQUIRE(conflicts.size() == 1);
    const TodayItem &c = conflicts.first();
    CHECK(c.record == QStringLiteral("contract"));
    CHECK(c.id == k);
    CHECK(c.what == QStringLiteral("Exclusive to Teh Segar for beverages"));
    CHECK(c.campaign == QStringLiteral("Kopi Launch"));
    CHECK(c.brand == QStringLiteral("Kopi Kita"));
    CHECK(c.creator == QStringLiteral("Rina Wijaya"));
    CHECK(c.date == QDate(2026, 11, 15));
    CHECK(c.detail == QStringLiteral("overlaps 15 Nov 2026 to 30 Nov 2026: same category"));
    CHECK(c.participantId == pk);
    CHECK(c.campaignId == kopiLaunch);

    SECTION("each part reads its own sections, and the parts together are the whole list")
    {
        d.deliverable(p, QStringLiteral("Reel 1"), QStringLiteral("planned"), day(-2)); // late: deliverables
        QSqlDatabase db = d.ws->db();
        // The two halves read on two cores share no part and hold them all.
        CHECK((todayHalfParts(TodayHalf::Work) & todayHalfParts(TodayHalf::Contracts)) == 0);
        CHECK((todayHalfParts(TodayHalf::Work) | todayHalfParts(TodayHalf::Contracts)) == AllTodayParts);
        auto merged = today(db, D, 0, 0); // no part: every section, empty
        REQUIRE(merged.ok());
        REQUIRE(merged->size() == 11);
        for (const TodaySectionItems &section : merged.value())
            CHECK(section.items.isEmpty());
        for (unsigned i = 0; i <= unsigned(TodayPart::Followups); ++i) {
            const auto part = TodayPart(i);
            INFO(i);
            auto read = today(db, D, 0, todayPartBit(part));
            REQUIRE(read.ok());
            REQUIRE(read->size() == 11);
            for (const TodaySectionItems &section : read.value())
                if (todayPartOf(section.section) != part)
                    CHECK(section.items.isEmpty());
            takeTodayParts(todayPartBit(part), std::move(read).value(), merged.value());
        }
        CHECK(merged->at(int(TodaySection::Late)).items.size() == 1);
        CHECK(merged->at(int(TodaySection::Rights)).items.size() == 3);
        CHECK(merged->at(int(TodaySection::Conflicts)).items.size() == 1);
        const QList<TodaySectionItems> whole = d.all();
        REQUIRE(merged->size() == whole.size());
        for (qsizetype s = 0; s < whole.size(); ++s) {
            INFO(s);
            CHECK(merged->at(s).section == whole.at(s).section);
            REQUIRE(merged->at(s).items.size() == whole.at(s).items.size());
            for (qsizetype i = 0; i < whole.at(s).items.size(); ++i)
                CHECK(merged->at(s).items.at(i).id == whole.at(s).items.at(i).id);
        }
        CHECK(whole.at(int(TodaySection::Late)).items.size() == 1);
    }
    SECTION("the dashboard's days bound what is expiring, and past overlaps drop out")
    {
        // Usage end D+5 is outside 4 days; the overlap ended on 11-30.
        test::exec(*d.ws, QStringLiteral("INSERT INTO settings (key, value) VALUES ('rights.expiring_days', '4')"));
        CHECK(d.items(TodaySection::Rights).size() == 1);
        CHECK(d.items(TodaySection::Conflicts, QDate(2026, 11, 30)).size() == 1);
        CHECK(d.items(TodaySection::Conflicts, QDate(2026, 12, 1)).isEmpty());
    }
}

TEST_CASE("open follow-ups due on or before D, oldest first")
{
    Desk d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 summer = d.campaign(QStringLiteral("Summer Launch"), brand, QStringLiteral("2026-11-01"));
    const qint64 p = d.participant(summer, rina);
    const qint64 today = d.followup("creator_id", rina, day(0), QStringLiteral("Ask for the media kit"));
    d.followup("creator_id", rina, day(1), QStringLiteral("Tomorrow's"));
    const qint64 deal = d.followup("participant_id", p, day(-2), QStringLiteral("Chase the signed contract\nline two"));
    d.followup("creator_id", rina, day(-1), QStringLiteral("Done already"), day(-1));
    const qint64 onBrand = d.followup("brand_id", brand, day(0), QStringLiteral("Send the recap"));

    const QList<TodayItem> f = d.items(TodaySection::Followups);
    CHECK(whats(f) == QStringList{QStringLiteral("Chase the signed contract"), QStringLiteral("Send the recap"),
                                  QStringLiteral("Ask for the media kit")});
    CHECK(details(f) ==
          QStringList{QStringLiteral("2 days overdue"), QStringLiteral("due today"), QStringLiteral("due today")});
    REQUIRE(f.size() == 3);
    CHECK(f.at(0).record == QStringLiteral("followup"));
    CHECK(f.at(0).id == deal);
    CHECK(f.at(0).participantId == p);
    CHECK(f.at(0).campaign == QStringLiteral("Summer Launch"));
    CHECK(f.at(0).creator == QStringLiteral("Rina Wijaya"));
    CHECK(f.at(1).id == onBrand); // no creator sorts before a creator's
    CHECK(f.at(1).creator.isEmpty());
    CHECK(f.at(1).brand == QStringLiteral("Teh Segar"));
    CHECK(f.at(2).id == today);

    const QJsonObject item = todayToJson(D, d.all())
                                 .value(QStringLiteral("sections"))
                                 .toArray()
                                 .at(int(TodaySection::Followups))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(1)
                                 .toObject();
    CHECK(item.keys() == QStringList{QStringLiteral("brand"), QStringLiteral("campaign"), QStringLiteral("creator"),
                                     QStringLiteral("date"), QStringLiteral("detail"), QStringLiteral("id"),
                                     QStringLiteral("record"), QStringLiteral("what")});
    CHECK(item.value(QStringLiteral("record")).toString() == QStringLiteral("followup"));
    CHECK(item.value(QStringLiteral("id")).toInteger() == onBrand);
    CHECK(item.value(QStringLiteral("what")).toString() == QStringLiteral("Send the recap"));
    CHECK(item.value(QStringLiteral("campaign")).isNull());
    CHECK(item.value(QStringLiteral("creator")).isNull());
    CHECK(item.value(QStringLiteral("brand")).toString() == QStringLiteral("Teh Segar"));
    CHECK(item.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-23"));
    CHECK(item.value(QStringLiteral("detail")).toString() == QStringLiteral("due today"));
}

TEST_CASE("as of a past day a follow-up done since was still to do")
{
    Desk d;
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    // Due two days ago and done yesterday: open as of two days ago, done as of yesterday and today.
    d.followup("creator_id", rina, day(-2), QStringLiteral("Send the brief"), day(-1));
    CHECK(whats(d.items(TodaySection::Followups, D.addDays(-2))) == QStringList{QStringLiteral("Send the brief")});
    CHECK(d.items(TodaySection::Followups, D.addDays(-1)).isEmpty());
    CHECK(d.items(TodaySection::Followups).isEmpty());
}

TEST_CASE("a change reaches only the parts of Today that read what it changed")
{
    const auto bit = todayPartBit;
    const auto reached = [](std::initializer_list<const char *> kinds) {
        QStringList list;
        for (const char *kind : kinds)
            list << QString::fromLatin1(kind);
        return todayPartsChangedBy(list);
    };
    // What the desk changes most: a follow-up done, a payment marked paid, an invoice, a draft approved.
    CHECK(reached({"followups"}) == bit(TodayPart::Followups));
    CHECK(reached({"payments"}) == bit(TodayPart::Payments));
    CHECK(reached({"invoices"}) == bit(TodayPart::Payments));
    CHECK(reached({"deliverables"}) == bit(TodayPart::Deliverables));
    CHECK(reached({"payments", "followups"}) == (bit(TodayPart::Payments) | bit(TodayPart::Followups)));
    // A contract: its chase, its rights and conflicts, and the turnaround a revision waits for.
    CHECK(reached({"contracts"}) == (bit(TodayPart::Deliverables) | bit(TodayPart::Contracts) | bit(TodayPart::Rights) |
                                     bit(TodayPart::Conflicts)));
    // Metrics and follower counts: none.
    CHECK(reached({"post_metrics", "followers"}) == 0);
    // What every part names or filters by, and a kind not known yet: all of them.
    for (const char *kind :
         {"participants", "campaigns", "brands", "creators", "managers", "settings", "a kind added later"}) {
        INFO(kind);
        CHECK(reached({kind}) == AllTodayParts);
    }
    CHECK(reached({"payments", "creators"}) == AllTodayParts);
}
