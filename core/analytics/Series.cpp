#include "Series.h"

#include "CampaignKpis.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "money/MoneySettings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace cd {

qint64 EngagementPoint::engagement() const
{
    return countSum({likes, comments, shares, saves});
}

std::optional<double> EngagementPoint::rateByFollowers() const
{
    return ratioPercent(engagementWithFollowers, followersAtPosting);
}

namespace {
struct Snapshot
{
    qint64 post;
    QDate day;
    qint64 likes, comments, shares, saves, views;
    std::optional<qint64> followers; // of the post's creator at posting time
};

// The sums of one sweep over the days. A snapshot's numbers come in and go out again when a later
// one replaces them, so they are kept in 128 bits: exact whatever the workspace holds, and read
// as saturating 64-bit figures each day (CountMath.h).
struct Running
{
    int posts = 0;
    WideCount likes = 0, comments = 0, shares = 0, saves = 0, views = 0;
    WideCount engagementWithFollowers = 0, followersAtPosting = 0;

    // Adds (sign 1) or removes (sign -1) a post's snapshot.
    void apply(const Snapshot &s, int sign)
    {
        likes += sign * WideCount(s.likes);
        comments += sign * WideCount(s.comments);
        shares += sign * WideCount(s.shares);
        saves += sign * WideCount(s.saves);
        views += sign * WideCount(s.views);
        if (s.followers) {
            engagementWithFollowers += sign * (WideCount(s.likes) + s.comments + s.shares + s.saves);
            followersAtPosting += sign * WideCount(*s.followers);
        }
    }

    EngagementPoint on(const QDate &day) const
    {
        EngagementPoint p;
        p.day = day;
        p.posts = posts;
        p.likes = saturatedFromWide(likes);
        p.comments = saturatedFromWide(comments);
        p.shares = saturatedFromWide(shares);
        p.saves = saturatedFromWide(saves);
        p.views = saturatedFromWide(views);
        p.engagementWithFollowers = saturatedFromWide(engagementWithFollowers);
        p.followersAtPosting = saturatedFromWide(followersAtPosting);
        return p;
    }
};
} // namespace

Result<QList<EngagementPoint>> engagementSeries(QSqlDatabase &db, qint64 campaignId, const QDate &from, const QDate &to,
                                                std::optional<qint64> creatorId)
{
    auto q =
        sql::run(db,
                 QStringLiteral(
                     "SELECT s.post_id, s.snapshot_date, coalesce(s.likes, 0), coalesce(s.comments, 0), "
                     "coalesce(s.shares, 0), coalesce(s.saves, 0), coalesce(s.views, 0), "
                     "(SELECT f.followers FROM accounts a JOIN follower_snapshots f ON f.account_id = a.id "
                     " WHERE a.creator_id = pa.creator_id AND a.platform = po.platform "
                     " AND f.snapshot_date <= substr(po.posted_at, 1, 10) ORDER BY f.snapshot_date DESC LIMIT 1) "
                     "FROM participants pa JOIN posts po ON po.participant_id = pa.id "
                     "JOIN post_metric_snapshots s ON s.post_id = po.id "
                     "WHERE pa.campaign_id = ? AND pa.status NOT IN ('declined', 'cancelled') AND s.snapshot_date <= ? "
                     "AND (CAST(? AS BIGINT) IS NULL OR pa.creator_id = ?) ORDER BY s.snapshot_date, s.post_id"),
                 {campaignId, isoDate(to), creatorId ? QVariant(*creatorId) : QVariant(),
                  creatorId ? QVariant(*creatorId) : QVariant()});
    if (!q)
        return q.failure();
    QList<Snapshot> snapshots;
    while (q->next())
        snapshots << Snapshot{
            q->value(0).toLongLong(), QDate::fromString(q->value(1).toString(), Qt::ISODate),
            storedCount(q->value(2)), storedCount(q->value(3)),
            storedCount(q->value(4)), storedCount(q->value(5)),
            storedCount(q->value(6)), q->isNull(7) ? std::nullopt : std::optional<qint64>(storedCount(q->value(7)))};
    // One sweep over the days: a snapshot replaces its post's previous one in the running sums.
    QList<EngagementPoint> series;
    Running running;
    QHash<qint64, qsizetype> current; // post -> its snapshot in effect
    qsizetype next = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (; next < snapshots.size() && snapshots[next].day <= day; ++next) {
            const Snapshot &s = snapshots[next];
            if (auto it = current.constFind(s.post); it != current.constEnd())
                running.apply(snapshots[*it], -1);
            else
                running.posts += 1;
            running.apply(s, 1);
            current.insert(s.post, next);
        }
        series << running.on(day);
    }
    return series;
}

