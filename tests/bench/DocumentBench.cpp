// Benchmark (not a test): writing the documents people send, whole, as the CLI does it: the client
// report of a 50-creator, year-long campaign (read, charts drawn as vectors, laid out, written),
// and the one-page media kit of the agency demo's busiest creator, in English and Indonesian.
// Run: build/tests/bench/document_bench [AGENCY.collabdesk]   (a copy is made)
// Without a path it generates the agency demo first (~1 min). Uses the offscreen platform.
#include "BenchCampaign.h"
#include "BenchSupport.h"
#include "MediaKitDocument.h"
#include "ReportDocument.h"
#include "analytics/CampaignReport.h"
#include "analytics/MediaKit.h"
#include "charts/ChartLanguage.h"
#include "charts/ChartPicture.h"
#include "charts/ReportCharts.h"
#include "common/Clock.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cd;
using cd::bench::medianMs;

namespace {
QTextStream out(stdout);

void report(Workspace &ws, qint64 campaign, ContractLanguage language, const QString &path)
{
    int pages = 0;
    const double whole = medianMs(3, [&] {
        auto r = campaignReport(ws, campaign, Clock::today());
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        auto written = writeCampaignReportPdf(
            r.value(), language, reportChartPictures(ws, r.value(), reportChartTitles(language), language), {}, path);
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        pages = written.value();
    });
    out << "report, 50 creators x 365 days (" << wordOf(language) << ")\t" << QString::number(whole, 'f', 0) << " ms\t"
        << pages << " pages\n"
        << Qt::flush;
}

void mediaKit(Workspace &ws, qint64 creator, ContractLanguage language, const QString &path)
{
    const double whole = medianMs(3, [&] {
        QSqlDatabase db = ws.db();
        auto kit = cd::mediaKit(db, creator, Clock::today());
        if (!kit)
            qFatal("%s", qPrintable(kit.error()));
        QPicture chart;
        const auto lines = mediaKitChartLines(kit.value(), language);
        if (!lines.isEmpty()) {
            const ChartLanguage words(language);
            chart = followerGrowthPicture(mediaKitChartTitle(kit.value(), language), lines, kit->asOf.addDays(-89),
                                          mediaKitChartSize());
        }
        if (auto written = writeMediaKitPdf(kit.value(), language, chart, path); !written)
            qFatal("%s", qPrintable(written.error()));
    });
    out << "media kit, busiest creator (" << wordOf(language) << ")\t" << QString::number(whole, 'f', 0) << " ms\n"
        << Qt::flush;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = bench::benchWorkspace(dir, app.arguments().mid(1), 0, DemoOptions::Scale::Agency);
    auto ws = bench::openBenchWorkspace(path, false);
    const qint64 campaign = bench::makeBenchCampaign(*ws, QStringLiteral("Bench year"), 50, 365);
    for (ContractLanguage l : {ContractLanguage::En, ContractLanguage::Id})
        report(*ws, campaign, l, dir.filePath(QStringLiteral("report.pdf")));

    // The creator with the most posts: the fullest kit (a benchmark may ask the file directly).
    QSqlDatabase db = ws->db();
    auto busiest = sql::scalar(db, QStringLiteral("SELECT pa.creator_id FROM posts po JOIN participants pa ON "
                                                  "pa.id = po.participant_id GROUP BY pa.creator_id "
                                                  "ORDER BY count(*) DESC LIMIT 1"));
    if (!busiest || !busiest->isValid())
        qFatal("no creator with posts");
    for (ContractLanguage l : {ContractLanguage::En, ContractLanguage::Id})
        mediaKit(*ws, busiest->toLongLong(), l, dir.filePath(QStringLiteral("kit.pdf")));
    return 0;
}
