#include "KeptSummariesChecks.h"
#include "TestSupport.h"
#include "WorkspaceAddress.h"

#include "common/Dates.h"
#include "interchange/Importer.h"
#include "records/RecordImage.h"
#include "services/CreatorService.h"
#include "services/PostService.h"
#include "storage/KeptSummaries.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>

using namespace cd;
using cd::test::TempDir;
using cd::test::summaries::requireAgreement;
using cd::test::summaries::writeStatement;

namespace {

// The kept summaries as "account:date:count" and "post:snapshot:date", in id order.
QString followerLatest(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT group_concat(account_id || ':' || snapshot_date || ':' || followers, "
                                          "' ') FROM (SELECT * FROM follower_latest ORDER BY account_id)"))
        .value()
        .toString();
}

QString postLatest(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT group_concat(post_id || ':' || snapshot_id || ':' || snapshot_date, "
                                          "' ') FROM (SELECT * FROM post_latest ORDER BY post_id)"))
        .value()
        .toString();
}

// The kept rises (schema v7) as "account:day before>day:count before>count", by account and day.
QString followerRises(QSqlDatabase &db)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT group_concat(account_id || ':' || before_date || '>' || snapshot_date "
                                      "|| ':' || before_followers || '>' || followers, ' ') FROM (SELECT * FROM "
                                      "follower_rises ORDER BY account_id, snapshot_date) r"))
        .value()
        .toString();
}

// The kept day changes (schema v8) as "manager:day:change", by manager and day; a change of 0 is none.
QString dayChanges(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT group_concat(manager_id || ':' || day || ':' || change, ' ') FROM "
                                          "(SELECT * FROM follower_day_changes WHERE change <> 0 "
                                          "ORDER BY manager_id, day) d"))
        .value()
        .toString();
}

// The v1 fixture: Rina Wijaya's Instagram (account 1) has counts of 28 Feb (48,000) and 1 Apr
// (52,500); her TikTok (2) one of 28 Feb; her post 1 has snapshots 1 (13 Mar) and 2 (20 Mar).
const QString FixtureFollowers =
    QStringLiteral("1:2026-04-01:52500 2:2026-02-28:120000 3:2026-02-28:1250000 4:2026-01-10:8000");
// Its day changes: Alex Chen (no manager) 1,250,000 on 28 Feb; Rina Wijaya (Dewi Lestari's, manager
// 1) 48,000 + 120,000 on 28 Feb, then +4,500 on 1 Apr. Budi Santoso is archived: not counted.
const QString FixtureDays = QStringLiteral("0:2026-02-28:1250000 1:2026-02-28:168000 1:2026-04-01:4500");
// Its one rise: Rina's Instagram, 48,000 to 52,500 (+9.4%).
const QString FixtureRises = QStringLiteral("1:2026-02-28>2026-04-01:48000>52500");

} // namespace

TEST_CASE("the kept latest counts follow imports in any date order and replaced rows")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    REQUIRE(followerLatest(db) == FixtureFollowers);
    REQUIRE(postLatest(db) == QStringLiteral("1:2:2026-03-20"));

    // Newest first, then older ones: an older count never replaces a newer latest one. The 1 Apr
    // row replaces the stored one (an import replaces the whole row, formats.md).
    const QString followers = test::writeFile(dir, QStringLiteral("followers.csv"),
                                              "creator,platform,date,followers\r\n"
                                              "Rina Wijaya,tiktok,2026-05-02,131000\r\n"
                                              "Rina Wijaya,tiktok,2026-04-02,125000\r\n"
                                              "Rina Wijaya,instagram,2026-04-01,52000\r\n"
                                              "Alex Chen,youtube,2026-01-01,1200000\r\n");
    const ImportReport imported = importCsv(*ws.value(), QStringLiteral("followers"), followers);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    CHECK(followerLatest(db) ==
          QStringLiteral("1:2026-04-01:52000 2:2026-05-02:131000 3:2026-02-28:1250000 4:2026-01-10:8000"));

    // Post numbers ordered by date descending, one older than the kept latest, one newer.
    const QString metrics =
        test::writeFile(dir, QStringLiteral("post_metrics.csv"),
                        "campaign,creator,platform,post_url,posted_at,date,likes\r\n"
                        "Ramadan Refresh 2026,Rina "
                        "Wijaya,instagram,https://www.instagram.com/reel/ABC123/,2026-03-12,2026-03-27,900\r\n"
                        "Ramadan Refresh 2026,Rina "
                        "Wijaya,instagram,https://www.instagram.com/reel/ABC123/,2026-03-12,2026-03-15,500\r\n");
    const ImportReport posts = importCsv(*ws.value(), QStringLiteral("post_metrics"), metrics);
    INFO(posts.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(posts.ok());
    const qint64 newest =
        sql::scalar(db, QStringLiteral("SELECT id FROM post_metric_snapshots WHERE snapshot_date = '2026-03-27'"))
            .value()
            .toLongLong();
    CHECK(postLatest(db) == QStringLiteral("1:%1:2026-03-27").arg(newest));
    requireAgreement(db);
}

