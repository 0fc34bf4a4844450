#include "TestSupport.h"

#include "common/Clock.h"
#include "interchange/Importer.h"
#include "records/RecordKind.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::TempDir;

namespace {
const auto scalar = test::integerOf;
} // namespace

TEST_CASE("exports, imports into a fresh workspace and exports byte-identical files")
{
    test::PinnedClock clock;
    TempDir dir;
    auto source =
        Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")), Workspace::Access::ReadOnly);
    REQUIRE(source.ok());
    auto fresh = test::createWorkspace(dir.path(QStringLiteral("fresh.collabdesk")));

    for (const char *kind :
         {"brands", "creators", "campaigns", "participants", "deliverables", "contracts", "post_metrics"}) {
        const QString first = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(kind)));
        const QString second = dir.path(QStringLiteral("%1-again.csv").arg(QLatin1String(kind)));
        REQUIRE(exportCsv(*source.value(), QLatin1String(kind), first).ok());
        const ImportReport report = importCsv(*fresh, QLatin1String(kind), first);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.updated == 0);
        CHECK(report.unchanged == 0);
        REQUIRE(exportCsv(*fresh, QLatin1String(kind), second).ok());
        CHECK(test::fileBytes(second) == test::fileBytes(first));
    }
    CHECK(
        test::fileBytes(dir.path(QStringLiteral("post_metrics.csv"))).contains(",41000,,30000,")); // empty stays empty
    // The follower history itself round-trips too (creators.csv added today's counts beside it).
    const QString followers = dir.path(QStringLiteral("followers.csv"));
    REQUIRE(exportCsv(*source.value(), QStringLiteral("followers"), followers).ok());
    const ImportReport report = importCsv(*fresh, QStringLiteral("followers"), followers);
    REQUIRE(report.ok());
    CHECK(report.added == 5);
    // 4 made today by creators.csv + 1 that the fixture itself records as from creators.csv.
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM follower_snapshots WHERE source = 'creators.csv'")) == 5);
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM follower_snapshots")) == 9);

    const QByteArray creators = test::fileBytes(dir.path(QStringLiteral("creators.csv")));
    CHECK(creators.startsWith("name,platform,handle,followers,niche,country,email,phone,manager,tags,notes,status,"
                              "tax_type,npwp,agency_rate\r\n"
                              "Alex Chen,youtube,alexchentech,1250000,tech,SG,,,,,,active,person,,\r\n"));
    CHECK(creators.contains(",'+62 812 555 0101,")); // formula guard on text only
    CHECK(creators.contains(",52500,"));

    // Payments keep their ids when a workspace moves; rows written by an import say so in origin.
    const QString payments = dir.path(QStringLiteral("payments.csv"));
    const QString paymentsAgain = dir.path(QStringLiteral("payments-again.csv"));
    REQUIRE(exportCsv(*source.value(), QStringLiteral("payments"), payments).ok());
    const ImportReport paid = importCsv(*fresh, QStringLiteral("payments"), payments);
    INFO(paid.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(paid.ok());
    CHECK(paid.added == 2);
    REQUIRE(exportCsv(*fresh, QStringLiteral("payments"), paymentsAgain).ok());
    QByteArray expected = test::fileBytes(payments);
    CHECK(expected.startsWith(
        "id,campaign,creator,kind,direction,amount,currency,due_date,paid_date,method,reference,"
        "invoice,origin,notes\r\n"
        "1,Ramadan Refresh 2026,Rina Wijaya,deposit,payable,1500000,IDR,2026-02-25,2026-02-24,,TRX-001,,"
        "manual,\r\n"));
    expected.replace(",manual,", ",imported,");
    CHECK(test::fileBytes(paymentsAgain) == expected);
    const ImportReport again = importCsv(*fresh, QStringLiteral("payments"), payments);
    CHECK(again.ok());
    CHECK(again.unchanged == 2);
}

TEST_CASE("exports every kind with its header, even when empty")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk")));
    for (const QString &kind : recordKindNames()) {
        const QString path = dir.path(kind + QStringLiteral(".csv"));
        auto rows = exportCsv(*ws, kind, path);
        REQUIRE(rows.ok());
        CHECK(rows.value() == 0);
        CHECK(test::fileBytes(path).endsWith("\r\n"));
        CHECK(test::fileBytes(path).count('\n') == 1);
    }
    CHECK(test::fileBytes(dir.path(QStringLiteral("followers.csv"))) ==
          QByteArray("creator,platform,date,followers,source\r\n"));
    auto refused = exportCsv(*ws, QStringLiteral("brands"), dir.path(QStringLiteral("missing/folder/brands.csv")));
    CHECK_FALSE(refused.ok());
}

