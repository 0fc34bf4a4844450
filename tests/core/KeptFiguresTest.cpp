#include "KeptSummariesChecks.h"
#include "TestSupport.h"

#include "records/RecordImage.h"
#include "services/CreatorService.h"

using namespace cd;
using cd::test::TempDir;
using cd::test::summaries::requireAgreement;
using cd::test::summaries::writeStatement;

namespace {

// Each post's kept figures (schema v9) as "post:likes:comments:shares:saves:reach:impressions:
// revenue:followers on its day", none as "-", in post order.
QString keptFigures(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT group_concat(post_id || ':' || coalesce(likes, '-') || ':' || "
                                          "coalesce(comments, '-') || ':' || coalesce(shares, '-') || ':' || "
                                          "coalesce(saves, '-') || ':' || coalesce(reach, '-') || ':' || "
                                          "coalesce(impressions, '-') || ':' || coalesce(revenue_minor, '-') || ':' || "
                                          "coalesce(followers_at_post, '-'), ' ') "
                                          "FROM (SELECT * FROM post_latest ORDER BY post_id) k"))
        .value()
        .toString();
}

// Each post's kept views, link clicks and promo-code uses (schema v11) as "post:views:clicks:uses".
QString keptCounts(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT group_concat(post_id || ':' || coalesce(views, '-') || ':' || "
                                          "coalesce(link_clicks, '-') || ':' || coalesce(promo_uses, '-'), ' ') "
                                          "FROM (SELECT * FROM post_latest ORDER BY post_id) k"))
        .value()
        .toString();
}

// The v1 fixture's one post: Rina Wijaya's Instagram reel of 12 Mar, latest snapshot 2 (20 Mar:
// 3,100 likes, 210 comments, 75 shares, 140 saves, reach 30,000, no impressions, revenue 6,000,000
// in minor units); her Instagram
// (account 1) counted 48,000 on 28 Feb, the last count on or before the 12th, and 52,500 on 1 Apr.
const QString Fixture = QStringLiteral("1:3100:210:75:140:30000:-:6000000:48000");

} // namespace

TEST_CASE("the kept figures of a post follow its snapshots and its account's counts")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();
    REQUIRE(keptFigures(db) == Fixture);
    // Snapshot 2's 41,000 views, 160 link clicks and 25 promo-code uses, filled by the migration to v11.
    REQUIRE(keptCounts(db) == QStringLiteral("1:41000:160:25"));
    CreatorService creators(*ws);

    // A count between the last one and the post's day is its count now; one after its day is not.
    REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 10), 50'000, QStringLiteral("manual")).ok());
    CHECK(keptFigures(db) == QStringLiteral("1:3100:210:75:140:30000:-:6000000:50000"));
    REQUIRE(creators.recordFollowers(1, QDate(2026, 3, 13), 70'000, QStringLiteral("manual")).ok());
    CHECK(keptFigures(db) == QStringLiteral("1:3100:210:75:140:30000:-:6000000:50000"));
    // The count of its day changed in place.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE follower_snapshots SET followers = 51000 "
                                               "WHERE account_id = 1 AND snapshot_date = '2026-03-10'")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":51000")));

    // The latest snapshot's numbers edited; a newer snapshot with only likes; that one removed.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE post_metric_snapshots SET likes = 3200, "
                                               "impressions = 41000, revenue_minor = 7000000 WHERE id = 2")));
    CHECK(keptFigures(db) == QStringLiteral("1:3200:210:75:140:30000:41000:7000000:51000"));
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 45000, link_clicks = NULL, "
                                               "promo_uses = 30 WHERE id = 2")));
    CHECK(keptCounts(db) == QStringLiteral("1:45000:-:30"));
    REQUIRE(writeStatement(*ws, QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, "
                                               "likes, views) VALUES (1, '2026-03-27', 4000, 52000)")));
    CHECK(keptFigures(db) == QStringLiteral("1:4000:-:-:-:-:-:-:51000"));
    CHECK(keptCounts(db) == QStringLiteral("1:52000:-:-"));
    REQUIRE(writeStatement(*ws, QStringLiteral("DELETE FROM post_metric_snapshots WHERE snapshot_date = "
                                               "'2026-03-27'")));
    CHECK(keptFigures(db) == QStringLiteral("1:3200:210:75:140:30000:41000:7000000:51000"));
    CHECK(keptCounts(db) == QStringLiteral("1:45000:-:30"));
    // An older snapshot's numbers are not the post's.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE post_metric_snapshots SET likes = 1, views = 1 WHERE id = 1")));
    CHECK(keptFigures(db).startsWith(QStringLiteral("1:3200:")));
    CHECK(keptCounts(db) == QStringLiteral("1:45000:-:30"));

    // The count of its day removed: the one before it again; moved past the post's day: the same.
    REQUIRE(writeStatement(*ws, QStringLiteral("DELETE FROM follower_snapshots WHERE account_id = 1 AND "
                                               "snapshot_date = '2026-03-10'")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":48000")));
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE follower_snapshots SET snapshot_date = '2026-03-01' "
                                               "WHERE account_id = 1 AND snapshot_date = '2026-03-13'")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":70000")));
    requireAgreement(db);
}