TEST_CASE("the kept latest counts follow edits, removals and their undo")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    CreatorService creators(*ws.value());

    SECTION("a count recorded again for the latest day, and one for an earlier day")
    {
        REQUIRE(creators.recordFollowers(1, QDate(2026, 4, 1), 53'000, QStringLiteral("manual")).ok());
        REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 1), 50'000, QStringLiteral("manual")).ok());
        CHECK(followerLatest(db).startsWith(QStringLiteral("1:2026-04-01:53000 ")));
    }
    SECTION("the latest snapshot moved to an earlier day, then removed")
    {
        // As a hand edit or a future form would: the summary follows any write to the table.
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET snapshot_date = "
                                                           "'2026-02-01' WHERE account_id = 1 AND "
                                                           "snapshot_date = '2026-04-01'")));
        CHECK(followerLatest(db).startsWith(QStringLiteral("1:2026-02-28:48000 ")));
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("DELETE FROM follower_snapshots WHERE account_id = 1 "
                                                           "AND snapshot_date = '2026-02-28'")));
        CHECK(followerLatest(db).startsWith(QStringLiteral("1:2026-02-01:52500 ")));
    }
    SECTION("a creator removed and put back by undo")
    {
        // Budi Santoso (account 4) is in no campaign, so he can be removed.
        auto image = RecordImage::capture(db, RecordImage::Kind::Creator, 3);
        REQUIRE(image.ok());
        REQUIRE(creators.remove(3).ok());
        CHECK(followerLatest(db) == QStringLiteral("1:2026-04-01:52500 2:2026-02-28:120000 3:2026-02-28:1250000"));
        REQUIRE(writeInTransaction(*ws.value(), [&](Transaction &tx) { return image->restore(tx); }).ok());
        CHECK(followerLatest(db) == FixtureFollowers);
    }
    SECTION("a campaign part with its post removed and put back by undo")
    {
        auto image = RecordImage::capture(db, RecordImage::Kind::ParticipantTree, 1);
        REQUIRE(image.ok());
        REQUIRE(image->rowCount(QStringLiteral("post_metric_snapshots")) == 2);
        const RecordImage gone = RecordImage::absent(RecordImage::Kind::ParticipantTree, 1);
        REQUIRE(writeInTransaction(*ws.value(), [&](Transaction &tx) { return gone.restore(tx); }).ok());
        CHECK(postLatest(db).isEmpty());
        REQUIRE(writeInTransaction(*ws.value(), [&](Transaction &tx) { return image->restore(tx); }).ok());
        CHECK(postLatest(db) == QStringLiteral("1:2:2026-03-20"));
    }
    SECTION("a write rolled back, as a crash before the commit leaves it")
    {
        {
            Transaction tx(*ws.value());
            REQUIRE(tx);
            REQUIRE(sql::run(tx.db(), QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, "
                                                     "followers) VALUES (4, '2026-05-01', 9000)"))
                        .ok());
            REQUIRE(sql::run(tx.db(), QStringLiteral("DELETE FROM post_metric_snapshots WHERE id = 2")).ok());
            CHECK(followerLatest(tx.db()).endsWith(QStringLiteral("4:2026-05-01:9000")));
            CHECK(postLatest(tx.db()) == QStringLiteral("1:1:2026-03-13"));
        } // rolled back
        CHECK(followerLatest(db) == FixtureFollowers);
        CHECK(postLatest(db) == QStringLiteral("1:2:2026-03-20"));
    }
    requireAgreement(db);
}

