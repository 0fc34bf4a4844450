#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "interchange/Importer.h"
#include "records/RecordKind.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::TempDir;

namespace {
QVariant scalar(Workspace &ws, const char *statement)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, QString::fromLatin1(statement));
    REQUIRE(v.ok());
    return v.value();
}

QByteArray exportAll(Workspace &ws, const TempDir &dir, const QString &prefix)
{
    QByteArray all;
    for (const QString &kind : recordKindNames()) {
        const QString path = dir.path(prefix + kind + QStringLiteral(".csv"));
        REQUIRE(exportCsv(ws, kind, path).ok());
        all += test::fileBytes(path);
    }
    return all;
}
} // namespace

TEST_CASE("the small demo is a believable, valid workspace")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("demo.collabdesk")));
    auto summary = generateDemo(*ws, {});
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->brands == 5);
    CHECK(summary->creators == 40);
    CHECK(summary->campaigns == 9);
    CHECK(summary->participants == scalar(*ws, "SELECT count(*) FROM participants").toLongLong());
    CHECK(summary->postSnapshots == scalar(*ws, "SELECT count(*) FROM post_metric_snapshots").toLongLong());
    CHECK(scalar(*ws, "SELECT count(DISTINCT status) FROM campaigns").toInt() == 5);
    CHECK(scalar(*ws, "SELECT group_concat(DISTINCT currency) FROM (SELECT currency FROM campaigns ORDER BY currency)")
              .toString() == QStringLiteral("IDR,USD"));
    CHECK(scalar(*ws, "SELECT count(*) FROM creators WHERE status = 'archived'").toInt() >= 1);
    CHECK(scalar(*ws, "SELECT count(DISTINCT status) FROM deliverables").toInt() >= 4);
    CHECK(scalar(*ws, "SELECT count(*) FROM contracts").toInt() >= 5);
    CHECK(scalar(*ws, "SELECT count(*) FROM participants WHERE deposit_minor > fee_minor").toInt() == 0);
    CHECK(scalar(*ws, "SELECT count(*) FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                      "WHERE s.snapshot_date < p.posted_at OR s.snapshot_date > '2026-11-23'")
              .toInt() == 0);
    QSqlDatabase db = ws->db();
    auto problems = connection::quickCheck(db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK_FALSE(sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).value().next());

    // Everything the demo wrote passes the importer's rules: export, import into a fresh workspace.
    auto fresh = test::createWorkspace(dir.path(QStringLiteral("fresh.collabdesk")));
    for (const char *kind :
         {"brands", "creators", "campaigns", "participants", "deliverables", "followers", "post_metrics"}) {
        const QString path = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(kind)));
        REQUIRE(exportCsv(*ws, QLatin1String(kind), path).ok());
        const ImportReport report = importCsv(*fresh, QLatin1String(kind), path);
        INFO(kind << ": " << report.errors.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        CHECK(report.ok());
    }
}

TEST_CASE("the same seed gives the same demo and another seed another")
{
    test::PinnedClock clock;
    TempDir dir;
    auto a = test::createWorkspace(dir.path(QStringLiteral("a.collabdesk")));
    auto b = test::createWorkspace(dir.path(QStringLiteral("b.collabdesk")));
    auto c = test::createWorkspace(dir.path(QStringLiteral("c.collabdesk")));
    DemoOptions options;
    options.seed = 42;
    REQUIRE(generateDemo(*a, options).ok());
    REQUIRE(generateDemo(*b, options).ok());
    options.seed = 43;
    REQUIRE(generateDemo(*c, options).ok());
    const QByteArray first = exportAll(*a, dir, QStringLiteral("a-"));
    CHECK(first.size() > 10'000);
    CHECK(exportAll(*b, dir, QStringLiteral("b-")) == first);
    CHECK(exportAll(*c, dir, QStringLiteral("c-")) != first);
}

TEST_CASE("the demo refuses a workspace with data unless told to replace it, and can be cancelled")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    DemoOptions options;
    options.progress = [](double done) { return done < 0.2; }; // the user cancels
    auto cancelled = generateDemo(*ws, options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == QStringLiteral("cancelled"));
    CHECK(scalar(*ws, "SELECT count(*) FROM creators").toInt() == 0);

    REQUIRE(generateDemo(*ws, {}).ok());
    auto refused = generateDemo(*ws, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("--replace")));
    options = {};
    options.replace = true;
    options.seed = 9;
    REQUIRE(generateDemo(*ws, options).ok());
    CHECK(scalar(*ws, "SELECT count(*) FROM creators").toInt() == 40);
    CHECK(scalar(*ws, "SELECT count(*) FROM brands").toInt() == 5);
}

TEST_CASE("the first-run demo lives in its own file and is made once")
{
    test::PinnedClock clock;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.collabdesk"));
    REQUIRE(prepareDemoWorkspace(path).ok());
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        REQUIRE(ws.ok());
        CHECK(scalar(*ws.value(), "SELECT count(*) FROM creators").toInt() == 40);
    }
    // Opening it again keeps what the user did with it.
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        QSqlDatabase db = ws.value()->db();
        REQUIRE(sql::run(db, QStringLiteral("UPDATE creators SET niche = 'edited' WHERE id = 1")).ok());
    }
    REQUIRE(prepareDemoWorkspace(path).ok());
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    CHECK(scalar(*ws.value(), "SELECT niche FROM creators WHERE id = 1").toString() == QStringLiteral("edited"));
    CHECK(scalar(*ws.value(), "SELECT count(*) FROM creators").toInt() == 40);
}
