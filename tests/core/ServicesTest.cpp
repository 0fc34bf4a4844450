#include "TestSupport.h"

#include "common/Clock.h"
#include "common/TypedCount.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::idr;
using cd::test::TempDir;

namespace {
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("services.collabdesk")));
    BrandService brands{*ws};
    CreatorService creators{*ws};
    CampaignService campaigns{*ws};
    ParticipantService participants{*ws};

    Fixture() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)); }
    ~Fixture() { Clock::setFixed({}); }

    QVariant scalar(const QString &statement, const QVariantList &params = {})
    {
        QSqlDatabase db = ws->db();
        auto v = sql::scalar(db, statement, params);
        REQUIRE(v.ok());
        return v.value();
    }

    CampaignInput ramadan()
    {
        CampaignInput c;
        c.name = QStringLiteral("Ramadan Refresh");
        c.brand = QStringLiteral("teh  SEGAR");
        c.start = QDate(2026, 3, 1);
        c.end = QDate(2026, 3, 31);
        c.currency = QStringLiteral("IDR");
        c.budget = idr(50'000'000);
        c.platforms = {Platform::Instagram, Platform::TikTok};
        c.hashtags = {QStringLiteral("#TehSegar"), QStringLiteral("SegarkanRamadan")};
        c.mentions = {QStringLiteral("@tehsegar.id")};
        c.disclosureRequired = true;
        c.kpi.posts = 6;
        c.kpi.engagementRateBp = 400;
        c.kpi.revenue = idr(100'000'000);
        return c;
    }
};
} // namespace

TEST_CASE("adds brands and refuses duplicates, bad emails and self-competition")
{
    Fixture f;
    auto id = f.brands.add({QStringLiteral("  Teh   Segar "),
                            QStringLiteral("beverages"),
                            {QStringLiteral("Kopi Kita"), QStringLiteral("kopi kita"), QStringLiteral("Es Jeruk Co")},
                            QStringLiteral("hello@tehsegar.example"),
                            QString()});
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT name FROM brands WHERE id = ?"), {id.value()}).toString() ==
          QStringLiteral("Teh Segar"));
    CHECK(f.scalar(QStringLiteral("SELECT group_concat(name, ';') FROM brand_competitors WHERE brand_id = ?"),
                   {id.value()})
              .toString() == QStringLiteral("Kopi Kita;Es Jeruk Co"));
    CHECK(f.brands.findByName(QStringLiteral("TEH SEGAR")) == id.value());

    auto dup = f.brands.add({QStringLiteral("teh segar"), {}, {}, {}, {}});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error() ==
          QStringLiteral(
              "a brand named 'Teh Segar' already exists; brand names must be unique (ignoring case and spaces)"));
    CHECK_FALSE(f.brands.add({QStringLiteral("Kopi Kita"), {}, {}, QStringLiteral("not-an-email"), {}}).ok());
    auto self = f.brands.add({QStringLiteral("Kopi Kita"), {}, {QStringLiteral("KOPI KITA")}, {}, {}});
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().contains(QStringLiteral("its own competitor")));
    CHECK_FALSE(f.brands.add({QString(201, QLatin1Char('x')), {}, {}, {}, {}}).ok());
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM brands")).toInt() == 1);
}

