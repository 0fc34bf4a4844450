#pragma once

#include "analytics/Series.h"

#include <QWidget>

class QChartView;

namespace cd {

// A creator's followers per platform, day by day from each platform's snapshots (a step from one
// count to the next), downsampled to what the chart can show.
class FollowersChart : public QWidget
{
    Q_OBJECT
public:
    explicit FollowersChart(QWidget *parent = nullptr);

    void setSeries(const QList<FollowerSeries> &series);
    // Names and point counts of the lines shown, for tests.
    QStringList lineSummary() const;
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace cd
