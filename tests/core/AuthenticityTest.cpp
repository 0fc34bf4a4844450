#include "TestSupport.h"

#include "analytics/Authenticity.h"
#include "storage/Sql.h"

#include <algorithm>

using namespace cd;
using cd::test::exec;
using cd::test::TempDir;

namespace {
// Creator n (1..8) has one Instagram account n; creators 1-7 are micro (20,000 followers) and
// post once in campaign 1 with the engagement given; creator 8 is the one whose numbers jump.
void fill(Workspace &ws)
{
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(ws,
         QStringLiteral("INSERT INTO brands (id, name, name_key, created_at, updated_at) VALUES (1, 'B', 'b', %1, %1)")
             .arg(t));
    exec(ws, QStringLiteral("INSERT INTO campaigns (id, name, name_key, brand_id, start_date, currency, created_at, "
                            "updated_at) VALUES (1, 'C', 'c', 1, '2026-01-01', 'IDR', %1, %1)")
                 .arg(t));
    // Likes per creator: rates of 2% for five, 10% (over 3x the 2% median) and 0.5% (under a third).
    const int likes[] = {400, 400, 400, 400, 400, 2000, 100};
    for (int n = 1; n <= 8; ++n) {
        exec(ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES "
                                "(%1, 'Creator %1', 'creator %1', %2, %2)")
                     .arg(n)
                     .arg(t));
        exec(ws, QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) "
                                "VALUES (%1, %1, 'instagram', 'h%1', 'h%1', %2)")
                     .arg(n)
                     .arg(t));
        if (n == 8)
            break;
        exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                "(%1, '2026-10-01', 20000)")
                     .arg(n));
        exec(ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, created_at, updated_at) "
                                "VALUES (%1, 1, %1, %2, %2)")
                     .arg(n)
                     .arg(t));
        exec(ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                                "(%1, %1, 'instagram', 'u%1', 'u%1', '2026-11-01')")
                     .arg(n));
        exec(ws, QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes, comments, shares) "
                                "VALUES (%1, '2026-11-02', %2, %3, 0)")
                     .arg(n)
                     .arg(likes[n - 1])
                     .arg(likes[n - 1] / 10));
    }
    // Creator 6's post: 2,000 likes but 16 comments and shares (0.80%, under 1%).
    exec(ws, QStringLiteral("UPDATE post_metric_snapshots SET comments = 5, shares = 11 WHERE post_id = 6"));
    // Creator 8: +21% in 7 days (warned), +64% in 12 days (too far apart), +20% exactly in 4 days.
    exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                            "(8, '2026-03-01', 10000), (8, '2026-03-08', 12100), (8, '2026-03-20', 12200), "
                            "(8, '2026-04-01', 20000), (8, '2026-05-01', 10000), (8, '2026-05-05', 12000)"));
}
} // namespace

