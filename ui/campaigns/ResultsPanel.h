#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace cd {

class ChartPanel;
class EngagementChart;
class Workspace;

// Whether the campaign worked, as of today: its KPI figures (each explaining itself on hover) and
// its engagement over time.
class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    void reload();
    EngagementChart *chart() const { return m_chart; }
    QTabWidget *chartTabs() const { return m_charts; }
    // The tile of a kpi --json figure ("cpe"), for tests.
    QLabel *tile(const QString &figure) const;
    // The line under a tile without a target: the cost, CPE or CPM so far ('' when every creator
    // has posted), or why a figure shown as "—" has none ("no impressions yet").
    QString under(const QString &figure) const;
    // The target line under the posts or rate tile: "of the 6 target · 17%", "no target".
    QString targetText(const QString &figure) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    Workspace *m_workspace;
    bool m_stale = false;
    qint64 m_campaign = 0;
    // The KPI of campaignKpis' progress a tile's figure is measured against ('' for none).
    static QLatin1String targetKpi(QLatin1String figure);

    QList<std::pair<QString, QLabel *>> m_tiles, m_under;
    struct Target
    {
        QLatin1String kpi;
        QLabel *label;
        QWidget *line;
    };
    QList<Target> m_targets;
    QLabel *m_note;
    EngagementChart *m_chart;
    QTabWidget *m_charts;
    QList<std::pair<QString, ChartPanel *>> m_views; // kind, its chart
};

} // namespace cd
