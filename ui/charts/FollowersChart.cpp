#include "FollowersChart.h"

#include "ChartAxes.h"
#include "ChartInteraction.h"
#include "ChartParts.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>

#include <limits>

namespace cd {

FollowersChart::FollowersChart(QWidget *parent) : QWidget(parent)
{
    m_view = addChartView(this, QStringLiteral("followersChartView"), tr("Followers over time"));
}

void FollowersChart::setSeries(const QList<FollowerSeries> &all)
{
    QList<CountLine> lines;
    for (const FollowerSeries &s : all)
        lines.append({platformDisplayName(s.platform), s.points});
    draw(m_view->chart(), tr("Followers over time"), lines);
}

void FollowersChart::setLines(const QString &title, const QList<CountLine> &lines,
                              const QList<std::pair<QDate, QString>> &marks, bool fromZero, bool legend)
{
    draw(m_view->chart(), title, lines, marks, fromZero);
    m_view->chart()->legend()->setVisible(legend);
}

namespace {
// A line named for a platform (a creator's own lines, a media kit's) takes the platform's colour, as
// in every chart (design.md); a creator's takes the colour of their place among the names.
void colourLine(QLineSeries *line, const QString &name, const QHash<QString, int> &order)
{
    for (const Platform p :
         {Platform::TikTok, Platform::Instagram, Platform::YouTube, Platform::Facebook, Platform::X, Platform::Blog})
        if (name == platformDisplayName(p)) {
            QPen pen = line->pen();
            pen.setColor(platformColour(p));
            line->setPen(pen);
            return;
        }
    colourCreatorLine(line, order.value(name));
}

// A date axis below (months over a long stretch, days over a short one) and a whole-number axis on
// the left, in the chart's text colour.
std::pair<QCategoryAxis *, QCategoryAxis *> addTimeAxes(QChart *chart, const QDate &first, const QDate &last)
{
    const QColor text = chartPalette().color(QPalette::Text);
    QCategoryAxis *x = makeDateAxis();
    setDateRange(x, first, last);
    x->setLabelsColor(text);
    QCategoryAxis *y = makeNumberAxis();
    y->setLabelsColor(text);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return {x, y};
}
} // namespace

void FollowersChart::draw(QChart *chart, const QString &title, const QList<CountLine> &lines,
                          const QList<std::pair<QDate, QString>> &marks, bool fromZero)
{
    resetChart(chart, title);
    QDate first, last;
    qint64 highest = 0, lowest = std::numeric_limits<qint64>::max();
    for (const auto &[name, points] : lines)
        for (const auto &[day, followers] : points) {
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
            highest = std::max(highest, followers);
            lowest = std::min(lowest, followers);
        }
    if (!first.isValid())
        return;
    const auto [x, y] = addTimeAxes(chart, first, last);
    QStringList names;
    for (const auto &[name, points] : lines)
        names << name;
    const QHash<QString, int> order = creatorOrder(names);
    for (const auto &[name, points] : lines) {
        QList<QPointF> line;
        for (const auto &[day, followers] : points)
            line << QPointF(msOf(day), double(followers));
        colourLine(addLine(chart, name, line, x, y), name, order);
    }
    markDays(chart, x, y, marks, first, last, double(highest));
    const double bottom = fromZero ? 0.0 : double(lowest) - double(highest - lowest) * 0.2 - 1;
    setNumberRange(y, std::max(0.0, bottom), highest > 0 ? double(highest) + (double(highest) - bottom) * 0.05 : 1);
    makeInteractive(chart);
}

void FollowersChart::drawGrowth(QChart *chart, const QString &title, const QList<CountLine> &lines, const QDate &since,
                                const QList<std::pair<QDate, QString>> &marks)
{
    resetChart(chart, title);
    QDate first, last;
    double highest = 0, lowest = 0;
    QList<std::pair<QString, QList<QPointF>>> changes;
    for (const auto &[name, points] : lines) {
        qint64 base = 0;
        for (const auto &[day, followers] : points)
            if (base <= 0 || day <= since)
                base = followers;
        if (base <= 0)
            continue; // no count to measure against
        QList<QPointF> line;
        for (const auto &[day, followers] : points) {
            const double change = 100.0 * double(followers - base) / double(base);
            line << QPointF(msOf(day), change);
            first = first.isValid() ? std::min(first, day) : day;
            last = last.isValid() ? std::max(last, day) : day;
            highest = std::max(highest, change);
            lowest = std::min(lowest, change);
        }
        changes.append({name, line});
    }
    if (!first.isValid())
        return;
    const auto [x, y] = addTimeAxes(chart, first, last);
    // No axis title: the chart's title says what changed since when, and its labels carry the "%"
    // (a title beside a chart 120 px high was cut to "Change ...").
    // Coloured by every creator's place, drawn or not, so each keeps the colour of the counts chart.
    QStringList names;
    for (const auto &[name, points] : lines)
        names << name;
    const QHash<QString, int> order = creatorOrder(names);
    for (const auto &[name, line] : changes)
        colourLine(addLine(chart, name, line, x, y), name, order);
    const double pad = std::max(0.5, (highest - lowest) * 0.1);
    markDays(chart, x, y, marks, first, last, highest + pad);
    setNumberRange(y, lowest - (lowest < 0 ? pad : 0), highest + pad, QStringLiteral("%"));
    makeInteractive(chart);
}

QStringList FollowersChart::lineSummary() const
{
    return seriesSummary(m_view->chart());
}

} // namespace cd
