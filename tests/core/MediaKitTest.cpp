// The media kit's figures, worked out by hand from the rows below (as of 2026-11-23: posts from
// 2026-08-26 count in the 90 days; growth compares with the count on or before 2026-08-25).
#include "TestSupport.h"

#include "analytics/CampaignKpis.h"
#include "analytics/CreatorEngagement.h"
#include "analytics/MediaKit.h"
#include "storage/Settings.h"

using namespace cd;
using cd::test::exec;
using cd::test::TempDir;

namespace {
const QDate asOf(2026, 11, 23);

// Sari (id 1): Instagram and TikTok, ten campaigns; Budi (2): an account never counted; Nina (3):
// nothing at all.
void fill(Workspace &ws)
{
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(ws, QStringLiteral("INSERT INTO brands (id, name, name_key, created_at, updated_at) VALUES "
                            "(1, 'Teh Segar', 'teh segar', %1, %1), (2, 'Kopi Kita', 'kopi kita', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO creators (id, name, name_key, niche, country, created_at, updated_at) VALUES "
                            "(1, 'Sari Wulandari', 'sari wulandari', 'Beauty', 'ID', %1, %1), "
                            "(2, 'Budi Santoso', 'budi santoso', '', '', %1, %1), "
                            "(3, 'Nina Putri', 'nina putri', '', '', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO creator_tags (creator_id, tag, tag_key) VALUES (1, 'Beauty', 'beauty'), "
                            "(1, 'halal', 'halal')"));
    exec(ws, QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) VALUES "
                            "(1, 1, 'instagram', 'sari.glow', 'sari.glow', %1), "
                            "(2, 1, 'tiktok', 'sariglow', 'sariglow', %1), "
                            "(3, 2, 'instagram', 'budi', 'budi', %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                            // Instagram: 45,000 is the latest on or before 08-25, 54,000 on or before
                            // as-of; the count after as-of does not exist yet.
                            "(1, '2026-06-01', 40000), (1, '2026-08-20', 45000), (1, '2026-10-01', 48000), "
                            "(1, '2026-11-20', 54000), (1, '2026-11-30', 60000), "
                            // TikTok: first counted inside the 90 days, so no growth.
                            "(2, '2026-10-10', 120000), (2, '2026-11-22', 150000)"));
    QString campaigns = QStringLiteral(
        "INSERT INTO campaigns (id, name, name_key, brand_id, status, start_date, end_date, currency, created_at, "
        "updated_at) VALUES (1, 'Ramadan Glow', 'ramadan glow', 1, 'completed', '2026-08-15', '2026-09-30', 'IDR', "
        "%1, %1), (2, 'Kopi Pagi', 'kopi pagi', 2, 'active', '2026-10-15', '2026-11-15', 'IDR', %1, %1), "
        "(3, 'Declined One', 'declined one', 2, 'active', '2026-11-01', NULL, 'IDR', %1, %1), "
        "(4, 'Next Year', 'next year', 1, 'planned', '2026-12-01', NULL, 'IDR', %1, %1), "
        "(10, 'Still Talking', 'still talking', 1, 'active', '2026-11-10', NULL, 'IDR', %1, %1), "
        "(11, 'Called Off', 'called off', 1, 'cancelled', '2026-11-05', NULL, 'IDR', %1, %1)");
    for (int i = 5; i <= 9; ++i) // five older campaigns, January to May
        campaigns += QStringLiteral(", (%1, 'Old %1', 'old %1', 1, 'completed', '2026-0%2-10', NULL, 'IDR', %3, %3)")
                         .arg(i)
                         .arg(i - 4)
                         .arg(t);
    exec(ws, campaigns.arg(t));
    QString participants = QStringLiteral(
        "INSERT INTO participants (id, campaign_id, creator_id, status, created_at, updated_at) VALUES "
        "(1, 1, 1, 'completed', %1, %1), (2, 2, 1, 'confirmed', %1, %1), (3, 3, 1, 'declined', %1, %1), "
        "(4, 4, 1, 'confirmed', %1, %1), (10, 10, 1, 'negotiating', %1, %1), (11, 11, 1, 'confirmed', %1, %1)");
    for (int i = 5; i <= 9; ++i)
        participants += QStringLiteral(", (%1, %1, 1, 'completed', %2, %2)").arg(i).arg(t);
    exec(ws, participants.arg(t));
    exec(ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                            "(1, 1, 'instagram', 'ig/p1', 'ig/p1', '2026-09-05'), "
                            "(2, 2, 'tiktok', 'tt/p2', 'tt/p2', '2026-10-20'), "
                            "(3, 2, 'instagram', 'ig/p3', 'ig/p3', '2026-11-21'), "
                            "(4, 3, 'instagram', 'ig/p4', 'ig/p4', '2026-11-02'), "
                            "(5, 1, 'tiktok', 'tt/p5', 'tt/p5', '2026-09-10'), "
                            "(6, 1, 'instagram', 'ig/p6', 'ig/p6', '2026-08-20'), "
                            "(7, 2, 'instagram', 'ig/p1', 'ig/p1', '2026-09-05')"));
    exec(ws, QStringLiteral(
                 "INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, reach, likes, comments, shares, "
                 "saves) VALUES "
                 // p1: the latest snapshot by as-of (09-20) is used whole: no reach, no shares. The
                 // one after as-of does not count.
                 "(1, '2026-09-06', 30000, 20000, 1000, 100, 50, 50), (1, '2026-09-20', 50000, NULL, 2000, 200, "
                 "NULL, 300), (1, '2026-12-01', 90000, 90000, 9999, 999, 99, 9), "
                 "(2, '2026-10-25', 200000, 150000, 6000, 300, 500, 200), "
                 "(3, '2026-11-22', NULL, 30000, 2400, 150, 30, 120), "
                 // p4: a declined participation's post counts nowhere.
                 "(4, '2026-11-03', 900000, 900000, 50000, 0, 0, 0), "
                 // p5: TikTok before its first follower count: left out of the rate by followers.
                 "(5, '2026-09-12', 10000, 9000, 800, 0, 0, 0), "
                 // p6: posted before the 90 days; still one of the campaign's results.
                 "(6, '2026-08-21', 40000, 35000, 3000, 0, 0, 0), "
                 // p7: p1's URL again, for Kopi Pagi, with an older snapshot: in 90-day figures the
                 // URL counts once, with p1's later snapshot; in Kopi Pagi's results it is its own.
                 "(7, '2026-09-10', 1000, 900, 100, 0, 0, 0)"));
    exec(ws,
         QStringLiteral("INSERT INTO audience_demographics (creator_id, platform, dimension, bucket, share_bp, "
                        "as_of) VALUES (1, '', 'age', '25-34', 4000, '2026-10-01'), "
                        "(1, '', 'age', '18-24', 3500, '2026-10-01'), (1, '', 'age', '13-17', 500, '2026-10-01'), "
                        "(1, '', 'gender', 'male', 3000, '2026-10-01'), "
                        "(1, '', 'gender', 'female', 6800, '2026-10-01'), "
                        "(1, '', 'country', 'MY', 800, '2026-10-01'), (1, '', 'country', 'ID', 8500, '2026-10-01'), "
                        "(1, '', 'country', 'SG', 300, '2026-10-01'), "
                        // a platform's own breakdown is not the creator's audience across platforms
                        "(1, 'tiktok', 'country', 'US', 9000, '2026-10-01')"));
    exec(ws,
         QStringLiteral("INSERT INTO rate_cards (creator_id, platform, content_type, amount_minor, currency, notes) "
                        "VALUES (1, 'instagram', 'reel', 5000000, 'IDR', '1 revision'), "
                        "(1, 'tiktok', 'video', 7500000, 'IDR', '')"));
}

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("kit.collabdesk")));
    Fixture() { fill(*ws); }
    MediaKit kit(qint64 creator, const QDate &date = asOf)
    {
        QSqlDatabase db = ws->db();
        auto k = mediaKit(db, creator, date);
        REQUIRE(k.ok());
        return k.value();
    }
};
} // namespace

