// Importing long post_metrics files: repeated post-days, texts shared between rows, files by date,
// rows written in batches, and the log folded into the file after the commit.
#include "TestSupport.h"

#include "common/Clock.h"
#include "interchange/Importer.h"
#include "storage/Connection.h"
#include "storage/Sql.h"

#include <QFile>

using namespace cd;
using cd::test::TempDir;

namespace {
const auto scalar = test::integerOf;
} // namespace

TEST_CASE("a metrics file that gives a post's day twice, however spelled, is refused naming both lines")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    const QByteArray header = "campaign,creator,platform,post_url,posted_at,date,views\n";
    const QByteArray first = "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/77,"
                             "2026-03-10,2026-03-11,100\n";
    // Another day of the same post, and the same post on another platform: different records.
    const QByteArray others = "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/77,"
                              "2026-03-10,2026-03-12,150\n"
                              "Ramadan Refresh 2026,Rina Wijaya,instagram,https://www.tiktok.com/@rinaeats/video/77,"
                              "2026-03-10,2026-03-11,90\n";
    // The first row again: names in another case and spacing, the URL with a tracking tail.
    const QByteArray again =
        "ramadan refresh 2026,RINA  WIJAYA,TikTok,https://www.tiktok.com/@rinaeats/video/77?lang=en,"
        "2026-03-10,2026-03-11,120\n";
    const ImportReport report =
        importCsv(*ws.value(), QStringLiteral("post_metrics"),
                  test::writeFile(dir, QStringLiteral("twice.csv"), header + first + others + again));
    CHECK(report.errors ==
          QStringList{QStringLiteral("twice.csv:5: the same record as line 2 (a key may appear once per file)")});
    CHECK(report.added == 0);
    const ImportReport without = importCsv(*ws.value(), QStringLiteral("post_metrics"),
                                           test::writeFile(dir, QStringLiteral("once.csv"), header + first + others));
    INFO(without.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(without.ok());
    CHECK(without.added == 3);
}

TEST_CASE("a metrics file's texts land on their own rows: runs of one source, repeated and distinct captions")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    // 1,300 rows (20 full batches and 20 rows singly): the source changes every five rows; a third
    // of the captions are one text, a third empty (so one source follows another of the same
    // length), the rest each its own (more than the 1,024 texts a statement keeps converted).
    QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,views,caption,source\n";
    for (int i = 0; i < 1300; ++i)
        csv += "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/5" +
               QByteArray::number(i / 10) + ",2026-03-10," +
               QDate(2026, 3, 11 + i % 10).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(1000 + i) + ',' +
               (i % 3 == 0   ? QByteArray("Sama")
                : i % 3 == 1 ? QByteArray()
                             : "Hari " + QByteArray::number(i)) +
               ",export " + QByteArray::number(i / 5) + '\n';
    const ImportReport report =
        importCsv(*ws.value(), QStringLiteral("post_metrics"), test::writeFile(dir, QStringLiteral("texts.csv"), csv));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 1300);
    CHECK(
        scalar(*ws.value(),
               QStringLiteral("SELECT count(*) FROM post_metric_snapshots WHERE views >= 1000 AND source = 'export ' "
                              "|| ((views - 1000) / 5) AND caption = CASE (views - 1000) % 3 WHEN 0 THEN 'Sama' WHEN 1 "
                              "THEN '' ELSE 'Hari ' || (views - 1000) END")) == 1300);
}

TEST_CASE("a metrics file of thirty thousand rows by date puts every row on its own post and day")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    // 300 posts x 100 days, day by day: the queue is sorted by post and day before it is written.
    QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,views\n";
    qint64 views = 0;
    for (int i = 0; i < 30'000; ++i) {
        csv += "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/6" +
               QByteArray::number(i % 300) + ",2025-01-01," +
               QDate(2025, 1, 2).addDays(i / 300).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(i) + '\n';
        views += i;
    }
    const ImportReport report =
        importCsv(*ws.value(), QStringLiteral("post_metrics"), test::writeFile(dir, QStringLiteral("bydate.csv"), csv));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 30'000);
    // Each row where it belongs: post 6k's day d has the views of line k + 300 d.
    CHECK(scalar(*ws.value(), QStringLiteral("SELECT count(*) FROM post_metric_snapshots s JOIN posts p ON p.id = "
                                             "s.post_id WHERE p.url LIKE '%/video/6%' AND s.views = CAST(substr(p.url, "
                                             "instr(p.url, '/video/6') + 8) AS INTEGER) + 300 * (julianday("
                                             "s.snapshot_date) - julianday('2025-01-02'))")) == 30'000);
    CHECK(scalar(*ws.value(), QStringLiteral("SELECT sum(views) FROM post_metric_snapshots s JOIN posts p ON p.id = "
                                             "s.post_id WHERE p.url LIKE '%/video/6%'")) == views);
}

