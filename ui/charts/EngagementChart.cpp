#include "EngagementChart.h"

#include "ChartAxes.h"
#include "ChartInteraction.h"
#include "ChartParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>

namespace cd {

EngagementChart::EngagementChart(QWidget *parent) : QWidget(parent)
{
    m_view = addChartView(this, QStringLiteral("engagementChartView"), tr("Engagement over time"));
}

void EngagementChart::setSeries(const QList<EngagementPoint> &points, const QDate &start, const QDate &end)
{
    draw(m_view->chart(), points, start, end);
}

void EngagementChart::draw(QChart *chart, const QList<EngagementPoint> &points, const QDate &start, const QDate &end)
{
    resetChart(chart, tr("Engagement over time"));
    if (points.isEmpty())
        return;
    const QColor text = chartPalette().color(QPalette::Text);
    QCategoryAxis *x = makeDateAxis();
    x->setLabelsColor(text);
    QCategoryAxis *counts = makeNumberAxis();
    counts->setTitleText(tr("Count"));
    counts->setLabelsColor(text);
    QCategoryAxis *rate = makeNumberAxis();
    rate->setTitleText(tr("Rate (%)"));
    rate->setGridLineVisible(false); // the counts' grid is the chart's; two would not line up
    rate->setLabelsColor(text);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(rate, Qt::AlignRight);

    const std::pair<QString, qint64 EngagementPoint::*> metrics[] = {{tr("Likes"), &EngagementPoint::likes},
                                                                     {tr("Comments"), &EngagementPoint::comments},
                                                                     {tr("Shares"), &EngagementPoint::shares},
                                                                     {tr("Saves"), &EngagementPoint::saves}};
    double highest = 0, highestRate = 0;
    for (const auto &[name, member] : metrics) {
        QList<QPointF> line;
        for (const EngagementPoint &p : points) {
            line << QPointF(msOf(p.day), double(p.*member));
            highest = std::max(highest, double(p.*member));
        }
        addLine(chart, name, line, x, counts);
    }
    QList<QPointF> rates;
    for (const EngagementPoint &p : points)
        if (const auto r = p.rateByFollowers()) {
            rates << QPointF(msOf(p.day), *r);
            highestRate = std::max(highestRate, *r);
        }
    QLineSeries *rateLine = addLine(chart, tr("Engagement rate"), rates, x, rate);
    QPen dashed = rateLine->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    rateLine->setPen(dashed);
    markDays(chart, x, counts, {{start, tr("Start")}, {end, tr("End")}}, points.first().day, points.last().day,
             highest);
    setDateRange(x, points.first().day, points.last().day);
    setNumberRange(counts, 0, highest > 0 ? highest * 1.05 : 1);
    setNumberRange(rate, 0, highestRate > 0 ? highestRate * 1.05 : 1);
    makeInteractive(chart);
}

void EngagementChart::showMessage(const QString &message)
{
    resetChart(m_view->chart(), message);
}

QString EngagementChart::title() const
{
    return m_view->chart()->title();
}

QStringList EngagementChart::lineSummary() const
{
    return seriesSummary(m_view->chart());
}

} // namespace cd