TEST_CASE("the kept follower rises follow counts added in any order, changed, moved, removed and undone")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    CreatorService creators(*ws.value());
    REQUIRE(followerRises(db) == FixtureRises);

    SECTION("counts added between others, from a form and from an import newest first")
    {
        // 48,000 to 50,000 is +4.17% (under 5%: not kept), 50,000 to 52,500 +5.00% exactly (kept).
        REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 15), 50'000, QStringLiteral("manual")).ok());
        CHECK(followerRises(db) == QStringLiteral("1:2026-03-15>2026-04-01:50000>52500"));
        // Budi Santoso (account 4, 8,000 on 10 Jan): 30 Jan comes first (+10.00% from 10 Jan), then 20 Jan
        // splits it into +5.00% exactly (kept) and 8,400 to 8,800 (+4.76%, under 5%: not kept).
        const QString followers = test::writeFile(dir, QStringLiteral("followers.csv"),
                                                  "creator,platform,date,followers\r\n"
                                                  "Budi Santoso,instagram,2026-01-30,8800\r\n"
                                                  "Budi Santoso,instagram,2026-01-20,8400\r\n");
        const ImportReport imported = importCsv(*ws.value(), QStringLiteral("followers"), followers);
        INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(imported.ok());
        CHECK(followerRises(db) ==
              QStringLiteral("1:2026-03-15>2026-04-01:50000>52500 4:2026-01-10>2026-01-20:8000>8400"));
    }
    SECTION("a count changed, moved to an earlier day and to another account")
    {
        REQUIRE(creators.recordFollowers(1, QDate(2026, 4, 1), 48'400, QStringLiteral("manual")).ok()); // +0.83%
        CHECK(followerRises(db).isEmpty());
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET followers = 60000 "
                                                           "WHERE account_id = 1 AND snapshot_date = '2026-04-01'")));
        CHECK(followerRises(db) == QStringLiteral("1:2026-02-28>2026-04-01:48000>60000"));
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET snapshot_date = "
                                                           "'2026-02-01' WHERE account_id = 1 AND followers = 60000")));
        CHECK(followerRises(db).isEmpty()); // 60,000 then 48,000: a fall
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET account_id = 4 "
                                                           "WHERE account_id = 1 AND followers = 60000")));
        CHECK(followerRises(db) == QStringLiteral("4:2026-01-10>2026-02-01:8000>60000"));
    }
    SECTION("the count before a rise removed, and a creator removed and put back by undo")
    {
        REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 1), 30'000, QStringLiteral("manual")).ok());
        CHECK(followerRises(db) == QStringLiteral("1:2026-03-01>2026-04-01:30000>52500"));
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("DELETE FROM follower_snapshots WHERE account_id = 1 "
                                                           "AND snapshot_date = '2026-03-01'")));
        CHECK(followerRises(db) == FixtureRises);
        REQUIRE(creators.recordFollowers(4, QDate(2026, 2, 10), 9'000, QStringLiteral("manual")).ok());
        const QString both = FixtureRises + QStringLiteral(" 4:2026-01-10>2026-02-10:8000>9000");
        CHECK(followerRises(db) == both);
        auto image = RecordImage::capture(db, RecordImage::Kind::Creator, 3);
        REQUIRE(image.ok());
        REQUIRE(creators.remove(3).ok());
        CHECK(followerRises(db) == FixtureRises);
        REQUIRE(writeInTransaction(*ws.value(), [&](Transaction &tx) { return image->restore(tx); }).ok());
        CHECK(followerRises(db) == both);
    }
    SECTION("a write rolled back, as a crash before the commit leaves it")
    {
        {
            Transaction tx(*ws.value());
            REQUIRE(tx);
            REQUIRE(sql::run(tx.db(), QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, "
                                                     "followers) VALUES (4, '2026-05-01', 9000)"))
                        .ok());
            CHECK(followerRises(tx.db()).endsWith(QStringLiteral(" 4:2026-01-10>2026-05-01:8000>9000")));
        } // rolled back
        CHECK(followerRises(db) == FixtureRises);
    }
    requireAgreement(db);
}

