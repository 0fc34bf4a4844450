#pragma once

#include "common/Words.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPalette>
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

// The palette charts are drawn after: the application's (light or dark, as the desktop is), or
// while a LightChartPalette exists, a light one.
QPalette chartPalette();

// While it exists, charts are drawn in the light palette whatever the desktop's theme: for charts
// that are printed (documents) rather than shown. Nests; main (GUI) thread only, like Qt Charts.
class LightChartPalette
{
public:
    LightChartPalette();
    ~LightChartPalette();
    LightChartPalette(const LightChartPalette &) = delete;
    LightChartPalette &operator=(const LightChartPalette &) = delete;

private:
    QPalette m_palette;
    const QPalette *m_outer;
};

// Empties `chart` for a new drawing (series, and the axes it gives back) and styles it after
// chartPalette().
void resetChart(QChart *chart, const QString &title);

// A line named `name` through `points` (x order), downsampled to what a chart has pixels for, on
// the axes `x` and `y`.
QLineSeries *addLine(QChart *chart, const QString &name, const QList<QPointF> &points, QAbstractAxis *x,
                     QAbstractAxis *y);

// A day as a date-time axis value (milliseconds, midnight UTC).
qreal msOf(const QDate &day);

// Dotted vertical lines at the given days (the campaign's start and end) from 0 to `height`,
// where they fall strictly between `first` and `last`. Each carries DayMarkerProperty: a line that
// marks a day, not data.
constexpr const char *DayMarkerProperty = "cdDayMarker";
void markDays(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const QList<std::pair<QDate, QString>> &days,
              const QDate &first, const QDate &last, double height);

// The legend beside the plot when it has a few entries, under it when it lists many (creators).
void placeLegend(QChart *chart);

// A creator's colour in a chart (design.md): ten distinct hues (Tableau 10) by a stable order
// (the creators' names sorted), then the same hues dashed. A platform's colour is the same in
// every chart.
void colourCreatorLine(QLineSeries *line, int order);
QColor platformColour(Platform platform);
// Each name's place in the stable order creators are coloured by: their names sorted.
QHash<QString, int> creatorOrder(const QStringList &names);

// "Name: points" for each line or dot series, the name for others (bands): for tests.
QStringList seriesSummary(const QChart *chart);

} // namespace cd
