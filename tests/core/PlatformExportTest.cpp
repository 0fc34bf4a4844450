#include "TestSupport.h"

#include "common/Clock.h"
#include "interchange/Importer.h"
#include "interchange/PlatformExport.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::TempDir;

namespace {
// "views/likes/comments/shares/saves/approximate/source" of the snapshot of a post URL on a day.
QString snapshot(Workspace &ws, const QString &urlKey, const QString &date)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db,
                         QStringLiteral("SELECT coalesce(s.views, '-') || '/' || coalesce(s.likes, '-') || '/' || "
                                        "coalesce(s.comments, '-') || '/' || coalesce(s.shares, '-') || '/' || "
                                        "coalesce(s.saves, '-') || '/' || s.approximate || '/' || s.source "
                                        "FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                                        "WHERE p.url_key = ? AND s.snapshot_date = ?"),
                         {urlKey, date});
    REQUIRE(v.ok());
    return v->toString();
}
} // namespace

TEST_CASE("reads the date and count forms of platform exports")
{
    CHECK(PlatformExport::parseDate(QStringLiteral("03/12/2026 19:05")) == QDate(2026, 3, 12));
    CHECK(PlatformExport::parseDate(QStringLiteral("2026-03-14 20:15:00")) == QDate(2026, 3, 14));
    CHECK(PlatformExport::parseDate(QStringLiteral("2026-03-14")) == QDate(2026, 3, 14));
    CHECK(PlatformExport::parseDate(QStringLiteral("Sep 20, 2026")) == QDate(2026, 9, 20));
    CHECK(PlatformExport::parseDate(QStringLiteral("Sep 1 2026")) == QDate(2026, 9, 1));
    CHECK_FALSE(PlatformExport::parseDate(QStringLiteral("Lifetime")).isValid());
    bool approximate = false;
    CHECK(PlatformExport::parseCount(QStringLiteral("12,345"), &approximate) == 12'345);
    CHECK_FALSE(approximate);
    CHECK(PlatformExport::parseCount(QStringLiteral("1.2K"), &approximate) == 1'200);
    CHECK(approximate);
    CHECK(PlatformExport::parseCount(QStringLiteral("3.4M"), &approximate) == 3'400'000);
    CHECK(PlatformExport::parseCount(QStringLiteral("210.4K"), &approximate) == 210'400);
    CHECK(PlatformExport::parseCount(QStringLiteral("lots"), &approximate) == -1);
    // Beyond 64 bits, or abbreviated beyond 10^12: left as written for the count check to refuse
    // (a plain one used to read as 0).
    CHECK(PlatformExport::parseCount(QStringLiteral("99999999999999999999"), &approximate) == -1);
    approximate = false;
    CHECK(PlatformExport::parseCount(QStringLiteral("2000000M"), &approximate) == -1);
    CHECK_FALSE(approximate);
    CHECK(PlatformExport::parseCount(QStringLiteral("1000000M"), &approximate) == 1'000'000'000'000);
}

TEST_CASE("numbers written the Indonesian way read as the interchange form only when asked")
{
    using values::NumberStyle;
    const auto id = [](const char *text) {
        return values::interchangeNumber(QString::fromUtf8(text), NumberStyle::Indonesian);
    };
    CHECK(id("14.300") == QStringLiteral("14300"));
    CHECK(id("1.250.000") == QStringLiteral("1250000"));
    CHECK(id("1.250,50") == QStringLiteral("1250.50"));
    CHECK(id("4,25") == QStringLiteral("4.25"));
    CHECK(id("4,25%") == QStringLiteral("4.25%"));
    CHECK(id("14,3 rb") == QStringLiteral("14.3K"));
    CHECK(id("1,2 jt") == QStringLiteral("1.2M"));
    CHECK(id("-2.500") == QStringLiteral("-2500"));
    CHECK(id("900") == QStringLiteral("900"));
    CHECK(id("12,345,678") == QStringLiteral("12,345,678")); // not Indonesian: left for the reader to refuse
    CHECK(id("1.2.3") == QStringLiteral("1.2.3"));
    CHECK(values::interchangeNumber(QStringLiteral("14.300"), NumberStyle::Interchange) == QStringLiteral("14.300"));
    CHECK(values::count(id("14.300")).value() == 14'300);
    CHECK(values::percent(id("4,25")).value() == 425);
}

TEST_CASE("imports Instagram, TikTok and YouTube exports as post metrics")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    ImportOptions options;
    options.campaign = QStringLiteral("Ramadan Refresh 2026");

    SECTION("Instagram, creator from the account username, Lifetime dated by --date")
    {
        options.date = QDate(2026, 3, 25);
        const ImportReport report = importCsv(ws, QStringLiteral("post_metrics"),
                                              test::fixture(QStringLiteral("instagram-export.csv")), options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.added == 2);
        CHECK(report.warnings ==
              QStringList{QStringLiteral("instagram-export.csv: read as the Instagram export format; "
                                         "ignored: 7 columns CollabDesk does not keep")});
        CHECK(snapshot(ws, QStringLiteral("instagram.com/reel/ABC123"), QStringLiteral("2026-03-25")) ==
              QStringLiteral("58200/3900/260/88/1200/1/Instagram export (approximate counts)"));
        CHECK(snapshot(ws, QStringLiteral("instagram.com/p/XYZ789"), QStringLiteral("2026-03-25")) ==
              QStringLiteral("9100/640/31/12/40/0/Instagram export"));
        // The same file again: nothing changes.
        CHECK(importCsv(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("instagram-export.csv")),
                        options)
                  .unchanged == 2);
    }
    SECTION("Instagram in Indonesian, dated the import day without --date")
    {
        const ImportReport report = importCsv(ws, QStringLiteral("post_metrics"),
                                              test::fixture(QStringLiteral("instagram-export-id.csv")), options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(snapshot(ws, QStringLiteral("instagram.com/reel/ABC123"), QStringLiteral("2026-11-23")) ==
              QStringLiteral("60100/4010/270/90/1300/0/Instagram export"));
    }
    SECTION("Instagram in Indonesian with Indonesian numbers, read with the Indonesian number option")
    {
        const QString file = test::fixture(QStringLiteral("instagram-export-id-numbers.csv"));
        // Without the option "60.100" is not a count: the file is refused, and the message says how.
        const ImportReport refused = importCsv(ws, QStringLiteral("post_metrics"), file, options);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errors.first().startsWith(
            QStringLiteral("instagram-export-id-numbers.csv:2: views: must be a whole number: '60.100' — if the "
                           "file writes numbers the Indonesian way (12.345), import it with Indonesian numbers")));
        CHECK(snapshot(ws, QStringLiteral("instagram.com/reel/ABC123"), QStringLiteral("2026-11-23")).isEmpty());

        options.numbers = values::NumberStyle::Indonesian;
        const ImportReport report = importCsv(ws, QStringLiteral("post_metrics"), file, options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.added == 2);
        CHECK(snapshot(ws, QStringLiteral("instagram.com/reel/ABC123"), QStringLiteral("2026-11-23")) ==
              QStringLiteral("60100/4010/270/90/1300/0/Instagram export"));
        // "1,2 rb" (ribu, thousand) is an abbreviation: 1,200, approximate.
        CHECK(snapshot(ws, QStringLiteral("instagram.com/p/XYZ789"), QStringLiteral("2026-11-23")) ==
              QStringLiteral("14300/1200/31/12/40/1/Instagram export (approximate counts)"));
    }
    SECTION("the wizard's guess of the number style comes from the file")
    {
        CHECK(planColumns(ws, QStringLiteral("post_metrics"),
                          test::fixture(QStringLiteral("instagram-export-id-numbers.csv")))
                  .indonesianNumbers);
        CHECK_FALSE(
            planColumns(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("instagram-export-id.csv")))
                .indonesianNumbers);
        CHECK_FALSE(
            planColumns(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("instagram-export.csv")))
                .indonesianNumbers);
    }
    SECTION("TikTok, creator from the @handle in the video link")
    {
        options.date = QDate(2026, 3, 20);
        const ImportReport report =
            importCsv(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("tiktok-export.csv")), options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.added == 2);
        CHECK(snapshot(ws, QStringLiteral("tiktok.com/@RinaEats/video/7301234567890"), QStringLiteral("2026-03-20")) ==
              QStringLiteral("210400/12500/340/1100/2300/1/TikTok export (approximate counts)"));
        QSqlDatabase db = ws.db();
        CHECK(sql::scalar(db, QStringLiteral("SELECT posted_at FROM posts WHERE url LIKE '%7301234567999'"))
                  .value()
                  .toString() == QStringLiteral("2026-03-16"));
    }
    SECTION("YouTube, skipping the Total row, with --creator")
    {
        options.date = QDate(2026, 3, 27);
        options.creator = QStringLiteral("Alex Chen");
        const ImportReport report =
            importCsv(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("youtube-export.csv")), options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.added == 2);
        CHECK(snapshot(ws, QStringLiteral("youtube.com/watch?v=dQw4w9WgXcQ"), QStringLiteral("2026-03-27")) ==
              QStringLiteral("180000/9000/600/200/-/0/YouTube export"));
    }
    SECTION("YouTube without --creator says how to name the channel's creator")
    {
        const ImportReport report =
            importCsv(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("youtube-export.csv")), options);
        CHECK(report.errors ==
              QStringList{QStringLiteral("youtube-export.csv: the YouTube export does not say which "
                                         "creator its posts belong to: give the creator (--creator NAME)")});
        options.campaign.clear();
        options.creator = QStringLiteral("Alex Chen");
        CHECK(
            importCsv(ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("youtube-export.csv")), options)
                .errors.first()
                .endsWith(QStringLiteral("give the campaign (--campaign NAME)")));
    }
    SECTION("an unknown handle is named")
    {
        TempDir other;
        const QString path = other.path(QStringLiteral("ig.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Account username,Publish time,Permalink,Date,Views\n@someone.else,03/12/2026 10:00,"
                "https://www.instagram.com/reel/Q1/,Lifetime,10\n");
        f.close();
        const ImportReport report = importCsv(ws, QStringLiteral("post_metrics"), path, options);
        CHECK(report.errors == QStringList{QStringLiteral(
                                   "ig.csv:2: creator: no creator has the Instagram handle "
                                   "@someone.else: add it in creators.csv, or give the creator (--creator NAME)")});
    }
}
