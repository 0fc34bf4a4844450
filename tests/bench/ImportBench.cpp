// Benchmark (not a test): importing a 1,000,000-row post_metrics.csv, next to the sqlite3 tool's
// .import of the same file into a plain table, and the agency demo's generation time.
// Run: build/tests/bench/import_bench [ROWS [--import-only]]   (prints figures; never fails on speed)
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "interchange/Importer.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

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

// One campaign, one creator, 10,000 posts with a snapshot a day: rows/100 days per post.
void writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&f);
    out << "campaign,creator,platform,post_url,posted_at,date,views,impressions,reach,likes,comments,shares,saves,"
           "link_clicks,promo_uses,revenue,currency,caption,source\r\n";
    const QDate posted(2025, 1, 1);
    const qint64 days = 100;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 post = i / days, day = i % days;
        const qint64 views = 1000 + post % 977 * 37 + day * 113;
        out << "Bench Campaign,Bench Creator,instagram,https://www.instagram.com/reel/B" << post << "/,"
            << posted.addDays(post % 30).toString(Qt::ISODate) << ','
            << posted.addDays(post % 30 + day + 1).toString(Qt::ISODate) << ',' << views << ',' << views * 13 / 10
            << ',' << views * 7 / 10 << ',' << views / 20 << ',' << views / 400 << ',' << views / 900 << ','
            << views / 600 << ',' << views / 250 << ",,,"
            << "IDR,,bench\r\n";
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    QTextStream out(stdout);

    const QString csv = dir.filePath(QStringLiteral("post_metrics.csv"));
    QElapsedTimer timer;
    timer.start();
    writeCsv(csv, rows);
    out << "csv: " << rows << " rows, " << QFile(csv).size() / (1024 * 1024) << " MiB, written in " << timer.elapsed()
        << " ms\n"
        << Qt::flush;

    // sqlite3's own .import into a plain table, no validation, no indexes: the yardstick.
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {plain, QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << '\n';
    const double sqliteSeconds = double(timer.elapsed()) / 1000.0;
    out << "sqlite3 .import: " << sqliteSeconds << " s, " << qint64(double(rows) / sqliteSeconds) << " rows/s, peak "
        << peakKiB(RUSAGE_CHILDREN) / 1024 << " MiB\n"
        << Qt::flush;

    auto ws = freshWorkspace(dir.filePath(QStringLiteral("bench.collabdesk")));
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
    const long before = peakKiB(RUSAGE_SELF);
    timer.restart();
    const ImportReport report = importCsv(*ws, QStringLiteral("post_metrics"), csv);
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    if (!report.ok())
        out << "import failed: " << report.errors.mid(0, 3).join(QLatin1Char('\n')) << '\n';
    out << "collabdesk import (validated, indexed, one transaction): " << importSeconds << " s, "
        << qint64(double(rows) / importSeconds) << " rows/s (" << report.added << " new), "
        << QString::number(100.0 * sqliteSeconds / importSeconds, 'f', 0) << "% of sqlite3's speed, peak "
        << peakKiB(RUSAGE_SELF) / 1024 << " MiB (" << before / 1024 << " MiB before)\n"
        << Qt::flush;
    ws.reset();
    if (argc > 2 && QByteArray(argv[2]) == "--import-only")
        return 0;

    auto agency = freshWorkspace(dir.filePath(QStringLiteral("agency.collabdesk")));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Agency;
    timer.restart();
    auto summary = generateDemo(*agency, options);
    if (!summary)
        out << "agency demo failed: " << summary.error() << '\n';
    else
        out << "agency demo: " << double(timer.elapsed()) / 1000.0 << " s for " << summary->creators << " creators, "
            << summary->campaigns << " campaigns, " << summary->deliverables << " deliverables, "
            << summary->followerSnapshots + summary->postSnapshots << " snapshots\n";
    return 0;
}
