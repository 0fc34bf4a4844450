#pragma once

#include "Authenticity.h"
#include "CampaignKpis.h"

#include <QDate>
#include <QList>

namespace cd {

class Workspace;

// What needs a look today, across the workspace (issue 7's dashboard): active campaigns with
// their progress against targets, deliverables due this week or late, the best and worst
// engagement rates of the roster, and authenticity warnings from the last 30 days.
struct DashboardData
{
    struct Campaign
    {
        qint64 id = 0;
        QString name, brand;
        QList<KpiProgress> progress;
    };
    struct Due
    {
        qint64 campaignId = 0, deliverableId = 0;
        QString campaign, creator, title, status;
        QDate due;
        bool late = false;
    };
    struct Rate
    {
        qint64 creatorId = 0;
        QString creator;
        double percent = 0;
        int posts = 0;
    };
    QList<Campaign> active;
    QList<Due> due;          // late first, then by due date
    QList<Rate> best, worst; // five each, by the 90-day rate on the basis chosen in Settings
    QList<AuthenticityWarning> warnings;
};

Result<DashboardData> dashboard(QSqlDatabase &db, const QDate &today);

} // namespace cd
