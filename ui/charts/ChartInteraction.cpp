#include "ChartInteraction.h"

#include "ChartAxes.h"
#include "ChartParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <limits>

namespace cd {

namespace {

// Each value axis spans the lines still shown, so hiding the likes brings the comments, shares and
// saves up from the floor of a 12.5K axis; the day markers reach from its bottom to its top again.
void fitValueAxes(QChart *chart)
{
    for (QAbstractAxis *a : chart->axes(Qt::Vertical)) {
        auto *axis = qobject_cast<QCategoryAxis *>(a);
        if (!axis)
            continue;
        double lowest = std::numeric_limits<double>::max(), highest = std::numeric_limits<double>::lowest();
        QList<QXYSeries *> markers;
        for (QAbstractSeries *s : chart->series()) {
            auto *line = qobject_cast<QXYSeries *>(s);
            if (!line || !line->attachedAxes().contains(axis))
                continue;
            if (line->property(DayMarkerProperty).toBool()) {
                markers << line;
                continue;
            }
            if (!line->isVisible())
                continue;
            for (const QPointF &p : line->points()) {
                lowest = std::min(lowest, p.y());
                highest = std::max(highest, p.y());
            }
        }
        if (lowest > highest)
            continue; // nothing shown on this axis: keep its scale for when a line comes back
        fitNumberRange(axis, lowest, highest);
        for (QXYSeries *marker : std::as_const(markers))
            if (marker->count() == 2) {
                const double x = marker->at(0).x();
                marker->replace({QPointF(x, axis->min()), QPointF(x, axis->max())});
            }
    }
}

// As many ticks on each value axis as its height holds with room for their labels (one per 30 px,
// two to five): a short chart (1366x768, a campaign list above it) elided five labels to "…".
void fitTicksToHeight(QChart *chart, qreal plotHeight)
{
    const int ticks = std::clamp(int(plotHeight / 30), 2, 5);
    bool changed = false;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (qobject_cast<QCategoryAxis *>(axis) && axis->property("cdTicks").toInt() != ticks) {
            axis->setProperty("cdTicks", ticks);
            changed = true;
        }
    if (changed)
        fitValueAxes(chart);
}

} // namespace

void makeInteractive(QChart *chart)
{
    placeLegend(chart);
    // Laid out again at every size: the legend beside or under the plot, the ticks the height holds.
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { placeLegend(chart); });
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart](const QRectF &area) { fitTicksToHeight(chart, area.height()); });
    for (QLegendMarker *marker : chart->legend()->markers()) {
        QObject::connect(marker, &QLegendMarker::clicked, chart, [chart, marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // the entry stays, dimmed, so the line can come back
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
            fitValueAxes(chart);
        });
    }
    for (QAbstractSeries *s : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line)
            continue;
        QObject::connect(line, &QLineSeries::hovered, chart, [line](const QPointF &point, bool inside) {
            if (!inside) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date();
            const QLocale locale;
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3")
                                                   .arg(locale.toString(day, QLocale::LongFormat), line->name(),
                                                        locale.toString(point.y(), 'f', point.y() < 100 ? 2 : 0)));
        });
    }
}

} // namespace cd