TEST_CASE("the kept figures of a post follow its day, its account's and its participation's creator")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();

    // Posted on 2 Apr instead: the 1 Apr count is the one.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE posts SET posted_at = '2026-04-02' WHERE id = 1")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":52500")));
    // Her Instagram given to Alex Chen (who has none): she has no Instagram count; back: hers again.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE accounts SET creator_id = 2 WHERE id = 1")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":-")));
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE accounts SET creator_id = 1 WHERE id = 1")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":52500")));
    // Her TikTok (account 2, 120,000 on 28 Feb) made her Instagram's platform: the post is a TikTok's.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE posts SET platform = 'tiktok' WHERE id = 1")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":120000")));
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE posts SET platform = 'instagram' WHERE id = 1")));
    // The participation given to Budi Santoso: his Instagram (account 4) counted 8,000 on 10 Jan.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE participants SET creator_id = 3 WHERE id = 1")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":8000")));
    // His Instagram removed (its counts go with it in the cascade).
    REQUIRE(writeStatement(*ws, QStringLiteral("DELETE FROM accounts WHERE id = 4")));
    CHECK(keptFigures(db).endsWith(QStringLiteral(":-")));
    requireAgreement(db);
}

TEST_CASE("the kept figures come back with an undone removal and stay as they were after a rollback")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();

    auto image = RecordImage::capture(db, RecordImage::Kind::ParticipantTree, 1);
    REQUIRE(image.ok());
    const RecordImage gone = RecordImage::absent(RecordImage::Kind::ParticipantTree, 1);
    REQUIRE(writeInTransaction(*ws, [&](Transaction &tx) { return gone.restore(tx); }).ok());
    CHECK(keptFigures(db).isEmpty());
    REQUIRE(writeInTransaction(*ws, [&](Transaction &tx) { return image->restore(tx); }).ok());
    CHECK(keptFigures(db) == Fixture);

    {
        Transaction tx(*ws);
        REQUIRE(tx);
        REQUIRE(sql::run(tx.db(), QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, "
                                                 "followers) VALUES (1, '2026-03-12', 60000)"))
                    .ok());
        CHECK(keptFigures(tx.db()).endsWith(QStringLiteral(":60000")));
    } // rolled back, as a crash before the commit leaves it
    CHECK(keptFigures(db) == Fixture);
    requireAgreement(db);
}

TEST_CASE("kept figures that disagree with the records are named and made again")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();
    // As a damaged file or a bug would leave them: written past the triggers.
    REQUIRE(writeStatement(*ws, QStringLiteral("UPDATE post_latest SET likes = 9, followers_at_post = NULL, "
                                               "link_clicks = 7")));
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first() ==
          QStringLiteral("post 1: the kept figures are likes 9, comments 210, shares 75, saves 140, reach 30,000, "
                         "impressions none, revenue 6,000,000, followers on its day none, views 41,000, link clicks "
                         "7, promo-code uses 25, the records say likes 3,100, comments 210, shares 75, saves 140, "
                         "reach 30,000, impressions none, revenue 6,000,000, followers on its day 48,000, views "
                         "41,000, link clicks 160, promo-code uses 25"));
    REQUIRE(writeInTransaction(*ws, [](Transaction &tx) { return summaries::rebuild(tx.db()); }).ok());
    CHECK(keptFigures(db) == Fixture);
    CHECK(keptCounts(db) == QStringLiteral("1:41000:160:25"));
    requireAgreement(db);
}

TEST_CASE("a paused transaction made whole before its commit keeps what is written after")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();
    Transaction tx(*ws);
    REQUIRE(bool(tx));
    REQUIRE(summaries::pauseUntilCommit(tx).ok());
    const auto write = [&tx](const QString &statement) { return sql::run(tx.db(), statement).ok(); };
    REQUIRE(write(QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes) VALUES "
                                 "(1, '2026-03-27', 4000)")));
    // Made whole now: the newer snapshot is the post's (as the demo's commissions read it).
    REQUIRE(summaries::resumeNow(tx).ok());
    CHECK(keptFigures(db) == QStringLiteral("1:4000:-:-:-:-:-:-:48000"));
    requireAgreement(db);
    // Writes after it are kept by the triggers again; resuming twice and committing change nothing.
    REQUIRE(write(QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                 "(1, '2026-03-10', 50000)")));
    CHECK(keptFigures(db) == QStringLiteral("1:4000:-:-:-:-:-:-:50000"));
    REQUIRE(summaries::resumeNow(tx).ok());
    REQUIRE(tx.commit().ok());
    CHECK(keptFigures(db) == QStringLiteral("1:4000:-:-:-:-:-:-:50000"));
    requireAgreement(db);
}
