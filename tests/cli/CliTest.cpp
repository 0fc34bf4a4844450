#include "CliRun.h"
#include "WorkspaceAddress.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;
using cd::test::WorkspaceAddress;

TEST_CASE("import reports new, updated and unchanged rows, and refuses a bad file with exit 1")
{
    TempDir dir;
    const WorkspaceAddress workspace(dir, QStringLiteral("w.collabdesk"));
    const QString &db = workspace.address();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("brands.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name,category,website\r\nTeh Segar,beverages,x\r\nKopi Kita,beverages,y\r\n");
    f.close();
    Run first = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("brands"), csv});
    CHECK(first.exitCode == 0);
    CHECK(first.out == QStringLiteral("Imported %1: 2 new, 0 updated, 0 unchanged.\n").arg(csv));
    CHECK(first.err == QStringLiteral("warning: brands.csv:1: unknown column 'website' is ignored\n"));
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("brands"), csv});
    CHECK(again.out == QStringLiteral("Imported %1: 0 new, 0 updated, 2 unchanged.\n").arg(csv));

    const QString bad = dir.path(QStringLiteral("creators.csv"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("name,platform,handle,followers\nRina,instagram,rina,1.2K\n");
    b.close();
    Run refused = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("creators"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err ==
          QStringLiteral("creators.csv:2: followers: must be a whole number: '1.2K' — write the full count, "
                         "e.g. 1200\nNothing was imported: fix the rows above and import the file again.\n"));
    CHECK(refused.out.isEmpty());

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("invoices"), bad}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("creators")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("followers"), bad,
               QStringLiteral("--date"), QStringLiteral("yesterday")})
              .exitCode == 2);
    Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("brands"),
                       dir.path(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("cannot read")));
}

TEST_CASE("export writes formats.md's CSV")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString out = dir.path(QStringLiteral("participants.csv"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("participants"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("Exported 2 rows to %1.\n").arg(out));
    CHECK(cd::test::fileBytes(out) ==
          QByteArray("campaign,creator,fee,currency,commission_rate,product_value,points,point_value,deposit,status,"
                     "agency_rate\r\n"
                     "Ramadan Refresh 2026,Alex Chen,12000000,IDR,,,500,10,,declined,\r\n"
                     "Ramadan Refresh 2026,Rina Wijaya,5000000,IDR,10,250000,,,1500000,confirmed,\r\n"));
    Run bad = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("people"), out});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("cannot export 'people'")));
}

