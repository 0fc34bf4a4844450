// Benchmark (not a test): campaign KPIs on the small, agency and large demo (a campaign with the most
// posts and one with the fewest), the daily engagement series of a year-long campaign with 50
// creators, the authenticity warnings of the whole workspace and each part of the dashboard.
// Run: build/tests/bench/kpi_bench [SMALL.collabdesk AGENCY.collabdesk [LARGE.collabdesk]]
// (copies are made; prints figures; the large demo only from a file, as it takes minutes to make)
// With COLLABDESK_BENCH_SERVER=postgresql://... (a server's maintenance database) the same again on
// copies of both moved to that server (ServerCopies).
#include "BenchCampaign.h"
#include "BenchSupport.h"
#include "analytics/Authenticity.h"
#include "analytics/CampaignKpis.h"
#include "analytics/CreatorEngagement.h"
#include "analytics/Dashboard.h"
#include "analytics/Series.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "demo/DemoGenerator.h"
#include "desk/ManagedRecords.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDefaults.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace cd;
using cd::bench::medianMs;

namespace {
QTextStream out(stdout);

QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &params = {})
{
    auto v = sql::scalar(db, statement, params);
    if (!v)
        qFatal("%s", qPrintable(v.error()));
    return v.value();
}

// Campaigns ordered by how many posts they have: the first and the last with any.
std::pair<QString, QString> largestAndSmallest(QSqlDatabase &db)
{
    const QString by =
        QStringLiteral("SELECT c.name FROM campaigns c JOIN participants p ON p.campaign_id = c.id JOIN posts po ON "
                       "po.participant_id = p.id GROUP BY c.id ORDER BY count(*) %1, c.id LIMIT 1");
    return {scalar(db, by.arg(QStringLiteral("DESC"))).toString(),
            scalar(db, by.arg(QStringLiteral("ASC"))).toString()};
}

void kpis(const QString &label, Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const auto [large, small] = largestAndSmallest(db);
    for (const QString &name : {large, small}) {
        CampaignKpis k;
        const double ms = medianMs(5, [&] { k = campaignKpis(db, name, Clock::today()).value(); });
        out << label << "\tkpi\t" << name << " (" << k.totals.posts << " posts, " << k.creators.size() << " creators)\t"
            << QString::number(ms, 'f', 2) << " ms\n"
            << Qt::flush;
    }
    // The warnings as the app works them out (the dashboard's engagement part, the only caller): the
    // last 30 days, with the 90-day rates the part has read already (timed apart, beside them).
    const QDate today = Clock::today();
    QList<PlatformEngagement> rates;
    const double read = medianMs(3, [&] { rates = creatorEngagementByPlatform(db, today).value(); });
    const double warn = medianMs(3, [&] {
        (void)authenticityWarnings(db, settings::defaults(db), today, std::nullopt, today.addDays(-30), &rates);
    });
    out << label << "\tauthenticity warnings\tlast 30 days, every creator\t" << QString::number(warn, 'f', 1)
        << " ms (the 90-day rates they compare, read first: " << QString::number(read, 'f', 1) << " ms)\n"
        << Qt::flush;
}

// Each part of the dashboard alone, on one connection (the page works out two at once).
void dashboardParts(const QString &label, Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const std::pair<DashboardPart, const char *> parts[] = {
        {DashboardPart::Engagement, "engagement"}, {DashboardPart::Due, "due"},
        {DashboardPart::Overdue, "overdue"},       {DashboardPart::Contracts, "contracts"},
        {DashboardPart::Campaigns, "campaigns"},   {DashboardPart::Growth, "growth"}};
    const Workspace::Opener open = ws.readerOpener();
    for (const auto &[part, name] : parts) {
        const double ms = medianMs(3, [&] {
            DashboardData d;
            if (Status s = addDashboardPart(db, part, Clock::today(), d); !s)
                qFatal("%s", qPrintable(s.error()));
        });
        // As the page reads it: on a connection of its own, opened for the read (its schema read
        // and its page cache empty) and closed after.
        const double own = medianMs(3, [&] {
            const QString reading = connection::uniqueName(QStringLiteral("bench"));
            {
                auto reader = open(reading);
                if (!reader)
                    qFatal("%s", qPrintable(reader.error()));
                DashboardData d;
                if (Status s = addDashboardPart(reader.value(), part, Clock::today(), d); !s)
                    qFatal("%s", qPrintable(s.error()));
            }
            connection::close(reading);
        });
        out << label << "\tdashboard part\t" << name << "\t" << QString::number(ms, 'f', 1)
            << " ms (on a connection of its own: " << QString::number(own, 'f', 1) << " ms)\n"
            << Qt::flush;
    }
    // All six as the page works them out after a reload: each on a connection of its own, one after
    // another, and two at a time on two threads taking the next part when one is done (a machine
    // that runs two readers side by side at full speed halves the first).
    const auto allParts = [&](int threads) {
        return medianMs(3, [&] {
            std::atomic<int> next = 0;
            const auto work = [&] {
                for (int i; (i = next++) < int(std::size(parts));) {
                    const QString reading = connection::uniqueName(QStringLiteral("bench"));
                    {
                        auto reader = open(reading);
                        if (!reader)
                            qFatal("%s", qPrintable(reader.error()));
                        DashboardData d;
                        if (Status s = addDashboardPart(reader.value(), parts[i].first, Clock::today(), d); !s)
                            qFatal("%s", qPrintable(s.error()));
                    }
                    connection::close(reading);
                }
            };
            std::vector<std::thread> workers;
            for (int t = 0; t < threads; ++t)
                workers.emplace_back(work);
            for (std::thread &w : workers)
                w.join();
        });
    };
    const double serial = allParts(1);
    const double twoAtOnce = allParts(2);
    out << label << "	dashboard parts	all six, each on a connection of its own	one after another "
        << QString::number(serial, 'f', 1) << " ms, two at a time " << QString::number(twoAtOnce, 'f', 1) << " ms\n"
        << Qt::flush;
    // My Creators: the campaigns part for the manager with the most creators.
    auto manager = sql::scalar(db, QStringLiteral("SELECT manager_id FROM creators WHERE manager_id IS NOT NULL "
                                                  "GROUP BY manager_id ORDER BY count(*) DESC, manager_id LIMIT 1"));
    if (!manager || manager->isNull())
        return;
    const ManagedIds mine = managedIds(db, manager->toLongLong()).value();
    DashboardData d;
    const double ms = medianMs(3, [&] {
        d = {};
        if (Status s = addDashboardPart(db, DashboardPart::Campaigns, Clock::today(), d, &mine); !s)
            qFatal("%s", qPrintable(s.error()));
    });
    out << label << "\tdashboard part\tcampaigns, one manager's (" << mine.creators.size() << " creators, "
        << d.active.size() << " running campaigns)\t" << QString::number(ms, 'f', 1) << " ms\n"
        << Qt::flush;
}

