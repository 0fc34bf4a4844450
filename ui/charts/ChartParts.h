#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
class QPointF;
class QWidget;

namespace cd {

// What every chart of the app shares, so each chart file holds only its own drawing.

// A chart view filling `owner` (which gets a margin-free layout): antialiased, legend at the
// bottom, with the PNG/SVG export in its right-click menu.
QChartView *addChartView(QWidget *owner, const QString &objectName, const QString &accessibleName);

// Empties `chart` for a new drawing (series, and the axes it gives back) and styles it after the
// application palette, light or dark.
void resetChart(QChart *chart, const QString &title);

// A line named `name` through `points` (x order), downsampled to what a chart has pixels for, on
// the axes `x` and `y`.
QLineSeries *addLine(QChart *chart, const QString &name, const QList<QPointF> &points, QAbstractAxis *x,
                     QAbstractAxis *y);

// A day as a date-time axis value (milliseconds, midnight UTC).
qreal msOf(const QDate &day);

// Dotted vertical lines at the given days (the campaign's start and end) from 0 to `height`,
// where they fall between `first` and `last`.
void markDays(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const QList<std::pair<QDate, QString>> &days,
              const QDate &first, const QDate &last, double height);

// "Name: points" for each line or dot series, the name for others (bands): for tests.
QStringList seriesSummary(const QChart *chart);

} // namespace cd