TEST_CASE("adds creators with accounts and a first follower snapshot")
{
    Fixture f;
    CreatorInput rina;
    rina.name = QStringLiteral("Rina Wijaya");
    rina.niche = QStringLiteral("food");
    rina.email = QStringLiteral("rina@example.id");
    rina.tags = {QStringLiteral("halal"), QStringLiteral("Halal"), QStringLiteral("Jakarta")};
    rina.accounts = {{Platform::Instagram, QStringLiteral("@Rina.Eats"), 52'500},
                     {Platform::TikTok, QStringLiteral("rinaeats"), {}}};
    auto id = f.creators.add(rina);
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT handle FROM accounts WHERE platform = 'instagram'")).toString() ==
          QStringLiteral("Rina.Eats"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM creator_tags")).toInt() == 2);
    CHECK(f.scalar(QStringLiteral("SELECT snapshot_date || ' ' || followers || ' ' || source FROM follower_snapshots"))
              .toString() == QStringLiteral("2026-11-23 52500 manual"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM follower_snapshots")).toInt() == 1);

    SECTION("refuses a handle another creator has on that platform")
    {
        CreatorInput other;
        other.name = QStringLiteral("Imposter");
        other.accounts = {{Platform::Instagram, QStringLiteral("rina.eats"), {}}};
        auto r = f.creators.add(other);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("the Instagram handle @rina.eats already belongs to Rina Wijaya"));
        other.accounts = {{Platform::YouTube, QStringLiteral("rina.eats"), {}}}; // other platform: fine
        CHECK(f.creators.add(other).ok());
    }
    SECTION("refuses negative followers, two accounts on one platform and duplicate names")
    {
        CreatorInput bad;
        bad.name = QStringLiteral("Alex Chen");
        bad.accounts = {{Platform::YouTube, QStringLiteral("alex"), -5}};
        auto negative = f.creators.add(bad);
        REQUIRE_FALSE(negative.ok());
        CHECK(negative.error().contains(QStringLiteral("followers cannot be negative")));
        bad.accounts = {{Platform::YouTube, QStringLiteral("alex"), {}},
                        {Platform::YouTube, QStringLiteral("alex2"), {}}};
        CHECK(f.creators.add(bad).error().contains(QStringLiteral("listed twice")));
        bad.accounts.clear();
        bad.name = QStringLiteral("RINA   wijaya");
        CHECK(f.creators.add(bad).error().contains(QStringLiteral("already exists")));
        bad.name = QStringLiteral("Alex");
        bad.phone = QStringLiteral("call me maybe");
        CHECK(f.creators.add(bad).error().contains(QStringLiteral("not a phone number")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM creators")).toInt() == 1);
    }
    SECTION("records follower counts per day, replacing the same day")
    {
        const qint64 account =
            f.scalar(QStringLiteral("SELECT id FROM accounts WHERE platform = 'tiktok'")).toLongLong();
        REQUIRE(f.creators.recordFollowers(account, QDate(2026, 11, 1), 100'000, QStringLiteral("manual")).ok());
        REQUIRE(f.creators.recordFollowers(account, QDate(2026, 11, 1), 101'000, QStringLiteral("screenshot")).ok());
        CHECK(f.scalar(QStringLiteral("SELECT followers FROM follower_snapshots WHERE account_id = ?"), {account})
                  .toInt() == 101'000);
        CHECK_FALSE(f.creators.recordFollowers(account, QDate(2026, 11, 1), -1, {}).ok());
        CHECK(
            f.creators.recordFollowers(account, QDate(2026, 12, 1), 5, {}).error().contains(QStringLiteral("future")));
    }
    SECTION("archives instead of deleting a creator with campaign history")
    {
        REQUIRE(f.brands.add({QStringLiteral("Teh Segar"), {}, {}, {}, {}}).ok());
        REQUIRE(f.campaigns.add(f.ramadan()).ok());
        REQUIRE(f.participants
                    .add({QStringLiteral("Ramadan Refresh"),
                          QStringLiteral("rina wijaya"),
                          {},
                          ParticipantStatus::Confirmed,
                          {}})
                    .ok());
        auto removed = f.creators.remove(id.value());
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().contains(QStringLiteral("archive the creator instead")));
        REQUIRE(f.creators.setStatus(id.value(), CreatorStatus::Archived).ok());
        CHECK(f.scalar(QStringLiteral("SELECT status FROM creators")).toString() == QStringLiteral("archived"));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt() == 1);
    }
}

TEST_CASE("adds campaigns with brief and targets, validating dates, brand and currency")
{
    Fixture f;
    REQUIRE(f.brands.add({QStringLiteral("Teh Segar"), {}, {}, {}, {}}).ok());
    CampaignInput c = f.ramadan();
    auto id = f.campaigns.add(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT budget_minor FROM campaigns")).toLongLong() == 50'000'000);
    CHECK(f.scalar(QStringLiteral("SELECT kpi_engagement_rate_bp FROM campaigns")).toInt() == 400);
    CHECK(f.scalar(QStringLiteral("SELECT group_concat(tag, ' ') FROM campaign_tags WHERE kind = 'hashtag'"))
              .toString() == QStringLiteral("TehSegar SegarkanRamadan"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM campaign_platforms")).toInt() == 2);
    CHECK(f.campaigns.currencyOf(id.value()) == QStringLiteral("IDR"));
    // What a form offers to choose from: id, name and brand.
    auto choices = f.campaigns.choices();
    REQUIRE(choices.ok());
    REQUIRE(choices->size() == 1);
    CHECK(choices->first().id == id.value());
    CHECK(choices->first().name == c.name);
    CHECK(choices->first().brand == QStringLiteral("Teh Segar"));

    c.name = QStringLiteral("Second");
    SECTION("end before start")
    {
        c.end = QDate(2026, 2, 1);
        CHECK(f.campaigns.add(c).error() ==
              QStringLiteral("the end date 1 Feb 2026 is before the start date 1 Mar 2026"));
    }
    SECTION("unknown brand")
    {
        c.brand = QStringLiteral("Nobody");
        CHECK(f.campaigns.add(c).error() == QStringLiteral("unknown brand 'Nobody': add the brand first"));
    }
    SECTION("a budget in another currency")
    {
        c.budget = Money(100, QStringLiteral("USD"));
        CHECK(f.campaigns.add(c).error().contains(QStringLiteral("the budget is in USD but the campaign is in IDR")));
    }
    SECTION("unknown currency")
    {
        c.currency = QStringLiteral("RP");
        CHECK_FALSE(f.campaigns.add(c).ok());
    }
    SECTION("negative target")
    {
        c.kpi.views = -1;
        CHECK_FALSE(f.campaigns.add(c).ok());
    }
    SECTION("hashtag with spaces")
    {
        c.hashtags = {QStringLiteral("#Teh Segar")};
        CHECK_FALSE(f.campaigns.add(c).ok());
    }
    SECTION("duplicate name")
    {
        c.name = QStringLiteral("ramadan refresh");
        CHECK(f.campaigns.add(c).error().contains(QStringLiteral("already exists")));
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt() == 1);

    SECTION("the currency cannot change once set")
    {
        CampaignInput changed = f.ramadan();
        changed.currency = QStringLiteral("USD");
        changed.budget.reset();
        changed.kpi.revenue.reset();
        CHECK(f.campaigns.update(id.value(), changed).error().contains(QStringLiteral("cannot be changed")));
        changed = f.ramadan();
        changed.status = CampaignStatus::Active;
        REQUIRE(f.campaigns.update(id.value(), changed).ok());
        CHECK(f.scalar(QStringLiteral("SELECT status FROM campaigns")).toString() == QStringLiteral("active"));
    }
}

TEST_CASE("counts typed in the app over 10^12 are refused with the limit")
{
    Fixture f;
    REQUIRE(f.brands.add({QStringLiteral("Teh Segar"), {}, {}, {}, {}}).ok());
    CreatorInput rina;
    rina.name = QStringLiteral("Rina Wijaya");
    rina.accounts = {{Platform::Instagram, QStringLiteral("rina.eats"), 1'000'000'000'001}};
    CHECK(f.creators.add(rina).error() == QStringLiteral("followers: 1,000,000,000,001 on Instagram is more than "
                                                         "1,000,000,000,000; check the number"));
    rina.accounts = {{Platform::Instagram, QStringLiteral("rina.eats"), MaxTypedCount}};
    REQUIRE(f.creators.add(rina).ok());
    const qint64 account = f.scalar(QStringLiteral("SELECT id FROM accounts")).toLongLong();
    CHECK(f.creators.recordFollowers(account, QDate(2026, 11, 1), 1'000'000'000'001, {}).error() ==
          QStringLiteral("followers: 1,000,000,000,001 is more than 1,000,000,000,000; check the number"));
    CHECK(f.scalar(QStringLiteral("SELECT group_concat(followers) FROM follower_snapshots")).toString() ==
          QStringLiteral("1000000000000"));

    CampaignInput c = f.ramadan();
    c.kpi.views = 10'000'000'000'000;
    CHECK(f.campaigns.add(c).error() == QStringLiteral("the views target (10,000,000,000,000) is more than "
                                                       "1,000,000,000,000; check the number"));
    c.kpi.views = MaxTypedCount;
    REQUIRE(f.campaigns.add(c).ok());

    ParticipantInput p{
        QStringLiteral("Ramadan Refresh"), QStringLiteral("Rina Wijaya"), {}, ParticipantStatus::Confirmed, {}};
    p.compensation.points = 1'000'000'000'001;
    p.compensation.pointValue = idr(10);
    CHECK(f.participants.add(p).error() ==
          QStringLiteral("points: 1,000,000,000,001 is more than 1,000,000,000,000; check the number"));
    p.compensation.points = MaxTypedCount;
    CHECK(f.participants.add(p).ok());
}

TEST_CASE("puts creators into campaigns with compensation, refusing a deposit above the fee")
{
    Fixture f;
    REQUIRE(f.brands.add({QStringLiteral("Teh Segar"), {}, {}, {}, {}}).ok());
    REQUIRE(f.campaigns.add(f.ramadan()).ok());
    CreatorInput rina;
    rina.name = QStringLiteral("Rina Wijaya");
    REQUIRE(f.creators.add(rina).ok());

    ParticipantInput p{
        QStringLiteral("Ramadan Refresh"), QStringLiteral("Rina Wijaya"), {}, ParticipantStatus::Confirmed, {}};
    p.compensation.fee = idr(5'000'000);
    p.compensation.deposit = idr(5'000'001);
    auto over = f.participants.add(p);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error() == QStringLiteral("the deposit Rp5.000.001 is more than the fee Rp5.000.000; a deposit is the "
                                         "part of the fee paid in advance"));

    p.compensation.deposit = idr(5'000'000); // equal is fine
    p.compensation.commissionRateBp = 1000;
    p.compensation.productValue = idr(250'000);
    p.compensation.points = 500;
    p.compensation.pointValue = idr(10);
    auto id = f.participants.add(p);
    REQUIRE(id.ok());
    CHECK(f.scalar(QStringLiteral("SELECT fee_minor || '/' || deposit_minor || '/' || commission_rate_bp || '/' || "
                                  "points FROM participants"))
              .toString() == QStringLiteral("5000000/5000000/1000/500"));

    CHECK(f.participants.add(p).error() == QStringLiteral("Rina Wijaya is already in Ramadan Refresh"));
    ParticipantInput unknown = p;
    unknown.creator = QStringLiteral("Nobody");
    CHECK(f.participants.add(unknown).error().contains(QStringLiteral("unknown creator 'Nobody'")));

    Compensation usd;
    usd.fee = Money(100, QStringLiteral("USD"));
    CHECK(f.participants.update(id.value(), usd, ParticipantStatus::Confirmed, {})
              .error()
              .contains(QStringLiteral("campaign is in IDR")));
    Compensation commission;
    commission.commissionRateBp = 10'001;
    CHECK_FALSE(f.participants.update(id.value(), commission, ParticipantStatus::Confirmed, {}).ok());
    Compensation depositOnly;
    depositOnly.deposit = idr(1);
    CHECK(f.participants.update(id.value(), depositOnly, ParticipantStatus::Confirmed, {})
              .error()
              .contains(QStringLiteral("more than the fee")));
}
