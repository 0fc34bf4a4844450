#include "TestSupport.h"

#include "analytics/RateEstimate.h"
#include "common/Clock.h"
#include "common/Vetting.h"
#include "records/RecordImage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorProfile.h"
#include "services/ParticipantService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace cd;
using cd::test::idr;
using cd::test::TempDir;

namespace {
struct Fixture
{
    test::PinnedClock clock;
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("profile.collabdesk")));
    CreatorProfileService profiles{*ws};

    qint64 count(const QString &table)
    {
        QSqlDatabase db = ws->db();
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(n.ok());
        return n->toLongLong();
    }

    Result<qint64> save(qint64 id, const CreatorProfile &p)
    {
        return writeInTransaction(*ws, [&](Transaction &tx) { return profiles.save(tx, id, p); });
    }

    static CreatorProfile sari()
    {
        CreatorProfile p;
        p.details.name = QStringLiteral("Sari Wulandari");
        p.details.niche = QStringLiteral("Beauty");
        p.details.tags = {QStringLiteral("hijab"), QStringLiteral("skincare")};
        p.accounts << AccountEdit{0, Platform::Instagram, QStringLiteral("@sari.wulan"), {}, {}, 48'200};
        p.accounts << AccountEdit{0, Platform::TikTok, QStringLiteral("sariwulan"), {}, {}, 120'000};
        p.rates << RateCardEntry{Platform::Instagram, DeliverableFormat::Reel, idr(2'500'000),
                                 QStringLiteral("1 revision")};
        p.rates << RateCardEntry{Platform::TikTok, DeliverableFormat::Video, idr(6'000'000), {}};
        p.audience << AudienceShare{AudienceDimension::Age, QStringLiteral("18-24"), 4'550}
                   << AudienceShare{AudienceDimension::Gender, QStringLiteral("female"), 8'200}
                   << AudienceShare{AudienceDimension::Country, QStringLiteral("id"), 9'100};
        p.audienceAsOf = QDate(2026, 11, 1);
        p.vetting << VettingAnswer{1, QStringLiteral("Women 18-34 in Java"), 5, QDate(2026, 11, 2)}
                  << VettingAnswer{12, QStringLiteral("Rp2.5m per reel, 30% deposit"), 3, QDate(2026, 11, 2)};
        return p;
    }
};
} // namespace

TEST_CASE("a creator profile is saved and read back whole")
{
    Fixture f;
    auto id = f.save(0, Fixture::sari());
    REQUIRE(id.ok());
    auto loaded = f.profiles.load(id.value());
    REQUIRE(loaded.ok());
    const CreatorProfile &p = loaded.value();
    CHECK(p.details.name == QStringLiteral("Sari Wulandari"));
    CHECK(p.details.tags == QStringList{QStringLiteral("hijab"), QStringLiteral("skincare")});
    REQUIRE(p.accounts.size() == 2);
    CHECK(p.accounts[0].handle == QStringLiteral("sari.wulan"));
    CHECK(p.accounts[0].latestFollowers == 48'200);
    CHECK(p.accounts[0].latestDate == QDate(2026, 11, 23));
    CHECK(p.accounts[1].latestFollowers == 120'000);
    CHECK(p.rates == Fixture::sari().rates);
    REQUIRE(p.audience.size() == 3);
    CHECK(p.audience[2].bucket == QStringLiteral("ID")); // country codes are upper case
    CHECK(p.audience[0].shareBp == 4'550);
    CHECK(p.audienceAsOf == QDate(2026, 11, 1));
    CHECK(p.vetting == Fixture::sari().vetting);
}

TEST_CASE("saving a profile edits accounts, records new counts and drops removed accounts with their history")
{
    Fixture f;
    const qint64 id = f.save(0, Fixture::sari()).value();
    CreatorProfile p = f.profiles.load(id).value();
    p.accounts[0].handle = QStringLiteral("sari.official");
    p.accounts[0].newFollowers = 50'000;
    p.accounts.removeAt(1); // TikTok goes
    p.accounts << AccountEdit{0, Platform::YouTube, QStringLiteral("SariWulanTV"), {}, {}, {}};
    p.rates.removeAt(1);
    p.vetting[0].score = std::nullopt;
    p.vetting[0].answer.clear(); // an emptied answer is not kept
    REQUIRE(f.save(id, p).ok());
    CreatorProfile back = f.profiles.load(id).value();
    REQUIRE(back.accounts.size() == 2);
    CHECK(back.accounts[0].handle == QStringLiteral("sari.official"));
    CHECK(back.accounts[0].latestFollowers == 50'000);
    CHECK(back.accounts[1].platform == Platform::YouTube);
    CHECK_FALSE(back.accounts[1].latestFollowers.has_value());
    CHECK(f.count(QStringLiteral("follower_snapshots")) == 1); // Instagram's, replaced today
    CHECK(back.rates.size() == 1);
    REQUIRE(back.vetting.size() == 1);
    CHECK(back.vetting[0].question == 12);
}

TEST_CASE("a profile with bad parts is refused and nothing is written")
{
    Fixture f;
    CreatorProfile p = Fixture::sari();
    SECTION("two rates for one platform, format and currency")
    {
        p.rates << RateCardEntry{Platform::Instagram, DeliverableFormat::Reel, idr(1), {}};
        auto r = f.save(0, p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("the rate card lists Instagram Reel in IDR twice"));
    }
    SECTION("audience shares over 100 percent")
    {
        p.audience << AudienceShare{AudienceDimension::Gender, QStringLiteral("male"), 1'900};
        auto r = f.save(0, p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == QStringLiteral("the audience shares by gender add up to more than 100%"));
    }
    SECTION("a country that is not a code")
    {
        p.audience << AudienceShare{AudienceDimension::Country, QStringLiteral("Indonesia"), 100};
        CHECK(f.save(0, p).error() == QStringLiteral("write countries as two-letter codes (ID, US, MY): 'Indonesia'"));
    }
    SECTION("a score above five")
    {
        p.vetting[0].score = 6;
        CHECK(f.save(0, p).error() == QStringLiteral("the score of vetting question 1 must be from 0 to 5"));
    }
    SECTION("two accounts on one platform")
    {
        p.accounts << AccountEdit{0, Platform::Instagram, QStringLiteral("other"), {}, {}, {}};
        CHECK(f.save(0, p).error() ==
              QStringLiteral("Instagram is listed twice; a creator has one account per platform"));
    }
    CHECK(f.count(QStringLiteral("creators")) == 0);
    CHECK(f.count(QStringLiteral("rate_cards")) == 0);
}

TEST_CASE("a record image puts a deleted creator back exactly, ids and history included")
{
    Fixture f;
    const qint64 id = f.save(0, Fixture::sari()).value();
    QSqlDatabase db = f.ws->db();
    auto before = RecordImage::capture(db, RecordImage::Kind::Creator, id);
    REQUIRE(before.ok());
    CHECK_FALSE(before->isEmpty());
    CHECK(before->name() == QStringLiteral("Sari Wulandari"));
    CHECK(before->rowCount(QStringLiteral("follower_snapshots")) == 2);
    CHECK(before->rowCount(QStringLiteral("vetting_answers")) == 2);

    REQUIRE(CreatorService(*f.ws).remove(id).ok());
    CHECK(f.count(QStringLiteral("accounts")) == 0);
    auto gone = RecordImage::capture(db, RecordImage::Kind::Creator, id);
    REQUIRE(gone.ok());
    CHECK(gone->isEmpty());

    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return before->restore(tx); }).ok());
    auto after = RecordImage::capture(db, RecordImage::Kind::Creator, id);
    REQUIRE(after.ok());
    CHECK(after.value() == before.value());
    CHECK(f.profiles.load(id)->vetting == Fixture::sari().vetting);

    // And the empty image removes it again.
    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return gone->restore(tx); }).ok());
    CHECK(f.count(QStringLiteral("creators")) == 0);
    CHECK(f.count(QStringLiteral("follower_snapshots")) == 0);
}

TEST_CASE("restoring an image over an edited creator keeps its campaigns and refuses a taken name")
{
    Fixture f;
    const qint64 id = f.save(0, Fixture::sari()).value();
    BrandInput brand;
    brand.name = QStringLiteral("Teh Segar");
    REQUIRE(BrandService(*f.ws).add(brand).ok());
    CampaignInput c;
    c.name = QStringLiteral("Ramadan");
    c.brand = brand.name;
    c.start = QDate(2026, 3, 1);
    c.currency = QStringLiteral("IDR");
    REQUIRE(CampaignService(*f.ws).add(c).ok());
    ParticipantInput pi;
    pi.campaign = c.name;
    pi.creator = QStringLiteral("Sari Wulandari");
    REQUIRE(ParticipantService(*f.ws).add(pi).ok());

    QSqlDatabase db = f.ws->db();
    const RecordImage before = RecordImage::capture(db, RecordImage::Kind::Creator, id).value();
    CreatorProfile p = f.profiles.load(id).value();
    p.details.name = QStringLiteral("Sari W.");
    REQUIRE(f.save(id, p).ok());
    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return before.restore(tx); }).ok());
    CHECK(f.profiles.load(id)->details.name == QStringLiteral("Sari Wulandari"));
    CHECK(f.count(QStringLiteral("participants")) == 1);

    CreatorProfile other;
    other.details.name = QStringLiteral("Sari W.");
    const RecordImage renamed = [&] {
        REQUIRE(f.save(id, p).ok());
        return RecordImage::capture(db, RecordImage::Kind::Creator, id).value();
    }();
    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return before.restore(tx); }).ok());
    REQUIRE(f.save(0, other).ok()); // someone else takes the name meanwhile
    auto clash = writeInTransaction(*f.ws, [&](Transaction &tx) { return renamed.restore(tx); });
    CHECK_FALSE(clash.ok());
    CHECK(f.profiles.load(id)->details.name == QStringLiteral("Sari Wulandari"));
}