TEST_CASE("imports nothing when any row is bad and names every problem")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    const QString path = test::writeFile(dir, QStringLiteral("creators.csv"),
                                         "Name,Platform,Handle,Followers\r\n"
                                         "Rina Wijaya,instagram,@rina.eats,\"52,500\"\r\n"
                                         "Alex Chen,youtube,alexchentech,1250000\r\n"
                                         "Sari,tiktak,sari,12.345\r\n"
                                         "Budi,instagram,budi,-5\r\n");
    const ImportReport report = importCsv(*ws, QStringLiteral("creators"), path);
    CHECK_FALSE(report.ok());
    CHECK(report.errors ==
          QStringList{
              QStringLiteral("creators.csv:4: platform: unknown platform 'tiktak': use one of tiktok, "
                             "instagram, youtube, facebook, x, blog"),
              QStringLiteral("creators.csv:4: followers: must be a whole number: '12.345' — if the file writes "
                             "numbers the Indonesian way (12.345), import it with Indonesian numbers (the import "
                             "wizard's Numbers choice, or --numbers id), or write 12,345 or 12345"),
              QStringLiteral("creators.csv:5: followers: cannot be negative: '-5'"),
          });
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM creators")) == 0);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM follower_snapshots")) == 0);
}

TEST_CASE("re-importing the same file changes nothing and says so")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    const QString path = test::writeFile(dir, QStringLiteral("creators.csv"),
                                         "name,platform,handle,followers,niche,tags\n"
                                         "Rina Wijaya,instagram,rina.eats,52500,food,halal;Jakarta\n"
                                         "Rina Wijaya,tiktok,RinaEats,,food,\n"
                                         "Alex Chen,youtube,alexchentech,1250000,tech,\n");
    ImportReport first = importCsv(*ws, QStringLiteral("creators"), path);
    REQUIRE(first.ok());
    CHECK(first.added == 3);
    ImportReport second = importCsv(*ws, QStringLiteral("creators"), path);
    REQUIRE(second.ok());
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 3);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM follower_snapshots")) == 2);

    // A changed count and a new handle are updates; empty cells keep what is stored.
    const QString changed = test::writeFile(dir, QStringLiteral("changed.csv"),
                                            "name,platform,handle,followers,niche\n"
                                            "rina  WIJAYA,instagram,rina.eats,53000,\n"
                                            "Alex Chen,youtube,alexchen,,\n");
    ImportReport third = importCsv(*ws, QStringLiteral("creators"), changed);
    INFO(third.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(third.ok());
    CHECK(third.updated == 2);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM follower_snapshots")) == 2); // same day: replaced
    CHECK(
        scalar(*ws, QStringLiteral("SELECT followers FROM follower_snapshots f JOIN accounts a ON a.id = f.account_id "
                                   "WHERE a.handle = 'rina.eats'")) == 53'000);
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT niche FROM creators WHERE name = 'rina WIJAYA'")).value().toString() ==
          QStringLiteral("food"));
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT handle FROM accounts WHERE platform = 'youtube'")).value().toString() ==
        QStringLiteral("alexchen"));
}

TEST_CASE("matches headers loosely, warns about unknown columns and requires the key columns")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    const QString loose = test::writeFile(dir, QStringLiteral("brands.csv"),
                                          "NAME,Contact Email,contactemail_x,Competitors\n"
                                          "Teh Segar,hello@tehsegar.example,?,Kopi Kita;Es Jeruk Co\n");
    ImportReport report = importCsv(*ws, QStringLiteral("brands"), loose);
    REQUIRE(report.ok());
    CHECK(report.added == 1);
    CHECK(report.warnings == QStringList{QStringLiteral("brands.csv:1: unknown column 'contactemail_x' is ignored")});
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT contact_email FROM brands")).value().toString() ==
          QStringLiteral("hello@tehsegar.example"));
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM brand_competitors")) == 2);

    const QString noHandle = test::writeFile(dir, QStringLiteral("creators.csv"), "name,platform\nRina,instagram\n");
    report = importCsv(*ws, QStringLiteral("creators"), noHandle);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first() ==
          QStringLiteral(
              "creators.csv:1: the required column 'handle' is missing; the header needs: name, platform, handle"));

    const QString emptyKey = test::writeFile(dir, QStringLiteral("more.csv"), "name,platform,handle\n,instagram,x\n");
    report = importCsv(*ws, QStringLiteral("creators"), emptyKey);
    CHECK(report.errors == QStringList{QStringLiteral("more.csv:2: name: is required")});

    const QString empty = test::writeFile(dir, QStringLiteral("nothing.csv"), "");
    CHECK(importCsv(*ws, QStringLiteral("brands"), empty).errors.first().contains(QStringLiteral("the file is empty")));
    CHECK(importCsv(*ws, QStringLiteral("invoices"), empty)
              .errors.first()
              .contains(QStringLiteral("cannot import 'invoices'")));
}