TEST_CASE("the kept day changes follow counts written in any order, creators' status and manager, and undo")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    CreatorService creators(*ws.value());
    REQUIRE(dayChanges(db) == FixtureDays);

    SECTION("counts added between others, from a form and from an import newest first")
    {
        // Rina's Instagram 50,000 on 15 Mar: +2,000 from 48,000, and 1 Apr's step is +2,500 now.
        REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 15), 50'000, QStringLiteral("manual")).ok());
        CHECK(dayChanges(db) ==
              QStringLiteral("0:2026-02-28:1250000 1:2026-02-28:168000 1:2026-03-15:2000 1:2026-04-01:2500"));
        // Her TikTok (120,000 on 28 Feb): 2 May first, then 2 Apr between.
        const QString followers = test::writeFile(dir, QStringLiteral("followers.csv"),
                                                  "creator,platform,date,followers\r\n"
                                                  "Rina Wijaya,tiktok,2026-05-02,131000\r\n"
                                                  "Rina Wijaya,tiktok,2026-04-02,125000\r\n");
        const ImportReport imported = importCsv(*ws.value(), QStringLiteral("followers"), followers);
        INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(imported.ok());
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-28:1250000 1:2026-02-28:168000 1:2026-03-15:2000 "
                                               "1:2026-04-01:2500 1:2026-04-02:5000 1:2026-05-02:6000"));
    }
    SECTION("a count changed, moved to an earlier day and to another creator's account")
    {
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET followers = 60000 "
                                                           "WHERE account_id = 1 AND snapshot_date = '2026-04-01'")));
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-28:1250000 1:2026-02-28:168000 1:2026-04-01:12000"));
        // 60,000 on 1 Feb, then 48,000 on 28 Feb: Rina's 28 Feb is -12,000 + 120,000.
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET snapshot_date = "
                                                           "'2026-02-01' WHERE account_id = 1 AND followers = 60000")));
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-28:1250000 1:2026-02-01:60000 1:2026-02-28:108000"));
        // To Alex's YouTube: 60,000 on 1 Feb, then +1,190,000 to 1,250,000 on 28 Feb.
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE follower_snapshots SET account_id = 3 "
                                                           "WHERE account_id = 1 AND followers = 60000")));
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-01:60000 0:2026-02-28:1190000 1:2026-02-28:168000"));
    }
    SECTION("a creator archived and made active again, given to no manager, and an account given to another")
    {
        REQUIRE(creators.setStatus(1, CreatorStatus::Archived).ok());
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-28:1250000"));
        REQUIRE(creators.setStatus(1, CreatorStatus::Active).ok());
        CHECK(dayChanges(db) == FixtureDays);
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE creators SET manager_id = NULL WHERE id = 1")));
        CHECK(dayChanges(db) == QStringLiteral("0:2026-02-28:1418000 0:2026-04-01:4500"));
        // Budi's Instagram (8,000 on 10 Jan) to Alex, who is active.
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("UPDATE accounts SET creator_id = 2 WHERE id = 4")));
        CHECK(dayChanges(db) == QStringLiteral("0:2026-01-10:8000 0:2026-02-28:1418000 0:2026-04-01:4500"));
    }
    SECTION("an active creator removed and put back by undo")
    {
        REQUIRE(creators.setStatus(3, CreatorStatus::Active).ok()); // Budi, Dewi's too
        const QString withBudi = QStringLiteral("0:2026-02-28:1250000 1:2026-01-10:8000 1:2026-02-28:168000 "
                                                "1:2026-04-01:4500");
        CHECK(dayChanges(db) == withBudi);
        auto image = RecordImage::capture(db, RecordImage::Kind::Creator, 3);
        REQUIRE(image.ok());
        REQUIRE(creators.remove(3).ok());
        CHECK(dayChanges(db) == FixtureDays);
        REQUIRE(writeInTransaction(*ws.value(), [&](Transaction &tx) { return image->restore(tx); }).ok());
        CHECK(dayChanges(db) == withBudi);
    }
    SECTION("a write rolled back, as a crash before the commit leaves it")
    {
        {
            Transaction tx(*ws.value());
            REQUIRE(tx);
            REQUIRE(sql::run(tx.db(), QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, "
                                                     "followers) VALUES (2, '2026-05-01', 100000)"))
                        .ok());
            CHECK(dayChanges(tx.db()).endsWith(QStringLiteral(" 1:2026-05-01:-20000")));
        } // rolled back
        CHECK(dayChanges(db) == FixtureDays);
    }
    requireAgreement(db);
}

