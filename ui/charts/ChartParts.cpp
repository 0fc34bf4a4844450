#include "ChartParts.h"

#include "ChartExport.h"
#include "analytics/Series.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace cd {
namespace {
const QPalette *s_light = nullptr; // the innermost LightChartPalette's, if any
} // namespace

QPalette chartPalette()
{
    return s_light ? *s_light : QApplication::palette();
}

LightChartPalette::LightChartPalette() : m_outer(s_light)
{
    // Fusion's own palette is the light look the app has on a light desktop (Fusion is Qt's default
    // style where the platform offers none); a button colour alone makes a plain light palette.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    m_palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    s_light = &m_palette;
}

LightChartPalette::~LightChartPalette()
{
    s_light = m_outer;
}

QChartView *addChartView(QWidget *owner, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QChartView(new QChart, owner);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    offerChartExport(view);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // the chart gives up the axis: it is ours to delete
        delete axis;
    }
    const QPalette palette = chartPalette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(title);
}

QLineSeries *addLine(QChart *chart, const QString &name, const QList<QPointF> &points, QAbstractAxis *x,
                     QAbstractAxis *y)
{
    constexpr int MaxPoints = 600; // about the pixels a chart has across; more only costs time
    auto *series = new QLineSeries;
    series->setName(name);
    series->replace(downsample(points, MaxPoints));
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

void colourCreatorLine(QLineSeries *line, int order)
{
    static const QRgb hues[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    constexpr int count = int(std::size(hues));
    QPen pen{QColor(hues[std::max(0, order) % count])};
    pen.setWidth(2);
    if (order >= count)
        pen.setStyle(order >= 2 * count ? Qt::DotLine : Qt::DashLine);
    line->setPen(pen);
}

QColor platformColour(Platform platform)
{
    switch (platform) {
    case Platform::Instagram:
        return QColor(0xC1, 0x35, 0x84);
    case Platform::TikTok:
        return QColor(0x25, 0xF4, 0xEE).darker(130); // TikTok's cyan, dark enough to read on white
    case Platform::YouTube:
        return QColor(0xFF, 0x00, 0x33);
    case Platform::Facebook:
        return QColor(0x18, 0x77, 0xF2);
    case Platform::X:
        return chartPalette().color(QPalette::Text); // black on light, light on dark
    case Platform::Blog:
        break;
    }
    return QColor(0x6E, 0x77, 0x81);
}

QHash<QString, int> creatorOrder(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    QHash<QString, int> order;
    for (int i = 0; i < sorted.size(); ++i)
        order.insert(sorted[i], i);
    return order;
}

qreal msOf(const QDate &day)
{
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

void markDays(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const QList<std::pair<QDate, QString>> &days,
              const QDate &first, const QDate &last, double height)
{
    for (const auto &[day, label] : days) {
        // On the chart's first or last day the line would sit on the axis, unseen, with a legend
        // entry for nothing; the axis's own label says where the chart starts and ends.
        if (!day.isValid() || day <= first || day >= last)
            continue;
        auto *marker = new QLineSeries;
        marker->setProperty(DayMarkerProperty, true);
        marker->setName(label);
        marker->append(msOf(day), 0);
        marker->append(msOf(day), height > 0 ? height : 1);
        QPen pen(chartPalette().color(QPalette::PlaceholderText));
        pen.setStyle(Qt::DotLine);
        marker->setPen(pen);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
    }
}

void placeLegend(QChart *chart)
{
    // Beside the plot a few entries leave it the height its labels need (at 1366x768 a bottom legend
    // squeezed the engagement axis to "…" labels); a roster of creators would not fit beside it,
    // nor do more entries than the chart's height holds (a short chart cut them off).
    constexpr int MostBeside = 8; // five measures, the rate and two day markers
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    const auto shown =
        std::count_if(markers.cbegin(), markers.cend(), [](const QLegendMarker *m) { return m->isVisible(); });
    const int entryHeight = QFontMetrics(chart->legend()->font()).height() + 8;
    const bool fits = chart->size().height() <= 0 || shown * entryHeight <= chart->size().height() - 80;
    chart->legend()->setAlignment(shown <= MostBeside && fits ? Qt::AlignRight : Qt::AlignBottom);
}

QStringList seriesSummary(const QChart *chart)
{
    QStringList out;
    for (QAbstractSeries *s : chart->series())
        if (auto *points = qobject_cast<QXYSeries *>(s))
            out << QStringLiteral("%1: %2").arg(points->name()).arg(points->count());
        else
            out << s->name();
    return out;
}

} // namespace cd
