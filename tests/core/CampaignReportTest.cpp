#include "TestSupport.h"

#include "analytics/CampaignReport.h"
#include "services/CampaignService.h"

using namespace cd;
using cd::test::TempDir;

namespace {
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("report.collabdesk")));
    Fixture() { test::fillRamadanCampaign(*ws); }
    CampaignReport report(const QString &name, const QDate &asOf)
    {
        auto id = CampaignService(*ws).findByName(name);
        REQUIRE(id);
        auto r = campaignReport(*ws, *id, asOf);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
};
} // namespace

TEST_CASE("the report's creators carry their platforms, band, CPE and CPM worked out by hand", "[report]")
{
    Fixture f;
    const CampaignReport r = f.report(QStringLiteral("Ramadan"), QDate(2026, 3, 31));
    CHECK(r.campaign.brand == QStringLiteral("Teh Segar"));
    CHECK(r.hasNumbers());
    CHECK(r.kpis.totals.posts == 3); // Dewi declined; post 5's only snapshot is in May
    REQUIRE(r.creators.size() == 2); // by name: Budi, Sari (Dewi declined)
    const ReportCreator &budi = r.creators[0];
    const ReportCreator &sari = r.creators[1];
    CHECK(budi.kpis.name == QStringLiteral("Budi"));
    CHECK(budi.platforms == QList<Platform>{Platform::Instagram});
    REQUIRE(budi.band); // Instagram's default band, 3%–6%
    CHECK(budi.band->lowBp == 300);
    CHECK(budi.band->highBp == 600);
    CHECK(budi.kpis.cost.minor() == 5000);               // 500 points x Rp10
    CHECK(budi.cpe.plain() == QStringLiteral("20.83"));  // 5,000 / 240 engagements
    CHECK(budi.cpm.plain() == QStringLiteral("833.33")); // 5,000 x 1000 / 6,000 impressions

    CHECK(sari.platforms == (QList<Platform>{Platform::TikTok, Platform::Instagram}));
    CHECK_FALSE(sari.band);                                 // two platforms: no single band to compare with
    CHECK(sari.kpis.totals.engagement() == 4400);           // 1,000 (the later snapshot, whole) + 3,400
    CHECK(sari.kpis.cost.minor() == 5550000);               // 5,000,000 + 250,000 + 10% of 3,000,000
    CHECK(sari.cpe.plain() == QStringLiteral("1261.36"));   // 5,550,000 / 4,400 = 1,261.3636…
    CHECK(sari.cpm.plain() == QStringLiteral("222000.00")); // the TikTok post has no impressions
}

TEST_CASE("the report's top posts are the counted posts by engagement with their rate", "[report]")
{
    Fixture f;
    const CampaignReport r = f.report(QStringLiteral("Ramadan"), QDate(2026, 3, 31));
    REQUIRE(r.topPosts.size() == 3);
    CHECK(r.topPosts[0].url == QStringLiteral("u2"));
    CHECK(r.topPosts[0].engagement == 3400);
    CHECK(r.topPosts[0].platform == Platform::TikTok);
    REQUIRE(r.topPosts[0].ratePercent());
    CHECK(*r.topPosts[0].ratePercent() == Approx(6.8)); // 3,400 / 50,000 followers on 5 March
    CHECK(r.topPosts[1].url == QStringLiteral("u1"));
    CHECK(r.topPosts[1].engagement == 1000); // 900 + 80 + 20: the 20 March snapshot, used whole
    CHECK(r.topPosts[1].views == 20000);
    CHECK(*r.topPosts[1].ratePercent() == Approx(100.0 * 1000 / 11000));
    CHECK(r.topPosts[1].postedAt == QDate(2026, 3, 12));
    CHECK(r.topPosts[2].creator == QStringLiteral("Budi"));
    CHECK(r.topPosts[2].engagement == 240);
    // Budget figures come along for the cover: nothing paid, the participants' commitments.
    CHECK(r.paid == 0);
    CHECK_FALSE(r.budget);
}

TEST_CASE("a report before any numbers says it has none", "[report]")
{
    Fixture f;
    const CampaignReport early = f.report(QStringLiteral("Ramadan"), QDate(2026, 3, 1));
    CHECK_FALSE(early.hasNumbers());
    CHECK(early.topPosts.isEmpty());
    REQUIRE(early.creators.size() == 2);
    CHECK_FALSE(early.creators[0].cpe.hasValue()); // no engagement yet: no ratio, never 0
    const CampaignReport quiet = f.report(QStringLiteral("Quiet"), QDate(2026, 12, 31));
    CHECK_FALSE(quiet.hasNumbers());
    CHECK(quiet.kpis.progress.isEmpty()); // no targets set
    CHECK(quiet.kpis.currency == QStringLiteral("USD"));
}

TEST_CASE("a report of a campaign that is not there is an error", "[report]")
{
    Fixture f;
    auto r = campaignReport(*f.ws, 999, QDate(2026, 3, 31));
    CHECK_FALSE(r.ok());
}