Result<QList<FollowerSeries>> followerSeries(QSqlDatabase &db, qint64 creatorId, const QDate &from, const QDate &to)
{
    // The last snapshot before the range starts the line on its first day.
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT a.platform, f.snapshot_date, f.followers FROM accounts a "
                                "JOIN follower_snapshots f ON f.account_id = a.id WHERE a.creator_id = ? "
                                "AND f.snapshot_date <= ? AND f.snapshot_date >= coalesce((SELECT max(snapshot_date) "
                                "FROM follower_snapshots WHERE account_id = a.id AND snapshot_date <= ?), ?) "
                                "ORDER BY a.platform, f.snapshot_date"),
                 {creatorId, isoDate(to), isoDate(from), isoDate(from)});
    if (!q)
        return q.failure();
    QList<FollowerSeries> all;
    QList<std::pair<QDate, qint64>> counts;
    QString platform;
    const auto finish = [&] {
        if (counts.isEmpty())
            return;
        FollowerSeries series{wordFrom<Platform>(platform).value_or(Platform::Instagram), {}};
        qsizetype i = 0;
        for (QDate day = std::max(from, counts.first().first); day <= to; day = day.addDays(1)) {
            while (i + 1 < counts.size() && counts[i + 1].first <= day)
                ++i;
            series.points.append({day, counts[i].second});
        }
        all << series;
        counts.clear();
    };
    while (q->next()) {
        if (q->value(0).toString() != platform) {
            finish();
            platform = q->value(0).toString();
        }
        counts.append({QDate::fromString(q->value(1).toString(), Qt::ISODate), storedCount(q->value(2))});
    }
    finish();
    return all;
}

Result<QList<PostRate>> postRates(QSqlDatabase &db, qint64 creatorId, const QDate &from, const QDate &asOf)
{
    // A URL posted for several campaigns is one post: its latest snapshot across them counts.
    auto q = sql::run(
        db,
        QStringLiteral(
            "WITH latest AS (SELECT po.platform, po.url, po.url_key, po.posted_at, s.id AS snap, s.snapshot_date, "
            "s.likes, s.comments, s.shares, s.saves "
            "FROM posts po JOIN participants pa ON pa.id = po.participant_id "
            "JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots WHERE post_id = po.id "
            " AND snapshot_date <= ? ORDER BY snapshot_date DESC LIMIT 1) "
            "WHERE pa.creator_id = ? AND pa.status NOT IN ('declined', 'cancelled') AND po.posted_at BETWEEN ? AND ?), "
            "once AS (SELECT *, row_number() OVER (PARTITION BY platform, url_key ORDER BY snapshot_date DESC, "
            "snap DESC) AS n FROM latest) "
            "SELECT posted_at, platform, url, likes, comments, shares, saves, (SELECT f.followers FROM accounts a "
            "JOIN follower_snapshots f ON f.account_id = a.id WHERE a.creator_id = ? AND a.platform = once.platform "
            "AND f.snapshot_date <= substr(once.posted_at, 1, 10) ORDER BY f.snapshot_date DESC LIMIT 1) "
            "FROM once WHERE n = 1 "
            "ORDER BY posted_at, url"),
        {isoDate(asOf), creatorId, isoDate(from), isoDate(asOf), creatorId});
    if (!q)
        return q.failure();
    QList<PostRate> rates;
    while (q->next()) {
        // Engagement added here, saturating, not in SQL, where an overflow would quietly become a float.
        const qint64 engagement = countSum(
            {storedCount(q->value(3)), storedCount(q->value(4)), storedCount(q->value(5)), storedCount(q->value(6))});
        const qint64 followers = storedCount(q->value(7));
        const auto rate = ratioPercent(engagement, followers);
        if (q->isNull(7) || followers <= 0 || !rate)
            continue;
        rates << PostRate{QDate::fromString(q->value(0).toString().left(10), Qt::ISODate),
                          wordFrom<Platform>(q->value(1).toString()).value_or(Platform::Instagram),
                          q->value(2).toString(), *rate};
    }
    return rates;
}

