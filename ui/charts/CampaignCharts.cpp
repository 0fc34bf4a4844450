#include "CampaignCharts.h"

#include "ChartExport.h"
#include "ChartParts.h"
#include "EngagementChart.h"
#include "FollowersChart.h"
#include "analytics/CampaignKpis.h"
#include "analytics/Series.h"
#include "common/Money.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCharts)
};

void bars(QChart *chart, const QString &title, const QStringList &categories, const QList<double> &values,
          const QString &setName, const QString &format, double guide)
{
    resetChart(chart, title);
    auto *set = new QBarSet(setName);
    for (double v : values)
        set->append(v);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(format);
    series->setLabelsPrecision(12); // 100000000, not 1e+08
    // After the bar's end, in the text colour: a short bar (8%) has no room for its label inside.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(chartPalette().color(QPalette::Text));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    double highest = guide;
    for (double v : values)
        highest = std::max(highest, v);
    amounts->setRange(0, highest > 0 ? highest * 1.15 : 1);
    amounts->applyNiceNumbers(); // ticks at 0, 500, 1000…, not 0, 504, 1009…
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(amounts);
    chart->legend()->setVisible(false);
}
// A target's name for people, as the campaign editor writes it.
QString kpiLabel(const QString &kpi)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("posts"), QT_TRANSLATE_NOOP("CampaignCharts", "Posts")},
        {QStringLiteral("views"), QT_TRANSLATE_NOOP("CampaignCharts", "Views")},
        {QStringLiteral("engagement_rate"), QT_TRANSLATE_NOOP("CampaignCharts", "Engagement rate")},
        {QStringLiteral("new_followers"), QT_TRANSLATE_NOOP("CampaignCharts", "New followers")},
        {QStringLiteral("link_clicks"), QT_TRANSLATE_NOOP("CampaignCharts", "Link clicks")},
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("CampaignCharts", "Revenue")}};
    const char *label = labels.value(kpi);
    return label ? Text::tr(label) : QString(kpi).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QStringList campaignChartKinds()
{
    return {QStringLiteral("engagement"), QStringLiteral("followers"), QStringLiteral("kpi"), QStringLiteral("budget")};
}

Status drawCampaignChart(QChartView *view, Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf)
{
    return drawCampaignChart(view->chart(), ws, campaignId, kind, asOf);
}

Status drawCampaignChart(QChart *chart, Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf)
{
    QSqlDatabase db = ws.db();
    auto c = CampaignService(ws).load(campaignId);
    if (!c)
        return fail(c.error());
    const QString name = c->name;
    const QDate start = c->start;
    const QDate end = c->end;
    // From the start until numbers stop coming: a month after the end, or the as-of date.
    const QDate to = end.isValid() ? std::min(asOf, end.addDays(30)) : asOf;
    if (kind == QLatin1String("engagement")) {
        if (to < start)
            return fail(Text::tr("the campaign starts after %1: nothing to draw yet").arg(asOf.toString(Qt::ISODate)));
        auto points = engagementSeries(db, campaignId, start, to);
        if (!points)
            return fail(points.error());
        EngagementChart::draw(chart, points.value(), start, end);
        return {};
    }
    if (kind == QLatin1String("followers") || kind == QLatin1String("follower_growth")) {
        auto lines = campaignFollowerSeries(db, campaignId, start.addDays(-14), std::max(start, to));
        if (!lines)
            return fail(lines.error());
        QList<FollowersChart::CountLine> counts;
        for (const CreatorFollowers &creator : lines.value())
            counts.append({creator.creator, creator.points});
        const QList<std::pair<QDate, QString>> marks = {{start, Text::tr("Start")}, {end, Text::tr("End")}};
        if (kind == QLatin1String("followers"))
            FollowersChart::draw(chart, Text::tr("Followers of each creator on the campaign's platforms"), counts,
                                 marks);
        else
            FollowersChart::drawGrowth(chart, Text::tr("Change in each creator's followers since the campaign began"),
                                       counts, start, marks);
        return {};
    }
    if (kind == QLatin1String("kpi")) {
        auto kpis = campaignKpis(db, name, asOf);
        if (!kpis)
            return fail(kpis.error());
        QStringList categories;
        QList<double> values;
        for (const KpiProgress &p : kpis->progress) {
            categories << kpiLabel(p.kpi);
            values << std::round(p.percent().value_or(0) * 10) / 10; // 207.8%, not 207.833%
        }
        if (categories.isEmpty())
            return fail(Text::tr("%1 has no KPI targets set: add them in the campaign's editor").arg(name));
        bars(chart, Text::tr("Progress against targets, as of %1").arg(asOf.toString(Qt::ISODate)), categories, values,
             Text::tr("Achieved"), QStringLiteral("@value%"), 100);
        return {};
    }
    if (kind == QLatin1String("budget")) {
        auto b = campaignBudget(db, campaignId, asOf);
        if (!b)
            return fail(b.error());
        QStringList categories = {Text::tr("Paid"), Text::tr("Committed")};
        QList<double> values = {double(b->paid), double(b->committed)};
        if (b->budget) {
            categories << Text::tr("Budget");
            values << double(*b->budget);
        }
        // Amounts in the currency's major units, as people read them.
        const double unit = std::pow(10.0, currencyDigits(b->currency));
        for (double &v : values)
            v = std::round(v / unit);
        bars(chart, Text::tr("Budget in %1, as of %2").arg(b->currency, asOf.toString(Qt::ISODate)), categories, values,
             b->currency, QStringLiteral("@value"), 0);
        return {};
    }
    return fail(
        Text::tr("unknown chart kind '%1': use one of %2").arg(kind, campaignChartKinds().join(QStringLiteral(", "))));
}

Status writeCampaignChart(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf, const QString &path,
                          bool svg, const QSize &size)
{
    QChartView view;
    view.resize(size);
    view.setRenderHint(QPainter::Antialiasing);
    if (Status s = drawCampaignChart(&view, ws, campaignId, kind, asOf); !s)
        return s;
    // Shown (on the offscreen platform for the CLI), so the chart lays itself out before it is drawn.
    view.show();
    QCoreApplication::processEvents();
    return saveChart(&view, path, svg);
}

} // namespace cd
