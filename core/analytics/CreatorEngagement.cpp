#include "CreatorEngagement.h"

#include "common/Dates.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

std::optional<double> EngagementRate::percent() const
{
    if (denominator == 0)
        return std::nullopt;
    return 100.0 * double(engagement) / double(denominator);
}

const EngagementRate &CreatorEngagement::by(const QString &basis) const
{
    if (basis == QLatin1String("reach"))
        return byReach;
    if (basis == QLatin1String("impressions"))
        return byImpressions;
    return byFollowers;
}

namespace {
// `perPlatform` adds the platform to the grouping (column 1 then holds it).
Result<QSqlQuery> runEngagementQuery(QSqlDatabase &db, const QDate &asOf, bool perPlatform)
{
    // latest: each post in the window with its latest snapshot on or before as-of (posts without
    // one do not count). once: a URL posted for several campaigns counts once, with the latest of
    // those snapshots. Missing likes, comments, shares or saves count as 0.
    static const QString query = QStringLiteral(R"(
WITH latest AS (
  SELECT pa.creator_id, po.platform, po.url_key, po.posted_at, s.id AS snap_id, s.snapshot_date,
         coalesce(s.likes, 0) + coalesce(s.comments, 0) + coalesce(s.shares, 0) + coalesce(s.saves, 0) AS engagement,
         s.reach, s.impressions
  FROM posts po
  JOIN participants pa ON pa.id = po.participant_id AND pa.status NOT IN ('declined', 'cancelled')
  JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots
                                          WHERE post_id = po.id AND snapshot_date <= :asOf
                                          ORDER BY snapshot_date DESC LIMIT 1)
  WHERE po.posted_at BETWEEN :from AND :asOf
), once AS (
  SELECT *, row_number() OVER (PARTITION BY creator_id, platform, url_key
                               ORDER BY snapshot_date DESC, snap_id DESC) AS n
  FROM latest
), counted AS (
  SELECT creator_id, platform, engagement, reach, impressions,
         (SELECT f.followers FROM accounts a JOIN follower_snapshots f ON f.account_id = a.id
          WHERE a.creator_id = once.creator_id AND a.platform = once.platform
            AND f.snapshot_date <= substr(once.posted_at, 1, 10)
          ORDER BY f.snapshot_date DESC LIMIT 1) AS followers
  FROM once WHERE n = 1
)
SELECT creator_id, %1, count(*),
       coalesce(sum(CASE WHEN followers IS NOT NULL THEN engagement END), 0), coalesce(sum(followers), 0),
       sum(followers IS NULL),
       coalesce(sum(CASE WHEN reach IS NOT NULL THEN engagement END), 0), coalesce(sum(reach), 0), sum(reach IS NULL),
       coalesce(sum(CASE WHEN impressions IS NOT NULL THEN engagement END), 0), coalesce(sum(impressions), 0),
       sum(impressions IS NULL)
FROM counted GROUP BY creator_id%2)");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(perPlatform ? query.arg(QStringLiteral("platform"), QStringLiteral(", platform"))
                          : query.arg(QStringLiteral("''"), QString()));
    q.bindValue(QStringLiteral(":asOf"), isoDate(asOf));
    q.bindValue(QStringLiteral(":from"), isoDate(asOf.addDays(-89)));
    if (!q.exec())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    return q;
}

CreatorEngagement engagementOf(const QSqlQuery &q)
{
    CreatorEngagement e;
    e.posts = q.value(2).toInt();
    auto rate = [&](int column) {
        return EngagementRate{q.value(column).toLongLong(), q.value(column + 1).toLongLong(),
                              q.value(column + 2).toInt()};
    };
    e.byFollowers = rate(3);
    e.byReach = rate(6);
    e.byImpressions = rate(9);
    return e;
}
} // namespace

Result<QHash<qint64, CreatorEngagement>> creatorEngagement(QSqlDatabase &db, const QDate &asOf)
{
    auto q = runEngagementQuery(db, asOf, false);
    if (!q)
        return fail(q.error());
    QHash<qint64, CreatorEngagement> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), engagementOf(q.value()));
    return result;
}

Result<QList<PlatformEngagement>> creatorEngagementByPlatform(QSqlDatabase &db, const QDate &asOf)
{
    auto q = runEngagementQuery(db, asOf, true);
    if (!q)
        return fail(q.error());
    QList<PlatformEngagement> result;
    while (q->next())
        result << PlatformEngagement{q->value(0).toLongLong(),
                                     wordFrom<Platform>(q->value(1).toString()).value_or(Platform::Instagram),
                                     engagementOf(q.value())};
    return result;
}

} // namespace cd
