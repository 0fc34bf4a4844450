#include "ChartAxes.h"

#include "ChartLanguage.h"
#include "ChartParts.h"

#include <QCategoryAxis>

#include <cmath>

namespace cd {
QString chartFigure(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return locale.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

QString chartNumber(double value, const QLocale &locale)
{
    const bool indonesian = locale.language() == QLocale::Indonesian;
    const double size = std::abs(value);
    struct Unit
    {
        double factor;
        const char *english, *indonesian;
    };
    static const Unit units[] = {{1e9, "B", " M"}, {1e6, "M", " jt"}, {1e3, "K", " rb"}};
    for (const Unit &u : units)
        if (size >= u.factor)
            return chartFigure(value / u.factor, locale) + QLatin1String(indonesian ? u.indonesian : u.english);
    return chartFigure(value, locale);
}

QCategoryAxis *makeNumberAxis()
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Labels and titles in the text colour, grid and axis line as faint text: on a dark window the
    // theme's dark grey titles could not be read and its light grid outshone the lines.
    const QColor text = chartPalette().color(QPalette::Text);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    QColor grid = text;
    grid.setAlpha(36);
    axis->setGridLineColor(grid);
    QColor line = text;
    line.setAlpha(90);
    axis->setLinePenColor(line);
    return axis;
}

void setNumberRange(QCategoryAxis *axis, double low, double high, const QString &suffix, int ticks)
{
    if (!(high > low))
        high = low + 1;
    const double raw = (high - low) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    const double first = std::floor(low / step) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const QLocale locale = ChartLanguage::current();
    axis->setStartValue(first);
    for (double v = first; v <= last + step / 2; v += step) {
        const double value = std::abs(v) < step / 1e6 ? 0.0 : v;
        // A share is never abbreviated: "1,500%", not "1.5K%".
        QString label = (suffix.isEmpty() ? chartNumber(value, locale) : chartFigure(value, locale)) + suffix;
        // Labels must differ; two round ticks that abbreviate alike get an invisible mark.
        while (axis->categoriesLabels().contains(label))
            label += QChar(0x200B);
        axis->append(label, v);
    }
    axis->setRange(first, last);
    // What fitNumberRange() needs to draw the axis the same way for other values.
    axis->setProperty("cdSuffix", suffix);
    axis->setProperty("cdTicks", ticks);
    axis->setProperty("cdFromZero", low == 0);
}

void fitNumberRange(QCategoryAxis *axis, double lowest, double highest)
{
    const bool fromZero = axis->property("cdFromZero").toBool();
    const bool zeroBottom = fromZero && lowest >= 0;
    const double bottom = zeroBottom ? 0 : lowest;
    const double pad = (highest > bottom ? highest - bottom : 1) * 0.05;
    // Off zero, a little room below too, but never under zero for values that are not.
    const double low = zeroBottom ? 0 : lowest >= 0 ? std::max(0.0, lowest - pad) : lowest - pad;
    setNumberRange(axis, low, highest + pad, axis->property("cdSuffix").toString(), axis->property("cdTicks").toInt());
    axis->setProperty("cdFromZero", fromZero); // the axis's own way, whatever this fit's low was
}

QCategoryAxis *makeDateAxis()
{
    return makeNumberAxis();
}

void setDateRange(QCategoryAxis *axis, const QDate &first, const QDate &lastDay)
{
    if (!first.isValid())
        return;
    const QDate last = lastDay.isValid() && lastDay > first ? lastDay : first.addDays(1);
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const QLocale locale = ChartLanguage::current();
    const qreal start = msOf(first);
    axis->setStartValue(start);
    QList<QDate> ticks;
    QString format;
    const qint64 days = first.daysTo(last);
    if (days > 120) {
        // Every month, or every second or third one over a long stretch (about a dozen labels).
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        const int step = months > 24 ? 3 : months > 12 ? 2 : 1;
        format = first.year() == last.year() ? QStringLiteral("MMM") : QStringLiteral("MMM yyyy");
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(step))
            if (d >= first)
                ticks << d;
    } else {
        format = QStringLiteral("d MMM");
        const int step = days > 42 ? 14 : days > 21 ? 7 : days > 7 ? 3 : 1;
        for (QDate d = first; d <= last; d = d.addDays(step))
            ticks << d;
    }
    for (const QDate &d : ticks)
        axis->append(locale.toString(d, format), msOf(d));
    axis->setRange(start, msOf(last));
}

} // namespace cd
