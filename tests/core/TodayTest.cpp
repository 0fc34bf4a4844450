#include "TestSupport.h"

#include "desk/Today.h"
#include "models/TodayModel.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>

#include <ctime>

using namespace cd;
using cd::test::TempDir;

namespace {

const QDate D(2026, 11, 23);

QString quoted(const QString &text)
{
    return text.isNull() ? QStringLiteral("NULL") : QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString day(int offset)
{
    return D.addDays(offset).toString(Qt::ISODate);
}

// A fresh workspace filled row by row as stored, so each test states exactly what the desk sees.
struct Desk
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));

    qint64 insert(const QString &statement)
    {
        QSqlDatabase db = ws->db();
        auto id = sql::insert(db, statement);
        INFO(statement.toStdString());
        INFO((id ? QString() : id.error()).toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 manager(const QString &name)
    {
        return insert(QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) VALUES "
                                     "('%1', '%2', 'x', 'x')")
                          .arg(name, name.toLower()));
    }
    qint64 brand(const QString &name, const QString &category = QStringLiteral("beverages"))
    {
        return insert(QStringLiteral("INSERT INTO brands (name, name_key, category, created_at, updated_at) VALUES "
                                     "('%1', '%2', '%3', 'x', 'x')")
                          .arg(name, name.toLower(), category));
    }
    qint64 creator(const QString &name, qint64 managerId = 0, const QString &npwp = {})
    {
        return insert(
            QStringLiteral("INSERT INTO creators (name, name_key, manager_id, npwp, created_at, updated_at) "
                           "VALUES ('%1', '%2', %3, '%4', 'x', 'x')")
                .arg(name, name.toLower(), managerId ? QString::number(managerId) : QStringLiteral("NULL"), npwp));
    }
    qint64 campaign(const QString &name, qint64 brandId, const QString &start, const QString &end = {},
                    const QString &status = QStringLiteral("active"), const QString &currency = QStringLiteral("IDR"))
    {
        return insert(QStringLiteral("INSERT INTO campaigns (name, name_key, brand_id, status, start_date, end_date, "
                                     "currency, created_at, updated_at) VALUES ('%1', '%2', %3, '%4', '%5', %6, '%7', "
                                     "'x', 'x')")
                          .arg(name, name.toLower())
                          .arg(brandId)
                          .arg(status, start, quoted(end), currency));
    }
    qint64 participant(qint64 campaignId, qint64 creatorId, const QString &status = QStringLiteral("confirmed"),
                       qint64 fee = -1)
    {
        return insert(QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, fee_minor, "
                                     "created_at, updated_at) VALUES (%1, %2, '%3', %4, 'x', 'x')")
                          .arg(campaignId)
                          .arg(creatorId)
                          .arg(status, fee < 0 ? QStringLiteral("NULL") : QString::number(fee)));
    }
    qint64 deliverable(qint64 participantId, const QString &title, const QString &status, const QString &due,
                       const QString &updatedAt = QStringLiteral("x"))
    {
        return insert(QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, "
                                     "due_date, status, created_at, updated_at) VALUES (%1, 'instagram', '%2', '%3', "
                                     "%4, '%5', 'x', '%6')")
                          .arg(participantId)
                          .arg(title, title.toLower(), quoted(due), status, updatedAt));
    }
    void feedback(qint64 deliverableId, const QString &at)
    {
        insert(QStringLiteral("INSERT INTO deliverable_feedback (deliverable_id, created_at, body) VALUES (%1, '%2', "
                              "'shorter please')")
                   .arg(deliverableId)
                   .arg(at));
    }
    // A contract with one status change on `changedOn` (none when null) and one version.
    qint64 contract(qint64 participantId, const QString &status, const QString &changedOn,
                    const QString &versionColumns = {}, const QString &versionValues = {})
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO contracts (participant_id, status, created_at, "
                                                "updated_at) VALUES (%1, '%2', '2026-01-01T00:00:00Z', 'x')")
                                     .arg(participantId)
                                     .arg(status));
        if (!changedOn.isNull())
            statusChange(id, status, changedOn);
        insert(QStringLiteral("INSERT INTO contract_versions (contract_id, version, created_at%1) VALUES (%2, 1, "
                              "'x'%3)")
                   .arg(versionColumns.isEmpty() ? QString() : QStringLiteral(", ") + versionColumns)
                   .arg(id)
                   .arg(versionValues.isEmpty() ? QString() : QStringLiteral(", ") + versionValues));
        return id;
    }
    void statusChange(qint64 contractId, const QString &status, const QString &on)
    {
        insert(QStringLiteral("INSERT INTO contract_status_changes (contract_id, status, changed_on) VALUES (%1, "
                              "'%2', '%3')")
                   .arg(contractId)
                   .arg(status, on));
    }
    qint64 payment(qint64 participantId, const QString &direction, qint64 amount, const QString &due,
                   const QString &paid = {}, qint64 receivableId = 0, const QString &kind = QStringLiteral("fee"))
    {
        return insert(
            QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                           "due_date, paid_date, receivable_id, created_at, updated_at) VALUES (%1, '%2', "
                           "'%3', 'manual', %4, %5, %6, %7, 'x', 'x')")
                .arg(participantId)
                .arg(kind, direction)
                .arg(amount)
                .arg(quoted(due), quoted(paid), receivableId ? QString::number(receivableId) : QStringLiteral("NULL")));
    }
    // column: creator_id, brand_id, campaign_id or participant_id.
    qint64 followup(const char *column, qint64 recordId, const QString &due, const QString &note,
                    const QString &doneOn = {}, qint64 managerId = 0)
    {
        return insert(QStringLiteral("INSERT INTO followups (%1, due_date, note, done_on, manager_id, created_at, "
                                     "updated_at) VALUES (%2, '%3', '%4', %5, %6, 'x', 'x')")
                          .arg(QLatin1String(column))
                          .arg(recordId)
                          .arg(due, QString(note).replace(QLatin1Char('\''), QStringLiteral("''")), quoted(doneOn),
                               managerId ? QString::number(managerId) : QStringLiteral("NULL")));
    }
    void setting(const char *name, const QString &value)
    {
        REQUIRE(settings::setByName(*ws, *findSettingKey(QString::fromLatin1(name)), value).ok());
    }

    QList<TodaySectionItems> all(const QDate &asOf = D, qint64 managerId = 0)
    {
        QSqlDatabase db = ws->db();
        auto t = today(db, asOf, managerId);
        INFO(t.error().toStdString());
        REQUIRE(t.ok());
        REQUIRE(t->size() == 11);
        return t.value();
    }
    QList<TodayItem> items(TodaySection section, const QDate &asOf = D, qint64 managerId = 0)
    {
        const QList<TodaySectionItems> t = all(asOf, managerId);
        CHECK(t.at(int(section)).section == section);
        return t.at(int(section)).items;
    }
};

