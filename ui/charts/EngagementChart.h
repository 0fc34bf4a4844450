#pragma once

#include "analytics/Series.h"

#include <QWidget>

class QChart;
class QChartView;

namespace cd {

// A campaign's engagement over time: likes, comments, shares and saves as lines (each day the sum
// of every post's latest numbers, so the chart at a day agrees with the KPIs as of that day) and
// the engagement rate by followers on a second axis, with the campaign's start and end marked.
// All Qt Charts use stays in ui/charts/.
class EngagementChart : public QWidget
{
    Q_OBJECT
public:
    explicit EngagementChart(QWidget *parent = nullptr);

    // Shows `points`; the campaign ran from `start` to `end` (end may be invalid: still running).
    void setSeries(const QList<EngagementPoint> &points, const QDate &start, const QDate &end);
    // Draws the same into any chart (the CLI's, for one).
    static void draw(QChart *chart, const QList<EngagementPoint> &points, const QDate &start, const QDate &end);
    // An empty chart that says why in its title ("No numbers before the campaign starts on …").
    void showMessage(const QString &message);
    QString title() const;
    // Names and point counts of the lines shown (after downsampling), for tests.
    QStringList lineSummary() const;
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace cd