TEST_CASE("a long metrics file is written in batches exactly as given, or not at all")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &w = *ws;
    // 150 rows: two full batches of 64 and 22 written singly. Row i is post i/10, day i%10.
    QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,views,likes,caption,source\n";
    qint64 views = 0;
    for (int i = 0; i < 150; ++i) {
        csv += "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/9" +
               QByteArray::number(i / 10) + ",2026-03-10," +
               QDate(2026, 3, 11 + i % 10).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(1000 + i) + ',' +
               (i % 7 == 0 ? QByteArray() : QByteArray::number(i)) + ",\"Sahur, hari " + QByteArray::number(i) +
               " 🌙\",row" + QByteArray::number(i) + '\n';
        views += 1000 + i;
    }
    const QString metrics = test::writeFile(dir, QStringLiteral("long.csv"), csv);
    ImportReport report = importCsv(w, QStringLiteral("post_metrics"), metrics);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 150);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                                   "WHERE p.platform = 'tiktok'")) == 150);
    CHECK(scalar(w, QStringLiteral("SELECT sum(views) FROM post_metric_snapshots WHERE source LIKE 'row%'")) == views);
    // Row 100 went out in the second batch: every value as given, the empty likes stay empty.
    QSqlDatabase db = w.db();
    auto row = sql::run(db, QStringLiteral("SELECT snapshot_date, views, likes, caption FROM post_metric_snapshots "
                                           "WHERE source = 'row98'"));
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == QStringLiteral("2026-03-19"));
    CHECK(row->value(1).toLongLong() == 1098);
    CHECK(row->isNull(2)); // 98 % 7 == 0
    CHECK(row->value(3).toString() == QStringLiteral("Sahur, hari 98 🌙"));
    CHECK(importCsv(w, QStringLiteral("post_metrics"), metrics).unchanged == 150);

    // A bad last row undoes the batches already written.
    const QString bad =
        test::writeFile(dir, QStringLiteral("bad.csv"),
                        QByteArray(csv).replace("video/9", "video/8") +
                            "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/7,"
                            "2026-03-10,2026-03-11,-5,,,\n");
    report = importCsv(w, QStringLiteral("post_metrics"), bad);
    CHECK(report.errors.size() == 1);
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == 152);

    // Should the store refuse a row of a batch (here a test trigger), the row is named and
    // nothing of the file is kept.
    REQUIRE(sql::run(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON post_metric_snapshots "
                                        "WHEN NEW.views = 1040 BEGIN SELECT RAISE(ABORT, 'refused by test'); END"))
                .ok());
    report =
        importCsv(w, QStringLiteral("post_metrics"),
                  test::writeFile(dir, QStringLiteral("refused.csv"), QByteArray(csv).replace("video/9", "video/6")));
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first() ==
          QStringLiteral("refused.csv:42: date: the numbers dated 11 Mar 2026 could not be written: database error: "
                         "refused by test"));
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == 152);
}

TEST_CASE("a long import's log is folded into the file on a thread of its own after the commit")
{
    test::PinnedClock clock;
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    Workspace &w = *ws.value();
    const qint64 before = scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots"));
    QByteArray csv = "campaign,creator,platform,post_url,posted_at,date,views\n";
    for (int i = 0; i < 5'000; ++i)
        csv += "Ramadan Refresh 2026,Rina Wijaya,tiktok,https://www.tiktok.com/@rinaeats/video/5" +
               QByteArray::number(i % 50) + ",2025-01-01," +
               QDate(2025, 1, 2).addDays(i / 50).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(i) + '\n';
    const ImportReport report =
        importCsv(w, QStringLiteral("post_metrics"), test::writeFile(dir, QStringLiteral("long.csv"), csv));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 5'000);
    // The import's connection checkpoints by itself again for the next, smaller writes, and keeps
    // its temporary tables where SQLite keeps them by default (the import held them in memory).
    CHECK(scalar(w, QStringLiteral("PRAGMA wal_autocheckpoint")) == 1000);
    CHECK(scalar(w, QStringLiteral("PRAGMA temp_store")) == 0);

    const BackgroundCheckpoint::Outcome done = w.waitForCheckpoint();
    INFO(done.error.toStdString());
    CHECK(done.error.isEmpty());
    CHECK(done.logFrames > 10); // the import's pages, not an empty log
    CHECK(done.copiedFrames == done.logFrames);
    // The file alone, without its log, now holds every row.
    const QString alone = dir.path(QStringLiteral("alone.collabdesk"));
    REQUIRE(QFile::copy(path, alone));
    {
        auto db = connection::open(alone, QStringLiteral("alone"), connection::Access::ReadWrite);
        REQUIRE(db.ok());
        auto rows = sql::scalar(db.value(), QStringLiteral("SELECT count(*) FROM post_metric_snapshots"));
        REQUIRE(rows.ok());
        CHECK(rows->toLongLong() == before + 5'000);
    }
    connection::close(QStringLiteral("alone"));

    // A failed import rolls back with its settings put back, and a checkpoint after it harms nothing.
    const ImportReport bad = importCsv(
        w, QStringLiteral("post_metrics"),
        test::writeFile(dir, QStringLiteral("bad.csv"), QByteArray(csv).replace("video/5", "video/4") + "x,y\n"));
    CHECK_FALSE(bad.ok());
    CHECK(scalar(w, QStringLiteral("PRAGMA wal_autocheckpoint")) == 1000);
    CHECK(scalar(w, QStringLiteral("PRAGMA temp_store")) == 0);
    CHECK(w.waitForCheckpoint().error.isEmpty());
    CHECK(scalar(w, QStringLiteral("SELECT count(*) FROM post_metric_snapshots")) == before + 5'000);
}