TEST_CASE("a brand image restores the brand and its competitors")
{
    Fixture f;
    BrandInput b;
    b.name = QStringLiteral("Teh Segar");
    b.competitors = {QStringLiteral("Teh Botol"), QStringLiteral("Frestea")};
    const qint64 id = BrandService(*f.ws).add(b).value();
    QSqlDatabase db = f.ws->db();
    const RecordImage before = RecordImage::capture(db, RecordImage::Kind::Brand, id).value();
    REQUIRE(BrandService(*f.ws).remove(id).ok());
    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return before.restore(tx); }).ok());
    CHECK(BrandService(*f.ws).load(id)->competitors == b.competitors);
}

TEST_CASE("rate estimates follow the IDR tier table and the USD rules of thumb")
{
    SECTION("IDR by the platform's tier")
    {
        auto nano = estimateRate(Platform::TikTok, 9'999, QStringLiteral("IDR"));
        REQUIRE(nano);
        CHECK(nano->text() == QStringLiteral("Rp500.000 – Rp1.500.000"));
        CHECK(estimateRate(Platform::TikTok, 10'000, QStringLiteral("IDR"))->text() ==
              QStringLiteral("Rp1.500.000 – Rp5.000.000"));
        CHECK(estimateRate(Platform::Blog, 999'999, QStringLiteral("IDR"))->text() ==
              QStringLiteral("Rp5.000.000 – Rp20.000.000"));
        auto mega = estimateRate(Platform::YouTube, 1'000'000, QStringLiteral("IDR"));
        CHECK(mega->text() == QStringLiteral("more than Rp20.000.000"));
        CHECK_FALSE(mega->high.has_value());
        // Thresholds come from Settings.
        CHECK(estimateRate(Platform::TikTok, 9'000, QStringLiteral("IDR"), TierThresholds{5'000, 50'000, 500'000})
                  ->text() == QStringLiteral("Rp1.500.000 – Rp5.000.000"));
    }
    SECTION("USD per 100,000 followers, 0.75x to 1.25x")
    {
        // Instagram 120,000: $1,200 x 0.75 = $900, x 1.25 = $1,500.
        CHECK(estimateRate(Platform::Instagram, 120'000, QStringLiteral("USD"))->text() ==
              QStringLiteral("$900.00 – $1,500.00"));
        // YouTube 50,001: 100,002 cents; x0.75 = 75,001.5 -> 75,002; x1.25 = 125,002.5 -> 125,003.
        auto yt = estimateRate(Platform::YouTube, 50'001, QStringLiteral("USD"));
        CHECK(yt->low.minor() == 75'002);
        CHECK(yt->high->minor() == 125'003);
    }
    SECTION("no estimate")
    {
        CHECK_FALSE(estimateRate(Platform::TikTok, 120'000, QStringLiteral("USD")));
        CHECK_FALSE(estimateRate(Platform::Instagram, 120'000, QStringLiteral("EUR")));
        CHECK_FALSE(estimateRate(Platform::Instagram, std::nullopt, QStringLiteral("IDR")));
    }
}

TEST_CASE("the vetting score adds the given scores out of five each")
{
    CHECK(vettingScore({}).text() == QStringLiteral("not scored yet"));
    CHECK_FALSE(vettingScore({std::nullopt, std::nullopt}).percent());
    const VettingScore s = vettingScore({5, 4, std::nullopt, 0});
    CHECK(s.points == 9);
    CHECK(s.scored == 3);
    CHECK(s.possible == 15);
    CHECK(s.percent() == 60);
    CHECK(s.text() == QStringLiteral("9 of 15 (60%), 3 of 12 questions scored"));
    CHECK(vettingScore({1, 0, 0}).percent() == 7); // 1/15 = 6.67% rounds to 7
    CHECK(vettingQuestion(10).startsWith(QStringLiteral("Have they worked")));
    // A brand asks about its own competitors; an agency, which vets for many brands, about theirs.
    CHECK(vettingQuestion(10).contains(QStringLiteral("with our competitors")));
    CHECK(vettingQuestion(10, true).contains(QStringLiteral("with competing brands")));
    CHECK(vettingQuestion(1, true).contains(QStringLiteral("the brands we work with")));
    CHECK(vettingQuestion(2, true) == vettingQuestion(2));
    CHECK(vettingQuestion(13).isEmpty());
}

TEST_CASE("a deleted creator's attached files come back byte for byte from the image")
{
    Fixture f;
    const qint64 id = f.save(0, Fixture::sari()).value();
    QSqlDatabase db = f.ws->db();
    QByteArray proof(4096, '\0');
    for (int i = 0; i < proof.size(); ++i)
        proof[i] = char(i * 7 % 256); // every byte value, zeros included
    REQUIRE(sql::run(db,
                     QStringLiteral("INSERT INTO attachments (creator_id, file_name, mime_type, size_bytes, sha256, "
                                    "content, added_at) VALUES (?, 'media-kit.png', 'image/png', ?, 'x', ?, ?)"),
                     {id, proof.size(), proof, QStringLiteral("2026-11-23T09:00:00Z")})
                .ok());
    const RecordImage before = RecordImage::capture(db, RecordImage::Kind::Creator, id).value();
    CHECK(before.rowCount(QStringLiteral("attachments")) == 1);
    REQUIRE(CreatorService(*f.ws).remove(id).ok());
    CHECK(f.count(QStringLiteral("attachments")) == 0);
    REQUIRE(writeInTransaction(*f.ws, [&](Transaction &tx) { return before.restore(tx); }).ok());
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT content FROM attachments WHERE creator_id = ?"), {id})->toByteArray() ==
        proof);
}