TEST_CASE("demo fills an empty workspace and refuses a full one without --replace")
{
    TempDir dir;
    const WorkspaceAddress workspace(dir, QStringLiteral("demo.collabdesk"));
    const QString &db = workspace.address();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("5 brands, 40 creators, 9 campaigns")));
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--replace")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--replace")}).exitCode == 0);
    const Run huge =
        cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("huge")});
    CHECK(huge.exitCode == 2);
    CHECK(huge.err.contains(QStringLiteral("--scale must be small, agency or large, not 'huge'")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
}

// About files: a server database cannot be missing the way a file can.
TEST_CASE("demo on a file that does not exist yet makes the workspace as README says", "[file]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.collabdesk"));
    REQUIRE_FALSE(QFile::exists(db));
    Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.err.isEmpty());
    CHECK(demo.out.contains(QStringLiteral("5 brands, 40 creators, 9 campaigns")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode == 0);
    // Other commands still refuse a missing file rather than leave an empty workspace behind.
    const QString other = dir.path(QStringLiteral("typo.collabdesk"));
    CHECK(cli({QStringLiteral("--db"), other, QStringLiteral("list"), QStringLiteral("creators")}).exitCode != 0);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("import reads a TikTok export with --campaign and --date")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("post_metrics"),
                 cd::test::fixture(QStringLiteral("tiktok-export.csv")), QStringLiteral("--campaign"),
                 QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--date"), QStringLiteral("2026-03-20")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.endsWith(QStringLiteral(": 2 new, 0 updated, 0 unchanged.\n")));
    // The v1 fixture file is updated on its first write, and says so first (on a server it was moved
    // in at this build's schema).
    const QString updated =
        workspace.onServer()
            ? QString()
            : QStringLiteral("warning: The workspace was updated from schema v1 to v11; a copy of the old one is at "
                             "%1.pre-v11.bak.\n")
                  .arg(db);
    CHECK(r.err == updated + QStringLiteral("warning: tiktok-export.csv: read as the TikTok export format; ignored: "
                                            "1 column CollabDesk does not keep\n"));
    Run list = cli(
        {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("post_metrics"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(2).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-20"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("views")).toInteger() == 210'400);
}

TEST_CASE("import --numbers id reads an export in Indonesian with 60.100 views, refused without it")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QStringList import = {QStringLiteral("--db"),
                                db,
                                QStringLiteral("import"),
                                QStringLiteral("post_metrics"),
                                cd::test::fixture(QStringLiteral("instagram-export-id-numbers.csv")),
                                QStringLiteral("--campaign"),
                                QStringLiteral("Ramadan Refresh 2026"),
                                QStringLiteral("--date"),
                                QStringLiteral("2026-03-20")};
    Run refused = cli(import);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("instagram-export-id-numbers.csv:2: views: must be a whole number: "
                                              "'60.100' — if the file writes numbers the Indonesian way")));
    CHECK(cli(import + QStringList{QStringLiteral("--numbers"), QStringLiteral("fr")}).exitCode == 2);
    Run r = cli(import + QStringList{QStringLiteral("--numbers"), QStringLiteral("id")});
    CHECK(r.exitCode == 0);
    // The fixture has the reel's numbers of that day already: updated; the post is new.
    CHECK(r.out.endsWith(QStringLiteral(": 1 new, 1 updated, 0 unchanged.\n")));
    Run list = cli(
        {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("post_metrics"), QStringLiteral("--json")});
    qint64 views = 0;
    for (const QJsonValue row : QJsonDocument::fromJson(list.out.toUtf8()).array())
        if (row.toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-20"))
            views += row.toObject().value(QStringLiteral("views")).toInteger();
    CHECK(views == 60'100 + 14'300);
}

TEST_CASE("kpi prints a campaign's KPIs as of a date, as text or formats.md's JSON")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QStringList base = {QStringLiteral("--db"),
                              db,
                              QStringLiteral("kpi"),
                              QStringLiteral("--campaign"),
                              QStringLiteral("ramadan refresh 2026"),
                              QStringLiteral("--as-of")};
    // As of 03-15 the reel's 03-13 snapshot counts: 1,800 + 120 + 40 + 60 engagements over the
    // 48,000 followers Rina had when it went up; Alex declined and counts nowhere.
    Run json = cli(base + QStringList{QStringLiteral("2026-03-15"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject k = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(k.value(QStringLiteral("campaign")).toString() == QStringLiteral("Ramadan Refresh 2026"));
    CHECK(k.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-15"));
    CHECK(k.value(QStringLiteral("engagement")).toInt() == 2'020);
    CHECK(k.value(QStringLiteral("engagement_rate_followers")).toDouble() == Approx(100.0 * 2020 / 48000));
    // Cost: fee 5,000,000 + product 250,000 + 10% of the 3,000,000 revenue.
    CHECK(k.value(QStringLiteral("cost")).toString() == QStringLiteral("5550000"));
    CHECK(k.value(QStringLiteral("cpe")).toString() == QStringLiteral("2747.52"));
    CHECK(k.value(QStringLiteral("cost_per_new_follower")).isNull()); // followers stood still
    CHECK(k.value(QStringLiteral("creators")).toArray().size() == 1);

    Run text = cli(base + QStringList{QStringLiteral("2026-04-30")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Ramadan Refresh 2026 (IDR), as of 2026-04-30\n")));
    CHECK(text.out.contains(QStringLiteral("\nCost                    Rp5.850.000\n")));
    CHECK(text.out.contains(QStringLiteral("\nCPE                     Rp1.660\n"))); // 5,850,000 / 3,525

    // A creator who has not posted yet: the committed cost and the cost so far side by side.
    {
        auto ws = cd::Workspace::open(db);
        REQUIRE(ws.ok());
        cd::test::exec(*ws.value(), QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, "
                                                   "fee_minor, created_at, updated_at) VALUES (1, 3, 'confirmed', "
                                                   "2000000, '2026-01-01', '2026-01-01')"));
    }
    Run soFar = cli(base + QStringList{QStringLiteral("2026-04-30")});
    CHECK(soFar.out.contains(
        QStringLiteral("\nCost                    Rp7.850.000 (so far Rp5.850.000: 1 of 2 creators have posted)\n")));
    CHECK(soFar.out.contains(QStringLiteral("\nCPE                     Rp2.227 (so far Rp1.660)\n")));

    Run unknown = cli(
        {QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("--campaign"), QStringLiteral("Lebaran")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("there is no campaign named 'Lebaran'")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("kpi")}).exitCode == 2);
    Run badDate = cli(base + QStringList{QStringLiteral("2026-02-30")});
    CHECK(badDate.exitCode == 2);
}

TEST_CASE("import refuses counts over 10^12 and kpi never shows a wrapped sum")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString csv = cd::test::writeFile(
        dir, QStringLiteral("big.csv"),
        "campaign,creator,platform,post_url,posted_at,date,views,likes\n"
        "Ramadan Refresh 2026,Rina Wijaya,instagram,https://www.instagram.com/reel/ABC123/,2026-03-12,2026-03-21,"
        "9223372036854775807,9223372036854775807\n");
    Run refused = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("post_metrics"), csv});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("big.csv:2: views: 9223372036854775807 is more than 1,000,000,000,000; "
                                              "check the column\n")));
    CHECK(refused.err.contains(QStringLiteral("big.csv:2: likes: 9223372036854775807 is more than 1,000,000,000,000; "
                                              "check the column\n")));

    // What an older version let in: the reel's numbers at 2^63 - 1. Its engagement adds past 2^63.
    {
        auto ws = cd::Workspace::open(db);
        REQUIRE(ws.ok());
        cd::test::exec(*ws.value(), QStringLiteral("UPDATE post_metric_snapshots SET views = 9223372036854775807, "
                                                   "likes = 9223372036854775807 WHERE snapshot_date = '2026-03-20'"));
    }
    const QStringList kpi = {QStringLiteral("--db"),
                             db,
                             QStringLiteral("kpi"),
                             QStringLiteral("--campaign"),
                             QStringLiteral("ramadan refresh 2026"),
                             QStringLiteral("--as-of"),
                             QStringLiteral("2026-04-30")};
    Run json = cli(kpi + QStringList{QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject k = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(k.value(QStringLiteral("engagement")).toInteger() == std::numeric_limits<qint64>::max());
    CHECK(k.value(QStringLiteral("views")).toInteger() == std::numeric_limits<qint64>::max());
    CHECK(k.value(QStringLiteral("comments")).toInteger() == 210);
    for (const char *member : {"engagement_rate_followers", "engagement_rate_reach", "cpe", "cpv"})
        CHECK(k.value(QLatin1String(member)).isNull());
    const QJsonObject views =
        k.value(QStringLiteral("kpi_progress")).toObject().value(QStringLiteral("views")).toObject();
    CHECK(views.value(QStringLiteral("achieved")).isNull());
    CHECK(views.value(QStringLiteral("pct")).isNull());
    Run text = cli(kpi);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("\nEngagement              9,223,372,036,854,775,807 (likes "
                                           "9,223,372,036,854,775,807, comments 210, shares 75, saves 140)\n")));
    CHECK_FALSE(text.out.contains(QRegularExpression(QStringLiteral("[ (]-\\d")))); // no negative figure anywhere
}

