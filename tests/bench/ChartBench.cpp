// Benchmark (not a test): building and painting the campaign charts for 5 creators x 30 days next
// to 50 creators x 365 days, and working out the dashboard on the small and the agency demo (and
// the large one when its path is given: `demo --scale large` takes minutes to write).
// Run: build/tests/bench/chart_bench [SMALL.collabdesk AGENCY.collabdesk [LARGE.collabdesk]]
// (copies are made). Without paths it generates the first two first (~15 s). Offscreen by default.
// With COLLABDESK_BENCH_SERVER=postgresql://... (a server's maintenance database) the dashboard and
// the charts again on copies moved to that server (ServerCopies).
#include "BenchCampaign.h"
#include "BenchSupport.h"
#include "StallWatch.h"
#include "analytics/Series.h"
#include "charts/CampaignCharts.h"
#include "common/Clock.h"
#include "common/FreeMemory.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXYSeries>

#include <functional>

using namespace cd;
using cd::bench::medianMs;

namespace {
QTextStream out(stdout);

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

void charts(Workspace &ws, const QString &label, int creators, int days)
{
    const qint64 campaign = bench::makeBenchCampaign(ws, label, creators, days);
    QSqlDatabase db = ws.db();
    const QDate today = Clock::today();
    const double engine = medianMs(5, [&] {
        (void)engagementSeries(db, campaign, today.addDays(-days), today.addDays(30));
        (void)campaignFollowerSeries(db, campaign, today.addDays(-days), today.addDays(30));
    });
    out << label << "\tengine series (engagement + followers)\t" << ms(engine) << "\n";
    QChartView view;
    view.resize(1200, 700);
    view.setRenderHint(QPainter::Antialiasing);
    view.show();
    for (const QString &kind : campaignChartKinds()) {
        const double build = medianMs(5, [&] {
            if (Status s = drawCampaignChart(&view, ws, campaign, kind, today); !s)
                qFatal("%s", qPrintable(s.error()));
        });
        // A paint of the whole view into an image: what a repaint of the chart costs.
        const double paint = medianMs(5, [&] { (void)view.grab(); });
        int points = 0;
        for (QAbstractSeries *s : view.chart()->series())
            if (auto *xy = qobject_cast<QXYSeries *>(s))
                points += int(xy->count());
        out << label << "\t" << kind << " chart\tbuild " << ms(build) << "\tpaint " << ms(paint) << "\t" << points
            << " points drawn\n"
            << Qt::flush;
    }
}

void dashboardTime(const QString &label, const QString &path)
{
    auto ws = bench::openBenchWorkspace(path, false);
    DashboardPage page(ws.get());
    page.resize(1280, 1000);
    // The figures are worked out on a worker: the time until they are on screen, and apart from it
    // the longest the GUI thread went without handling events meanwhile (asking, then filling the
    // lists when the figures arrive).
    bench::StallWatch stalls;
    // The time until the first part is on screen, until every part is, and the longest stall.
    struct Timed
    {
        double first = 0, all = 0, stall = 0;
    };
    const auto timed = [&](const QString &what, const std::function<void()> &ask) {
        QCoreApplication::processEvents();
        stalls.reset(what);
        QElapsedTimer shown;
        shown.start();
        double first = -1;
        const QMetaObject::Connection firstPart = QObject::connect(&page, &DashboardPage::partShown, &page, [&] {
            if (first < 0)
                first = double(shown.nsecsElapsed()) / 1e6;
        });
        ask();
        // Sleeping between events, as the app's GUI thread does (with a time limit, processEvents
        // ignores WaitForMoreEvents and spins, taking a core from the two reading threads); the
        // watchdog's calls every 2 ms wake it to look again.
        while (page.isReading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        QObject::disconnect(firstPart);
        return Timed{first, double(shown.nsecsElapsed()) / 1e6, stalls.longestMs()};
    };
    const Timed first = timed(QStringLiteral("dashboard shown"), [&] { page.show(); });
    QList<Timed> again;
    for (int i = 0; i < 3; ++i)
        again << timed(QStringLiteral("dashboard reloaded"), [&] { page.reload(); });
    std::sort(again.begin(), again.end(), [](const Timed &a, const Timed &b) { return a.all < b.all; });
    // After a payment marked paid elsewhere: what the commit's signal asks for (the parts it can
    // reach), without writing into the benchmark's copy.
    QList<Timed> afterPayment;
    for (int i = 0; i < 3; ++i)
        afterPayment << timed(QStringLiteral("dashboard after a payment change"),
                              [&] { emit ws->changed({QStringLiteral("payments")}); });
    std::sort(afterPayment.begin(), afterPayment.end(), [](const Timed &a, const Timed &b) { return a.all < b.all; });
    const double paint = medianMs(3, [&] { (void)page.grab(); });
    out << label << "\tdashboard\tfirst show: first part " << ms(first.first) << ", every part " << ms(first.all)
        << ", longest GUI stall " << ms(first.stall) << "\treload: first part " << ms(again[1].first) << ", every part "
        << ms(again[1].all) << ", longest GUI stall " << ms(again[1].stall) << "\tafter a payment change: every part "
        << ms(afterPayment[1].all) << ", longest GUI stall " << ms(afterPayment[1].stall) << "\tpaint " << ms(paint)
        << "\n"
        << Qt::flush;
}
} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTemporaryDir dir;
    if (args.size() < 2)
        out << "Generating the small and agency demo workspaces…\n" << Qt::flush;
    const QString small = bench::benchWorkspace(dir, args, 0, DemoOptions::Scale::Small);
    const QString agency = bench::benchWorkspace(dir, args, 1, DemoOptions::Scale::Agency);
    // Copied before anything runs: the charts add campaigns to the agency workspace.
    bench::ServerCopies server;
    const QString smallOnServer = server.enabled() ? server.copy(small) : QString();
    const QString agencyOnServer = server.enabled() ? server.copy(agency) : QString();
    out << "what\tof\ttimes (median)\n";
    dashboardTime(QStringLiteral("small demo"), small);
    dashboardTime(QStringLiteral("agency demo"), agency);
    if (server.enabled()) {
        dashboardTime(QStringLiteral("small demo on PostgreSQL"), smallOnServer);
        dashboardTime(QStringLiteral("agency demo on PostgreSQL"), agencyOnServer);
    }
    if (args.size() > 2)
        dashboardTime(QStringLiteral("large demo"), bench::benchWorkspace(dir, args, 2, DemoOptions::Scale::Large));
    for (const QString &path : {agency, agencyOnServer}) {
        if (path.isEmpty())
            continue;
        auto ws = bench::openBenchWorkspace(path, false);
        const QString where = path == agency ? QString() : QStringLiteral(" on PostgreSQL");
        charts(*ws, QStringLiteral("5 creators x 30 days") + where, 5, 30);
        charts(*ws, QStringLiteral("50 creators x 365 days") + where, 50, 365);
    }
    return 0;
}
