#include "CreatorEngagement.h"

#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

std::optional<double> EngagementRate::percent() const
{
    return ratioPercent(engagement, denominator);
}

const EngagementRate &CreatorEngagement::by(const QString &basis) const
{
    if (basis == QLatin1String("reach"))
        return byReach;
    if (basis == QLatin1String("impressions"))
        return byImpressions;
    return byFollowers;
}

void addPostEngagement(CreatorEngagement &e, const QSqlQuery &q, int first)
{
    // Summed here, saturating, not in SQL: sum() stops with an error on a 64-bit overflow, and
    // adding columns there quietly turns into a float (CountMath.h).
    const auto at = [&](int i) { return storedCount(q.value(first + i)); };
    const qint64 engagement = countSum({at(0), at(1), at(2), at(3)});
    e.posts += 1;
    const auto add = [&](EngagementRate &rate, int denominator) {
        if (q.isNull(first + denominator)) {
            rate.leftOut += 1;
            return;
        }
        addCount(rate.engagement, engagement);
        addCount(rate.denominator, at(denominator));
    };
    add(e.byReach, 4);
    add(e.byImpressions, 5);
    add(e.byFollowers, 6);
}

namespace {
// Each post of the 90-day window that counts, one row each: creator_id, platform, then
// addPostEngagement's columns.
Result<QSqlQuery> runEngagementQuery(QSqlDatabase &db, const QDate &asOf, const QList<qint64> &only = {})
{
    // latest: each post in the window with its latest snapshot on or before as-of (posts without
    // one do not count) and its account's followers on its day. Both are kept beside the post's
    // newest snapshot (post_latest, schema v9): when that snapshot is not after as-of it is the one
    // (12,321 posts at large: 0.24 s -> 0.15 s, sqlite3 shell), and only a post with snapshots dated
    // after as-of (a past day asked about) seeks its snapshot. The followers on a post's day never
    // depend on as-of (the post is not after it). once: a URL posted for several campaigns counts
    // once, with the latest of those snapshots. Missing likes, comments, shares or saves count as 0
    // (addPostEngagement).
    static const QString query = QStringLiteral(R"(
WITH latest AS (
  SELECT pa.creator_id, po.platform, po.url_key, pl.snapshot_id AS snap_id, pl.snapshot_date, pl.likes,
         pl.comments, pl.shares, pl.saves, pl.reach, pl.impressions, pl.followers_at_post
  FROM posts po
  JOIN participants pa ON pa.id = po.participant_id AND pa.status NOT IN ('declined', 'cancelled')
  JOIN post_latest pl ON pl.post_id = po.id AND pl.snapshot_date <= :asOf
  WHERE po.posted_at BETWEEN :from AND :asOf%1
  UNION ALL
  SELECT pa.creator_id, po.platform, po.url_key, s.id, s.snapshot_date, s.likes, s.comments, s.shares,
         s.saves, s.reach, s.impressions, pl.followers_at_post
  FROM posts po
  JOIN participants pa ON pa.id = po.participant_id AND pa.status NOT IN ('declined', 'cancelled')
  JOIN post_latest pl ON pl.post_id = po.id AND pl.snapshot_date > :asOf
  JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots
                                          WHERE post_id = po.id AND snapshot_date <= :asOf
                                          ORDER BY snapshot_date DESC LIMIT 1)
  WHERE po.posted_at BETWEEN :from AND :asOf%1
), once AS (
  SELECT *, row_number() OVER (PARTITION BY creator_id, platform, url_key
                               ORDER BY snapshot_date DESC, snap_id DESC) AS n
  FROM latest
)
SELECT creator_id, platform, likes, comments, shares, saves, reach, impressions, followers_at_post
FROM once WHERE n = 1)");
    QStringList creators;
    for (qsizetype i = 0; i < only.size(); ++i)
        creators << QStringLiteral(":c%1").arg(i);
    QSqlQuery q(db);
    sql::streamRows(q, db);
    q.prepare(
        query.arg(only.isEmpty() ? QString() : QStringLiteral(" AND pa.creator_id IN (%1)").arg(creators.join(u','))));
    q.bindValue(QStringLiteral(":asOf"), isoDate(asOf));
    q.bindValue(QStringLiteral(":from"), isoDate(asOf.addDays(-89)));
    for (qsizetype i = 0; i < only.size(); ++i)
        q.bindValue(creators.at(i), only.at(i));
    if (!q.exec())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    return q;
}
} // namespace

Result<QHash<qint64, CreatorEngagement>> creatorEngagement(QSqlDatabase &db, const QDate &asOf,
                                                           const QList<qint64> &only)
{
    auto q = runEngagementQuery(db, asOf, only);
    if (!q)
        return fail(q.error());
    QHash<qint64, CreatorEngagement> result;
    while (q->next())
        addPostEngagement(result[q->value(0).toLongLong()], q.value(), 2);
    return result;
}

Result<QList<PlatformEngagement>> creatorEngagementByPlatform(QSqlDatabase &db, const QDate &asOf)
{
    auto q = runEngagementQuery(db, asOf);
    if (!q)
        return fail(q.error());
    // By creator, then platform word (as the grouping in SQL gave them).
    QMap<std::pair<qint64, QString>, CreatorEngagement> grouped;
    while (q->next())
        addPostEngagement(grouped[{q->value(0).toLongLong(), q->value(1).toString()}], q.value(), 2);
    QList<PlatformEngagement> result;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        result << PlatformEngagement{it.key().first, wordFrom<Platform>(it.key().second).value_or(Platform::Instagram),
                                     it.value()};
    return result;
}

QHash<qint64, CreatorEngagement> byCreator(const QList<PlatformEngagement> &platforms)
{
    QHash<qint64, CreatorEngagement> result;
    for (const PlatformEngagement &p : platforms) {
        CreatorEngagement &e = result[p.creatorId];
        e.posts += p.engagement.posts;
        for (const auto rate :
             {&CreatorEngagement::byFollowers, &CreatorEngagement::byReach, &CreatorEngagement::byImpressions}) {
            addCount((e.*rate).engagement, (p.engagement.*rate).engagement);
            addCount((e.*rate).denominator, (p.engagement.*rate).denominator);
            (e.*rate).leftOut += (p.engagement.*rate).leftOut;
        }
    }
    return result;
}

} // namespace cd