TEST_CASE("compliance checks each deliverable against the brief, as text or JSON")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QStringList base = {QStringLiteral("--db"), db, QStringLiteral("compliance"), QStringLiteral("--campaign"),
                              QStringLiteral("Ramadan Refresh 2026")};
    Run text = cli(base);
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Ramadan Refresh 2026: 1 of 1 deliverables follow the brief\n\n"
                                             "PASS  Rina Wijaya — Iftar reel (Instagram, posted 2026-03-12)\n"
                                             "      ✓ hashtags: all present: #TehSegar, #SegarkanRamadan\n")));
    Run json = cli(base + QStringList{QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("pass")).toBool());
    CHECK(rows.at(0).toObject().value(QStringLiteral("rules")).toArray().size() == 5);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("compliance")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("compliance"), QStringLiteral("--campaign"),
               QStringLiteral("Nope")})
              .exitCode == 1);
}

TEST_CASE("brief writes the campaign's one-page brief as a PDF, headless")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                   QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = cd::test::fileBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    // One page object (the page tree is "/Type /Pages").
    CHECK(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))) == 1);
    CHECK(bytes.size() > 5'000);
    Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                       QStringLiteral("Lebaran"), QStringLiteral("--pdf"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
               QStringLiteral("Ramadan Refresh 2026")})
              .exitCode == 2);
    // A file that cannot be written is an error, and nothing half-written is left.
    Run unwritable = cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                          QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"),
                          dir.path(QStringLiteral("no/such/folder/brief.pdf"))});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("cannot write")));
}

