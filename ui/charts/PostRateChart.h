#pragma once

#include "analytics/Series.h"
#include "storage/WorkspaceDefaults.h"

#include <QWidget>

class QChartView;

namespace cd {

// Each post's engagement rate (by followers at posting) as a dot per platform, over the
// platform's normal band from Settings (Instagram 3%–6% by default), so a glance shows which
// posts did better or worse than usual.
class PostRateChart : public QWidget
{
    Q_OBJECT
public:
    explicit PostRateChart(QWidget *parent = nullptr);

    void setRates(const QList<PostRate> &rates, const QMap<Platform, EngagementBaseline> &baselines);
    QStringList seriesSummary() const; // "Instagram: 2", "Instagram baseline", … for tests
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace cd