TEST_CASE("authenticity warnings find bought-looking likes, follower jumps and outliers, and explain them")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("authenticity.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    auto warnings = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23));
    REQUIRE(warnings.ok());
    QStringList seen;
    for (const AuthenticityWarning &w : warnings.value())
        seen << QStringLiteral("%1 %2: %3").arg(w.creator).arg(int(w.kind)).arg(w.explanation);
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(warnings->size() == 4);
    // Creator 6: the low-interaction post, and the rate of 2,016 / 20,000 = 10.08% against the
    // median of 2.20% (five at 2.20%: 400 likes + 40 comments) among 7 micro Instagram creators.
    CHECK(warnings->at(0).creator == QStringLiteral("Creator 6"));
    CHECK(warnings->at(1).creator == QStringLiteral("Creator 6"));
    const auto find = [&](AuthenticityWarning::Kind kind, const QString &creator) {
        for (const AuthenticityWarning &w : warnings.value())
            if (w.kind == kind && w.creator == creator)
                return w.explanation;
        return QString();
    };
    CHECK(find(AuthenticityWarning::Kind::LowInteraction, QStringLiteral("Creator 6")) ==
          QStringLiteral("Instagram post u6 has 2,000 likes but only 16 comments and shares (0.80% of its likes, "
                         "under 1.00%): likes can be bought, comments and shares take effort"));
    CHECK(find(AuthenticityWarning::Kind::EngagementOutlier, QStringLiteral("Creator 6")) ==
          QStringLiteral("Instagram engagement of 10.08% over the last 90 days is more than 3× the median of 2.20% "
                         "among 7 micro creators on Instagram in this workspace"));
    // Creator 7: 110 / 20,000 = 0.55%, under a third of 2.20%.
    CHECK(find(AuthenticityWarning::Kind::EngagementOutlier, QStringLiteral("Creator 7"))
              .startsWith(QStringLiteral(
                  "Instagram engagement of 0.55% over the last 90 days is under 1/3 of the median of 2.20%")));
    CHECK(find(AuthenticityWarning::Kind::FollowerJump, QStringLiteral("Creator 8")) ==
          QStringLiteral("Instagram followers up 21.00% in 7 days (10,000 on 2026-03-01, 12,100 on 2026-03-08; more "
                         "than 20.00% within 7 days): a sudden jump can mean bought followers"));

    // One creator only; and stricter settings find more.
    auto eight = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23), 8);
    REQUIRE(eight.ok());
    CHECK(eight->size() == 1);
    WorkspaceDefaults strict;
    strict.followerJumpDays = 14;
    strict.medianMinCreators = 8; // too few creators for a median now
    auto stricter = authenticityWarnings(db, strict, QDate(2026, 11, 23), 8);
    REQUIRE(stricter.ok());
    CHECK(stricter->size() == 2); // the 12-day jump counts now
    auto outliers = authenticityWarnings(db, strict, QDate(2026, 11, 23), 6);
    CHECK(outliers->size() == 1); // only the low-interaction post
    // "Lately": only what was seen from a day on (the jump of 03-08 counts from 03-08, not after).
    CHECK(authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23), 8, QDate(2026, 3, 8))->size() == 1);
    {
        auto after = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23), 8, QDate(2026, 3, 9));
        INFO((after->isEmpty() ? QString() : after->first().explanation).toStdString());
        CHECK(after->isEmpty());
    }
    // The low-interaction post's snapshot is of 11-02; the outlier is about the 90 days to today.
    auto lately = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23), 6, QDate(2026, 11, 3));
    REQUIRE(lately->size() == 1);
    CHECK(lately->first().kind == AuthenticityWarning::Kind::EngagementOutlier);
    // Before the posts existed there is nothing to say about them.
    CHECK(authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 2, 1))->isEmpty());

    // A later snapshot of creator 6's post with 300 comments: looked at as of a day between, the post
    // is judged by its 11-02 numbers; its newest snapshot being within "lately" does not make the
    // older one count as recent.
    exec(*ws, QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes, comments, shares) "
                             "VALUES (6, '2026-11-20', 2100, 300, 0)"));
    const auto lowInteraction = [&](const QDate &asOf, const QDate &since) {
        auto found = authenticityWarnings(db, WorkspaceDefaults(), asOf, 6, since);
        REQUIRE(found.ok());
        return std::count_if(found->cbegin(), found->cend(), [](const AuthenticityWarning &w) {
            return w.kind == AuthenticityWarning::Kind::LowInteraction;
        });
    };
    CHECK(lowInteraction(QDate(2026, 11, 10), QDate(2026, 11, 1)) == 1);
    CHECK(lowInteraction(QDate(2026, 11, 10), QDate(2026, 11, 3)) == 0);
    CHECK(lowInteraction(QDate(2026, 11, 23), QDate(2026, 11, 1)) == 0);

    // Creator 6 reached 150,000 followers on 11-21, a macro creator from then on: as of 11-23 they
    // are the only macro creator on Instagram, too few for a median; as of 11-10 still micro.
    exec(*ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                             "(6, '2026-11-21', 150000)"));
    const auto outlier = [&](const QDate &asOf) {
        auto found = authenticityWarnings(db, WorkspaceDefaults(), asOf, 6);
        REQUIRE(found.ok());
        return std::count_if(found->cbegin(), found->cend(), [](const AuthenticityWarning &w) {
            return w.kind == AuthenticityWarning::Kind::EngagementOutlier;
        });
    };
    CHECK(outlier(QDate(2026, 11, 10)) == 1);
    CHECK(outlier(QDate(2026, 11, 23)) == 0);
}