TEST_CASE("refuses duplicate keys, conflicting creator values and handles taken by someone else")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    const QString path = test::writeFile(dir, QStringLiteral("creators.csv"),
                                         "name,platform,handle,niche\n"
                                         "Rina,instagram,rina,food\n"
                                         "RINA,Instagram,rina2,food\n"
                                         "Rina,tiktok,rinatok,travel\n"
                                         "Sari,instagram,RINA,beauty\n"
                                         "Budi,instagram,budi\n"
                                         "Budi,x,budi x\n");
    const ImportReport report = importCsv(*ws, QStringLiteral("creators"), path);
    CHECK(report.errors ==
          QStringList{
              QStringLiteral("creators.csv:3: the same record as line 2 (a key may appear once per file)"),
              QStringLiteral("creators.csv:4: niche: 'travel' differs from 'food' on line 2 for the same "
                             "creator; give one value"),
              QStringLiteral("creators.csv:5: handle: the Instagram handle @RINA already belongs to Rina"),
              QStringLiteral("creators.csv:7: handle: the handle 'budi x' contains spaces; a handle is one "
                             "word such as @rina.eats"),
          });
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM creators")) == 0);
}

TEST_CASE("follower history needs the creator's account and replaces a day's snapshot")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    REQUIRE(
        importCsv(*ws, QStringLiteral("creators"),
                  test::writeFile(dir, QStringLiteral("creators.csv"), "name,platform,handle\nRina,instagram,rina\n"))
            .ok());
    const QString bad = test::writeFile(dir, QStringLiteral("followers.csv"),
                                        "creator,platform,date,followers\n"
                                        "Rina,tiktok,2026-01-01,100\n"
                                        "Nobody,instagram,2026-01-01,100\n"
                                        "Rina,instagram,01/02/2026,100\n"
                                        "Rina,instagram,2027-01-01,100\n");
    const ImportReport refused = importCsv(*ws, QStringLiteral("followers"), bad);
    CHECK(refused.errors.size() == 4);
    CHECK(refused.errors.at(0) ==
          QStringLiteral("followers.csv:2: platform: Rina has no TikTok account: add it in creators.csv first"));
    CHECK(refused.errors.at(1) ==
          QStringLiteral("followers.csv:3: creator: unknown creator 'Nobody': import creators.csv first"));
    CHECK(refused.errors.at(2).startsWith(QStringLiteral("followers.csv:4: date: must be a date written YYYY-MM-DD")));
    CHECK(refused.errors.at(3).contains(QStringLiteral("is in the future")));

    const QString good = test::writeFile(dir, QStringLiteral("good.csv"),
                                         "creator,platform,date,followers,source\n"
                                         "Rina,instagram,2026-01-01,100,manual\n"
                                         "Rina,instagram,2026-02-01,\"1,100\",'=screenshot\n");
    ImportReport report = importCsv(*ws, QStringLiteral("followers"), good);
    REQUIRE(report.ok());
    CHECK(report.added == 2);
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT source FROM follower_snapshots WHERE followers = 1100"))
              .value()
              .toString() == QStringLiteral("=screenshot")); // the export guard is removed on import
    const QString fix = test::writeFile(dir, QStringLiteral("fix.csv"),
                                        "creator,platform,date,followers\nRina,instagram,2026-01-01,150\n");
    report = importCsv(*ws, QStringLiteral("followers"), fix);
    REQUIRE(report.ok());
    CHECK(report.updated == 1);
    CHECK(sql::scalar(db, QStringLiteral("SELECT followers || '/' || source FROM follower_snapshots "
                                         "WHERE snapshot_date = '2026-01-01'"))
              .value()
              .toString() == QStringLiteral("150/")); // the whole row replaces the snapshot

    ImportOptions options;
    options.creator = QStringLiteral("Rina");
    options.platform = QStringLiteral("instagram");
    const QString bare = test::writeFile(dir, QStringLiteral("bare.csv"), "date,followers\n2026-03-01,200\n");
    report = importCsv(*ws, QStringLiteral("followers"), bare, options);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 1);
}

