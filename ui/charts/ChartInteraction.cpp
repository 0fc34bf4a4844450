#include "ChartInteraction.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>

namespace cd {

void makeInteractive(QChart *chart)
{
    for (QLegendMarker *marker : chart->legend()->markers()) {
        QObject::connect(marker, &QLegendMarker::clicked, chart, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // the entry stays, dimmed, so the line can come back
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
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
