#include "PostRateChart.h"

#include "ChartAxes.h"
#include "ChartInteraction.h"
#include "ChartParts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>

namespace cd {

PostRateChart::PostRateChart(QWidget *parent) : QWidget(parent)
{
    m_view = addChartView(this, QStringLiteral("postRateChartView"), tr("Engagement rate per post"));
}

void PostRateChart::setRates(const QList<PostRate> &rates, const QMap<Platform, EngagementBaseline> &baselines)
{
    QChart *chart = m_view->chart();
    resetChart(chart, tr("Engagement rate per post, against each platform's normal range"));
    const QPalette palette = chartPalette();
    if (rates.isEmpty())
        return;
    QCategoryAxis *x = makeDateAxis();
    x->setLabelsColor(palette.color(QPalette::Text));
    QCategoryAxis *y = makeNumberAxis();
    y->setLabelsColor(palette.color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const qreal first = msOf(rates.first().posted.addDays(-7));
    const qreal last = msOf(rates.last().posted.addDays(7));
    double highest = 0;
    QMap<Platform, QScatterSeries *> dots;
    for (const PostRate &r : rates) {
        QScatterSeries *&series = dots[r.platform];
        if (!series) {
            series = new QScatterSeries;
            series->setName(platformDisplayName(r.platform));
            series->setMarkerSize(9);
            series->setColor(platformColour(r.platform));
            series->setBorderColor(platformColour(r.platform));
        }
        series->append(msOf(r.posted), r.percent);
        highest = std::max(highest, r.percent);
    }
    // The band first, so the dots sit on top of it.
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        const EngagementBaseline band = baselines.value(it.key());
        if (!band.lowBp || !band.highBp) {
            // The title promises each platform's normal range: one without says so (Settings has them).
            it.value()->setName(tr("%1 (no normal range set)").arg(platformDisplayName(it.key())));
            continue;
        }
        auto *low = new QLineSeries(chart);
        auto *high = new QLineSeries(chart);
        low->append({QPointF(first, *band.lowBp / 100.0), QPointF(last, *band.lowBp / 100.0)});
        high->append({QPointF(first, *band.highBp / 100.0), QPointF(last, *band.highBp / 100.0)});
        auto *area = new QAreaSeries(high, low);
        area->setName(tr("%1 normal range").arg(platformDisplayName(it.key())));
        QColor fill = platformColour(it.key());
        fill.setAlphaF(0.15);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        highest = std::max(highest, *band.highBp / 100.0);
    }
    for (QScatterSeries *series : std::as_const(dots)) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    setDateRange(x, rates.first().posted.addDays(-7), rates.last().posted.addDays(7));
    setNumberRange(y, 0, highest > 0 ? highest * 1.15 : 1, QStringLiteral("%"));
    makeInteractive(chart);
}

QStringList PostRateChart::seriesSummary() const
{
    return cd::seriesSummary(m_view->chart());
}

} // namespace cd