TEST_CASE("imports campaigns and participants in the campaign's one currency")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    REQUIRE(importCsv(*ws, QStringLiteral("brands"),
                      test::writeFile(dir, QStringLiteral("brands.csv"), "name\nTeh Segar\n"))
                .ok());
    REQUIRE(importCsv(*ws, QStringLiteral("creators"),
                      test::writeFile(dir, QStringLiteral("creators.csv"),
                                      "name,platform,handle\nRina,instagram,rina\nSari,tiktok,sari\n"))
                .ok());
    const QString campaigns =
        test::writeFile(dir, QStringLiteral("campaigns.csv"),
                        "name,brand,start_date,end_date,currency,budget,platforms,hashtags,disclosure,"
                        "kpi_engagement_rate\n"
                        "Ramadan,Teh Segar,2026-03-01,2026-03-31,idr,\"50,000,000\",Instagram TikTok,"
                        "#TehSegar #Segar,#iklan,4.5%\n"
                        "Bad dates,Teh Segar,2026-03-01,2026-02-01,IDR,,,,,\n"
                        "Cents,Teh Segar,2026-03-01,,IDR,100.50,,,,\n"
                        "Nobody's,Unknown Brand,2026-03-01,,IDR,,,,,\n");
    ImportReport report = importCsv(*ws, QStringLiteral("campaigns"), campaigns);
    CHECK(report.errors ==
          QStringList{
              QStringLiteral("campaigns.csv:3: end_date: the end date 1 Feb 2026 is before the start date 1 Mar 2026"),
              QStringLiteral("campaigns.csv:4: budget: '100.50' has decimals, but IDR amounts are whole "
                             "numbers (write 100)"),
              QStringLiteral("campaigns.csv:5: brand: unknown brand 'Unknown Brand': add the brand first"),
          });
    const QString good = test::writeFile(dir, QStringLiteral("good.csv"),
                                         "name,brand,start_date,end_date,currency,budget,platforms,hashtags,disclosure,"
                                         "kpi_engagement_rate\n"
                                         "Ramadan,Teh Segar,2026-03-01,2026-03-31,idr,\"50,000,000\",Instagram TikTok,"
                                         "#TehSegar #Segar,#iklan,4.5%\n");
    report = importCsv(*ws, QStringLiteral("campaigns"), good);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 1);
    CHECK(scalar(*ws, QStringLiteral("SELECT budget_minor FROM campaigns")) == 50'000'000);
    CHECK(scalar(*ws, QStringLiteral("SELECT kpi_engagement_rate_bp FROM campaigns")) == 450);
    CHECK(scalar(*ws, QStringLiteral("SELECT disclosure_required FROM campaigns")) == 1);
    CHECK(importCsv(*ws, QStringLiteral("campaigns"), good).unchanged == 1);

    const QString participants = test::writeFile(dir, QStringLiteral("participants.csv"),
                                                 "campaign,creator,fee,currency,deposit,commission_rate\n"
                                                 "Ramadan,Rina,5000000,USD,,\n"
                                                 "Ramadan,Sari,5000000,IDR,6000000,\n"
                                                 "Ramadan,Nobody,1,IDR,,\n"
                                                 "Nope,Rina,1,,,\n");
    report = importCsv(*ws, QStringLiteral("participants"), participants);
    REQUIRE(report.errors.size() == 4);
    CHECK(report.errors.at(0) ==
          QStringLiteral("participants.csv:2: currency: 'USD' differs from the campaign's currency IDR; a campaign has "
                         "one currency"));
    CHECK(report.errors.at(1).contains(QStringLiteral("the deposit Rp6.000.000 is more than the fee Rp5.000.000")));
    CHECK(report.errors.at(2).contains(QStringLiteral("unknown creator 'Nobody'")));
    CHECK(report.errors.at(3) == QStringLiteral("participants.csv:5: campaign: unknown campaign 'Nope': import "
                                                "campaigns.csv first"));
    const QString fine = test::writeFile(dir, QStringLiteral("fine.csv"),
                                         "campaign,creator,fee,deposit,commission_rate,status\n"
                                         "ramadan,rina,\"5,000,000\",1500000,10%,confirmed\n");
    report = importCsv(*ws, QStringLiteral("participants"), fine);
    REQUIRE(report.ok());
    CHECK(report.added == 1);
    CHECK(scalar(*ws, QStringLiteral("SELECT commission_rate_bp FROM participants")) == 1000);
    CHECK(importCsv(*ws, QStringLiteral("participants"), fine).unchanged == 1);
}

