#include "TestSupport.h"

#include "analytics/CreatorEngagement.h"
#include "analytics/MediaKit.h"
#include "common/CountMath.h"
#include "models/CreatorRosterModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>

using namespace cd;
using cd::test::exec;
using cd::test::TempDir;

namespace {
// Three creators, two campaigns; the figures below are worked out by hand from these rows.
void fill(Workspace &ws)
{
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(ws, QStringLiteral("INSERT INTO brands (id, name, name_key, created_at, updated_at) VALUES "
                            "(1, 'B', 'b', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES "
                            "(1, 'Sari', 'sari', %1, %1), (2, 'Budi', 'budi', %1, %1), (3, 'Dewi', 'dewi', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) VALUES "
                            "(1, 1, 'instagram', 's', 's', %1), (2, 1, 'tiktok', 's', 's', %1), "
                            "(3, 2, 'instagram', 'b', 'b', %1), (4, 3, 'instagram', 'd', 'd', %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                            "(1, '2026-09-01', 10000), (1, '2026-10-15', 12000), (1, '2026-10-25', 99999), "
                            "(2, '2026-11-10', 50000), (3, '2026-01-01', 5000), (4, '2026-01-01', 7000)"));
    exec(ws, QStringLiteral("INSERT INTO campaigns (id, name, name_key, brand_id, start_date, currency, created_at, "
                            "updated_at) VALUES (1, 'A', 'a', 1, '2026-08-01', 'IDR', %1, %1), "
                            "(2, 'B', 'b', 1, '2026-10-01', 'IDR', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, status, created_at, updated_at) "
                            "VALUES (1, 1, 1, 'confirmed', %1, %1), (2, 2, 1, 'completed', %1, %1), "
                            "(3, 1, 2, 'confirmed', %1, %1), (4, 1, 3, 'declined', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                            "(1, 1, 'instagram', 'u1', 'u1', '2026-10-20'), (2, 2, 'instagram', 'u1', 'u1', "
                            "'2026-10-20'), (3, 1, 'tiktok', 'u3', 'u3', '2026-11-01'), "
                            "(4, 1, 'instagram', 'u4', 'u4', '2026-08-25'), (5, 1, 'instagram', 'u5', 'u5', "
                            "'2026-11-20'), (6, 4, 'instagram', 'u6', 'u6', '2026-11-01'), "
                            "(7, 3, 'instagram', 'u7', 'u7', '2026-11-05'), (8, 1, 'instagram', 'u8', 'u8', "
                            "'2026-08-26')"));
    exec(ws, QStringLiteral(
                 "INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes, comments, shares, saves, reach, "
                 "impressions) VALUES "
                 // u1 in campaign A: the later snapshot is used whole, so its missing reach stays missing.
                 "(1, '2026-10-21', 500, 50, 10, 40, 8000, 9000), (1, '2026-10-30', 800, 100, NULL, 100, NULL, 15000), "
                 // u1 again in campaign B, older than A's latest: the URL counts once, with A's snapshot.
                 "(2, '2026-10-25', 700, 10, 0, 0, 20000, 20000), "
                 // u3 on TikTok: no follower count on or before its posting day.
                 "(3, '2026-11-02', 2000, 0, NULL, NULL, 40000, NULL), "
                 // u4 was posted before the 90 days; u5's only snapshot is after the as-of date.
                 "(4, '2026-08-26', 5000, 0, 0, 0, 1, 1), (5, '2026-11-24', 5000, 0, 0, 0, 1, 1), "
                 // a declined participation's post; Budi's post with no engagement and zero reach.
                 "(6, '2026-11-02', 300, 0, 0, 0, 1000, 1000), (7, '2026-11-06', 0, 0, 0, 0, 0, NULL), "
                 // u8 on the first day of the window (as-of minus 89 days), no snapshot values at all.
                 "(8, '2026-08-27', NULL, NULL, NULL, NULL, NULL, NULL)"));
}
// creatorEngagement's figures and the sums of creatorEngagementByPlatform's (byCreator), which the
// dashboard uses to read them once, are the same for every creator.
void checkSumsOfPlatforms(QSqlDatabase &db, const QDate &asOf)
{
    auto direct = creatorEngagement(db, asOf);
    auto platforms = creatorEngagementByPlatform(db, asOf);
    REQUIRE(direct.ok());
    REQUIRE(platforms.ok());
    const QHash<qint64, CreatorEngagement> summed = byCreator(platforms.value());
    REQUIRE(summed.size() == direct->size());
    for (auto it = direct->cbegin(); it != direct->cend(); ++it) {
        INFO("creator " << it.key());
        REQUIRE(summed.contains(it.key()));
        const CreatorEngagement &a = it.value(), &b = summed[it.key()];
        CHECK(a.posts == b.posts);
        for (const auto rate :
             {&CreatorEngagement::byFollowers, &CreatorEngagement::byReach, &CreatorEngagement::byImpressions}) {
            CHECK((a.*rate).engagement == (b.*rate).engagement);
            CHECK((a.*rate).denominator == (b.*rate).denominator);
            CHECK((a.*rate).leftOut == (b.*rate).leftOut);
        }
    }
}
} // namespace

TEST_CASE("a creator's 90-day engagement rate follows the KPI rules by hand")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    auto figures = creatorEngagement(db, QDate(2026, 11, 23));
    REQUIRE(figures.ok());
    CHECK(figures->size() == 2); // Dewi's only post is from a declined participation

