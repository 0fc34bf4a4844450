// Benchmark (not a test): importing a 1,000,000-row post_metrics.csv (10,000 posts x 100 days, with
// revenue) ordered by post and ordered by date, next to the sqlite3 tool's .import of the same file
// into a plain table: three runs of each, each into a fresh file, and the ratio of the medians
// (above 1.0: faster than sqlite3). Then the agency demo's generation time, and a followers.csv of
// ten days of counts for each of its accounts imported into copies of it (three runs), beside the
// sqlite3 tool's .import of the same file into a plain table.
// With COLLABDESK_BENCH_SERVER=postgresql://... (a server's maintenance database) the same imports
// into fresh workspaces on that server, beside psql's \copy of the file into a plain table there.
// Run: build/tests/bench/import_bench [ROWS [--import-only]]   (prints figures; never fails on speed)
//      build/tests/bench/import_bench --followers AGENCY.collabdesk   (the followers part alone)
#include "BenchCampaign.h"
#include "common/Clock.h"
#include "common/FreeMemory.h"
#include "demo/DemoGenerator.h"
#include "interchange/Importer.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace cd;

namespace {
long peakKiB(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

std::unique_ptr<Workspace> freshWorkspace(const QString &path)
{
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    return std::move(ws).value();
}

enum class Order
{
    ByPost, // each post's days together, as an export per post gives them
    ByDate  // every post of one day, then the next day, as a daily export gives them
};

// One campaign, one creator, rows/100 posts with a snapshot a day for 100 days.
void writeCsv(const QString &path, qint64 rows, Order order)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&f);
    out << "campaign,creator,platform,post_url,posted_at,date,views,impressions,reach,likes,comments,shares,saves,"
           "link_clicks,promo_uses,revenue,currency,caption,source\r\n";
    const QDate posted(2025, 1, 1);
    const qint64 days = 100, posts = std::max<qint64>(1, rows / days);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 post = order == Order::ByPost ? i / days : i % posts;
        const qint64 day = order == Order::ByPost ? i % days : i / posts;
        const qint64 views = 1000 + post % 977 * 37 + day * 113;
        out << "Bench Campaign,Bench Creator,instagram,https://www.instagram.com/reel/B" << post << "/,"
            << posted.addDays(post % 30).toString(Qt::ISODate) << ','
            << posted.addDays(post % 30 + day + 1).toString(Qt::ISODate) << ',' << views << ',' << views * 13 / 10
            << ',' << views * 7 / 10 << ',' << views / 20 << ',' << views / 400 << ',' << views / 900 << ','
            << views / 600 << ',' << views / 250 << ",," << views * 25 << ",IDR,,bench\r\n";
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Seconds for sqlite3's .import of `csv` into a plain table of a new file.
double sqliteImport(const QString &csv, const QString &plain)
{
    QFile::remove(plain);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"),
                 {plain, QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", sqlite.readAllStandardError().constData());
    return double(timer.elapsed()) / 1000.0;
}

// Seconds for psql's \copy of `csv` into a plain table of the empty server database `address`.
double serverCopy(const QString &csv, const QString &address)
{
    QStringList columns;
    for (int i = 0; i < 19; ++i) // the columns of the file's header
        columns << QStringLiteral("c%1 text").arg(i);
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("--quiet"), QStringLiteral("--set=ON_ERROR_STOP=1"), address, QStringLiteral("-c"),
                QStringLiteral("CREATE TABLE t (%1)").arg(columns.join(QStringLiteral(", "))), QStringLiteral("-c"),
                QStringLiteral("\\copy t FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)});
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0)
        qFatal("psql \\copy failed: %s", psql.readAllStandardError().constData());
    return double(timer.elapsed()) / 1000.0;
}

// Seconds for CollabDesk's import of `csv` into a new workspace (a file, or a server database's
// address) holding its campaign and creator.
double collabdeskImport(const QString &csv, const QString &path, qint64 rows)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto ws = freshWorkspace(path);
    (void)BrandService(*ws).add({QStringLiteral("Bench Brand"), {}, {}, {}, {}});
    CreatorInput creator;
    creator.name = QStringLiteral("Bench Creator");
    creator.accounts = {{Platform::Instagram, QStringLiteral("bench"), 100'000}};
    (void)CreatorService(*ws).add(creator);
    CampaignInput campaign;
    campaign.name = QStringLiteral("Bench Campaign");
    campaign.brand = QStringLiteral("Bench Brand");
    campaign.start = QDate(2025, 1, 1);
    campaign.currency = QStringLiteral("IDR");
    (void)CampaignService(*ws).add(campaign);
    (void)ParticipantService(*ws).add(
        {QStringLiteral("Bench Campaign"), QStringLiteral("Bench Creator"), {}, ParticipantStatus::Confirmed, {}});
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importCsv(*ws, QStringLiteral("post_metrics"), csv);
    const double seconds = double(timer.elapsed()) / 1000.0;
    // The log is folded into the file on another thread after the commit: waited for here, outside
    // the import's time, so that it never runs beside the next run.
    (void)ws->waitForCheckpoint();
    if (!report.ok() || report.added != rows)
        qFatal("import failed (%lld of %lld rows): %s", qint64(report.added), rows,
               qPrintable(report.errors.mid(0, 3).join(QLatin1Char('\n'))));
    return seconds;
}

constexpr int Runs = 3;

// "THEIRS<tab>OURS<tab>ROWS/S<tab>RATIOx (runs a/b, ...)": the medians of the runs, our rows a second,
// the ratio of the medians (above 1.0: faster than the reference) and every run.
QString mediansLine(const QList<double> &theirs, const QList<double> &ours, qint64 rows)
{
    const double a = median(theirs), b = median(ours);
    QStringList all;
    for (qsizetype run = 0; run < theirs.size(); ++run)
        all << QStringLiteral("%1/%2").arg(theirs[run], 0, 'f', 2).arg(ours[run], 0, 'f', 2);
    return QStringLiteral("%1\t%2\t%3\t%4x (runs %5)")
        .arg(a, 0, 'f', 2)
        .arg(b, 0, 'f', 2)
        .arg(qint64(double(rows) / b))
        .arg(a / b, 0, 'f', 2)
        .arg(all.join(QStringLiteral(", ")));
}

// A followers.csv of `days` days of counts for every account of the workspace at `path`, by date (as
// a daily export from a social tool gives them), on days before the clock's today; its row count.
qint64 writeFollowerCsv(const QString &csv, const QString &path, int days)
{
    const QString name = connection::uniqueName(QStringLiteral("bench-accounts"));
    QList<std::pair<QString, QString>> accounts;
    {
        auto db = connection::open(path, name, connection::Access::ReadOnly);
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto q = sql::run(db.value(), QStringLiteral("SELECT c.name, a.platform FROM accounts a JOIN creators c ON "
                                                     "c.id = a.creator_id ORDER BY a.id"));
        if (!q)
            qFatal("%s", qPrintable(q.error()));
        while (q->next())
            accounts.append({q->value(0).toString(), q->value(1).toString()});
    }
    connection::close(name);
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(csv));
    QTextStream out(&f);
    out << "creator,platform,date,followers,source\n";
    qint64 rows = 0;
    for (int day = 0; day < days; ++day) {
        const QString date = Clock::today().addDays(-40 + day).toString(Qt::ISODate);
        for (qsizetype i = 0; i < accounts.size(); ++i, ++rows)
            out << '"' << accounts.at(i).first << "\"," << accounts.at(i).second << ',' << date << ','
                << 100'000 + i * 7 + day * 13 << ",bench\n";
    }
    return rows;
}

// The follower counts import into copies of the agency demo: each run on a fresh copy, timed from
// the import's start to its commit (the copy's first open checks the file, outside the time).
void followerImports(QTextStream &out, const QTemporaryDir &dir, const QString &demo)
{
    const QString csv = dir.filePath(QStringLiteral("followers.csv"));
    const qint64 rows = writeFollowerCsv(csv, demo, 10);
    const QString copy = dir.filePath(QStringLiteral("followers.collabdesk"));
    QList<double> theirs, ours;
    for (int run = 0; run < Runs; ++run) {
        theirs << sqliteImport(csv, dir.filePath(QStringLiteral("plain.sqlite")));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QLatin1String(suffix));
        if (!QFile::copy(demo, copy))
            qFatal("cannot copy the agency demo");
        Workspace::Options options;
        auto ws = Workspace::open(copy, options);
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importCsv(*ws.value(), QStringLiteral("followers"), csv);
        ours << double(timer.elapsed()) / 1000.0;
        (void)ws.value()->waitForCheckpoint();
        if (!report.ok() || report.added + report.updated != rows)
            qFatal("followers import failed (%lld added, %lld updated of %lld rows): %s", qint64(report.added),
                   qint64(report.updated), rows, qPrintable(report.errors.mid(0, 3).join(QLatin1Char('\n'))));
    }
    out << "followers.csv into the agency demo, " << rows << " counts (10 days of every account, by date): sqlite3 "
        << ".import s / collabdesk import s / rows/s / ratio\t" << mediansLine(theirs, ours, rows) << '\n'
        << Qt::flush;
}

// For each ordering of the file: `once` imports it the reference way and CollabDesk's, returning the
// seconds of each; Runs times, alternating, so a busy spell of the machine falls on both alike; then
// one line of medians, their ratio and every run (and the peak memory when `peak`).
void compareOrderings(QTextStream &out, const QTemporaryDir &dir, qint64 rows, bool peak,
                      const std::function<std::pair<double, double>(const QString &csv)> &once)
{
    for (const auto &[order, name] : {std::pair{Order::ByPost, "by post"}, std::pair{Order::ByDate, "by date"}}) {
        const QString csv = dir.filePath(QStringLiteral("post_metrics.csv"));
        writeCsv(csv, rows, order);
        QList<double> theirs, ours;
        for (int run = 0; run < Runs; ++run) {
            const auto [a, b] = once(csv);
            theirs << a;
            ours << b;
        }
        out << name << '\t' << mediansLine(theirs, ours, rows);
        if (peak)
            out << '\t' << peakKiB(RUSAGE_SELF) / 1024;
        out << '\n' << Qt::flush;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    QTextStream out(stdout);
    if (argc > 2 && QByteArray(argv[1]) == "--followers") {
        followerImports(out, dir, QString::fromLocal8Bit(argv[2]));
        return 0;
    }

    out << "ordering\tsqlite3 .import s (median of " << Runs << ")\tcollabdesk import s (median of " << Runs
        << ")\trows/s (collabdesk)\tratio to sqlite3 (median times)\tpeak MiB (collabdesk)\n"
        << Qt::flush;
    compareOrderings(out, dir, rows, true, [&](const QString &csv) {
        return std::pair{sqliteImport(csv, dir.filePath(QStringLiteral("plain.sqlite"))),
                         collabdeskImport(csv, dir.filePath(QStringLiteral("bench.collabdesk")), rows)};
    });
    if (const bench::ServerCopies probe; probe.enabled()) {
        out << "ordering\tpsql \\copy s (median of " << Runs << ")\tcollabdesk import on PostgreSQL s (median of "
            << Runs << ")\trows/s (collabdesk)\tratio to \\copy (median times)\n"
            << Qt::flush;
        compareOrderings(out, dir, rows, false, [&](const QString &csv) {
            bench::ServerCopies databases; // dropped after each run: a million rows take room
            return std::pair{serverCopy(csv, databases.empty()), collabdeskImport(csv, databases.empty(), rows)};
        });
    }
    if (argc > 2 && QByteArray(argv[2]) == "--import-only")
        return 0;

    auto agency = freshWorkspace(dir.filePath(QStringLiteral("agency.collabdesk")));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Agency;
    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemo(*agency, options);
    if (!summary) {
        out << "agency demo failed: " << summary.error() << '\n';
        return 1;
    }
    out << "agency demo: " << double(timer.elapsed()) / 1000.0 << " s for " << summary->creators << " creators, "
        << summary->campaigns << " campaigns, " << summary->deliverables << " deliverables, "
        << summary->followerSnapshots + summary->postSnapshots << " snapshots\n"
        << Qt::flush;
    const QString demo = agency->path();
    agency.reset();
    followerImports(out, dir, demo);
    return 0;
}