TEST_CASE("follower jumps are found alike from the kept rises and, under 5%, from the counts themselves")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("jumps.collabdesk")));
    fill(*ws);
    QSqlDatabase db = ws->db();
    // The days of creator 8's jumps found with a threshold in basis points, a gap in days, as of a day.
    const auto jumps = [&](int bp, int days, const QDate &asOf = QDate(2026, 11, 23)) {
        WorkspaceDefaults d;
        d.followerJumpBp = bp;
        d.followerJumpDays = days;
        auto found = authenticityWarnings(db, d, asOf, 8);
        REQUIRE(found.ok());
        QStringList seen;
        for (const AuthenticityWarning &w : found.value())
            if (w.kind == AuthenticityWarning::Kind::FollowerJump)
                seen << w.date.toString(Qt::ISODate);
        return seen.join(QLatin1Char(' '));
    };
    // Creator 8's steps: 03-08 +21.00% in 7 days, 03-20 +0.83% (12,100 to 12,200) in 12, 04-01
    // +63.93% in 12, 05-01 down 50%, 05-05 +20.00% in 4.
    CHECK(jumps(2000, 7) == QStringLiteral("2026-03-08"));
    CHECK(jumps(2000, 14) == QStringLiteral("2026-03-08 2026-04-01"));
    CHECK(jumps(1999, 4) == QStringLiteral("2026-05-05"));
    CHECK(jumps(500, 14) == QStringLiteral("2026-03-08 2026-04-01 2026-05-05")); // kept rises: 5% and more
    CHECK(jumps(499, 14) == QStringLiteral("2026-03-08 2026-04-01 2026-05-05")); // the counts themselves
    CHECK(jumps(100, 14) == QStringLiteral("2026-03-08 2026-04-01 2026-05-05"));
    CHECK(jumps(82, 14) == QStringLiteral("2026-03-08 2026-03-20 2026-04-01 2026-05-05")); // 0.83% > 0.82%
    CHECK(jumps(83, 14) == QStringLiteral("2026-03-08 2026-04-01 2026-05-05"));
    CHECK(jumps(2000, 14, QDate(2026, 3, 19)) == QStringLiteral("2026-03-08"));
    CHECK(jumps(2000, 14, QDate(2026, 3, 7)).isEmpty());

    // The count of 03-08 removed: 03-20 is now +22.00% over 19 days from 03-01, on both paths.
    exec(*ws, QStringLiteral("DELETE FROM follower_snapshots WHERE account_id = 8 AND snapshot_date = '2026-03-08'"));
    CHECK(jumps(2000, 19) == QStringLiteral("2026-03-20 2026-04-01"));
    CHECK(jumps(50, 19) == QStringLiteral("2026-03-20 2026-04-01 2026-05-05"));
    CHECK(jumps(2000, 18) == QStringLiteral("2026-04-01"));
    // A count put between 05-01 and 05-05 splits that jump into two steps under 20%.
    exec(*ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                             "(8, '2026-05-03', 11000)"));
    // 10,000 to 11,000: +10.00% (05-03); 11,000 to 12,000: +9.09% (05-05).
    CHECK(jumps(1000, 7).isEmpty());
    CHECK(jumps(910, 7) == QStringLiteral("2026-05-03"));
    CHECK(jumps(909, 7) == QStringLiteral("2026-05-03 2026-05-05"));
}

TEST_CASE("a rate is compared with its platform's baseline band")
{
    const EngagementBaseline instagram{300, 600};
    CHECK(compareToBaseline(Platform::Instagram, 2.1, instagram) ==
          QStringLiteral("Instagram: 2.10% is below the 3.00%–6.00% baseline"));
    CHECK(compareToBaseline(Platform::Instagram, 6.0, instagram) ==
          QStringLiteral("Instagram: 6.00% is within the 3.00%–6.00% baseline"));
    CHECK(compareToBaseline(Platform::Instagram, 7.5, instagram) ==
          QStringLiteral("Instagram: 7.50% is above the 3.00%–6.00% baseline"));
    CHECK(compareToBaseline(Platform::TikTok, 7.5, {}) ==
          QStringLiteral("TikTok: 7.50%, no baseline for TikTok (set one in Settings)"));
    CHECK(compareToBaseline(Platform::TikTok, std::nullopt, {}) ==
          QStringLiteral("TikTok: no engagement rate to compare yet"));
}

TEST_CASE("a URL posted for two campaigns is judged once by its latest snapshot for likes without comments")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("authenticity.collabdesk")));
    fill(*ws);
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(*ws, QStringLiteral("INSERT INTO campaigns (id, name, name_key, brand_id, start_date, currency, created_at, "
                             "updated_at) VALUES (2, 'D', 'd', 1, '2026-01-01', 'IDR', %1, %1)")
                  .arg(t));
    exec(*ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, created_at, updated_at) VALUES "
                             "(9, 2, 5, %1, %1), (10, 2, 6, %1, %1)")
                  .arg(t));
    // Creator 5's healthy u5 again in campaign D, counted later with 3,000 likes and 10 comments
    // (0.33%); creator 6's bought-looking u6 again, counted later with 300 comments (14.29%).
    exec(*ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                             "(9, 9, 'instagram', 'u5', 'u5', '2026-11-01'), (10, 10, 'instagram', 'u6', 'u6', "
                             "'2026-11-01')"));
    exec(*ws, QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, likes, comments, shares) "
                             "VALUES (9, '2026-11-05', 3000, 10, 0), (10, '2026-11-04', 2100, 300, 0)"));
    QSqlDatabase db = ws->db();
    auto warnings = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 23));
    REQUIRE(warnings.ok());
    QStringList low;
    for (const AuthenticityWarning &w : warnings.value())
        if (w.kind == AuthenticityWarning::Kind::LowInteraction)
            low << w.creator + QStringLiteral(": ") + w.explanation;
    CHECK(low == QStringList{QStringLiteral("Creator 5: Instagram post u5 has 3,000 likes but only 10 comments and "
                                            "shares (0.33% of its likes, under 1.00%): likes can be bought, comments "
                                            "and shares take effort")});
    // As of 11-03 neither later count exists yet: u6's 11-02 numbers are the latest again.
    auto before = authenticityWarnings(db, WorkspaceDefaults(), QDate(2026, 11, 3));
    REQUIRE(before.ok());
    low.clear();
    for (const AuthenticityWarning &w : before.value())
        if (w.kind == AuthenticityWarning::Kind::LowInteraction)
            low << w.creator;
    CHECK(low == QStringList{QStringLiteral("Creator 6")});
}
