#pragma once

#include "MoneyRatio.h"
#include "common/CountMath.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace cd {

// Sums over posts (each post's latest snapshot on or before the as-of date, used whole). Sums
// saturate rather than wrap (CountMath.h); a rate over a saturated sum has no value.
struct PostTotals
{
    int posts = 0;
    qint64 views = 0, impressions = 0, reach = 0, likes = 0, comments = 0, shares = 0, saves = 0;
    qint64 linkClicks = 0, promoUses = 0, revenueMinor = 0;
    qint64 engagement() const; // likes + comments + shares + saves, saturating
    // Engagement of the posts that have the denominator, the denominator's sum, posts without.
    qint64 engagementWithFollowers = 0, followersAtPosting = 0;
    int postsWithoutFollowers = 0;
    qint64 engagementWithReach = 0, reachOfThose = 0;
    int postsWithoutReach = 0;
    qint64 engagementWithImpressions = 0, impressionsOfThose = 0;
    int postsWithoutImpressions = 0;
    int postsWithRevenue = 0; // an empty revenue is missing, not zero: without any, ROI has no value

    std::optional<double> rateByFollowers() const;
    std::optional<double> rateByReach() const;
    std::optional<double> rateByImpressions() const;
};

// Adds one post's snapshot to `t`: the query's columns from `first` are views, impressions, reach,
// likes, comments, shares, saves, link_clicks, promo_uses, revenue_minor and the followers at
// posting time (NULL where not given). Every reader of post totals counts them this one way.
void addPostSnapshot(PostTotals &t, const QSqlQuery &q, int first);

struct FollowerGrowth
{
    qint64 before = 0, after = 0;
    int leftOut = 0; // creator-platforms without a "before" or an "after" snapshot
    qint64 gained() const { return saturatingSub(after, before); }
    // (after - before) / before x 100; none when before is 0 or a sum is saturated.
    std::optional<double> percent() const;
};

struct CreatorKpis
{
    qint64 participantId = 0;
    QString name;
    PostTotals totals;
    FollowerGrowth growth;
    Money cost;
    // What the cost is made of, in minor units (commission: rate on the revenue of their posts).
    qint64 fee = 0, productValue = 0, commissionBp = 0, commission = 0, points = 0, pointValue = 0;
};

struct KpiProgress
{
    QString kpi;                    // posts, views, engagement_rate, new_followers, link_clicks, revenue
    qint64 target = 0;              // the engagement rate's in hundredths of a percent, revenue's in minor units
    std::optional<double> achieved; // the rate in percent; none when it has no value (or its sum is saturated)
    // achieved / target x 100 (the rate's target read as a percent); none for a zero target.
    std::optional<double> percent() const;
};

// A campaign's KPIs as of a date, exactly as domain.md "Campaign KPIs, precisely" defines them.
struct CampaignKpis
{
    qint64 campaignId = 0;
    QString campaign;
    QString currency;
    QDate asOf;
    PostTotals totals;
    FollowerGrowth growth;
    Money cost;
    MoneyRatio cpm, cpe, cpv, costPerNewFollower;
    std::optional<double> roiPercent;
    // Cost so far (domain.md): the cost of the participants with at least one counted post, and the
    // ratios over their numbers (the same totals: the others have none). Shown beside the committed
    // figures mid-campaign; the KPI JSON keeps the committed ones.
    Money costSoFar;
    MoneyRatio cpmSoFar, cpeSoFar, cpvSoFar;
    int creatorsPosted = 0;
    // Whether some participants have not posted yet, so "so far" differs from "committed".
    bool hasCostSoFar() const { return creatorsPosted > 0 && creatorsPosted < creators.size(); }
    QList<KpiProgress> progress; // only the KPIs with a target
    QList<CreatorKpis> creators; // participants that take part, by name
};

// Computes the KPIs of the campaign named `campaign` (compared as names are) as of `asOf`.
// Errors: no such campaign; a database error.
Result<CampaignKpis> campaignKpis(QSqlDatabase &db, const QString &campaign, const QDate &asOf);
// The same for every running (active) campaign, by start date and name, read together: the
// dashboard's 297 at large in four statements rather than four each. With `managerId`, only those
// a creator of that manager takes part in (each campaign's KPIs whole, every creator's included).
Result<QList<CampaignKpis>> runningCampaignKpis(QSqlDatabase &db, const QDate &asOf,
                                                std::optional<qint64> managerId = std::nullopt);

// The `kpi --json` object of formats.md.
QJsonObject kpisToJson(const CampaignKpis &kpis);

// How a figure of `kpis` came about, in words with its inputs, for a tooltip: "CPE = Rp12.500.000 /
// 31.250 engagements = Rp400,00", or why it has no value. `figure` is a kpi --json member name
// (cost, cpm, cpe, cpv, cost_per_new_follower, roi_pct, engagement_rate_followers,
// engagement_rate_reach, engagement_rate_impressions, follower_growth_pct); others give "".
QString explainKpi(const CampaignKpis &kpis, const QString &figure);

// Why a figure shown as "—" has no value, in a few words to show under it ("no impressions
// recorded"); "" when it has one. For cpm, cpe, cpv, roi_pct and follower_growth_pct.
QString whyNoKpiValue(const CampaignKpis &kpis, const QString &figure);

} // namespace cd
