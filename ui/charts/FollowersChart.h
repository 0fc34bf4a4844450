#pragma once

#include "analytics/Series.h"

#include <QWidget>

class QChart;
class QChartView;

namespace cd {

// Follower counts over time, one line per platform (a creator's) or per creator (a campaign's),
// a step from each recorded count to the next, downsampled to what the chart can show.
class FollowersChart : public QWidget
{
    Q_OBJECT
public:
    using CountLine = std::pair<QString, QList<std::pair<QDate, qint64>>>; // name, (day, followers)

    explicit FollowersChart(QWidget *parent = nullptr);

    void setSeries(const QList<FollowerSeries> &series);
    // Shows named count lines as draw() draws them (the dashboard's roster line, for one); without a
    // legend (`legend` false) when the title names the one line (the plot then has the width).
    void setLines(const QString &title, const QList<CountLine> &lines,
                  const QList<std::pair<QDate, QString>> &marks = {}, bool fromZero = true, bool legend = true);
    // Draws named count lines into any chart, with dotted lines at `marks` (a campaign's start and
    // end). The count axis starts at zero, or (fromZero false) just under the lowest count, so a
    // roster's few percent of growth shows as a slope rather than a flat line.
    static void draw(QChart *chart, const QString &title, const QList<CountLine> &lines,
                     const QList<std::pair<QDate, QString>> &marks = {}, bool fromZero = true);
    // The same lines as each one's change in percent since its count on `since` (its last count on
    // or before that day, else its first): creators of every size side by side, a nano creator's
    // +12% as visible as a mega creator's +1%, where counts would flatten the small ones.
    static void drawGrowth(QChart *chart, const QString &title, const QList<CountLine> &lines, const QDate &since,
                           const QList<std::pair<QDate, QString>> &marks = {});
    // Names and point counts of the lines shown, for tests.
    QStringList lineSummary() const;
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace cd