Result<QList<CreatorFollowers>> campaignFollowerSeries(QSqlDatabase &db, qint64 campaignId, const QDate &from,
                                                       const QDate &to)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT cr.id, cr.name, a.platform FROM participants p JOIN creators cr ON cr.id = "
                                "p.creator_id LEFT JOIN accounts a ON a.creator_id = cr.id AND (NOT EXISTS (SELECT "
                                "1 FROM campaign_platforms WHERE campaign_id = ?) OR a.platform IN (SELECT platform "
                                "FROM campaign_platforms WHERE campaign_id = ?)) WHERE p.campaign_id = ? AND "
                                "p.status NOT IN ('declined', 'cancelled') ORDER BY cr.name_key"),
                 {campaignId, campaignId, campaignId});
    if (!q)
        return q.failure();
    QList<std::pair<qint64, QString>> creators;
    QHash<qint64, QStringList> platforms;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (!platforms.contains(id))
            creators.append({id, q->value(1).toString()});
        platforms[id]; // a creator with no account on the campaign's platforms has none
        if (!q->value(2).isNull())
            platforms[id] << q->value(2).toString();
    }
    QList<CreatorFollowers> all;
    for (const auto &[id, name] : creators) {
        auto series = followerSeries(db, id, from, to);
        if (!series)
            return series.failure();
        // Sum the campaign's platforms day by day, from the first day every one of them has a count.
        QMap<QDate, qint64> sum;
        QMap<QDate, int> counted;
        int used = 0;
        for (const FollowerSeries &s : series.value()) {
            if (!platforms.value(id).contains(wordOf(s.platform)))
                continue;
            ++used;
            for (const auto &[day, n] : s.points) {
                addCount(sum[day], n);
                counted[day] += 1;
            }
        }
        CreatorFollowers line{name, {}};
        for (auto it = sum.cbegin(); it != sum.cend(); ++it)
            if (counted.value(it.key()) == used)
                line.points.append({it.key(), it.value()});
        all << line; // empty: the chart says whose counts are missing rather than leave them out unsaid
    }
    return all;
}

Result<BudgetFigures> campaignBudget(QSqlDatabase &db, qint64 campaignId, const QDate &asOf)
{
    // Paid counts one direction (domain.md "Budget"): what a brand paid its creators, or what the
    // brand paid an agency; an agency's payable to the creator is a share of that receivable, and
    // counting both would count the same money twice.
    const PaymentDirection direction = MoneySettings::read(db).termsDirection();
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT c.budget_minor, c.currency, "
            "(SELECT coalesce(sum(pay.amount_minor), 0) FROM payments pay JOIN participants p ON p.id = "
            "pay.participant_id WHERE p.campaign_id = c.id AND pay.direction = ? AND pay.paid_date IS NOT NULL AND "
            "pay.paid_date <= ?), c.name "
            "FROM campaigns c WHERE c.id = ?"),
        {wordOf(direction), isoDate(asOf), campaignId});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(QCoreApplication::translate("Series", "the campaign no longer exists"));
    BudgetFigures b;
    if (!q->isNull(0))
        b.budget = q->value(0).toLongLong();
    b.currency = q->value(1).toString();
    b.paid = q->value(2).toLongLong();
    // Committed is the participants' cost (domain.md "Budget"), commission on the revenue so far
    // included: without it the paid line, which counts commission paid, rose above it.
    auto kpis = campaignKpis(db, q->value(3).toString(), asOf);
    if (!kpis)
        return kpis.failure();
    b.committed = kpis->cost.minor();
    return b;
}

QList<QPointF> downsample(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 4)
        return points;
    // First and last stay; the rest go into buckets that each give two points.
    const qsizetype inner = points.size() - 2;
    const qsizetype buckets = (maxPoints - 2) / 2;
    QList<QPointF> out;
    out.reserve(maxPoints);
    out << points.first();
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype begin = 1 + b * inner / buckets;
        const qsizetype end = 1 + (b + 1) * inner / buckets;
        if (begin >= end)
            continue;
        const auto [low, high] = std::minmax_element(points.begin() + begin, points.begin() + end,
                                                     [](const QPointF &p, const QPointF &q) { return p.y() < q.y(); });
        // In x order, so the line does not fold back.
        if (low - points.begin() <= high - points.begin())
            out << *low << *high;
        else
            out << *high << *low;
        if (low == high)
            out.removeLast();
    }
    out << points.last();
    return out;
}

} // namespace cd
