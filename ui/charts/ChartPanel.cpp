#include "ChartPanel.h"

#include "CampaignCharts.h"
#include "ChartExport.h"
#include "ChartParts.h"

#include <QChart>
#include <QChartView>

namespace cd {

ChartPanel::ChartPanel(const QString &viewName, const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    m_view = addChartView(this, viewName, accessibleName);
}

Status ChartPanel::showCampaignChart(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf)
{
    Status drawn = drawCampaignChart(m_view, ws, campaignId, kind, asOf);
    if (!drawn)
        showMessage(drawn.error()); // say why there is nothing to draw, rather than an empty frame
    return drawn;
}

void ChartPanel::showMessage(const QString &message)
{
    resetChart(m_view->chart(), message);
}

QString ChartPanel::title() const
{
    return m_view->chart()->title();
}

QStringList ChartPanel::seriesSummary() const
{
    return cd::seriesSummary(m_view->chart());
}

Status ChartPanel::save(const QString &path, bool svg) const
{
    return saveChart(m_view, path, svg);
}

} // namespace cd
