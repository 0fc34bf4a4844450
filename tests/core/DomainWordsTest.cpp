#include "TestSupport.h"

#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "common/Tier.h"
#include "common/Words.h"

using namespace cd;

TEST_CASE("tiers follow the follower thresholds exactly at the boundaries")
{
    CHECK(tierFor(0) == Tier::Nano);
    CHECK(tierFor(9'999) == Tier::Nano);
    CHECK(tierFor(10'000) == Tier::Micro);
    CHECK(tierFor(99'999) == Tier::Micro);
    CHECK(tierFor(100'000) == Tier::Macro);
    CHECK(tierFor(999'999) == Tier::Macro);
    CHECK(tierFor(1'000'000) == Tier::Mega);
    CHECK(tierWord(Tier::Macro) == QStringLiteral("macro"));

    const TierThresholds custom{5'000, 50'000, 500'000};
    CHECK(tierFor(4'999, custom) == Tier::Nano);
    CHECK(tierFor(5'000, custom) == Tier::Micro);
    CHECK(tierFor(500'000, custom) == Tier::Mega);
    CHECK_FALSE(TierThresholds{50'000, 10'000, 1'000'000}.isValid());
    CHECK_FALSE(TierThresholds{0, 10, 20}.isValid());
}

TEST_CASE("reads words ignoring case and writes them in lower case")
{
    CHECK(wordFrom<Platform>(u"TikTok") == Platform::TikTok);
    CHECK(wordFrom<Platform>(u" YOUTUBE ") == Platform::YouTube);
    CHECK(wordFrom<Platform>(u"twitter") == Platform::X);
    CHECK(wordOf(Platform::X) == QStringLiteral("x"));
    CHECK(wordFrom<DeliverableStatus>(u"Draft_Submitted") == DeliverableStatus::DraftSubmitted);
    CHECK(wordOf(DeliverableFormat::BlogPost) == QStringLiteral("blog_post"));
    CHECK(wordOf(CampaignGoal::FollowerGrowth) == QStringLiteral("follower_growth"));
    CHECK_FALSE(wordFrom<ContractStatus>(u"twitter").has_value());

    auto bad = parseWord<Platform>(u"tiktak");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error() ==
          QStringLiteral("unknown platform 'tiktak': use one of tiktok, instagram, youtube, facebook, x, blog"));
    CHECK(allWords<ParticipantStatus>().join(u' ') ==
          QStringLiteral("invited negotiating confirmed declined cancelled completed"));
}

TEST_CASE("compares names after trimming, collapsing spaces and ignoring case")
{
    CHECK(cleanName(u"  Teh   Segar \t") == QStringLiteral("Teh Segar"));
    CHECK(nameKey(u"  TEH  segar") == nameKey(u"teh Segar"));
    CHECK(nameKey(u"ÉLODIE  Çağla") == nameKey(u"élodie çağla"));
    CHECK(cleanHandle(u" @@Rina.Eats ") == QStringLiteral("Rina.Eats"));
    CHECK(handleKey(u"@Rina.Eats") == handleKey(u"rina.eats"));
    CHECK(checkName(QString(), QStringLiteral("creator name")).error() == QStringLiteral("a creator name is required"));
    CHECK_FALSE(checkName(QString(201, QLatin1Char('a')), QStringLiteral("creator name")).ok());
    CHECK(checkName(QString(200, QLatin1Char('a')), QStringLiteral("creator name")).ok());
    CHECK_FALSE(checkHandle(QStringLiteral("rina eats")).ok());
}

TEST_CASE("reads ISO dates only")
{
    CHECK(parseIsoDate(u"2026-03-01", QStringLiteral("start date")).value() == QDate(2026, 3, 1));
    CHECK_FALSE(parseIsoDate(u"2026-02-30", QStringLiteral("start date")).ok());
    auto us = parseIsoDate(u"03/01/2026", QStringLiteral("start date"));
    REQUIRE_FALSE(us.ok());
    CHECK(us.error().contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(isoDate(QDate()).isEmpty());
}

TEST_CASE("compares post URLs in normalised form")
{
    CHECK(normalizePostUrl(QStringLiteral("https://www.instagram.com/reel/ABC123/?igsh=xyz#top")) ==
          QStringLiteral("instagram.com/reel/ABC123"));
    CHECK(normalizePostUrl(QStringLiteral("http://Instagram.COM/reel/ABC123")) ==
          QStringLiteral("instagram.com/reel/ABC123"));
    CHECK(normalizePostUrl(QStringLiteral("instagram.com/reel/ABC123//")) ==
          QStringLiteral("instagram.com/reel/ABC123"));
    CHECK(normalizePostUrl(QStringLiteral("https://www.youtube.com/watch?t=42&v=dQw4w9WgXcQ")) ==
          QStringLiteral("youtube.com/watch?v=dQw4w9WgXcQ"));
    CHECK(normalizePostUrl(QStringLiteral("https://m.facebook.com/story.php?ref=x&id=2&story_fbid=1")) ==
          QStringLiteral("m.facebook.com/story.php?story_fbid=1&id=2"));
    CHECK(normalizePostUrl(QStringLiteral("https://www.tiktok.com/@RinaEats/video/7301")) ==
          QStringLiteral("tiktok.com/@RinaEats/video/7301")); // the path keeps its case
    CHECK(normalizePostUrl(QStringLiteral("not a url")).isEmpty());
    CHECK(normalizePostUrl(QStringLiteral("")).isEmpty());
}
