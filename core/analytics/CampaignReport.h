#pragma once

#include "CampaignKpis.h"
#include "brief/Compliance.h"
#include "common/Words.h"
#include "services/CampaignService.h"
#include "storage/WorkspaceDefaults.h"

#include <QDate>
#include <QList>

#include <optional>

namespace cd {

class Workspace;

// One post as the client report shows it: its latest snapshot on or before the as-of date.
struct ReportPost
{
    QString creator;
    Platform platform = Platform::Instagram;
    QString url;
    QDate postedAt;
    qint64 engagement = 0, views = 0, impressions = 0;
    std::optional<qint64> followersAtPosting; // the latest follower snapshot on or before posting
    // engagement / followers at posting x 100; none without followers.
    std::optional<double> ratePercent() const;
};

// A creator's row of the report: their KPIs with the platform's normal band beside their rate.
struct ReportCreator
{
    CreatorKpis kpis;
    QList<Platform> platforms; // of their counted posts, in Platform order
    // The band of their platform when all their counted posts are on one platform that has a band.
    std::optional<EngagementBaseline> band;
    MoneyRatio cpe, cpm; // their cost over their own engagement / impressions (x 1000)
};

// Everything the client report of a campaign says, as of a date (domain.md's KPIs, per creator,
// brief compliance and the best posts), read in one go so the document only lays it out.
struct CampaignReport
{
    qint64 campaignId = 0;
    CampaignInput campaign; // name, brand, dates, platforms, targets
    QDate asOf;
    CampaignKpis kpis;
    std::optional<qint64> budget;   // in the campaign's minor units
    qint64 committed = 0, paid = 0; // what the participants commit, what was paid by the as-of date
    QList<ReportCreator> creators;  // those taking part, by name
    QList<DeliverableCompliance> compliance;
    QList<ReportPost> topPosts; // at most five, most engagement first (ties: earlier posted)

    // Whether any post has numbers as of the date: without them the report says so instead of
    // drawing empty charts.
    bool hasNumbers() const { return kpis.totals.posts > 0; }
};

// The charts a report shows, by the kinds of `collabdesk-cli chart` that draw them.
inline const QString reportEngagementChart = QStringLiteral("engagement");
inline const QString reportFollowersChart = QStringLiteral("followers");
inline const QString reportTargetsChart = QStringLiteral("kpi");

// Reads the report of campaign `campaignId` as of `asOf`. Errors: no such campaign; a database error.
Result<CampaignReport> campaignReport(Workspace &ws, qint64 campaignId, const QDate &asOf);

} // namespace cd
