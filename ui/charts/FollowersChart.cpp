#include "FollowersChart.h"

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
constexpr int MaxPoints = 600;
}

FollowersChart::FollowersChart(QWidget *parent) : QWidget(parent)
{
    m_view = new QChartView(new QChart, this);
    m_view->setObjectName(QStringLiteral("followersChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Followers over time"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    offerChartExport(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void FollowersChart::setSeries(const QList<FollowerSeries> &all)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the chart gives up the axis: it is ours to delete
        delete axis;
    }
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(tr("Followers over time"));
    QDate first, last;
    qint64 highest = 0;
    for (const FollowerSeries &s : all)
        if (!s.points.isEmpty()) {
            first = first.isValid() ? std::min(first, s.points.first().first) : s.points.first().first;
            last = last.isValid() ? std::max(last, s.points.last().first) : s.points.last().first;
        }
    if (!first.isValid())
        return;
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setLabelsColor(palette.color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsColor(palette.color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const FollowerSeries &s : all) {
        QList<QPointF> line;
        for (const auto &[day, followers] : s.points) {
            line << QPointF(qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch()), double(followers));
            highest = std::max(highest, followers);
        }
        auto *series = new QLineSeries;
        series->setName(platformDisplayName(s.platform));
        series->replace(downsample(line, MaxPoints));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    y->setRange(0, highest > 0 ? double(highest) * 1.1 : 1);
    y->applyNiceNumbers();
    makeInteractive(chart);
}

QStringList FollowersChart::lineSummary() const
{
    QStringList lines;
    for (QAbstractSeries *s : m_view->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            lines << QStringLiteral("%1: %2").arg(line->name()).arg(line->count());
    return lines;
}

} // namespace cd
