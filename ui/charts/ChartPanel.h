#pragma once

#include "common/Result.h"

#include <QDate>
#include <QWidget>

class QChartView;

namespace cd {

class Workspace;

// A chart on a page outside ui/charts/ (which must not touch Qt Charts itself): a chart view
// filling the widget, antialiased, with "Save Chart as PNG/SVG…" in its right-click menu.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // `viewName` is the object name of the chart view inside (tests find the view by it).
    ChartPanel(const QString &viewName, const QString &accessibleName, QWidget *parent = nullptr);

    // Draws the campaign's chart of `kind` as of `asOf` (see drawCampaignChart). When there is
    // nothing to draw (no KPI targets set, say), the chart is emptied and its title says why; the
    // error is returned as well.
    Status showCampaignChart(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf);
    // Empties the chart, with `message` (may be empty) where the title goes.
    void showMessage(const QString &message);

    // What is shown, for tests: the title, and "Name: points" per line (see seriesSummary()).
    QString title() const;
    QStringList seriesSummary() const;
    // Saves what is shown, as saveChart does.
    Status save(const QString &path, bool svg) const;
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view;
};

} // namespace cd
