#include "CampaignKpis.h"

#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/Percent.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignKpis)
};

// Rounds value x numerator / denominator half away from zero (all non-negative here; a share of
// a saturated value is saturated).
qint64 roundedShare(qint64 value, qint64 numerator, qint64 denominator)
{
    if (isSaturated(value))
        return value;
    const WideCount product = WideCount(value) * numerator;
    return saturatedFromWide((product * 2 + denominator) / (WideCount(denominator) * 2));
}

// A count KPI's achievement: none when its sum is saturated (too large to be right), or so near
// the limit that the double would round past it (readers turn it back into a qint64; doubles near
// 2^63 are 1,024 apart).
std::optional<double> achievedCount(qint64 sum)
{
    if (isSaturated(sum) || sum > SaturatedCount - 1024)
        return std::nullopt;
    return double(sum);
}

struct Participant
{
    qint64 id = 0;
    QString name;
    qint64 fee = 0, productValue = 0, commissionBp = 0, points = 0, pointValue = 0;
};

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue orNull(const MoneyRatio &r)
{
    return r.hasValue() ? QJsonValue(r.plain()) : QJsonValue();
}
} // namespace

qint64 PostTotals::engagement() const
{
    return countSum({likes, comments, shares, saves});
}

void addPostSnapshot(PostTotals &t, const QSqlQuery &q, int first)
{
    // A missing number counts as 0 in sums; sums saturate rather than wrap (CountMath.h).
    const auto at = [&](int i) { return storedCount(q.value(first + i)); };
    const auto missing = [&](int i) { return q.isNull(first + i); };
    t.posts += 1;
    addCount(t.views, at(0));
    addCount(t.impressions, at(1));
    addCount(t.reach, at(2));
    addCount(t.likes, at(3));
    addCount(t.comments, at(4));
    addCount(t.shares, at(5));
    addCount(t.saves, at(6));
    addCount(t.linkClicks, at(7));
    addCount(t.promoUses, at(8));
    addCount(t.revenueMinor, at(9));
    t.postsWithRevenue += missing(9) ? 0 : 1;
    const qint64 engagement = countSum({at(3), at(4), at(5), at(6)});
    if (missing(10)) {
        t.postsWithoutFollowers += 1;
    } else {
        addCount(t.engagementWithFollowers, engagement);
        addCount(t.followersAtPosting, at(10));
    }
    if (missing(2)) {
        t.postsWithoutReach += 1;
    } else {
        addCount(t.engagementWithReach, engagement);
        addCount(t.reachOfThose, at(2));
    }
    if (missing(1)) {
        t.postsWithoutImpressions += 1;
    } else {
        addCount(t.engagementWithImpressions, engagement);
        addCount(t.impressionsOfThose, at(1));
    }
}

std::optional<double> PostTotals::rateByFollowers() const
{
    return ratioPercent(engagementWithFollowers, followersAtPosting);
}

std::optional<double> PostTotals::rateByReach() const
{
    return ratioPercent(engagementWithReach, reachOfThose);
}

std::optional<double> PostTotals::rateByImpressions() const
{
    return ratioPercent(engagementWithImpressions, impressionsOfThose);
}

std::optional<double> FollowerGrowth::percent() const
{
    return ratioPercent(gained(), before);
}

std::optional<double> KpiProgress::percent() const
{
    if (target == 0 || !achieved)
        return std::nullopt;
    const double goal = kpi == QLatin1String("engagement_rate") ? double(target) / 100.0 : double(target);
    return 100.0 * *achieved / goal;
}

namespace {
// The campaigns kpisWhere() works out: those that meet `condition` on the campaigns table (its
// placeholders bound to `values`), by start date and name. Every statement below names them so,
// and each reads all of them at once: the dashboard's 297 running campaigns at large took four
// statements each (169 ms), now four in all.
struct Chosen
{
    QString condition;
    QVariantList values;