TEST_CASE("media kit: accounts, tiers, growth and the 90-day engagement rate by hand")
{
    Fixture f;
    const MediaKit kit = f.kit(1);
    CHECK(kit.name == QStringLiteral("Sari Wulandari"));
    CHECK(kit.niche == QStringLiteral("Beauty"));
    CHECK(kit.tags == QStringList{QStringLiteral("halal")}); // the niche is not said twice
    CHECK(kit.country == QStringLiteral("ID"));
    REQUIRE(kit.accounts.size() == 2);

    // Largest audience first: TikTok 150,000 (macro), first counted on 10-10, so no growth.
    const MediaKitAccount &tiktok = kit.accounts[0];
    CHECK(tiktok.platform == Platform::TikTok);
    CHECK(tiktok.handle == QStringLiteral("sariglow"));
    CHECK(tiktok.followers == 150'000);
    CHECK(tiktok.followersOn == QDate(2026, 11, 22));
    CHECK(tiktok.tier == Tier::Macro);
    CHECK_FALSE(tiktok.followersBefore.has_value());
    CHECK_FALSE(tiktok.growthPercent().has_value());
    CHECK_FALSE(tiktok.baseline.lowBp.has_value()); // TikTok: no baseline until the user sets one
    // p2: 7,000 over 120,000 (10-10's count); p5 has no count before it went up: left out.
    CHECK(tiktok.engagement.posts == 2);
    CHECK(tiktok.engagement.byFollowers.engagement == 7'000);
    CHECK(tiktok.engagement.byFollowers.denominator == 120'000);
    CHECK(tiktok.engagement.byFollowers.leftOut == 1);
    CHECK(*tiktok.engagement.byFollowers.percent() == Approx(5.8333333));
    // The chart's line starts on the first count (10-10) and runs to as-of.
    REQUIRE(tiktok.series.size() == 45);
    CHECK(tiktok.series.first() == std::pair{QDate(2026, 10, 10), qint64(120'000)});
    CHECK(tiktok.series.last() == std::pair{asOf, qint64(150'000)});

    // Instagram 54,000 (micro), 45,000 on 08-20: +20%. The 11-30 count is after as-of.
    const MediaKitAccount &instagram = kit.accounts[1];
    CHECK(instagram.platform == Platform::Instagram);
    CHECK(instagram.followers == 54'000);
    CHECK(instagram.tier == Tier::Micro);
    CHECK(instagram.followersBefore == 45'000);
    CHECK(instagram.followersBeforeOn == QDate(2026, 8, 20));
    CHECK(*instagram.growthPercent() == Approx(20.0));
    CHECK(instagram.baseline.lowBp == 300);
    CHECK(instagram.baseline.highBp == 600);
    // p1 (its 09-20 snapshot whole: 2,000 + 200 + 0 + 300 = 2,500, over 45,000) and p3 (2,700
    // over 54,000); p6 is older than the 90 days, p4's participation declined, p7 is p1's URL.
    CHECK(instagram.engagement.posts == 2);
    CHECK(instagram.engagement.byFollowers.engagement == 5'200);
    CHECK(instagram.engagement.byFollowers.denominator == 99'000);
    CHECK(instagram.engagement.byFollowers.leftOut == 0);
    CHECK(*instagram.engagement.byFollowers.percent() == Approx(5.2525253));
    CHECK(instagram.engagement.byReach.engagement == 2'700); // p1's latest snapshot has no reach
    CHECK(instagram.engagement.byReach.leftOut == 1);
    REQUIRE(instagram.series.size() == 91); // 08-25 through 11-23, from the 08-20 count
    CHECK(instagram.series.first() == std::pair{QDate(2026, 8, 25), qint64(45'000)});
    CHECK(instagram.series.last() == std::pair{asOf, qint64(54'000)});

    // The creator: the tier of the largest platform, all counts together, growth where both exist.
    CHECK(kit.tier() == Tier::Macro);
    CHECK(kit.totalFollowers() == 204'000);
    CHECK(*kit.growthPercent() == Approx(20.0)); // Instagram only: TikTok has no count 90 days ago
    CHECK(kit.engagement.posts == 4);
    CHECK(kit.engagement.byFollowers.engagement == 12'200);
    CHECK(kit.engagement.byFollowers.denominator == 219'000);
    CHECK(kit.engagement.byFollowers.leftOut == 1);
}

TEST_CASE("media kit: the per-creator engagement equals the roster's figures")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    // Several dates, so the window's edges and each post's latest snapshot move.
    for (const QDate &date : {asOf, QDate(2026, 9, 15), QDate(2026, 10, 28), QDate(2026, 12, 5), QDate(2027, 3, 1)}) {
        INFO(date.toString(Qt::ISODate).toStdString());
        const MediaKit kit = f.kit(1, date);
        auto all = creatorEngagementByPlatform(db, date);
        REQUIRE(all.ok());
        int platforms = 0;
        for (const PlatformEngagement &p : all.value()) {
            if (p.creatorId != 1)
                continue;
            ++platforms;
            const auto account = std::find_if(kit.accounts.cbegin(), kit.accounts.cend(),
                                              [&](const MediaKitAccount &a) { return a.platform == p.platform; });
            REQUIRE(account != kit.accounts.cend());
            CHECK(account->engagement.posts == p.engagement.posts);
            for (const QString &basis :
                 {QStringLiteral("followers"), QStringLiteral("reach"), QStringLiteral("impressions")}) {
                CHECK(account->engagement.by(basis).engagement == p.engagement.by(basis).engagement);
                CHECK(account->engagement.by(basis).denominator == p.engagement.by(basis).denominator);
                CHECK(account->engagement.by(basis).leftOut == p.engagement.by(basis).leftOut);
            }
        }
        int withPosts = 0;
        for (const MediaKitAccount &a : kit.accounts)
            withPosts += a.engagement.posts > 0 ? 1 : 0;
        CHECK(withPosts == platforms);
        auto overall = creatorEngagement(db, date);
        REQUIRE(overall.ok());
        CHECK(kit.engagement.posts == overall->value(1).posts);
        CHECK(kit.engagement.byFollowers.engagement == overall->value(1).byFollowers.engagement);
        CHECK(kit.engagement.byFollowers.denominator == overall->value(1).byFollowers.denominator);
    }
}

TEST_CASE("media kit: the five latest collaborations with the creator's results in each")
{
    Fixture f;
    const MediaKit kit = f.kit(1);
    // Not: the declined one, the one still negotiating, the cancelled campaign, the one that
    // starts after as-of. Then the latest five by start.
    QStringList names;
    for (const MediaKitCollaboration &c : kit.collaborations)
        names << c.campaign;
    CHECK(names == QStringList{QStringLiteral("Kopi Pagi"), QStringLiteral("Ramadan Glow"), QStringLiteral("Old 9"),
                               QStringLiteral("Old 8"), QStringLiteral("Old 7")});
    REQUIRE(kit.collaborations.size() == MediaKitCollaborations);

    // Kopi Pagi: p2 (7,000 over 120,000), p3 (2,700 over 54,000), p7 (100 over 45,000).
    const MediaKitCollaboration &kopi = kit.collaborations[0];
    CHECK(kopi.brand == QStringLiteral("Kopi Kita"));
    CHECK(kopi.start == QDate(2026, 10, 15));
    CHECK(kopi.end == QDate(2026, 11, 15));
    CHECK(kopi.results.posts == 3);
    CHECK(kopi.results.engagement() == 9'800);
    CHECK(kopi.results.views == 201'000); // p3 has no views: counted as 0
    CHECK(*kopi.results.rateByFollowers() == Approx(100.0 * 9'800 / 219'000));

    // Ramadan Glow: p1 (2,500 over 45,000), p6 (3,000 over 45,000), p5 left out (800, no count).
    const MediaKitCollaboration &ramadan = kit.collaborations[1];
    CHECK(ramadan.brand == QStringLiteral("Teh Segar"));
    CHECK(ramadan.results.posts == 3);
    CHECK(ramadan.results.engagement() == 6'300);
    CHECK(ramadan.results.postsWithoutFollowers == 1);
    CHECK(*ramadan.results.rateByFollowers() == Approx(100.0 * 5'500 / 90'000));

    // An old campaign without posts: no rate, not 0%.
    CHECK(kit.collaborations[2].results.posts == 0);
    CHECK_FALSE(kit.collaborations[2].results.rateByFollowers().has_value());
    CHECK_FALSE(kit.collaborations[2].end.isValid());

    // The same figures as the creator's line of the campaign's KPIs.
    QSqlDatabase db = f.ws->db();
    for (const MediaKitCollaboration &c : kit.collaborations.mid(0, 2)) {
        auto kpis = campaignKpis(db, c.campaign, asOf);
        REQUIRE(kpis.ok());
        REQUIRE(kpis->creators.size() == 1);
        const PostTotals &line = kpis->creators.first().totals;
        CHECK(c.results.posts == line.posts);
        CHECK(c.results.engagement() == line.engagement());
        CHECK(c.results.views == line.views);
        CHECK(c.results.engagementWithFollowers == line.engagementWithFollowers);
        CHECK(c.results.followersAtPosting == line.followersAtPosting);
        CHECK(c.results.postsWithoutFollowers == line.postsWithoutFollowers);
    }
}

TEST_CASE("media kit: audience and rate card")
{
    Fixture f;
    const MediaKit kit = f.kit(1);
    const auto buckets = [](const QList<AudienceShare> &shares) {
        QStringList b;
        for (const AudienceShare &s : shares)
            b << QStringLiteral("%1 %2").arg(s.bucket).arg(s.shareBp);
        return b;
    };
    CHECK(buckets(kit.ages) ==
          QStringList{QStringLiteral("13-17 500"), QStringLiteral("18-24 3500"), QStringLiteral("25-34 4000")});
    CHECK(buckets(kit.genders) == QStringList{QStringLiteral("female 6800"), QStringLiteral("male 3000")});
    CHECK(buckets(kit.countries) ==
          QStringList{QStringLiteral("ID 8500"), QStringLiteral("MY 800"), QStringLiteral("SG 300")});
    CHECK(kit.audienceAsOf == QDate(2026, 10, 1));
    REQUIRE(kit.rates.size() == 2);
    CHECK(kit.rates[0] == RateCardEntry{Platform::Instagram, DeliverableFormat::Reel, test::idr(5'000'000),
                                        QStringLiteral("1 revision")});
    CHECK(kit.rates[1].amount == test::idr(7'500'000));
}

TEST_CASE("media kit: tiers follow the workspace's thresholds")
{
    Fixture f;
    REQUIRE(settings::setTierThresholds(*f.ws, TierThresholds{20'000, 200'000, 2'000'000}).ok());
    const MediaKit kit = f.kit(1);
    CHECK(kit.accounts[0].tier == Tier::Micro); // TikTok 150,000 is under 200,000
    CHECK(kit.accounts[1].tier == Tier::Micro);
    CHECK(kit.tier() == Tier::Micro);
}

TEST_CASE("media kit: a creator without data has absent figures, not zeros")
{
    Fixture f;
    const MediaKit nina = f.kit(3);
    CHECK(nina.name == QStringLiteral("Nina Putri"));
    CHECK(nina.accounts.isEmpty());
    CHECK_FALSE(nina.totalFollowers().has_value());
    CHECK_FALSE(nina.tier().has_value());
    CHECK_FALSE(nina.growthPercent().has_value());
    CHECK(nina.engagement.posts == 0);
    CHECK_FALSE(nina.engagement.byFollowers.percent().has_value());
    CHECK(nina.collaborations.isEmpty());
    CHECK(nina.ages.isEmpty());
    CHECK(nina.countries.isEmpty());
    CHECK_FALSE(nina.audienceAsOf.isValid());
    CHECK(nina.rates.isEmpty());
    CHECK(nina.tags.isEmpty());

    // Budi: an account that was never counted.
    const MediaKit budi = f.kit(2);
    REQUIRE(budi.accounts.size() == 1);
    CHECK(budi.accounts[0].handle == QStringLiteral("budi"));
    CHECK_FALSE(budi.accounts[0].followers.has_value());
    CHECK_FALSE(budi.accounts[0].tier.has_value());
    CHECK_FALSE(budi.accounts[0].growthPercent().has_value());
    CHECK(budi.accounts[0].series.isEmpty());
    CHECK_FALSE(budi.tier().has_value());
    CHECK_FALSE(budi.totalFollowers().has_value());

    // Sari before anything was counted: the accounts are there, the numbers are not.
    const MediaKit early = f.kit(1, QDate(2026, 1, 1));
    CHECK_FALSE(early.totalFollowers().has_value());
    CHECK(early.engagement.posts == 0);
    CHECK(early.collaborations.isEmpty()); // no campaign had started

    QSqlDatabase db = f.ws->db();
    CHECK_FALSE(mediaKit(db, 99, asOf).ok());
}