TEST_CASE("imports deliverables and dated post metrics, one posting date per post")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &w = *ws;
    const QString metrics = test::writeFile(
        dir, QStringLiteral("post_metrics.csv"),
        "campaign,creator,platform,post_url,posted_at,date,views,likes,comments,currency\n"
        // the fixture's post, written another way: same post, a new day
        "Ramadan Refresh 2026,Rina Wijaya,instagram,instagram.com/reel/ABC123?igsh=abc,2026-03-12,2026-03-27,52000,"
        "3600,240,IDR\n"
        "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/1,2026-03-14,2026-03-15,9000,"
        "700,30,\n");
    ImportReport report = importCsv(w, QStringLiteral("post_metrics"), metrics);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 2);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM posts")) == 2);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == 4);
    CHECK(importCsv(w, QStringLiteral("post_metrics"), metrics).unchanged == 2);

    const QString bad = test::writeFile(
        dir, QStringLiteral("bad.csv"),
        "campaign,creator,platform,post_url,posted_at,date,views,currency\n"
        "Ramadan Refresh 2026,Rina Wijaya,instagram,https://instagram.com/reel/ABC123/,2026-03-13,2026-03-28,1,\n"
        "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/2,2026-03-20,2026-03-19,1,\n"
        "Ramadan Refresh 2026,Rina Wijaya,tiktok,not a url,2026-03-20,2026-03-21,1,\n"
        "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/3,2026-03-20,2026-03-21,1,USD\n"
        "Kopi Launch,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/4,2026-05-02,2026-05-03,1,\n");
    report = importCsv(w, QStringLiteral("post_metrics"), bad);
    REQUIRE(report.errors.size() == 5);
    CHECK(report.errors.at(0) ==
          QStringLiteral("bad.csv:2: posted_at: posted 13 Mar 2026, but this post was recorded as "
                         "posted 12 Mar 2026; a post has one posting date"));
    CHECK(report.errors.at(1) ==
          QStringLiteral("bad.csv:3: date: the numbers are dated 19 Mar 2026, before the post went "
                         "up on 20 Mar 2026"));
    CHECK(report.errors.at(2).startsWith(QStringLiteral("bad.csv:4: post_url: 'not a url' is not a post URL")));
    CHECK(report.errors.at(3).contains(QStringLiteral("differs from the campaign's currency IDR")));
    CHECK(report.errors.at(4) == QStringLiteral("bad.csv:6: creator: Rina Wijaya is not in the campaign Kopi Launch: "
                                                "add them in participants.csv first"));
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == 4);

    const QString deliverables =
        test::writeFile(dir, QStringLiteral("deliverables.csv"),
                        "campaign,creator,platform,title,format,due_date,status,post_url,posted_at\n"
                        "Ramadan Refresh 2026,Rina Wijaya,tiktok,Sahur challenge,video,2026-03-18,"
                        "posted,https://www.tiktok.com/@rinaeats/video/1,2026-03-14\n"
                        "Ramadan Refresh 2026,Rina Wijaya,instagram,Story set,story,2026-03-20,planned,,\n"
                        "Ramadan Refresh 2026,Rina Wijaya,instagram,Wrong date,reel,,posted,"
                        "https://www.instagram.com/reel/ABC123/,2026-03-11\n");
    report = importCsv(w, QStringLiteral("deliverables"), deliverables);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().startsWith(
        QStringLiteral("deliverables.csv:4: posted_at: posted 11 Mar 2026, but the metrics of this "
                       "post say it went up on 12 Mar 2026")));
    const QString good =
        test::writeFile(dir, QStringLiteral("good.csv"),
                        "campaign,creator,platform,title,format,due_date,status,revisions_used\n"
                        "Ramadan Refresh 2026,Rina Wijaya,instagram,Story set,story,2026-03-20,planned,0\n"
                        "Ramadan Refresh 2026,Rina Wijaya,instagram,Iftar reel,,,verified,\n");
    report = importCsv(w, QStringLiteral("deliverables"), good);
    REQUIRE(report.ok());
    CHECK(report.added == 1);
    CHECK(report.updated == 1);
    // A new deliverable takes its contract's revision rounds as its limit.
    CHECK(scalar(w, QStringLiteral("SELECT revision_limit FROM deliverables WHERE title = 'Story set'")) == 2);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM deliverables WHERE status = 'verified'")) == 1);
}

