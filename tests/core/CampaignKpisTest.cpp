#include "TestSupport.h"

#include "analytics/CampaignKpis.h"
#include "analytics/Series.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "storage/Sql.h"

#include <QJsonArray>

using namespace cd;
using cd::test::exec;
using cd::test::TempDir;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("kpi.collabdesk")));
    Fixture() { test::fillRamadanCampaign(*ws); }
    CampaignKpis kpis(const QString &name, const QDate &asOf)
    {
        QSqlDatabase db = ws->db();
        auto k = campaignKpis(db, name, asOf);
        INFO(k.error().toStdString());
        REQUIRE(k.ok());
        return k.value();
    }
};
} // namespace

TEST_CASE("campaign KPIs as of a date match the hand-computed example")
{
    Fixture f;
    const CampaignKpis k = f.kpis(QStringLiteral("ramadan"), QDate(2026, 4, 30));
    const QJsonObject j = kpisToJson(k);
    CHECK(j[u"campaign"].toString() == QStringLiteral("Ramadan"));
    CHECK(j[u"currency"].toString() == QStringLiteral("IDR"));
    CHECK(j[u"as_of"].toString() == QStringLiteral("2026-04-30"));
    // Posts 1-3: Dewi declined (post 4) and post 5's only snapshot is after the as-of date.
    CHECK(j[u"posts"].toInt() == 3);
    CHECK(j[u"views"].toInteger() == 65'000);
    CHECK(j[u"impressions"].toInteger() == 31'000);
    CHECK(j[u"reach"].toInteger() == 39'000);
    CHECK(j[u"likes"].toInteger() == 4'100);
    CHECK(j[u"comments"].toInteger() == 200);
    CHECK(j[u"shares"].toInteger() == 205);
    CHECK(j[u"saves"].toInteger() == 135);
    CHECK(j[u"engagement"].toInteger() == 4'640);
    CHECK(j[u"link_clicks"].toInteger() == 160);
    CHECK(j[u"revenue"].toString() == QStringLiteral("3000000"));
    // By followers at posting: 4,640 / (11,000 + 50,000 + 8,000).
    CHECK(j[u"engagement_rate_followers"].toDouble() == Approx(100.0 * 4640 / 69000));
    CHECK(j[u"posts_without_followers"].toInt() == 0);
    // By reach: posts 2 and 3 only (post 1's latest snapshot has none): 3,640 / 39,000.
    CHECK(j[u"engagement_rate_reach"].toDouble() == Approx(100.0 * 3640 / 39000));
    CHECK(j[u"posts_without_reach"].toInt() == 1);
    CHECK(j[u"engagement_rate_impressions"].toDouble() == Approx(4.0)); // 1,240 / 31,000
    CHECK(j[u"posts_without_impressions"].toInt() == 1);
    // Growth to the campaign's end (03-31): Sari's Instagram 10,000 -> 12,000, Budi's falling
    // 8,000 -> 7,600; Sari's TikTok has no count before the start, her YouTube is no campaign platform.
    CHECK(j[u"followers_before"].toInteger() == 18'000);
    CHECK(j[u"followers_after"].toInteger() == 19'600);
    CHECK(j[u"follower_growth_pct"].toDouble() == Approx(100.0 * 1600 / 18000));
    CHECK(j[u"growth_left_out"].toInt() == 1);
    // Cost: Sari 5,000,000 + 250,000 + 10% of her 3,000,000 revenue; Budi 500 points x Rp10.
    CHECK(j[u"cost"].toString() == QStringLiteral("5555000"));
    CHECK(j[u"cpm"].toString() == QStringLiteral("179193.55"));                 // 5,555,000 x 1000 / 31,000
    CHECK(j[u"cpe"].toString() == QStringLiteral("1197.20"));                   // / 4,640 = 1,197.1983
    CHECK(j[u"cpv"].toString() == QStringLiteral("85.46"));                     // / 65,000 = 85.4615
    CHECK(j[u"cost_per_new_follower"].toString() == QStringLiteral("3471.88")); // / 1,600 = 3,471.875
    CHECK(j[u"roi_pct"].toDouble() == Approx(100.0 * (3'000'000 - 5'555'000) / 5'555'000));

    const QJsonObject progress = j[u"kpi_progress"].toObject();
    CHECK(progress.size() == 6);
    CHECK(progress[u"posts"].toObject()[u"target"].toInt() == 4);
    CHECK(progress[u"posts"].toObject()[u"achieved"].toInt() == 3);
    CHECK(progress[u"posts"].toObject()[u"pct"].toDouble() == Approx(75.0));
    CHECK(progress[u"engagement_rate"].toObject()[u"target"].toDouble() == Approx(4.0));
    CHECK(progress[u"engagement_rate"].toObject()[u"pct"].toDouble() == Approx(100.0 * (100.0 * 4640 / 69000) / 4.0));
    CHECK(progress[u"new_followers"].toObject()[u"achieved"].toInt() == 1'600);
    CHECK(progress[u"new_followers"].toObject()[u"pct"].toDouble() == Approx(80.0));
    CHECK(progress[u"link_clicks"].toObject()[u"pct"].toDouble() == Approx(100.0 * 160 / 300));
    CHECK(progress[u"revenue"].toObject()[u"target"].toString() == QStringLiteral("10000000"));
    CHECK(progress[u"revenue"].toObject()[u"achieved"].toString() == QStringLiteral("3000000"));
    CHECK(progress[u"revenue"].toObject()[u"pct"].toDouble() == Approx(30.0));

    const QJsonArray creators = j[u"creators"].toArray();
    REQUIRE(creators.size() == 2); // Dewi declined
    const QJsonObject budi = creators[0].toObject();
    CHECK(budi[u"name"].toString() == QStringLiteral("Budi"));
    CHECK(budi[u"posts"].toInt() == 1);
    CHECK(budi[u"engagement"].toInt() == 240);
    CHECK(budi[u"engagement_rate_followers"].toDouble() == Approx(3.0));
    CHECK(budi[u"follower_growth_pct"].toDouble() == Approx(-5.0));
    CHECK(budi[u"cost"].toString() == QStringLiteral("5000"));
    const QJsonObject sari = creators[1].toObject();
    CHECK(sari[u"engagement"].toInt() == 4'400);
    CHECK(sari[u"engagement_rate_followers"].toDouble() == Approx(100.0 * 4400 / 61000));
    CHECK(sari[u"follower_growth_pct"].toDouble() == Approx(20.0));
    CHECK(sari[u"cost"].toString() == QStringLiteral("5550000"));
}

TEST_CASE("cost so far counts only the creators who have posted, beside the committed cost")
{
    Fixture f;
    // As of 03-17 only Sari has counted posts (post 1's 03-13 and post 2's 03-16 snapshots); Budi's
    // first snapshot is on 03-19. Engagement 600 + 3,400 = 4,000; impressions 12,000 (post 2 has
    // none); views 50,000. Sari: 5,000,000 + 250,000 + 10% of 2,000,000 = 5,450,000; Budi 5,000.
    const CampaignKpis k = f.kpis(QStringLiteral("ramadan"), QDate(2026, 3, 17));
    CHECK(k.totals.engagement() == 4'000);
    CHECK(k.cost == Money(5'455'000, QStringLiteral("IDR")));
    CHECK(k.cpe.plain() == QStringLiteral("1363.75")); // committed: 5,455,000 / 4,000
    REQUIRE(k.hasCostSoFar());
    CHECK(k.creatorsPosted == 1);
    CHECK(k.costSoFar == Money(5'450'000, QStringLiteral("IDR")));
    CHECK(k.cpeSoFar.plain() == QStringLiteral("1362.50"));   // 5,450,000 / 4,000
    CHECK(k.cpmSoFar.plain() == QStringLiteral("454166.67")); // 5,450,000 x 1000 / 12,000
    CHECK(k.cpvSoFar.plain() == QStringLiteral("109.00"));    // 5,450,000 / 50,000
    CHECK(explainKpi(k, QStringLiteral("cpe")) ==
          QStringLiteral("CPE = Rp5.455.000 / 4.000 engagements = Rp1.364\nSo far, counting the 1 of 2 creators "
                         "who have posted: CPE = Rp5.450.000 / 4.000 engagements = Rp1.363"));
    // The JSON keeps the committed figures only.
    CHECK(kpisToJson(k)[u"cpe"].toString() == QStringLiteral("1363.75"));
    // Once both have posted, so far is the committed cost and is not shown apart.
    const CampaignKpis later = f.kpis(QStringLiteral("ramadan"), QDate(2026, 4, 30));
    CHECK_FALSE(later.hasCostSoFar());
    CHECK(later.costSoFar == later.cost);
    // Before anyone posts there is nothing so far either.
    const CampaignKpis early = f.kpis(QStringLiteral("ramadan"), QDate(2026, 3, 1));
    CHECK_FALSE(early.hasCostSoFar());
    CHECK_FALSE(early.cpeSoFar.hasValue());
}

TEST_CASE("KPIs as of a day between snapshots use each post's latest snapshot by then")
{
    Fixture f;
    const QJsonObject j = kpisToJson(f.kpis(QStringLiteral("Ramadan"), QDate(2026, 3, 16)));
    CHECK(j[u"posts"].toInt() == 2); // post 3 has no snapshot yet
    CHECK(j[u"engagement"].toInteger() == 600 + 3'400);
    CHECK(j[u"reach"].toInteger() == 8'000 + 35'000);
    CHECK(j[u"revenue"].toString() == QStringLiteral("2000000"));
    // "After" is as of 03-16: Sari's Instagram 11,000, Budi's 8,000.
    CHECK(j[u"followers_after"].toInteger() == 19'000);
    CHECK(j[u"cost"].toString() == QStringLiteral("5455000")); // commission on 2,000,000
}

TEST_CASE("asked before the start follower growth counts no snapshot after the day asked")
{
    Fixture f;
    // Account 4 counted 7,000 on 02-10 and 8,000 on 02-28, the campaign starting 03-01. As of 02-25
    // the 02-28 count is not known yet: before and after are both the 02-10 count, no growth (it
    // read 8,000 before and 7,000 after: -12.5%).
    exec(*f.ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                               "(4, '2026-02-10', 7000)"));
    const CampaignKpis k = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 2, 25));
    CHECK(k.growth.before == k.growth.after);
    CHECK(k.growth.before > 0);
    CHECK(k.growth.percent() == 0.0);
    for (const CreatorKpis &c : k.creators) {
        INFO(c.name.toStdString());
        CHECK(c.growth.before == c.growth.after);
    }
    // From the start on, before is the count on or before the start again: 8,000.
    const CampaignKpis started = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 3, 1));
    CHECK(started.growth.before - k.growth.before == 8'000 - 7'000);
}

TEST_CASE("the running campaigns' KPIs are read together and each is its own")
{
    Fixture f;
    exec(*f.ws, QStringLiteral("UPDATE campaigns SET status = 'active'"));
    // Sari's Instagram post for Quiet, on a day her count was 20,000 (04-10's).
    exec(*f.ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                               "(6, 4, 'instagram', 'u6', 'u6', '2026-04-20')"));
    exec(*f.ws, QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, likes, comments, "
                               "shares, saves) VALUES (6, '2026-04-21', 700, 70, 7, 0, 3)"));
    QSqlDatabase db = f.ws->db();
    const QDate asOf(2026, 4, 30);
    auto running = runningCampaignKpis(db, asOf);
    REQUIRE(running.ok());
    REQUIRE(running->size() == 2); // by start date: Ramadan (03-01), then Quiet (06-01)
    const CampaignKpis &ramadan = running->at(0), &quiet = running->at(1);
    CHECK(ramadan.campaignId == 1);
    CHECK(quiet.campaignId == 2);
    // Ramadan as the hand-computed example above: post 5's only snapshot is after as-of, and its
    // "after" counts are the campaign end's (Sari's kept latest, 04-10's 20,000, is later).
    CHECK(ramadan.totals.posts == 3);
    CHECK(ramadan.totals.engagement() == 4'640);
    CHECK(ramadan.totals.followersAtPosting == 69'000);
    CHECK(ramadan.growth.before == 18'000);
    CHECK(ramadan.growth.after == 19'600);
    CHECK(ramadan.growth.leftOut == 1);
    CHECK(ramadan.cost.minor() == 5'555'000);
    REQUIRE(ramadan.creators.size() == 2);
    CHECK(ramadan.creators.at(0).name == QStringLiteral("Budi"));
    CHECK(ramadan.creators.at(1).totals.engagement() == 4'400);
    CHECK(kpisToJson(ramadan) == kpisToJson(f.kpis(QStringLiteral("Ramadan"), asOf)));
    // Quiet: Sari alone, her one post, every platform (it lists none): her Instagram 20,000, TikTok
    // 55,000 and YouTube 9,000 both on its start and as of 04-30 (the kept latest counts).
    CHECK(quiet.currency == QStringLiteral("USD"));
    CHECK(quiet.totals.posts == 1);
    CHECK(quiet.totals.views == 700);
    CHECK(quiet.totals.engagement() == 80);
    CHECK(quiet.totals.followersAtPosting == 20'000);
    REQUIRE(quiet.creators.size() == 1);
    CHECK(quiet.creators.at(0).name == QStringLiteral("Sari"));
    CHECK(quiet.growth.before == 84'000);
    CHECK(quiet.growth.after == 84'000);
    CHECK(quiet.growth.leftOut == 0);
    CHECK(quiet.cost.minor() == 10'000);
    CHECK(quiet.cpe.plain() == QStringLiteral("1.2500")); // US$100.00 / 80, two more decimals than cents
    CHECK(quiet.progress.isEmpty());
    CHECK(kpisToJson(quiet) == kpisToJson(f.kpis(QStringLiteral("Quiet"), asOf)));

    // A manager's running campaigns: those one of their creators takes part in, each whole. Budi is
    // only in Ramadan; Sari is in both.
    exec(*f.ws, QStringLiteral("INSERT INTO managers (id, name, name_key, created_at, updated_at) VALUES "
                               "(1, 'Maya', 'maya', '2026-01-01', '2026-01-01'), "
                               "(2, 'Rudi', 'rudi', '2026-01-01', '2026-01-01')"));
    exec(*f.ws, QStringLiteral("UPDATE creators SET manager_id = 1 WHERE name = 'Budi'"));
    exec(*f.ws, QStringLiteral("UPDATE creators SET manager_id = 2 WHERE name = 'Sari'"));
    auto maya = runningCampaignKpis(db, asOf, 1);
    REQUIRE(maya.ok());
    REQUIRE(maya->size() == 1);
    CHECK(kpisToJson(maya->at(0)) == kpisToJson(ramadan)); // Sari's part of it included
    auto rudi = runningCampaignKpis(db, asOf, 2);
    REQUIRE(rudi.ok());
    REQUIRE(rudi->size() == 2);
    CHECK(kpisToJson(rudi->at(0)) == kpisToJson(ramadan));
    CHECK(kpisToJson(rudi->at(1)) == kpisToJson(quiet));
    auto nobody = runningCampaignKpis(db, asOf, 3);
    REQUIRE(nobody.ok());
    CHECK(nobody->isEmpty());

    // A campaign no longer running is not read.
    exec(*f.ws, QStringLiteral("UPDATE campaigns SET status = 'completed' WHERE id = 1"));
    running = runningCampaignKpis(db, asOf);
    REQUIRE(running.ok());
    REQUIRE(running->size() == 1);
    CHECK(running->at(0).campaign == QStringLiteral("Quiet"));
}

TEST_CASE("a campaign without posts has no rates or ratios, never zero or infinity")
{
    Fixture f;
    const QJsonObject j = kpisToJson(f.kpis(QStringLiteral("Quiet"), QDate(2026, 11, 23)));
    CHECK(j[u"posts"].toInt() == 0);
    CHECK(j[u"cost"].toString() == QStringLiteral("100.00"));
    for (const char16_t *member : {u"engagement_rate_followers", u"engagement_rate_reach",
                                   u"engagement_rate_impressions", u"cpm", u"cpe", u"cpv", u"cost_per_new_follower"})
        CHECK(j[QStringView(member)].isNull());
    CHECK(j[u"roi_pct"].isNull()); // no post with a revenue figure: no ROI, not -100%
    CHECK(explainKpi(f.kpis(QStringLiteral("Quiet"), QDate(2026, 11, 23)), QStringLiteral("roi_pct")) ==
          QStringLiteral("ROI: no value while no post has a revenue figure"));
    CHECK(j[u"kpi_progress"].toObject().isEmpty()); // no targets set
    // All three of Sari's accounts (no platforms listed: all count) stood still since June: 0%, and
    // with no new followers there is no cost per new follower.
    CHECK(j[u"followers_before"].toInteger() == 20'000 + 55'000 + 9'000);
    CHECK(j[u"follower_growth_pct"].toDouble() == 0.0);
    CHECK(j[u"growth_left_out"].toInt() == 0);
}

TEST_CASE("KPI sums past 2^63 saturate and what is computed from them has no value")
{
    Fixture f;
    // What an older version or a hand edit could leave: 2^62 views and likes on each counted post
    // and 2^62 followers on Sari's and Budi's Instagram. Three posts sum past 2^63.
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 4611686018427387904, "
                               "likes = 4611686018427387904 WHERE post_id IN (1, 2, 3)"));
    exec(*f.ws, QStringLiteral("UPDATE follower_snapshots SET followers = 4611686018427387904 "
                               "WHERE account_id IN (1, 4)"));
    const CampaignKpis k = f.kpis(QStringLiteral("ramadan"), QDate(2026, 4, 30));
    const QJsonObject j = kpisToJson(k);
    CHECK(j[u"posts"].toInt() == 3);
    // The sums that overflow saturate (they used to wrap to negative numbers)...
    CHECK(j[u"views"].toInteger() == SaturatedCount);
    CHECK(j[u"likes"].toInteger() == SaturatedCount);
    CHECK(j[u"engagement"].toInteger() == SaturatedCount);
    CHECK(j[u"followers_before"].toInteger() == SaturatedCount); // 2^62 + 2^62 = 2^63
    CHECK(j[u"followers_after"].toInteger() == SaturatedCount);
    // ...the others stay exact...
    CHECK(j[u"comments"].toInteger() == 200);
    CHECK(j[u"shares"].toInteger() == 205);
    CHECK(j[u"saves"].toInteger() == 135);
    CHECK(j[u"link_clicks"].toInteger() == 160);
    CHECK(j[u"impressions"].toInteger() == 31'000);
    CHECK(j[u"cost"].toString() == QStringLiteral("5555000"));
    CHECK(j[u"cpm"].toString() == QStringLiteral("179193.55"));
    CHECK(j[u"roi_pct"].toDouble() == Approx(100.0 * (3'000'000 - 5'555'000) / 5'555'000));
    // ...and every figure computed from a saturated sum has no value, never a negative or an
    // absurd one.
    for (const char16_t *member :
         {u"engagement_rate_followers", u"engagement_rate_reach", u"engagement_rate_impressions",
          u"follower_growth_pct", u"cpe", u"cpv", u"cost_per_new_follower"}) {
        INFO(QString::fromUtf16(member).toStdString());
        CHECK(j[QStringView(member)].isNull());
    }
    const QJsonObject progress = j[u"kpi_progress"].toObject();
    for (const char16_t *kpi : {u"views", u"engagement_rate", u"new_followers"}) {
        INFO(QString::fromUtf16(kpi).toStdString());
        CHECK(progress[QStringView(kpi)].toObject()[u"achieved"].isNull());
        CHECK(progress[QStringView(kpi)].toObject()[u"pct"].isNull());
    }
    CHECK(progress[u"posts"].toObject()[u"pct"].toDouble() == Approx(75.0));
    CHECK(progress[u"link_clicks"].toObject()[u"achieved"].toInt() == 160);
    // Per creator: Sari's two posts saturate; Budi's one post is exact (2^62 + 20 + 5 + 15) and his
    // followers stood still at 2^62.
    const QJsonArray creators = j[u"creators"].toArray();
    REQUIRE(creators.size() == 2);
    const QJsonObject budi = creators.at(0).toObject(), sari = creators.at(1).toObject();
    CHECK(sari[u"engagement"].toInteger() == SaturatedCount);
    CHECK(budi[u"engagement"].toInteger() == 4'611'686'018'427'387'944);
    CHECK(budi[u"followers_before"].toInteger() == 4'611'686'018'427'387'904);
    CHECK(budi[u"follower_growth_pct"].toDouble() == 0.0);
    for (const QJsonValue &c : creators)
        CHECK(c.toObject()[u"engagement"].toInteger() >= 0);
    // The explanation says why there is no value.
    CHECK(explainKpi(k, QStringLiteral("cpe")) ==
          QStringLiteral("CPE: no value, its numbers add up to more than 9.223.372.036.854.775.807; a number recorded "
                         "for this campaign is too large to be right: check its posts' numbers and follower counts"));
    CHECK(explainKpi(k, QStringLiteral("follower_growth_pct"))
              .startsWith(QStringLiteral("Follower growth: no value, its numbers add up to more than")));
    // The chart agrees with the KPIs day by day and never goes negative.
    QSqlDatabase db = f.ws->db();
    auto series = engagementSeries(db, 1, QDate(2026, 3, 12), QDate(2026, 4, 30));
    REQUIRE(series.ok());
    for (const EngagementPoint &p : series.value()) {
        INFO(isoDate(p.day).toStdString());
        const CampaignKpis asOf = f.kpis(QStringLiteral("Ramadan"), p.day);
        CHECK(p.engagement() >= 0);
        CHECK(p.engagement() == asOf.totals.engagement());
        CHECK(p.views == asOf.totals.views);
        CHECK(p.rateByFollowers() == asOf.totals.rateByFollowers());
    }
    CHECK(series->last().engagement() == SaturatedCount);
    CHECK_FALSE(series->last().rateByFollowers());
}

TEST_CASE("the engagement series is exact again once a huge snapshot is replaced")
{
    Fixture f;
    // 2^62 likes on post 1's first snapshot (replaced on 03-20 by one with 900) and on post 2.
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET likes = 4611686018427387904 "
                               "WHERE (post_id = 1 AND snapshot_date = '2026-03-13') OR post_id = 2"));
    QSqlDatabase db = f.ws->db();
    const QDate from(2026, 3, 13);
    auto series = engagementSeries(db, 1, from, QDate(2026, 3, 20));
    REQUIRE(series.ok());
    const auto on = [&](int day) { return series->at(from.daysTo(QDate(2026, 3, day))); };
    CHECK(on(13).engagement() == 4'611'686'018'427'387'904 + 100); // post 1 alone
    CHECK(on(16).engagement() == SaturatedCount);                  // + post 2: past 2^63
    CHECK_FALSE(on(16).rateByFollowers());
    CHECK(on(19).likes == SaturatedCount);
    // Post 1's 2^62 gives way to 1,000 on 03-20: 1,000 + (2^62 + 400) + 240, exactly.
    CHECK(on(20).engagement() == 4'611'686'018'427'387'904 + 1'640);
    CHECK(on(20).engagement() == f.kpis(QStringLiteral("Ramadan"), QDate(2026, 3, 20)).totals.engagement());
}

TEST_CASE("KPI sums of counts near 10^12 stay exact")
{
    Fixture f;
    // The largest counts an import or a form accepts, on each counted post and follower count.
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 999999999999, likes = 1000000000000 "
                               "WHERE post_id = 1 AND snapshot_date = '2026-03-20'"));
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 1000000000000, likes = 999999999999 "
                               "WHERE post_id = 2"));
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 999999999998, likes = 1000000000000 "
                               "WHERE post_id = 3"));
    exec(*f.ws, QStringLiteral("UPDATE follower_snapshots SET followers = 1000000000000 "
                               "WHERE account_id = 1 AND snapshot_date = '2026-03-31'"));
    exec(*f.ws, QStringLiteral("UPDATE follower_snapshots SET followers = 999999999999 "
                               "WHERE account_id = 4 AND snapshot_date = '2026-03-20'"));
    const CampaignKpis k = f.kpis(QStringLiteral("ramadan"), QDate(2026, 4, 30));
    const QJsonObject j = kpisToJson(k);
    CHECK(j[u"views"].toInteger() == 2'999'999'999'997);
    CHECK(j[u"likes"].toInteger() == 2'999'999'999'999);
    CHECK(j[u"engagement"].toInteger() == 2'999'999'999'999 + 200 + 205 + 135);
    // By followers at posting: 11,000 + 50,000 + 8,000 (the counts before the posts went up).
    CHECK(j[u"engagement_rate_followers"].toDouble() == Approx(100.0 * 3'000'000'000'539.0 / 69'000));
    // After: Sari's Instagram 10^12, Budi's 10^12 - 1; before 10,000 + 8,000.
    CHECK(j[u"followers_after"].toInteger() == 1'999'999'999'999);
    CHECK(j[u"followers_before"].toInteger() == 18'000);
    CHECK(j[u"follower_growth_pct"].toDouble() == Approx(100.0 * 1'999'999'981'999.0 / 18'000));
    CHECK(j[u"cpv"].toString() == QStringLiteral("0.00")); // 5,555,000 / 2,999,999,999,997
    CHECK(k.cpv.scaled() == 0);
    CHECK(j[u"cost_per_new_follower"].toString() == QStringLiteral("0.00"));
    const QJsonObject views = j[u"kpi_progress"].toObject()[u"views"].toObject();
    CHECK(views[u"achieved"].toInteger() == 2'999'999'999'997);
    CHECK(views[u"pct"].toDouble() == Approx(100.0 * 2'999'999'999'997.0 / 100'000));
    const QJsonArray creators = j[u"creators"].toArray();
    REQUIRE(creators.size() == 2);
    CHECK(creators.at(0).toObject()[u"engagement"].toInteger() == 1'000'000'000'040);       // Budi
    CHECK(creators.at(1).toObject()[u"engagement"].toInteger() == 1'999'999'999'999 + 500); // Sari
    CHECK(explainKpi(k, QStringLiteral("engagement_rate_followers"))
              .startsWith(QStringLiteral("Engagement rate by followers = 3.000.000.000.539 engagements / 69.000")));
}

TEST_CASE("money ratios keep two more decimals than the currency and round half away from zero")
{
    CHECK(MoneyRatio::of(1, 1, 8, QStringLiteral("USD")).plain() == QStringLiteral("0.0013")); // 0.00125
    CHECK(MoneyRatio::of(10'000, 1, 3, QStringLiteral("USD")).plain() == QStringLiteral("33.3333"));
    CHECK(MoneyRatio::of(5, 1, 2, QStringLiteral("IDR")).plain() == QStringLiteral("2.50"));
    CHECK(MoneyRatio::of(1, 1, 200, QStringLiteral("IDR")).plain() == QStringLiteral("0.01")); // 0.005
    // On screen, from ten minor units up, in the currency's own digits, rounded once from the exact
    // ratio; below that with the kept decimals.
    CHECK(MoneyRatio::of(12'500'000, 1, 31'250, QStringLiteral("IDR")).display() == QStringLiteral("Rp400"));
    CHECK(MoneyRatio::of(1'385'847, 1, 100, QStringLiteral("IDR")).display() == QStringLiteral("Rp13.858")); // .47
    CHECK(MoneyRatio::of(1'385'851, 1, 100, QStringLiteral("IDR")).display() == QStringLiteral("Rp13.859")); // .51
    CHECK(MoneyRatio::of(2'699, 1, 200, QStringLiteral("IDR")).plain() == QStringLiteral("13.50"));          // 13.495
    CHECK(MoneyRatio::of(2'699, 1, 200, QStringLiteral("IDR")).display() == QStringLiteral("Rp13"));         // not Rp14
    CHECK(MoneyRatio::of(150'000, 1, 1'000, QStringLiteral("USD")).display() == QStringLiteral("$1.50"));
    CHECK(MoneyRatio::of(999, 1, 100, QStringLiteral("IDR")).display() == QStringLiteral("Rp9,99"));
    CHECK(MoneyRatio::of(1, 1, 8, QStringLiteral("USD")).display() == QStringLiteral("$0.0013"));
    CHECK(MoneyRatio::of(125, 1, 100, QStringLiteral("USD")).display() == QStringLiteral("$0.0125"));
    CHECK_FALSE(MoneyRatio::of(1, 1, 0, QStringLiteral("IDR")).hasValue());
    CHECK(MoneyRatio::of(1, 1, 0, QStringLiteral("IDR")).display() == QStringLiteral("—"));
    CHECK_FALSE(MoneyRatio::of(1, 1, -5, QStringLiteral("IDR")).hasValue()); // followers fell
    // A saturated sum (CountMath.h) or a ratio beyond 64 bits has no value either.
    CHECK_FALSE(MoneyRatio::of(5'000'000, 1, SaturatedCount, QStringLiteral("IDR")).hasValue());
    CHECK_FALSE(MoneyRatio::of(SaturatedCount, 1, 100, QStringLiteral("IDR")).hasValue());
    CHECK_FALSE(MoneyRatio::of(SaturatedCount / 2, 1000, 1, QStringLiteral("IDR")).hasValue());
}

TEST_CASE("KPIs of an unknown campaign say how to find the right name")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto k = campaignKpis(db, QStringLiteral("Lebaran"), QDate(2026, 11, 23));
    REQUIRE_FALSE(k.ok());
    CHECK(k.error() ==
          QStringLiteral("there is no campaign named 'Lebaran'; `collabdesk-cli list campaigns` shows them"));
}

TEST_CASE("the engagement series at every day equals the KPIs as of that day")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    const QDate from(2026, 2, 25), to(2026, 5, 5);
    auto series = engagementSeries(db, 1, from, to);
    REQUIRE(series.ok());
    REQUIRE(series->size() == from.daysTo(to) + 1);
    for (const EngagementPoint &p : series.value()) {
        const CampaignKpis k = f.kpis(QStringLiteral("Ramadan"), p.day);
        INFO(isoDate(p.day).toStdString());
        CHECK(p.posts == k.totals.posts);
        CHECK(p.engagement() == k.totals.engagement());
        CHECK(p.views == k.totals.views);
        CHECK(p.rateByFollowers() == k.totals.rateByFollowers());
    }
    // Hand-checked days: nothing before the first snapshot; post 1 replaced on 03-20, not added.
    CHECK(series->first().engagement() == 0);
    CHECK(series->at(from.daysTo(QDate(2026, 3, 19))).engagement() == 600 + 3'400 + 240);
    CHECK(series->at(from.daysTo(QDate(2026, 3, 20))).engagement() == 1'000 + 3'400 + 240);
    CHECK(series->last().posts == 4); // post 5's snapshot of 05-01 counts from that day

    auto budi = engagementSeries(db, 1, QDate(2026, 3, 19), QDate(2026, 3, 19), 2);
    REQUIRE(budi.ok());
    CHECK(budi->first().engagement() == 240);
    CHECK(budi->first().rateByFollowers() == Approx(3.0));
}

TEST_CASE("a creator's follower series steps from snapshot to snapshot, per platform")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto series = followerSeries(db, 1, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(series.ok());
    REQUIRE(series->size() == 3); // instagram, tiktok, youtube (in word order)
    const FollowerSeries &instagram = series->at(0);
    CHECK(instagram.platform == Platform::Instagram);
    REQUIRE(instagram.points.size() == 31);
    CHECK(instagram.points.first().second == 10'000); // from the snapshot of 02-20
    CHECK(instagram.points.at(8).second == 10'000);   // 03-09
    CHECK(instagram.points.at(9).second == 11'000);   // 03-10
    CHECK(instagram.points.last().second == 12'000);  // 03-31
    const FollowerSeries &tiktok = series->at(1);
    CHECK(tiktok.points.first().first == QDate(2026, 3, 5)); // nothing before its first count
    CHECK(tiktok.points.size() == 27);
}

TEST_CASE("downsampling keeps the first, last, highest and lowest points")
{
    QList<QPointF> points;
    for (int x = 0; x < 1000; ++x)
        points << QPointF(x, x == 500 ? 1'000'000 : (x == 700 ? -50 : x % 10));
    const QList<QPointF> few = downsample(points, 100);
    CHECK(few.size() <= 100);
    CHECK(few.first() == points.first());
    CHECK(few.last() == points.last());
    CHECK(few.contains(QPointF(500, 1'000'000)));
    CHECK(few.contains(QPointF(700, -50)));
    CHECK(std::is_sorted(few.begin(), few.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    CHECK(downsample(few, 200) == few); // already small enough
}

TEST_CASE("every KPI explains itself with its formula and inputs")
{
    Fixture f;
    const CampaignKpis k = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 4, 30));
    CHECK(explainKpi(k, QStringLiteral("cpe")) == QStringLiteral("CPE = Rp5.555.000 / 4.640 engagements = Rp1.197"));
    CHECK(explainKpi(k, QStringLiteral("cpm")) ==
          QStringLiteral("CPM = Rp5.555.000 / 31.000 impressions × 1.000 = Rp179.194"));
    CHECK(explainKpi(k, QStringLiteral("cost_per_new_follower")) ==
          QStringLiteral("Cost per new follower = Rp5.555.000 / 1.600 new followers (19.600 after − 18.000 before) = "
                         "Rp3.472"));
    CHECK(explainKpi(k, QStringLiteral("roi_pct")) ==
          QStringLiteral("ROI = (Rp3.000.000 revenue − Rp5.555.000 cost) / Rp5.555.000 × 100 = −45,99%"));
    CHECK(explainKpi(k, QStringLiteral("engagement_rate_reach")) ==
          QStringLiteral("Engagement rate by reach = 3.640 engagements / 39.000 reach × 100 = 9,33%; 1 post left "
                         "out: their latest snapshot has no reach"));
    CHECK(explainKpi(k, QStringLiteral("follower_growth_pct")) ==
          QStringLiteral("Follower growth = (19.600 after − 18.000 before) / 18.000 × 100 = 8,89%; 1 creator "
                         "account left out: no count before the start or by the end"));
    CHECK(explainKpi(k, QStringLiteral("cost")) ==
          QStringLiteral("Cost = Rp5.555.000: Budi Rp5.000 (500 points × Rp10); Sari Rp5.550.000 (fee Rp5.000.000 + "
                         "product Rp250.000 + 10,00% of Rp3.000.000 revenue = Rp300.000)"));
    const CampaignKpis quiet = f.kpis(QStringLiteral("Quiet"), QDate(2026, 11, 23));
    CHECK(explainKpi(quiet, QStringLiteral("cpe")) ==
          QStringLiteral("CPE: no value while there are no engagements (a zero denominator has no ratio)"));
    CHECK(explainKpi(quiet, QStringLiteral("cost_per_new_follower")) ==
          QStringLiteral("Cost per new follower: no value, followers did not grow (84,000 before, 84,000 after)"));
    CHECK(explainKpi(quiet, QStringLiteral("views")).isEmpty());
}

TEST_CASE("a figure without a value says why in a few words and one with a value says nothing")
{
    Fixture f;
    const CampaignKpis ramadan = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 4, 30));
    for (const char *figure : {"cpm", "cpe", "cpv", "roi_pct", "follower_growth_pct"}) {
        INFO(figure);
        CHECK(whyNoKpiValue(ramadan, QLatin1String(figure)).isEmpty());
    }
    // No posts: no denominators and no revenue; its followers stood still, which is 0%, a value.
    const CampaignKpis quiet = f.kpis(QStringLiteral("Quiet"), QDate(2026, 11, 23));
    CHECK(whyNoKpiValue(quiet, QStringLiteral("cpm")) == QStringLiteral("no impressions yet"));
    CHECK(whyNoKpiValue(quiet, QStringLiteral("cpe")) == QStringLiteral("no engagement yet"));
    CHECK(whyNoKpiValue(quiet, QStringLiteral("cpv")) == QStringLiteral("no views yet"));
    CHECK(whyNoKpiValue(quiet, QStringLiteral("roi_pct")) == QStringLiteral("no revenue yet"));
    CHECK(whyNoKpiValue(quiet, QStringLiteral("follower_growth_pct")).isEmpty());
    CHECK(whyNoKpiValue(quiet, QStringLiteral("posts")).isEmpty());
    // Revenue but nothing paid or given to anyone: no cost to divide by.
    exec(*f.ws, QStringLiteral(
                    "UPDATE participants SET fee_minor = 0, product_value_minor = 0, points = 0, "
                    "commission_rate_bp = 0 WHERE campaign_id = (SELECT id FROM campaigns WHERE name = 'Ramadan')"));
    const CampaignKpis unpaid = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 4, 30));
    CHECK(unpaid.cost.minor() == 0);
    CHECK(whyNoKpiValue(unpaid, QStringLiteral("roi_pct")) == QStringLiteral("no cost yet"));
    // Sums past 2^63: the figures made from them are too large to be right; the CPM's are not.
    exec(*f.ws, QStringLiteral("UPDATE post_metric_snapshots SET views = 4611686018427387904, "
                               "likes = 4611686018427387904 WHERE post_id IN (1, 2, 3)"));
    exec(*f.ws, QStringLiteral("UPDATE follower_snapshots SET followers = 4611686018427387904 "
                               "WHERE account_id IN (1, 4)"));
    const CampaignKpis huge = f.kpis(QStringLiteral("Ramadan"), QDate(2026, 4, 30));
    CHECK(whyNoKpiValue(huge, QStringLiteral("cpe")) == QStringLiteral("too large to be right"));
    CHECK(whyNoKpiValue(huge, QStringLiteral("cpv")) == QStringLiteral("too large to be right"));
    CHECK(whyNoKpiValue(huge, QStringLiteral("follower_growth_pct")) == QStringLiteral("too large to be right"));
    CHECK(whyNoKpiValue(huge, QStringLiteral("cpm")).isEmpty());
}

TEST_CASE("each post's engagement rate by followers at posting time, for the baseline chart")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto sari = postRates(db, 1, QDate(2026, 1, 1), QDate(2026, 4, 30));
    REQUIRE(sari.ok());
    // Post 1 (Instagram, 1,000 / 11,000) and post 2 (TikTok, 3,400 / 50,000); post 5 has no
    // snapshot by 04-30. Budi's and Dewi's posts are theirs, not Sari's.
    REQUIRE(sari->size() == 2);
    CHECK(sari->at(0).platform == Platform::Instagram);
    CHECK(sari->at(0).posted == QDate(2026, 3, 12));
    CHECK(sari->at(0).percent == Approx(100.0 * 1000 / 11000));
    CHECK(sari->at(1).percent == Approx(6.8));
    // Dewi's only post came with a declined participation.
    CHECK(postRates(db, 3, QDate(2026, 1, 1), QDate(2026, 4, 30))->isEmpty());
}

TEST_CASE("a campaign's follower lines per creator and its budget figures")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto lines = campaignFollowerSeries(db, 1, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(lines.ok());
    // Budi's Instagram from 03-01; Sari's Instagram + TikTok only from 03-05, when both have a count
    // (her YouTube is no campaign platform). Dewi declined.
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).creator == QStringLiteral("Budi"));
    CHECK(lines->at(1).creator == QStringLiteral("Sari"));
    CHECK(lines->at(0).points.first() == std::pair{QDate(2026, 3, 1), qint64(8'000)});
    CHECK(lines->at(0).points.last() == std::pair{QDate(2026, 3, 31), qint64(7'600)});
    CHECK(lines->at(1).points.first() == std::pair{QDate(2026, 3, 5), qint64(10'000 + 50'000)});
    CHECK(lines->at(1).points.last() == std::pair{QDate(2026, 3, 31), qint64(12'000 + 55'000)});

    // Eka joins with only a YouTube account (no campaign platform), Fajar with no account at all:
    // each has a line without points, in name order, for the chart to name them.
    exec(*f.ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES (4, 'Eka', "
                               "'eka', 'x', 'x'), (5, 'Fajar', 'fajar', 'x', 'x')"));
    exec(*f.ws, QStringLiteral("INSERT INTO accounts (creator_id, platform, handle, handle_key, created_at) VALUES "
                               "(4, 'youtube', 'e', 'e', 'x')"));
    exec(*f.ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                               "((SELECT id FROM accounts WHERE creator_id = 4), '2026-03-10', 5000)"));
    exec(*f.ws, QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, created_at, updated_at) "
                               "VALUES (1, 4, 'confirmed', 'x', 'x'), (1, 5, 'invited', 'x', 'x')"));
    lines = campaignFollowerSeries(db, 1, QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 4);
    CHECK(lines->at(0).creator == QStringLiteral("Budi"));
    CHECK(lines->at(1).creator == QStringLiteral("Eka"));
    CHECK(lines->at(1).points.isEmpty());
    CHECK(lines->at(2).creator == QStringLiteral("Fajar"));
    CHECK(lines->at(2).points.isEmpty());
    CHECK(lines->at(3).points.first() == std::pair{QDate(2026, 3, 5), qint64(10'000 + 50'000)});

    exec(*f.ws,
         QStringLiteral("INSERT INTO payments (participant_id, kind, amount_minor, due_date, paid_date, created_at, "
                        "updated_at) VALUES (1, 'deposit', 1500000, '2026-02-20', '2026-02-20', 'x', 'x'), "
                        "(1, 'fee', 3500000, '2026-04-15', '2026-04-20', 'x', 'x'), (1, 'fee', 1000, "
                        "'2026-05-01', NULL, 'x', 'x'), (3, 'fee', 999, NULL, '2026-02-01', 'x', 'x')"));
    auto budget = campaignBudget(db, 1, QDate(2026, 4, 1));
    REQUIRE(budget.ok());
    CHECK_FALSE(budget->budget.has_value());
    // The campaign's cost as of 04-01: Sari's fee and product (5,250,000), her 10% of the 3,000,000
    // revenue by then (300,000: the paid line counts commission paid, so committed does too) and
    // Budi's points (5,000); Dewi declined.
    CHECK(budget->committed == 5'555'000);
    CHECK(budget->committed == campaignKpis(db, QStringLiteral("Ramadan"), QDate(2026, 4, 1))->cost.minor());
    // Paid by 04-01: the deposit only (the declined participant's payment still was paid).
    CHECK(budget->paid == 1'500'000 + 999);
}