TEST_CASE("every kept summary agrees with the counts after each of 300 random writes")
{
    TempDir dir;
    // On the test server too when the suite runs there: its triggers work per statement.
    const test::WorkspaceAddress address(dir, QStringLiteral("workspace-v1.collabdesk"),
                                         test::WorkspaceAddress::Start::FromFixture);
    auto ws = Workspace::open(address.address());
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    QRandomGenerator random(19); // the same writes on every run
    const auto pick = [&](int n) { return qint64(random.bounded(n)); };
    const auto day = [&] { return isoDate(QDate(2026, 1, 1).addDays(pick(150))); };
    // The fixture's four accounts and three creators; manager 1 or none.
    const auto account = [&] { return 1 + pick(4); };
    const auto creator = [&] { return 1 + pick(3); };
    const auto someCount = [&](qint64 a) {
        return QStringLiteral("(SELECT id FROM follower_snapshots WHERE account_id = %1 ORDER BY snapshot_date "
                              "LIMIT 1 OFFSET %2)")
            .arg(a)
            .arg(pick(3));
    };
    int written = 0;
    for (int i = 0; i < 300; ++i) {
        const qint64 a = account();
        QString statement;
        switch (pick(14)) {
        case 0:
        case 1:
        case 2:
            statement = QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                       "(%1, '%2', %3) ON CONFLICT (account_id, snapshot_date) DO UPDATE SET "
                                       "followers = excluded.followers")
                            .arg(a)
                            .arg(day())
                            .arg(pick(100'000));
            break;
        case 3:
            statement = QStringLiteral("DELETE FROM follower_snapshots WHERE id = %1").arg(someCount(a));
            break;
        case 4:
            statement = QStringLiteral("UPDATE follower_snapshots SET snapshot_date = '%1', followers = followers + %2 "
                                       "WHERE id = %3")
                            .arg(day())
                            .arg(pick(1'000))
                            .arg(someCount(a));
            break;
        case 5:
            statement = QStringLiteral("UPDATE follower_snapshots SET account_id = %1 WHERE id = %2")
                            .arg(account())
                            .arg(someCount(a));
            break;
        case 6:
            statement = QStringLiteral("UPDATE follower_snapshots SET followers = followers * 2 WHERE account_id = "
                                       "%1 AND snapshot_date > '%2'")
                            .arg(a)
                            .arg(day());
            break;
        case 7:
            statement = QStringLiteral("UPDATE creators SET status = '%1' WHERE id = %2")
                            .arg(pick(2) ? QStringLiteral("active") : QStringLiteral("archived"))
                            .arg(creator());
            break;
        case 8:
            statement = QStringLiteral("UPDATE creators SET manager_id = %1 WHERE id = %2")
                            .arg(pick(2) ? QStringLiteral("1") : QStringLiteral("NULL"))
                            .arg(creator());
            break;
        // The post's side (schema v9's kept figures): its snapshots, its day, platform and creator.
        case 10:
            statement = QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes, reach) "
                                       "VALUES (1, '%1', %2, %3) ON CONFLICT (post_id, snapshot_date) DO UPDATE SET "
                                       "likes = excluded.likes, reach = excluded.reach")
                            .arg(day())
                            .arg(pick(10'000))
                            .arg(pick(2) ? QString::number(pick(90'000)) : QStringLiteral("NULL"));
            break;
        case 11:
            statement = pick(2) ? QStringLiteral("DELETE FROM post_metric_snapshots WHERE id = (SELECT id FROM "
                                                 "post_metric_snapshots ORDER BY snapshot_date LIMIT 1 OFFSET %1)")
                                      .arg(pick(3))
                                : QStringLiteral("UPDATE post_metric_snapshots SET comments = %1 WHERE id = (SELECT "
                                                 "snapshot_id FROM post_latest WHERE post_id = 1)")
                                      .arg(pick(500));
            break;
        case 12:
            statement = pick(2) ? QStringLiteral("UPDATE posts SET posted_at = '%1' WHERE id = 1").arg(day())
                                : QStringLiteral("UPDATE posts SET platform = '%1' WHERE id = 1")
                                      .arg(pick(2) ? QStringLiteral("instagram") : QStringLiteral("tiktok"));
            break;
        case 13:
            statement = QStringLiteral("UPDATE participants SET creator_id = %1 WHERE id = 1").arg(creator());
            break;
        default:
            statement = QStringLiteral("UPDATE accounts SET creator_id = %1 WHERE id = %2").arg(creator()).arg(a);
        }
        // A count moved onto a day its account already has is refused as a whole: nothing changes.
        if (writeStatement(*ws.value(), statement))
            ++written;
        auto problems = summaries::problems(db);
        REQUIRE(problems.ok());
        INFO("write " << i << ": " << statement.toStdString());
        REQUIRE(problems->join(QLatin1Char('\n')).toStdString() == "");
    }
    CHECK(written > 240);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM follower_snapshots")).value().toInt() > 30);
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")).value().toInt() > 10);
}

TEST_CASE("a kept day change that disagrees with the counts is named and made again")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    requireAgreement(db);
    REQUIRE(sql::run(db, QStringLiteral("UPDATE follower_day_changes SET change = change + 1 WHERE manager_id = 1 "
                                        "AND day = '2026-02-28'"))
                .ok());
    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM follower_day_changes WHERE manager_id = 0")).ok());
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems.value() ==
          QStringList{QStringLiteral("the roster's followers on 28 Feb 2026 (manager 1): the kept change is 168,001, "
                                     "the counts say 168,000"),
                      QStringLiteral("the roster's followers on 28 Feb 2026 (creators without a manager): the kept "
                                     "change is none, the counts say 1,250,000")});
    REQUIRE(writeInTransaction(*ws.value(), [](Transaction &tx) { return summaries::rebuild(tx.db()); }).ok());
    CHECK(dayChanges(db) == FixtureDays);
    requireAgreement(db);
}

TEST_CASE("a kept rise that disagrees with the counts is named and made again")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    requireAgreement(db);
    const qint64 april = sql::scalar(db, QStringLiteral("SELECT id FROM follower_snapshots WHERE account_id = 1 AND "
                                                        "snapshot_date = '2026-04-01'"))
                             .value()
                             .toLongLong();
    REQUIRE(sql::run(db, QStringLiteral("UPDATE follower_rises SET followers = 5")).ok());
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO follower_rises VALUES (99, 4, '2026-01-12', 9000, '2026-01-10', "
                                        "8000)"))
                .ok());
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems.value() ==
          QStringList{QStringLiteral("follower count %1: the kept rise is 48,000 (28 Feb 2026) to 5 (1 Apr 2026), the "
                                     "snapshots say 48,000 (28 Feb 2026) to 52,500 (1 Apr 2026)")
                          .arg(april),
                      QStringLiteral("follower count 99: the kept rise is 8,000 (10 Jan 2026) to 9,000 (12 Jan 2026), "
                                     "the snapshots say no rise of 5% or more")});
    REQUIRE(writeInTransaction(*ws.value(), [](Transaction &tx) { return summaries::rebuild(tx.db()); }).ok());
    CHECK(followerRises(db) == FixtureRises);
    requireAgreement(db);
}