QStringList whats(const QList<TodayItem> &items)
{
    QStringList out;
    for (const TodayItem &it : items)
        out << it.what;
    return out;
}

QStringList details(const QList<TodayItem> &items)
{
    QStringList out;
    for (const TodayItem &it : items)
        out << it.detail;
    return out;
}

// Pins the local time zone (POSIX TZ, no tzdata needed) for the life of the object.
struct LocalZone
{
    QByteArray before = qgetenv("TZ");
    bool had = qEnvironmentVariableIsSet("TZ");
    explicit LocalZone(const char *tz)
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~LocalZone()
    {
        if (had)
            qputenv("TZ", before);
        else
            qunsetenv("TZ");
        tzset();
    }
};

} // namespace

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
    CHECK(details(waiting) == QStringList{QStringLiteral("revision 19 days late (asked 1 Nov 2026)"),
                                          QStringLiteral("revision 1 day late (asked 21 Nov 2026)")});
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
        CHECK(details(next).last() == QStringLiteral("revision 1 day late (asked 20 Nov 2026)"));
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

    const QList<TodayItem> rights = d.items(TodaySection::Rights);
    REQUIRE(rights.size() == 2);
    CHECK(rights.at(0).id == inUse);
    CHECK(rights.at(0).record == QStringLiteral("contract"));
    CHECK(rights.at(0).what == QStringLiteral("Usage rights"));
    CHECK(rights.at(0).detail == QStringLiteral("expired 3 days ago, still in use"));
    CHECK(rights.at(0).campaign == QStringLiteral("Kopi Launch"));
    CHECK(rights.at(0).participantId == pk);
    CHECK(rights.at(0).creatorId == rina);
    CHECK(rights.at(0).campaignId == kopiLaunch);
    CHECK(rights.at(1).id == k);
    CHECK(rights.at(1).detail == QStringLiteral("expires in 5 days"));
    CHECK(rights.at(1).date == D.addDays(5));

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

    SECTION("each half reads its own sections, and the two together are the whole list")
    {
        d.deliverable(p, QStringLiteral("Reel 1"), QStringLiteral("planned"), day(-2)); // late: the work half
        QSqlDatabase db = d.ws->db();
        auto work = today(db, D, 0, TodayHalf::Work);
        auto contracts = today(db, D, 0, TodayHalf::Contracts);
        REQUIRE(work.ok());
        REQUIRE(contracts.ok());
        REQUIRE(work->size() == 11);
        REQUIRE(contracts->size() == 11);
        for (const TodaySectionItems &section : work.value()) {
            INFO(int(section.section));
            CHECK(isInHalf(section.section, TodayHalf::Work) != isInHalf(section.section, TodayHalf::Contracts));
            if (isInHalf(section.section, TodayHalf::Contracts))
                CHECK(section.items.isEmpty());
        }
        for (const TodaySectionItems &section : contracts.value())
            if (isInHalf(section.section, TodayHalf::Work))
                CHECK(section.items.isEmpty());
        CHECK(work->at(int(TodaySection::Late)).items.size() == 1);
        CHECK(contracts->at(int(TodaySection::Rights)).items.size() == 2);
        CHECK(contracts->at(int(TodaySection::Conflicts)).items.size() == 1);
        QList<TodaySectionItems> merged = work.value();
        takeTodayHalf(TodayHalf::Contracts, std::move(contracts).value(), merged);
        const QList<TodaySectionItems> whole = d.all();
        REQUIRE(merged.size() == whole.size());
        for (qsizetype s = 0; s < whole.size(); ++s) {
            INFO(s);
            CHECK(merged.at(s).section == whole.at(s).section);
            REQUIRE(merged.at(s).items.size() == whole.at(s).items.size());
            for (qsizetype i = 0; i < whole.at(s).items.size(); ++i)
                CHECK(merged.at(s).items.at(i).id == whole.at(s).items.at(i).id);
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

TEST_CASE("only changes to what contracts name reach Today's contracts half")
{
    const auto reaches = [](const QStringList &kinds) { return todayHalfDependsOn(TodayHalf::Contracts, kinds); };
    // What the desk changes most: a draft approved, a payment marked paid, an invoice, a follow-up.
    for (const char *kind : {"deliverables", "payments", "invoices", "followups", "post_metrics", "followers"}) {
        INFO(kind);
        CHECK_FALSE(reaches({QString::fromLatin1(kind)}));
        CHECK(todayHalfDependsOn(TodayHalf::Work, {QString::fromLatin1(kind)}));
    }
    CHECK_FALSE(reaches({QStringLiteral("payments"), QStringLiteral("invoices")}));
    // What rights and conflicts are read from, and a kind not known yet.
    for (const char *kind : {"contracts", "participants", "campaigns", "brands", "creators", "managers", "settings",
                             "a kind added later"}) {
        INFO(kind);
        CHECK(reaches({QString::fromLatin1(kind)}));
    }
    CHECK(reaches({QStringLiteral("payments"), QStringLiteral("creators")}));
}
