#include "CampaignCharts.h"

#include "ChartAxes.h"
#include "ChartExport.h"
#include "ChartLanguage.h"
#include "ChartParts.h"
#include "EngagementChart.h"
#include "FollowersChart.h"
#include "analytics/CampaignKpis.h"
#include "analytics/Series.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>

#include <cmath>

namespace cd {
namespace {
// A day in a chart's title, as the chart's language writes it ("30 Apr 2026", "30 Apr 2026" in
// Indonesian's own month names): the titles said 2026-04-30.
QString chartDay(const QDate &day)
{
    return ChartLanguage::current().toString(day, QStringLiteral("d MMM yyyy"));
}
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCharts)
};

// Horizontal bars, each named with its figure ("Posts · 75%", "Committed · Rp11.500.000"): a bar
// label can only print the raw value. `guide` draws a dashed line across (100% of a target).
void bars(QChart *chart, const QString &title, const QStringList &categories, const QList<double> &values,
          const QString &setName, const QStringList &figures, const QString &suffix, double guide)
{
    resetChart(chart, title);
    auto *set = new QBarSet(setName);
    for (double v : values)
        set->append(v);
    auto *series = new QHorizontalBarSeries;
    series->setName(setName);
    series->append(set);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    for (int i = 0; i < categories.size(); ++i)
        names->append(Text::tr("%1 · %2").arg(categories[i], figures.value(i)));
    QCategoryAxis *amounts = makeNumberAxis();
    double highest = guide;
    for (double v : values)
        highest = std::max(highest, v);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(amounts);
    setNumberRange(amounts, 0, highest > 0 ? highest * 1.05 : 1, suffix);
    if (guide > 0) {
        auto *line = new QLineSeries;
        line->setName(Text::tr("Target"));
        line->append({QPointF(guide, -0.5), QPointF(guide, double(categories.size()) - 0.5)});
        QPen pen(chartPalette().color(QPalette::Text));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(amounts);
        line->attachAxis(names);
    }
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
            return fail(Text::tr("No numbers before the campaign starts on %1").arg(displayDate(start)));
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
        QStringList missing;
        for (const CreatorFollowers &creator : lines.value()) {
            if (creator.points.isEmpty())
                missing << creator.creator.toHtmlEscaped();
            else
                counts.append({creator.creator, creator.points});
        }
        const QList<std::pair<QDate, QString>> marks = {{start, Text::tr("Start")}, {end, Text::tr("End")}};
        // A creator taking part without a line is named under the title, not silently left out.
        const auto titled = [&missing](const QString &title) {
            return missing.isEmpty() ? title
                                     : QStringLiteral("%1<br><small>%2</small>")
                                           .arg(title, Text::tr("No follower counts on the campaign's platforms: %1")
                                                           .arg(missing.join(QStringLiteral(", "))));
        };
        if (kind == QLatin1String("followers"))
            FollowersChart::draw(chart, titled(Text::tr("Followers of each creator on the campaign's platforms")),
                                 counts, marks);
        else
            FollowersChart::drawGrowth(chart,
                                       titled(Text::tr("Change in each creator's followers since the campaign began")),
                                       counts, start, marks);
        return {};
    }
    if (kind == QLatin1String("kpi")) {
        auto kpis = campaignKpis(db, name, asOf);
        if (!kpis)
            return fail(kpis.error());
        QStringList categories, figures;
        QList<double> values;
        const QLocale locale = ChartLanguage::current();
        for (const KpiProgress &p : kpis->progress) {
            categories << kpiLabel(p.kpi);
            values << std::round(p.percent().value_or(0) * 10) / 10; // 207.8%, not 207.833%
            const double shown = values.last();
            figures << (p.percent() ? chartFigure(shown, locale) + QLatin1Char('%') : QStringLiteral("—"));
        }
        if (categories.isEmpty())
            return fail(Text::tr("%1 has no KPI targets set: add them in the campaign's editor").arg(name));
        bars(chart, Text::tr("Progress against targets, as of %1").arg(chartDay(asOf)), categories, values,
             Text::tr("Achieved"), figures, QStringLiteral("%"), 100);
        return {};
    }
    if (kind == QLatin1String("budget")) {
        auto b = campaignBudget(db, campaignId, asOf);
        if (!b)
            return fail(b.error());
        QStringList categories = {Text::tr("Paid"), Text::tr("Committed")};
        QList<qint64> amounts = {b->paid, b->committed};
        if (b->budget) {
            categories << Text::tr("Budget");
            amounts << *b->budget;
        }
        // Amounts in the currency's major units, as people read them; each bar named with its amount.
        const double unit = std::pow(10.0, currencyDigits(b->currency));
        QList<double> values;
        QStringList figures;
        const QLocale locale = ChartLanguage::current();
        for (qint64 minor : amounts) {
            values << std::round(double(minor) / unit);
            figures << Money(minor, b->currency).format(locale);
        }
        bars(chart, Text::tr("Budget in %1, as of %2").arg(b->currency, chartDay(asOf)), categories, values,
             b->currency, figures, QString(), 0);
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