TEST_CASE("a kept summary that disagrees with its snapshots is named and made again")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    requireAgreement(db);
    // Damage the summaries behind the triggers' back: a wrong count, a missing post, a stray row.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE follower_latest SET followers = 5 WHERE account_id = 2")).ok());
    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM post_latest")).ok());
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO follower_latest VALUES (99, '2026-01-01', 1)")).ok());
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems.value() ==
          QStringList{QStringLiteral("account 2: the kept latest count is 5 (28 Feb 2026), the snapshots say "
                                     "120,000 (28 Feb 2026)"),
                      QStringLiteral("account 99: the kept latest count is 1 (1 Jan 2026), the snapshots say nothing"),
                      QStringLiteral("post 1: the kept latest numbers are nothing, the snapshots say snapshot 2 (20 "
                                     "Mar 2026)")});
    CHECK(summaries::problems(db, 1)->size() == 1);
    REQUIRE(writeInTransaction(*ws.value(), [](Transaction &tx) { return summaries::rebuild(tx.db()); }).ok());
    CHECK(followerLatest(db) == FixtureFollowers);
    CHECK(postLatest(db) == QStringLiteral("1:2:2026-03-20"));
    requireAgreement(db);
}

namespace {
QString postTrigger(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'post_latest_insert'"))
        .value()
        .toString();
}

qint64 snapshotCount(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")).value().toLongLong();
}
} // namespace