void series(const QString &label, Workspace &ws)
{
    const qint64 campaign = bench::makeBenchCampaign(ws, QStringLiteral("Bench Year"), 50, 365);
    QSqlDatabase db = ws.db();
    const QDate to = Clock::today(), from = to.addDays(-365);
    QList<EngagementPoint> points;
    const double build = medianMs(5, [&] { points = engagementSeries(db, campaign, from, to).value(); });
    QList<QPointF> line;
    for (const EngagementPoint &p : std::as_const(points))
        line << QPointF(from.daysTo(p.day), double(p.engagement()));
    QList<QPointF> few;
    const double thin = medianMs(5, [&] { few = downsample(line, 300); });
    double followers = medianMs(3, [&] {
        auto c = sql::run(db, QStringLiteral("SELECT creator_id FROM participants WHERE campaign_id = ?"), {campaign});
        while (c->next())
            (void)followerSeries(db, c->value(0).toLongLong(), from, to);
    });
    const CampaignKpis k = campaignKpis(db, QStringLiteral("Bench Year"), to).value();
    out << label << "\tengagement series\t50 creators x 366 days (" << points.size() << " points, "
        << QString::number(50 * 365) << " snapshots)\t" << QString::number(build, 'f', 1) << " ms\n"
        << label << "\tdownsample\t" << line.size() << " -> " << few.size() << " points\t"
        << QString::number(thin, 'f', 3) << " ms\n"
        << label << "\tfollower series\t50 creators x 366 days\t" << QString::number(followers, 'f', 1) << " ms\n"
        << label << "\tkpi\tBench Year (" << k.totals.posts << " posts, " << k.creators.size() << " creators)\t"
        << QString::number(medianMs(5, [&] { (void)campaignKpis(db, QStringLiteral("Bench Year"), to); }), 'f', 2)
        << " ms\n"
        << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir dir;
    if (args.size() < 2)
        out << "Generating the small and agency demo workspaces…\n" << Qt::flush;
    const QString small = bench::benchWorkspace(dir, args, 0, DemoOptions::Scale::Small);
    const QString agency = bench::benchWorkspace(dir, args, 1, DemoOptions::Scale::Agency);
    // Copied before anything runs: the series adds a campaign to the agency workspace.
    bench::ServerCopies server;
    QList<std::pair<QString, QString>> workspaces = {{QStringLiteral("small"), small},
                                                     {QStringLiteral("agency"), agency}};
    if (args.size() > 2) // the large demo takes minutes to make: only from a file
        workspaces << std::pair{QStringLiteral("large"),
                                bench::benchWorkspace(dir, args, 2, DemoOptions::Scale::Large)};
    if (server.enabled())
        workspaces << std::pair{QStringLiteral("small on PostgreSQL"), server.copy(small)}
                   << std::pair{QStringLiteral("agency on PostgreSQL"), server.copy(agency)};
    out << "workspace\twhat\tof\ttime (median)\n";
    for (const auto &[label, path] : std::as_const(workspaces)) {
        auto ws = bench::openBenchWorkspace(path, false);
        kpis(label, *ws);
        dashboardParts(label, *ws);
        if (label != QLatin1String("small") && !label.startsWith(QLatin1String("small ")))
            series(label, *ws);
    }
    return 0;
}