    // "WITH chosen AS (...)": each chosen campaign with the day its "after" counts are taken (the
    // earlier of its end and the as-of date); binds `asOf` twice, then `values`.
    QString with() const
    {
        return QStringLiteral("WITH chosen AS (SELECT id, start_date, CASE WHEN end_date IS NOT NULL AND "
                              "end_date <> '' AND end_date < ? THEN end_date ELSE ? END AS after "
                              "FROM campaigns WHERE %1) ")
            .arg(condition);
    }
};

// One campaign as the statements below read it, gathered until the last of them has run.
struct Reading
{
    CampaignKpis kpis;
    QList<std::optional<qint64>> targets;
    QList<Participant> participants;
    QHash<qint64, int> index; // participant id -> its place in participants and kpis.creators
};

void finish(Reading &r)
{
    CampaignKpis &k = r.kpis;
    // Cost: fee + product value + commission on the creator's attributed revenue + points,
    // each participant's rounded to the currency's minor unit.
    qint64 cost = 0;
    for (int i = 0; i < r.participants.size(); ++i) {
        const Participant &pt = r.participants[i];
        const qint64 commission = roundedShare(k.creators[i].totals.revenueMinor, pt.commissionBp, 10'000);
        const qint64 mine = countSum({pt.fee, pt.productValue, commission, saturatingMul(pt.points, pt.pointValue)});
        CreatorKpis &creator = k.creators[i];
        creator.cost = Money(mine, k.currency);
        creator.fee = pt.fee;
        creator.productValue = pt.productValue;
        creator.commissionBp = pt.commissionBp;
        creator.commission = commission;
        creator.points = pt.points;
        creator.pointValue = pt.pointValue;
        addCount(cost, mine);
    }
    k.cost = Money(cost, k.currency);
    qint64 soFar = 0;
    for (const CreatorKpis &creator : std::as_const(k.creators))
        if (creator.totals.posts > 0) {
            addCount(soFar, creator.cost.minor());
            ++k.creatorsPosted;
        }
    k.costSoFar = Money(soFar, k.currency);
    k.cpmSoFar = MoneyRatio::of(soFar, 1000, k.totals.impressions, k.currency);
    k.cpeSoFar = MoneyRatio::of(soFar, 1, k.totals.engagement(), k.currency);
    k.cpvSoFar = MoneyRatio::of(soFar, 1, k.totals.views, k.currency);
    const qint64 gained = k.growth.gained();
    k.cpm = MoneyRatio::of(cost, 1000, k.totals.impressions, k.currency);
    k.cpe = MoneyRatio::of(cost, 1, k.totals.engagement(), k.currency);
    k.cpv = MoneyRatio::of(cost, 1, k.totals.views, k.currency);
    k.costPerNewFollower = MoneyRatio::of(cost, 1, gained, k.currency); // none unless followers grew
    // An awareness campaign reports no revenue: its ROI has no value rather than -100%.
    if (k.totals.postsWithRevenue > 0)
        k.roiPercent = ratioPercent(saturatingSub(k.totals.revenueMinor, cost), cost);

    const std::pair<const char *, std::optional<double>> achieved[] = {
        {"posts", double(k.totals.posts)},
        {"views", achievedCount(k.totals.views)},
        {"engagement_rate", k.totals.rateByFollowers()},
        {"new_followers", achievedCount(gained)},
        {"link_clicks", achievedCount(k.totals.linkClicks)},
        {"revenue", achievedCount(k.totals.revenueMinor)}};
    for (int i = 0; i < 6; ++i)
        if (r.targets[i])
            k.progress << KpiProgress{QLatin1String(achieved[i].first), *r.targets[i], achieved[i].second};
}

Result<QList<CampaignKpis>> kpisWhere(QSqlDatabase &db, const Chosen &chosen, const QDate &asOf)
{
    const QString day = isoDate(asOf);
    const QVariantList chose = QVariantList{day, day} + chosen.values;
    auto c = sql::run(
        db,
        chosen.with() + QStringLiteral("SELECT c.id, c.name, c.currency, kpi_posts, kpi_views, kpi_engagement_rate_bp, "
                                       "kpi_new_followers, kpi_link_clicks, kpi_revenue_minor "
                                       "FROM chosen JOIN campaigns c ON c.id = chosen.id "
                                       "ORDER BY c.start_date, c.name_key, c.id"),
        chose);
    if (!c)
        return c.failure();
    QList<Reading> read;
    QHash<qint64, qsizetype> byId;
    while (c->next()) {
        Reading r;
        r.kpis.campaignId = c->value(0).toLongLong();
        r.kpis.campaign = c->value(1).toString();
        r.kpis.currency = c->value(2).toString();
        r.kpis.asOf = asOf;
        for (int i = 3; i <= 8; ++i)
            r.targets << (c->isNull(i) ? std::nullopt : std::optional<qint64>(c->value(i).toLongLong()));
        byId.insert(r.kpis.campaignId, read.size());
        read << std::move(r);
    }

    // Participants that take part: declined and cancelled ones count nowhere.
    auto p = sql::run(db,
                      chosen.with() +
                          QStringLiteral("SELECT p.campaign_id, p.id, cr.name, coalesce(p.fee_minor, 0), "
                                         "coalesce(p.product_value_minor, 0), coalesce(p.commission_rate_bp, 0), "
                                         "coalesce(p.points, 0), coalesce(p.point_value_minor, 0) "
                                         "FROM chosen JOIN participants p ON p.campaign_id = chosen.id "
                                         "JOIN creators cr ON cr.id = p.creator_id "
                                         "WHERE p.status NOT IN ('declined', 'cancelled') ORDER BY cr.name_key, p.id"),
                      chose);
    if (!p)
        return p.failure();
    // The statements are not one snapshot: a row of a campaign or participant the earlier ones did
    // not read (made active or added in between) is left out, not put on another's.
    const auto readingOf = [&read, &byId](qint64 campaignId) -> Reading * {
        const auto at = byId.constFind(campaignId);
        return at == byId.constEnd() ? nullptr : &read[*at];
    };
    const auto creatorOf = [](Reading *r, qint64 participantId) -> CreatorKpis * {
        if (!r)
            return nullptr;
        const auto at = r->index.constFind(participantId);
        return at == r->index.constEnd() ? nullptr : &r->kpis.creators[*at];
    };
    while (p->next()) {
        Reading *found = readingOf(p->value(0).toLongLong());
        if (!found)
            continue;
        Reading &r = *found;
        r.participants << Participant{p->value(1).toLongLong(), p->value(2).toString(),   storedCount(p->value(3)),
                                      storedCount(p->value(4)), storedCount(p->value(5)), storedCount(p->value(6)),
                                      storedCount(p->value(7))};
        r.index.insert(r.participants.last().id, int(r.participants.size() - 1));
        r.kpis.creators << CreatorKpis{
            r.participants.last().id, r.participants.last().name, {}, {}, Money(0, r.kpis.currency)};
    }

    // Each post with its latest snapshot on or before the as-of date (posts without one do not
    // count) and the creator's followers on that platform at posting time. Both are kept beside
    // the post's newest snapshot (schema v9, its views, link clicks and promo-code uses since v11):
    // when that is not after as-of its counts are the ones, read without a seek into the snapshots;
    // the followers on the post's day never depend on as-of.
    // A post whose kept snapshot is after as-of (a report of a past day) looks its snapshot of then
    // up; the others take no seek (the CASE leaves the join nothing to find).
    QStringList counts;
    for (const char *column : {"views", "impressions", "reach", "likes", "comments", "shares", "saves", "link_clicks",
                               "promo_uses", "revenue_minor"})
        counts << QStringLiteral("CASE WHEN s.id IS NULL THEN pl.%1 ELSE s.%1 END").arg(QLatin1String(column));
    auto posts = sql::run(
        db,
        chosen.with() +
            QStringLiteral("SELECT pa.campaign_id, po.participant_id, %1, pl.followers_at_post "
                           "FROM chosen JOIN participants pa ON pa.campaign_id = chosen.id "
                           "JOIN posts po ON po.participant_id = pa.id JOIN post_latest pl ON pl.post_id = po.id "
                           "LEFT JOIN post_metric_snapshots s ON s.id = CASE WHEN pl.snapshot_date > ? THEN "
                           " (SELECT id FROM post_metric_snapshots WHERE post_id = po.id AND snapshot_date <= ? "
                           "  ORDER BY snapshot_date DESC LIMIT 1) END "
                           "WHERE pa.status NOT IN ('declined', 'cancelled') "
                           "AND (pl.snapshot_date <= ? OR s.id IS NOT NULL)")
                .arg(counts.join(QStringLiteral(", "))),
        chose + QVariantList{day, day, day});
    if (!posts)
        return posts.failure();
    while (posts->next()) {
        Reading *r = readingOf(posts->value(0).toLongLong());
        if (CreatorKpis *creator = creatorOf(r, posts->value(1).toLongLong())) {
            addPostSnapshot(r->kpis.totals, posts.value(), 2);
            addPostSnapshot(creator->totals, posts.value(), 2);
        }
    }

    // Followers before (the start) and after, per creator and campaign platform (all platforms
    // when the campaign lists none) on which the creator has an account; "after" is the kept
    // latest count unless that is later. Neither counts a snapshot after as-of: asked before the
    // start, "before" is the count of the as-of day (it took a later count, before the start).
    auto growth = sql::run(
        db,
        chosen.with() +
            QStringLiteral(
                "SELECT pa.campaign_id, pa.id, "
                "(SELECT followers FROM follower_snapshots WHERE account_id = a.id "
                " AND snapshot_date <= CASE WHEN chosen.after < chosen.start_date THEN chosen.after ELSE "
                "chosen.start_date END "
                " ORDER BY snapshot_date DESC LIMIT 1), "
                "CASE WHEN l.snapshot_date <= chosen.after THEN l.followers ELSE (SELECT followers FROM "
                " follower_snapshots WHERE account_id = a.id AND snapshot_date <= chosen.after "
                " ORDER BY snapshot_date DESC LIMIT 1) END "
                "FROM chosen JOIN participants pa ON pa.campaign_id = chosen.id "
                "JOIN accounts a ON a.creator_id = pa.creator_id LEFT JOIN follower_latest l ON l.account_id = a.id "
                "WHERE pa.status NOT IN ('declined', 'cancelled') "
                "AND (NOT EXISTS (SELECT 1 FROM campaign_platforms WHERE campaign_id = pa.campaign_id) "
                " OR a.platform IN (SELECT platform FROM campaign_platforms WHERE campaign_id = pa.campaign_id))"),
        chose);
    if (!growth)
        return growth.failure();
    while (growth->next()) {
        Reading *r = readingOf(growth->value(0).toLongLong());
        CreatorKpis *creator = creatorOf(r, growth->value(1).toLongLong());
        if (!creator)
            continue;
        FollowerGrowth &mine = creator->growth;
        if (growth->isNull(2) || growth->isNull(3)) {
            mine.leftOut += 1;
            r->kpis.growth.leftOut += 1;
            continue;
        }
        for (FollowerGrowth *g : {&mine, &r->kpis.growth}) {
            addCount(g->before, storedCount(growth->value(2)));
            addCount(g->after, storedCount(growth->value(3)));
        }
    }

    QList<CampaignKpis> result;
    result.reserve(read.size());
    for (Reading &r : read) {
        finish(r);
        result << std::move(r.kpis);
    }
    return result;
}
} // namespace

Result<CampaignKpis> campaignKpis(QSqlDatabase &db, const QString &campaign, const QDate &asOf)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM campaigns WHERE name_key = ?"), {nameKey(campaign)});
    if (!id)
        return id.failure();
    auto kpis =
        id->isNull() ? QList<CampaignKpis>() : kpisWhere(db, Chosen{QStringLiteral("id = ?"), {id.value()}}, asOf);
    if (!kpis)
        return kpis.failure();
    if (kpis->isEmpty()) // none by that name (or removed between the two statements)
        return fail(
            Text::tr("there is no campaign named '%1'; `collabdesk-cli list campaigns` shows them").arg(campaign));
    return kpis->takeFirst();
}