    const CreatorEngagement sari = figures->value(1);
    CHECK(sari.posts == 3); // u1 (once), u3, u8
    // Followers: u1 = 800 + 100 + 0 + 100 = 1,000 over 12,000 (the count on 10-15, before posting
    // on 10-20); u8 = 0 over 10,000 (09-01 is after 08-26: none, left out); u3 left out too.
    CHECK(sari.byFollowers.engagement == 1'000);
    CHECK(sari.byFollowers.denominator == 12'000);
    CHECK(sari.byFollowers.leftOut == 2);
    CHECK(*sari.byFollowers.percent() == Approx(8.3333333));
    // Reach: u1's latest snapshot has none, u8 none; u3 = 2,000 / 40,000 = 5%.
    CHECK(sari.byReach.engagement == 2'000);
    CHECK(sari.byReach.denominator == 40'000);
    CHECK(sari.byReach.leftOut == 2);
    CHECK(*sari.byReach.percent() == Approx(5.0));
    // Impressions: u1 = 1,000 / 15,000; u3 and u8 have none.
    CHECK(sari.byImpressions.denominator == 15'000);
    CHECK(*sari.byImpressions.percent() == Approx(6.6666667));
    CHECK(&sari.by(QStringLiteral("reach")) == &sari.byReach);

    const CreatorEngagement budi = figures->value(2);
    CHECK(budi.posts == 1);
    CHECK(budi.byFollowers.percent() == 0.0);        // no engagement is 0%, a real figure
    CHECK_FALSE(budi.byReach.percent().has_value()); // zero reach: no rate, never 0 or infinity
    CHECK(budi.byReach.leftOut == 0);
    CHECK(budi.byImpressions.leftOut == 1);
    checkSumsOfPlatforms(db, QDate(2026, 11, 23));
}

TEST_CASE("the 90-day window moves with the as-of date")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    // As of 10-28: u1's latest snapshot is campaign B's of 10-25 (eng 710, reach 20,000), newer
    // than A's of 10-21; u3 not yet posted;
    // u4 (08-25) is inside 07-31..10-28 and its snapshot (08-26) counts: 5,000 over 10,000 (09-01
    // is after posting, so none: left out).
    auto figures = creatorEngagement(db, QDate(2026, 10, 28));
    REQUIRE(figures.ok());
    const CreatorEngagement sari = figures->value(1);
    CHECK(sari.posts == 3); // u1, u4, u8
    CHECK(sari.byReach.engagement == 5'710);
    CHECK(sari.byReach.denominator == 20'001);
    CHECK(sari.byFollowers.engagement == 710);
    CHECK(sari.byFollowers.denominator == 12'000);
    CHECK(figures->contains(2) == false); // Budi posted later
    auto empty = creatorEngagement(db, QDate(2025, 1, 1));
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
}

TEST_CASE("engagement and follower sums past 2^63 give no rate and no database error")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    // What an older version or a hand edit could leave: 2^62 likes and reach on every snapshot and
    // 2^62 followers on both of Sari's accounts. SQL's sum() stopped all three readers with
    // "integer overflow" here.
    exec(*ws, QStringLiteral("UPDATE post_metric_snapshots SET likes = 4611686018427387904, "
                             "reach = 4611686018427387904"));
    exec(*ws, QStringLiteral("UPDATE follower_snapshots SET followers = 4611686018427387904 "
                             "WHERE account_id IN (1, 2)"));
    QSqlDatabase db = ws->db();
    auto figures = creatorEngagement(db, QDate(2026, 11, 23));
    INFO(figures.error().toStdString());
    REQUIRE(figures.ok());
    const CreatorEngagement sari = figures->value(1);
    CHECK(sari.posts == 3);
    CHECK(sari.byReach.engagement == SaturatedCount); // u1, u3 and u8: three times 2^62
    CHECK(sari.byReach.denominator == SaturatedCount);
    CHECK_FALSE(sari.byReach.percent());
    // Budi's one post is exact: 2^62 likes over 2^62 reach.
    CHECK(figures->value(2).byReach.engagement == 4'611'686'018'427'387'904);
    CHECK(figures->value(2).byReach.percent() == 100.0);

    auto byPlatform = creatorEngagementByPlatform(db, QDate(2026, 11, 23));
    REQUIRE(byPlatform.ok());
    CHECK(byPlatform->size() == 3); // Sari on Instagram and TikTok, Budi on Instagram
    for (const PlatformEngagement &e : byPlatform.value())
        CHECK(e.engagement.byReach.engagement >= 0);
    // Sari's two platforms' sums, saturated each or not, add up to her saturated one.
    checkSumsOfPlatforms(db, QDate(2026, 11, 23));

    auto kit = mediaKit(db, 1, QDate(2026, 11, 23));
    INFO(kit.error().toStdString());
    REQUIRE(kit.ok());
    CHECK(kit->engagement.byReach.engagement == SaturatedCount);
    CHECK_FALSE(kit->engagement.byReach.percent());
    CHECK(kit->totalFollowers() == SaturatedCount);
    CHECK_FALSE(kit->growthPercent());

    // The roster loads whole; Sari's followers add up past 2^63, which her tooltip says saturated.
    CreatorRosterModel model(ws.get());
    CHECK(model.lastError().isEmpty());
    REQUIRE(model.rowCount() == 3); // Budi, Dewi, Sari by name
    CHECK(model.index(2, CreatorRosterModel::Followers).data(CreatorRosterModel::SortRole).toLongLong() ==
          4'611'686'018'427'387'904);
    CHECK(model.index(2, CreatorRosterModel::Followers)
              .data(Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("All platforms: %1").arg(QLocale().toString(SaturatedCount))));
    CHECK(model.index(0, CreatorRosterModel::Followers).data(CreatorRosterModel::SortRole).toLongLong() == 5'000);
}

TEST_CASE("the roster shows each creator's 90-day engagement rate and explains it")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    CreatorRosterModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3); // Budi, Dewi, Sari by name
    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, CreatorRosterModel::Engagement).data(role);
    };
    CHECK(cell(2).toString() == QStringLiteral("8.33%"));
    CHECK(cell(2, CreatorRosterModel::SortRole).toDouble() == Approx(8.3333333));
    CHECK(
        cell(2, Qt::ToolTipRole).toString() ==
        QStringLiteral("Engagement rate by followers at posting, last 90 days (3 posts): 1,000 engagements / 12,000 = "
                       "8.33%\n2 posts left out: no followers at posting for them"));
    CHECK(cell(0).toString() == QStringLiteral("0.00%"));
    CHECK(cell(1).toString() == QStringLiteral("—")); // Dewi's only post was for a declined campaign
    CHECK(cell(1, CreatorRosterModel::SortRole).toDouble() == -1.0);
    CHECK(cell(1, Qt::ToolTipRole).toString() == QStringLiteral("No post metrics in the last 90 days"));

    // The basis chosen in Settings changes the column: by reach, Budi's zero reach gives no rate.
    QSqlDatabase db = ws->db();
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO settings VALUES ('er_basis', 'reach')")).ok());
    model.reload();
    CHECK(cell(2).toString() == QStringLiteral("5.00%"));
    CHECK(cell(0).toString() == QStringLiteral("—"));
}

TEST_CASE("the roster's first screen by name holds the same rows as the whole roster")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    const QDate asOf(2026, 11, 23);
    // Only Sari's posts: the same figures as when every creator's are read.
    auto only = creatorEngagement(db, asOf, {1});
    REQUIRE(only.ok());
    REQUIRE(only->keys() == QList<qint64>{1});
    CHECK(only->value(1).posts == 3);
    CHECK(only->value(1).byFollowers.engagement == 1'000);
    CHECK(only->value(1).byFollowers.denominator == 12'000);
    CHECK(only->value(1).byReach.leftOut == 2);
    auto budiOnly = creatorEngagement(db, asOf, {2, 3});
    REQUIRE(budiOnly.ok());
    CHECK(budiOnly->keys() == QList<qint64>{2}); // Dewi's only post was for a declined campaign

    const CreatorRosterModel::Roster whole = CreatorRosterModel::read(db, asOf);
    REQUIRE(whole.error.isEmpty());
    CHECK_FALSE(whole.creators.has_value());
    const auto idsOf = [](const CreatorRosterModel::Roster &r) {
        QList<qint64> ids;
        for (const auto &row : r.rows)
            ids << row.id;
        return ids;
    };
    REQUIRE(idsOf(whole) == QList<qint64>{2, 3, 1}); // Budi, Dewi, Sari

    const CreatorRosterModel::Roster first = CreatorRosterModel::read(db, asOf, {{2, Qt::AscendingOrder}});
    REQUIRE(first.error.isEmpty());
    CHECK(first.creators == 3);
    REQUIRE(idsOf(first) == QList<qint64>{2, 3});
    const CreatorRosterModel::Roster last = CreatorRosterModel::read(db, asOf, {{2, Qt::DescendingOrder}});
    CHECK(last.creators == 3);
    // The list's first screen sorted Z-A: Sari and Dewi, the rows in name order as always (the list sorts).
    REQUIRE(idsOf(last) == QList<qint64>{3, 1});
    // Each row as the whole roster has it: followers per platform, engagement, the search text.
    for (const CreatorRosterModel::Row &row : first.rows + last.rows) {
        INFO("creator " << row.id);
        const auto &same = whole.rows.at(idsOf(whole).indexOf(row.id));
        CHECK(row.name == same.name);
        CHECK(row.platforms == same.platforms);
        CHECK(row.platformFollowers == same.platformFollowers);
        CHECK(row.largestFollowers == same.largestFollowers);
        CHECK(row.engagement.has_value() == same.engagement.has_value());
        if (row.engagement && same.engagement) {
            CHECK(row.engagement->posts == same.engagement->posts);
            CHECK(row.engagement->rate.engagement == same.engagement->rate.engagement);
            CHECK(row.engagement->rate.denominator == same.engagement->rate.denominator);
        }
        CHECK(row.searchText == same.searchText);
    }
    // Sari's figures by hand: 8.33% by followers; her largest platform Instagram, whose latest
    // count (25 Oct) is 99,999, against TikTok's 50,000.
    const CreatorRosterModel::Row &sari = last.rows.at(1);
    REQUIRE(sari.id == 1);
    CHECK(sari.largestFollowers == 99'999);
    CHECK(sari.platformFollowers == QList<qint64>{99'999, 50'000});
    REQUIRE(sari.engagement.has_value());
    CHECK(*sari.engagement->rate.percent() == Approx(8.3333333)); // the workspace's basis: followers
    CHECK(sari.searchText.contains(QByteArray("8.33%")));

    // An empty workspace: no rows, no creators, no error.
    TempDir other;
    auto empty = test::createWorkspace(other.path(QStringLiteral("empty.collabdesk")));
    QSqlDatabase edb = empty->db();
    const CreatorRosterModel::Roster none = CreatorRosterModel::read(edb, asOf, {{150, Qt::AscendingOrder}});
    CHECK(none.error.isEmpty());
    CHECK(none.rows.isEmpty());
    CHECK(none.creators == 0);
}

TEST_CASE("the roster read with its rates on a second connection is the roster read on one")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("engagement.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    const QDate asOf(2026, 11, 23);
    const CreatorRosterModel::Roster alone = CreatorRosterModel::read(db, asOf);
    const CreatorRosterModel::Roster beside = CreatorRosterModel::read(db, asOf, std::nullopt, ws->readerOpener());
    REQUIRE(beside.error.isEmpty());
    REQUIRE(beside.rows.size() == 3);
    REQUIRE(alone.rows.size() == 3);
    for (qsizetype i = 0; i < beside.rows.size(); ++i) {
        const CreatorRosterModel::Row &row = beside.rows.at(i), &same = alone.rows.at(i);
        INFO("creator " << row.id);
        CHECK(row.id == same.id);
        REQUIRE(row.engagement.has_value() == same.engagement.has_value());
        if (row.engagement) {
            CHECK(row.engagement->posts == same.engagement->posts);
            CHECK(row.engagement->rate.engagement == same.engagement->rate.engagement);
            CHECK(row.engagement->rate.denominator == same.engagement->rate.denominator);
            CHECK(row.engagement->rate.leftOut == same.engagement->rate.leftOut);
        }
        CHECK(row.searchText == same.searchText);
    }
    // Sari's 8.33% came through the second connection.
    REQUIRE(beside.rows.at(2).id == 1);
    CHECK(*beside.rows.at(2).engagement->rate.percent() == Approx(8.3333333));

    // A second connection that cannot be opened (a server's limit, no file handles left): the rates
    // are read on the first, after the rows.
    const Workspace::Opener broken = [](const QString &) -> Result<QSqlDatabase> {
        return fail(QStringLiteral("cannot open a second connection"));
    };
    const CreatorRosterModel::Roster without = CreatorRosterModel::read(db, asOf, std::nullopt, broken);
    CHECK(without.error.isEmpty());
    REQUIRE(without.rows.size() == 3);
    REQUIRE(without.rows.at(2).id == 1);
    CHECK(*without.rows.at(2).engagement->rate.percent() == Approx(8.3333333));
}
