#include "CampaignReport.h"

#include "Series.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QHash>

#include <algorithm>

namespace cd {

std::optional<double> ReportPost::ratePercent() const
{
    if (!followersAtPosting || *followersAtPosting <= 0)
        return std::nullopt;
    return ratioPercent(engagement, *followersAtPosting);
}

namespace {

// Every counted post of the campaign (a participant taking part, a snapshot on or before the
// date) with the numbers the report shows; the same rules as campaignKpis.
Result<QList<std::pair<qint64, ReportPost>>> countedPosts(QSqlDatabase &db, qint64 campaignId, const QDate &asOf)
{
    auto q = sql::run(
        db,
        QStringLiteral("SELECT po.participant_id, cr.name, po.platform, po.url, po.posted_at, "
                       "s.likes, s.comments, s.shares, s.saves, s.views, s.impressions, "
                       "(SELECT f.followers FROM accounts a JOIN follower_snapshots f ON f.account_id = a.id "
                       " WHERE a.creator_id = pa.creator_id AND a.platform = po.platform "
                       " AND f.snapshot_date <= substr(po.posted_at, 1, 10) ORDER BY f.snapshot_date DESC LIMIT 1) "
                       "FROM posts po JOIN participants pa ON pa.id = po.participant_id "
                       "JOIN creators cr ON cr.id = pa.creator_id "
                       "JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots "
                       " WHERE post_id = po.id AND snapshot_date <= ? ORDER BY snapshot_date DESC LIMIT 1) "
                       "WHERE pa.campaign_id = ? AND pa.status NOT IN ('declined', 'cancelled')"),
        {isoDate(asOf), campaignId});
    if (!q)
        return q.failure();
    QList<std::pair<qint64, ReportPost>> posts;
    while (q->next()) {
        ReportPost p;
        p.creator = q->value(1).toString();
        p.platform = wordFrom<Platform>(q->value(2).toString()).value_or(Platform::Instagram);
        p.url = q->value(3).toString();
        p.postedAt = QDate::fromString(q->value(4).toString().left(10), Qt::ISODate);
        // Added here, saturating, not in SQL, where an overflow would quietly become a float.
        p.engagement = countSum(
            {storedCount(q->value(5)), storedCount(q->value(6)), storedCount(q->value(7)), storedCount(q->value(8))});
        p.views = storedCount(q->value(9));
        p.impressions = storedCount(q->value(10));
        if (!q->isNull(11))
            p.followersAtPosting = storedCount(q->value(11));
        posts.append({q->value(0).toLongLong(), p});
    }
    return posts;
}

} // namespace

Result<CampaignReport> campaignReport(Workspace &ws, qint64 campaignId, const QDate &asOf)
{
    QSqlDatabase db = ws.db();
    CampaignReport r;
    r.campaignId = campaignId;
    r.asOf = asOf;
    auto campaign = CampaignService(ws).load(campaignId);
    if (!campaign)
        return campaign.failure();
    r.campaign = campaign.value();
    auto kpis = campaignKpis(db, r.campaign.name, asOf);
    if (!kpis)
        return kpis.failure();
    r.kpis = kpis.value();
    auto budget = campaignBudget(db, campaignId, asOf);
    if (!budget)
        return budget.failure();
    r.budget = budget->budget;
    r.committed = budget->committed;
    r.paid = budget->paid;
    auto compliance = briefCompliance(db, r.campaign.name);
    if (!compliance)
        return compliance.failure();
    r.compliance = compliance.value();
    auto posts = countedPosts(db, campaignId, asOf);
    if (!posts)
        return posts.failure();

    QHash<qint64, QList<Platform>> platformsOf;
    for (const auto &[participant, post] : posts.value())
        if (!platformsOf[participant].contains(post.platform))
            platformsOf[participant].append(post.platform);
    const QMap<Platform, EngagementBaseline> bands = settings::defaults(db).baselines;
    const QString currency = r.kpis.currency;
    for (const CreatorKpis &c : r.kpis.creators) {
        ReportCreator row{c, platformsOf.value(c.participantId), std::nullopt, {}, {}};
        std::sort(row.platforms.begin(), row.platforms.end());
        if (row.platforms.size() == 1) {
            const EngagementBaseline band = bands.value(row.platforms.first());
            if (band.lowBp && band.highBp)
                row.band = band;
        }
        row.cpe = MoneyRatio::of(c.cost.minor(), 1, c.totals.engagement(), currency);
        row.cpm = MoneyRatio::of(c.cost.minor(), 1000, c.totals.impressions, currency);
        r.creators.append(row);
    }

    QList<ReportPost> best;
    for (const auto &entry : posts.value())
        best.append(entry.second);
    std::sort(best.begin(), best.end(), [](const ReportPost &a, const ReportPost &b) {
        if (a.engagement != b.engagement)
            return a.engagement > b.engagement;
        if (a.postedAt != b.postedAt)
            return a.postedAt < b.postedAt;
        return a.url < b.url;
    });
    r.topPosts = best.mid(0, 5);
    return r;
}

} // namespace cd