Result<QList<CampaignKpis>> runningCampaignKpis(QSqlDatabase &db, const QDate &asOf, std::optional<qint64> managerId)
{
    if (!managerId)
        return kpisWhere(db, Chosen{QStringLiteral("status = 'active'"), {}}, asOf);
    return kpisWhere(db,
                     // Each running campaign's few participants are looked at, not the manager's
                     // thousands (2,587 creators' at large: 163 ms against 113 for every campaign).
                     Chosen{QStringLiteral("status = 'active' AND EXISTS (SELECT 1 FROM participants p JOIN "
                                           "creators cr ON cr.id = p.creator_id WHERE p.campaign_id = campaigns.id "
                                           "AND cr.manager_id = ?)"),
                            {*managerId}},
                     asOf);
}

QJsonObject kpisToJson(const CampaignKpis &k)
{
    const auto money = [&](qint64 minor) { return Money(minor, k.currency).toPlain(); };
    const PostTotals &t = k.totals;
    QJsonObject o{{QStringLiteral("campaign"), k.campaign},
                  {QStringLiteral("currency"), k.currency},
                  {QStringLiteral("as_of"), isoDate(k.asOf)},
                  {QStringLiteral("posts"), t.posts},
                  {QStringLiteral("views"), t.views},
                  {QStringLiteral("impressions"), t.impressions},
                  {QStringLiteral("reach"), t.reach},
                  {QStringLiteral("likes"), t.likes},
                  {QStringLiteral("comments"), t.comments},
                  {QStringLiteral("shares"), t.shares},
                  {QStringLiteral("saves"), t.saves},
                  {QStringLiteral("engagement"), t.engagement()},
                  {QStringLiteral("link_clicks"), t.linkClicks},
                  {QStringLiteral("promo_uses"), t.promoUses},
                  {QStringLiteral("revenue"), money(t.revenueMinor)},
                  {QStringLiteral("engagement_rate_followers"), orNull(t.rateByFollowers())},
                  {QStringLiteral("posts_without_followers"), t.postsWithoutFollowers},
                  {QStringLiteral("engagement_rate_reach"), orNull(t.rateByReach())},
                  {QStringLiteral("posts_without_reach"), t.postsWithoutReach},
                  {QStringLiteral("engagement_rate_impressions"), orNull(t.rateByImpressions())},
                  {QStringLiteral("posts_without_impressions"), t.postsWithoutImpressions},
                  {QStringLiteral("followers_before"), k.growth.before},
                  {QStringLiteral("followers_after"), k.growth.after},
                  {QStringLiteral("follower_growth_pct"), orNull(k.growth.percent())},
                  {QStringLiteral("growth_left_out"), k.growth.leftOut},
                  {QStringLiteral("cost"), k.cost.toPlain()},
                  {QStringLiteral("cpm"), orNull(k.cpm)},
                  {QStringLiteral("cpe"), orNull(k.cpe)},
                  {QStringLiteral("cpv"), orNull(k.cpv)},
                  {QStringLiteral("cost_per_new_follower"), orNull(k.costPerNewFollower)},
                  {QStringLiteral("roi_pct"), orNull(k.roiPercent)}};
    QJsonObject progress;
    for (const KpiProgress &p : k.progress) {
        const bool isMoney = p.kpi == QLatin1String("revenue");
        const bool isRate = p.kpi == QLatin1String("engagement_rate");
        QJsonValue target = isMoney  ? QJsonValue(money(p.target))
                            : isRate ? QJsonValue(double(p.target) / 100.0)
                                     : QJsonValue(p.target);
        QJsonValue achieved = !p.achieved ? QJsonValue()
                              : isMoney   ? QJsonValue(money(saturatedFromDouble(*p.achieved)))
                              : isRate    ? QJsonValue(*p.achieved)
                                          : QJsonValue(saturatedFromDouble(*p.achieved));
        progress.insert(p.kpi, QJsonObject{{QStringLiteral("target"), target},
                                           {QStringLiteral("achieved"), achieved},
                                           {QStringLiteral("pct"), orNull(p.percent())}});
    }
    o.insert(QStringLiteral("kpi_progress"), progress);
    QJsonArray creators;
    for (const CreatorKpis &c : k.creators)
        creators.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("posts"), c.totals.posts},
                                    {QStringLiteral("engagement"), c.totals.engagement()},
                                    {QStringLiteral("engagement_rate_followers"), orNull(c.totals.rateByFollowers())},
                                    {QStringLiteral("followers_before"), c.growth.before},
                                    {QStringLiteral("followers_after"), c.growth.after},
                                    {QStringLiteral("follower_growth_pct"), orNull(c.growth.percent())},
                                    {QStringLiteral("cost"), c.cost.toPlain()}});
    o.insert(QStringLiteral("creators"), creators);
    return o;
}

} // namespace cd