TEST_CASE("a count over 10^12 fails its row with the limit and the file writes nothing")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &w = *ws;
    const qint64 snapshots = scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots"));
    const QString header = QStringLiteral("campaign,creator,platform,post_url,posted_at,date,views,likes\n");
    const QString atLimit = QStringLiteral("Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/"
                                           "video/7,2026-03-14,2026-03-15,1000000000000,5\n");
    const QString over = QStringLiteral("Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/"
                                        "video/8,2026-03-14,2026-03-15,1000000000001,5\n");
    ImportReport report =
        importCsv(w, QStringLiteral("post_metrics"),
                  test::writeFile(dir, QStringLiteral("big.csv"), (header + atLimit + over).toUtf8()));
    CHECK(report.errors == QStringList{QStringLiteral("big.csv:3: views: 1000000000001 is more than "
                                                      "1,000,000,000,000; check the column")});
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == snapshots);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM posts WHERE url LIKE '%video/7'")) == 0);

    report = importCsv(w, QStringLiteral("post_metrics"),
                       test::writeFile(dir, QStringLiteral("limit.csv"), (header + atLimit).toUtf8()));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 1);
    CHECK(scalar(w, QStringLiteral("SELECT s.views FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                                   "WHERE p.url LIKE '%video/7'")) == 1'000'000'000'000);

    // Follower counts likewise, whichever file they come in.
    report = importCsv(w, QStringLiteral("followers"),
                       test::writeFile(dir, QStringLiteral("followers.csv"),
                                       "creator,platform,date,followers\n"
                                       "Rina Wijaya,instagram,2026-03-01,\"1,000,000,000,001\"\n"));
    CHECK(report.errors == QStringList{QStringLiteral("followers.csv:2: followers: 1,000,000,000,001 is more than "
                                                      "1,000,000,000,000; check the column")});
    report = importCsv(w, QStringLiteral("creators"),
                       test::writeFile(dir, QStringLiteral("creators.csv"),
                                       "name,platform,handle,followers\nNew Face,instagram,newface,"
                                       "9223372036854775807\n"));
    CHECK(report.errors == QStringList{QStringLiteral("creators.csv:2: followers: 9223372036854775807 is more than "
                                                      "1,000,000,000,000; check the column")});
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM creators WHERE name = 'New Face'")) == 0);
}

TEST_CASE("each row's cells are its own: a short row, an empty cell and a fill-in after a full row")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    ImportOptions options;
    options.campaign = QStringLiteral("Ramadan Refresh 2026"); // for rows that leave the campaign empty
    const QByteArray post = ",Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/61,2026-03-10,";
    const QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,views,likes,caption\n"
                           "Ramadan Refresh 2026" +
                           post +
                           "2026-03-11,100,5,  First day  \n"
                           "Ramadan Refresh 2026" +
                           post + "2026-03-12,200\n"                          // short: no likes, no caption
                           + post.mid(1).prepend(",") + "2026-03-13,300,,\n"; // campaign from the fill-in
    const ImportReport report = importCsv(*ws.value(), QStringLiteral("post_metrics"),
                                          test::writeFile(dir, QStringLiteral("rows.csv"), csv), options);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 3);
    CHECK(report.warnings.contains(QStringLiteral("rows.csv:3: 7 of 9 fields; the missing ones are taken as empty")));
    QSqlDatabase db = ws.value()->db();
    auto rows =
        sql::run(db, QStringLiteral("SELECT s.snapshot_date, s.views, s.likes, s.caption FROM post_metric_snapshots s "
                                    "JOIN posts p ON p.id = s.post_id WHERE p.url LIKE '%/video/61' "
                                    "ORDER BY s.snapshot_date"));
    REQUIRE(rows.ok());
    QStringList got;
    while (rows->next())
        got << QStringLiteral("%1 %2 %3 [%4]")
                   .arg(rows->value(0).toString(), rows->value(1).toString(),
                        rows->isNull(2) ? QStringLiteral("-") : rows->value(2).toString(), rows->value(3).toString());
    CHECK(got == QStringList{QStringLiteral("2026-03-11 100 5 [First day]"), QStringLiteral("2026-03-12 200 - []"),
                             QStringLiteral("2026-03-13 300 - []")});
}