TEST_CASE("a bulk import leaves the post summaries as the trigger would have, however it ends")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    const QString trigger = postTrigger(db);
    REQUIRE(trigger.startsWith(QStringLiteral("CREATE TRIGGER post_latest_insert")));
    const qint64 before = snapshotCount(db);

    // New posts, each post's days newest first, so the last row written is never the latest: enough
    // of them to fill the import's queue, which is then written in bulk (the trigger dropped); then
    // three days of the fixture's post 1, written one by one while it is dropped, the newest (25 Mar)
    // in the middle; then two more new posts.
    constexpr int Days = 9;
    const int queuedPosts = PostService::QueueRows / Days + 1;
    const int posts = queuedPosts + 2;
    const qint64 rows = qint64(posts) * Days + 3;
    QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,likes\r\n";
    const QByteArray part = "Ramadan Refresh 2026,Rina Wijaya,instagram,";
    auto rowsOf = [&](int firstPost, int lastPost) {
        for (int post = firstPost; post <= lastPost; ++post)
            for (int day = Days; day >= 1; --day)
                csv += part + "https://www.instagram.com/reel/BULK" + QByteArray::number(post) +
                       "/,2026-04-01,2026-04-" + QByteArray::number(day).rightJustified(2, '0') + "," +
                       QByteArray::number(post * 100 + day) + "\r\n";
    };
    rowsOf(1, queuedPosts);
    for (const char *day : {"2026-03-24", "2026-03-25", "2026-03-21"})
        csv += part + "https://www.instagram.com/reel/ABC123/,2026-03-12," + day + ",700\r\n";
    rowsOf(queuedPosts + 1, posts);

    // An import that ends without its commit leaves the snapshots, the trigger and the summaries.
    const auto checkNothingKept = [&] {
        CHECK(snapshotCount(db) == before);
        CHECK(postTrigger(db) == trigger);
        CHECK(postLatest(db) == QStringLiteral("1:2:2026-03-20"));
    };
    SECTION("committed")
    {
        const QString file = test::writeFile(dir, QStringLiteral("bulk.csv"), csv);
        const ImportReport report = importCsv(*ws.value(), QStringLiteral("post_metrics"), file);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.added == rows);
        CHECK(snapshotCount(db) == before + rows);
        CHECK(postTrigger(db) == trigger); // made again, word for word
        // Post 1's newest is 25 Mar; each new post's newest is its 9 April snapshot.
        CHECK(postLatest(db).startsWith(
            QStringLiteral("1:%1:2026-03-25 ")
                .arg(sql::scalar(db, QStringLiteral("SELECT id FROM post_metric_snapshots WHERE post_id = 1 AND "
                                                    "snapshot_date = '2026-03-25'"))
                         .value()
                         .toLongLong())));
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM post_latest WHERE snapshot_date = '2026-04-09'"))
                  .value()
                  .toInt() == posts);
        // The trigger works again: a later single write moves post 1's latest.
        REQUIRE(writeStatement(*ws.value(), QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, "
                                                           "likes) VALUES (1, '2026-03-30', 800)")));
        CHECK(postLatest(db).startsWith(QStringLiteral("1:%1:2026-03-30 ").arg(before + rows + 1)));
    }
    SECTION("refused for a bad last row")
    {
        csv += part + "https://www.instagram.com/reel/BULK" + QByteArray::number(posts + 1) +
               "/,2026-04-01,2026-04-31,5\r\n";
        const QString file = test::writeFile(dir, QStringLiteral("bulk.csv"), csv);
        const ImportReport report = importCsv(*ws.value(), QStringLiteral("post_metrics"), file);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.first().startsWith(QStringLiteral("bulk.csv:%1: date: ").arg(rows + 2)));
        checkNothingKept();
    }
    SECTION("cancelled while the first rows are being written")
    {
        const QString file = test::writeFile(dir, QStringLiteral("bulk.csv"), csv);
        ImportOptions options;
        // Progress is asked every 4,096 rows: cancelled on the row that filled the first queue, whose
        // rows are then being written in the background.
        static_assert(PostService::QueueRows % 4096 == 0);
        int asked = 0;
        options.progress = [&asked](qint64, qint64) { return ++asked < PostService::QueueRows / 4096; };
        const ImportReport report = importCsv(*ws.value(), QStringLiteral("post_metrics"), file, options);
        CHECK(report.cancelled);
        CHECK(asked == PostService::QueueRows / 4096);
        CHECK(report.errors.isEmpty());
        CHECK(report.added == 0);
        checkNothingKept();
    }
    SECTION("only checked")
    {
        const QString file = test::writeFile(dir, QStringLiteral("bulk.csv"), csv);
        ImportOptions options;
        options.checkOnly = true;
        const ImportReport report = importCsv(*ws.value(), QStringLiteral("post_metrics"), file, options);
        REQUIRE(report.ok());
        CHECK(report.added == rows);
        CHECK(snapshotCount(db) == before);
        CHECK(postTrigger(db) == trigger);
    }
    requireAgreement(db);
}

TEST_CASE("a summary trigger dropped for good is named and made again")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    const QString trigger = postTrigger(db);
    REQUIRE(writeStatement(*ws.value(), QStringLiteral("DROP TRIGGER post_latest_insert")));
    REQUIRE(writeStatement(*ws.value(), QStringLiteral("DROP TRIGGER follower_latest_update")));
    REQUIRE(writeStatement(*ws.value(), QStringLiteral("DROP TRIGGER follower_rises_insert")));
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems.value() ==
          QStringList{QStringLiteral("the trigger follower_latest_update, which keeps the summaries up to date, is "
                                     "missing"),
                      QStringLiteral("the trigger post_latest_insert, which keeps the summaries up to date, is "
                                     "missing"),
                      QStringLiteral("the trigger follower_rises_insert, which keeps the summaries up to date, is "
                                     "missing")});
    REQUIRE(writeInTransaction(*ws.value(), [](Transaction &tx) { return summaries::rebuild(tx.db()); }).ok());
    CHECK(postTrigger(db) == trigger);
    requireAgreement(db);
}
