#include "EngagementChart.h"

#include "ChartExport.h"
#include "ChartInteraction.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cd {
namespace {
constexpr int MaxPoints = 600; // about the pixels a chart has across; more only costs time

qreal msOf(const QDate &d)
{
    return qreal(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}
} // namespace

EngagementChart::EngagementChart(QWidget *parent) : QWidget(parent)
{
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("engagementChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Engagement over time"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    offerChartExport(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void EngagementChart::setSeries(const QList<EngagementPoint> &points, const QDate &start, const QDate &end)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the chart gives up the axis: it is ours to delete
        delete axis;
    }
    // Follow the application palette: light or dark.
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(tr("Engagement over time"));
    if (points.isEmpty())
        return;

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setLabelsColor(palette.color(QPalette::Text));
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setTitleText(tr("Count"));
    counts->setLabelsColor(palette.color(QPalette::Text));
    auto *rate = new QValueAxis;
    rate->setLabelFormat(QStringLiteral("%.1f%%"));
    rate->setTitleText(tr("Rate"));
    rate->setLabelsColor(palette.color(QPalette::Text));
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
        auto *series = new QLineSeries;
        series->setName(name);
        series->replace(downsample(line, MaxPoints));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(counts);
    }
    QList<QPointF> rates;
    for (const EngagementPoint &p : points)
        if (const auto r = p.rateByFollowers()) {
            rates << QPointF(msOf(p.day), *r);
            highestRate = std::max(highestRate, *r);
        }
    auto *rateSeries = new QLineSeries;
    rateSeries->setName(tr("Engagement rate"));
    QPen dashed = rateSeries->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    rateSeries->setPen(dashed);
    rateSeries->replace(downsample(rates, MaxPoints));
    chart->addSeries(rateSeries);
    rateSeries->attachAxis(x);
    rateSeries->attachAxis(rate);
    // The campaign's start and end as vertical markers.
    for (const auto &[day, label] : {std::pair{start, tr("Start")}, std::pair{end, tr("End")}}) {
        if (!day.isValid() || day < points.first().day || day > points.last().day)
            continue;
        auto *marker = new QLineSeries;
        marker->setName(label);
        marker->append(msOf(day), 0);
        marker->append(msOf(day), highest > 0 ? highest : 1);
        QPen pen(palette.color(QPalette::PlaceholderText));
        pen.setStyle(Qt::DotLine);
        marker->setPen(pen);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(counts);
    }
    x->setRange(points.first().day.startOfDay(Qt::UTC), points.last().day.startOfDay(Qt::UTC));
    counts->setRange(0, highest > 0 ? highest * 1.1 : 1);
    counts->applyNiceNumbers();
    rate->setRange(0, highestRate > 0 ? highestRate * 1.1 : 1);
    makeInteractive(chart);
}

QStringList EngagementChart::lineSummary() const
{
    QStringList lines;
    for (QAbstractSeries *s : m_view->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lines << QStringLiteral("%1: %2").arg(line->name()).arg(line->count());
    return lines;
}

} // namespace cd