TEST_CASE("chart draws the app's campaign charts as PNG or SVG without a display")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QStringList base = {QStringLiteral("--db"),
                              db,
                              QStringLiteral("chart"),
                              QStringLiteral("--campaign"),
                              QStringLiteral("Ramadan Refresh 2026"),
                              QStringLiteral("--as-of"),
                              QStringLiteral("2026-04-30"),
                              QStringLiteral("--kind")};
    // What each chart draws, by the colours of its series and how much of each there is: an empty
    // (white) picture of the right size passed the size check alone. Engagement: likes, comments,
    // shares, saves and the rate's line; followers: Rina's line (the first creator colour); targets
    // and budget: their bars, and the targets' 100% line.
    const QList<std::pair<const char *, QList<std::pair<QRgb, int>>>> drawn = {
        {"engagement", {{0x209fdf, 2'000}, {0x99ca53, 2'000}, {0xf6a625, 2'000}, {0x6d5fd5, 2'000}, {0xbf593e, 2'000}}},
        {"followers", {{0x4e79a7, 2'000}}},
        {"kpi", {{0x209fdf, 100'000}, {0x000000, 2'000}}},
        {"budget", {{0x209fdf, 100'000}}},
    };
    for (const auto &[kind, colours] : drawn) {
        const QString png = dir.path(QStringLiteral("%1.png").arg(QLatin1String(kind)));
        Run run = cli(base + QStringList{QLatin1String(kind), QStringLiteral("--png"), png});
        INFO(kind << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QImage image(png);
        CHECK(image.width() == 2400); // 1200 x 700 drawn at twice the size
        CHECK(image.height() == 1400);
        QHash<QRgb, int> pixels;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++pixels[image.pixel(x, y) & 0xffffff];
        for (const auto &[colour, least] : colours) {
            INFO("colour " << QString::number(colour, 16).toStdString());
            CHECK(pixels.value(colour) >= least);
        }
    }
    const QString svg = dir.path(QStringLiteral("kpi.svg"));
    const Run vector = cli(base + QStringList{QStringLiteral("kpi"), QStringLiteral("--svg"), svg});
    REQUIRE(vector.exitCode == 0);
    // Nothing but warnings on stderr (formats.md; from a file, that the v1 fixture is read as
    // updated), and not Qt's words on how it runs headless.
    for (const QString &line : vector.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        CHECK(line.startsWith(QStringLiteral("warning: The workspace uses schema v1")));
    CHECK_FALSE(vector.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
    CHECK_FALSE(vector.err.contains(QStringLiteral("propagateSizeHints")));
    const QByteArray vectors = cd::test::fileBytes(svg);
    CHECK(vectors.contains("<svg"));
    CHECK(vectors.contains("Progress against targets, as of 30 Apr 2026"));
    // Kopi Launch has no targets: said so, nothing written.
    const QString none = dir.path(QStringLiteral("none.png"));
    Run empty = cli({QStringLiteral("--db"), db, QStringLiteral("chart"), QStringLiteral("--campaign"),
                     QStringLiteral("Kopi Launch"), QStringLiteral("--kind"), QStringLiteral("kpi"),
                     QStringLiteral("--png"), none});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("no KPI targets")));
    CHECK_FALSE(QFile::exists(none));
    CHECK(cli(base + QStringList{QStringLiteral("pie"), QStringLiteral("--png"), none}).exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("kpi")}).exitCode == 2); // neither --png nor --svg
}

TEST_CASE("conflicts and rights report exclusivities broken and usage rights ending, as text or JSON")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    // Rina's signed contract with Teh Segar is exclusive for beverages 2026-03-01..06-30; she joins
    // Kopi Kita's campaign (beverages, from 2026-05-01, no end).
    QFile csv(dir.path(QStringLiteral("participants.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("campaign,creator\nKopi Launch,Rina Wijaya\n");
    csv.close();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("participants"), csv.fileName()})
                .exitCode == 0);

    Run text = cli({QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-05-10")});
    CHECK(text.exitCode == 0);
    CHECK(text.out == QStringLiteral("CONFLICT Rina Wijaya is exclusive to Teh Segar for beverages 1 Mar 2026 to "
                                     "30 Jun 2026 (contract 1); Kopi Launch (Kopi Kita) overlaps 1 May 2026 to "
                                     "30 Jun 2026: Kopi Kita's category is beverages.\n"));
    Run json = cli({QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-05-10"), QStringLiteral("--json")});
    const QJsonArray conflicts = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.at(0).toObject().value(QStringLiteral("overlap_end")).toString() == QStringLiteral("2026-06-30"));
    CHECK(conflicts.at(0).toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("category"));
    // After the overlap it drops out of the daily view; exit 0 either way.
    Run later = cli({QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-07-01")});
    CHECK(later.exitCode == 0);
    CHECK(later.out == QStringLiteral("No exclusivity conflicts as of 2026-07-01.\n"));

    // The contract's rights run to 2026-12-31 and the content is in use.
    Run rights =
        cli({QStringLiteral("--db"), db, QStringLiteral("rights"), QStringLiteral("--expiring"), QStringLiteral("30"),
             QStringLiteral("--as-of"), QStringLiteral("2026-12-01"), QStringLiteral("--json")});
    CHECK(rights.exitCode == 0);
    const QJsonArray alerts = QJsonDocument::fromJson(rights.out.toUtf8()).array();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.at(0).toObject().value(QStringLiteral("days_left")).toInt() == 30);
    CHECK(alerts.at(0).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("expiring"));
    Run ended = cli({QStringLiteral("--db"), db, QStringLiteral("rights"), QStringLiteral("--expiring"),
                     QStringLiteral("30"), QStringLiteral("--as-of"), QStringLiteral("2027-01-02")});
    CHECK(ended.out == QStringLiteral("IN USE   Rina Wijaya for Teh Segar (Ramadan Refresh 2026, contract 1): ended "
                                      "2026-12-31, 2 days ago, still in use; instagram, website\n"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("rights")}).exitCode == 2);
    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("rights"), QStringLiteral("--expiring"), QStringLiteral("-1")})
            .exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("conflicts"), QStringLiteral("--as-of"),
               QStringLiteral("2026-13-01")})
              .exitCode == 2);
}

TEST_CASE("contract list shows each contract's status, version and terms, and import contracts versions them")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    Run text = cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("list")});
    CHECK(text.exitCode == 0);
    CHECK(text.out ==
          QStringLiteral("    1  Ramadan Refresh 2026 — Rina Wijaya (Teh Segar)  signed v2, signed 2026-02-20; "
                         "exclusive beverages (not Kopi Kita) from 2026-03-01 to 2026-06-30; usage to "
                         "2026-12-31, in use\n"));
    QFile csv(dir.path(QStringLiteral("contracts.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("campaign,creator,status,language,usage_end\nRamadan Refresh 2026,Alex Chen,sent,en,2027-01-31\n");
    csv.close();
    Run imported =
        cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contracts"), csv.fileName()});
    CHECK(imported.exitCode == 0);
    Run json =
        cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject alex = rows.at(0).toObject();
    CHECK(alex.value(QStringLiteral("creator")).toString() == QStringLiteral("Alex Chen"));
    CHECK(alex.value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
    CHECK(alex.value(QStringLiteral("version")).toInt() == 1);
    CHECK(alex.value(QStringLiteral("signed_date")).isNull());
    CHECK(alex.value(QStringLiteral("usage_end")).toString() == QStringLiteral("2027-01-31"));
    CHECK(alex.value(QStringLiteral("exclusivity_category")).isNull()); // no exclusivity: null, not ""
    CHECK(rows.at(1).toObject().value(QStringLiteral("exclusivity_competitors")).toArray() ==
          QJsonArray{QStringLiteral("Kopi Kita")});
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("sign")}).exitCode == 2);
}

namespace {
// A tool of poppler-utils (installed by the scripts) on a PDF: its output.
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(30'000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("contract export writes the contract as a PDF in English or Bahasa Indonesia, headless")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString en = dir.path(QStringLiteral("contract-en.pdf"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("export"),
                   QStringLiteral("--campaign"), QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--creator"),
                   QStringLiteral("Rina Wijaya"), QStringLiteral("--lang"), QStringLiteral("en"),
                   QStringLiteral("--pdf"), en});
    CHECK(run.exitCode == 0);
    // The company is not set in Settings yet: said, and marked in the text, never left blank.
    CHECK(run.err.contains(QStringLiteral("warning: the contract lacks your company's legal name (Settings)\n")));
    const QString text = poppler(QStringLiteral("pdftotext"), {en, QStringLiteral("-")}).simplified();
    CHECK(text.startsWith(QStringLiteral("Influencer Collaboration Agreement This agreement is made on 15 February "
                                         "2026 between [missing: your company's legal name (Settings)]")));
    CHECK(text.contains(QStringLiteral("7. Exclusivity From 1 March 2026 to 30 June 2026 the Creator will not "
                                       "promote other brands in the category beverages, nor these competitors: Kopi "
                                       "Kita.")));
    CHECK(text.contains(QStringLiteral("Signed by the Creator")));
    // The fixture's deal is a typical one: it fits on the two pages the standard template allows.
    const QString info = poppler(QStringLiteral("pdfinfo"), {en});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() >= 1);
    CHECK(pages.captured(1).toInt() <= 2);
    CHECK(run.out ==
          QStringLiteral("Wrote %1 (%2 page%3)\n")
              .arg(en, pages.captured(1), pages.captured(1) == QLatin1String("1") ? QString() : QStringLiteral("s")));

    const QString id = dir.path(QStringLiteral("contract-id.pdf"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("export"), QStringLiteral("--id"),
             QStringLiteral("1"), QStringLiteral("--version"), QStringLiteral("1"), QStringLiteral("--pdf"), id})
            .exitCode == 0);
    const QString indonesian = poppler(QStringLiteral("pdftotext"), {id, QStringLiteral("-")}).simplified();
    CHECK(indonesian.startsWith(QStringLiteral("Perjanjian Kerja Sama Influencer Perjanjian ini dibuat pada 10 "
                                               "Februari 2026")));
    // Version 1 had no named competitor and usage to the end of September.
    CHECK(indonesian.contains(QStringLiteral("sampai 30 September 2026")));
    CHECK_FALSE(indonesian.contains(QStringLiteral("pesaing berikut")));

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("export"), QStringLiteral("--id"),
               QStringLiteral("1")})
              .exitCode == 2); // no --pdf
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("export"), QStringLiteral("--id"),
               QStringLiteral("1"), QStringLiteral("--version"), QStringLiteral("9"), QStringLiteral("--pdf"), id})
              .exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("contract"), QStringLiteral("export"),
               QStringLiteral("--campaign"), QStringLiteral("Kopi Launch"), QStringLiteral("--creator"),
               QStringLiteral("Rina Wijaya"), QStringLiteral("--pdf"), id})
              .err.endsWith(QStringLiteral("Rina Wijaya has no contract for Kopi Launch\n")));
}
