#include "ReportCharts.h"

#include "CampaignCharts.h"
#include "ChartLanguage.h"
#include "ChartParts.h"
#include "ChartPicture.h"
#include "analytics/CampaignReport.h"

#include <QChart>

namespace cd {

QHash<QString, QPicture> reportChartPictures(Workspace &ws, const CampaignReport &report,
                                             const QHash<QString, QString> &titles, ContractLanguage language)
{
    QHash<QString, QPicture> pictures;
    if (!report.hasNumbers())
        return pictures;
    const LightChartPalette print;
    const ChartLanguage words(language);
    for (const QString &kind : {reportEngagementChart, reportFollowersChart, reportTargetsChart}) {
        if (kind == reportTargetsChart && report.kpis.progress.isEmpty())
            continue;
        QChart chart; // a fresh chart each time: chartPicture must not see another drawing's axes
        // Followers as each creator's change since the start: in counts, one mega creator would
        // flatten every nano and micro creator onto the axis.
        const QString drawn = kind == reportFollowersChart ? QStringLiteral("follower_growth") : kind;
        if (!drawCampaignChart(&chart, ws, report.campaignId, drawn, report.asOf))
            continue;
        // No line to draw (no creator with follower counts in the campaign): no empty frame under a
        // title in a client's report.
        if (chart.series().isEmpty())
            continue;
        chart.setTitle(titles.value(kind));
        // Drawn at about the size it has on screen, so its type keeps the screen's proportions
        // when the report scales it to the page's width.
        pictures.insert(kind, chartPicture(&chart, QSizeF(760, 340)));
    }
    return pictures;
}

} // namespace cd
