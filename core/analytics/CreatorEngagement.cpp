#include "CreatorEngagement.h"

#include "LatestPerUrl.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

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

PostFigures PostFigures::read(const QSqlQuery &q, int first)
{
    PostFigures post;
    for (int i = 0; i < int(post.values.size()); ++i)
        if (!q.isNull(first + i))
            post.values[i] = storedCount(q.value(first + i));
    return post;
}

PostFigures PostFigures::read(const SqliteStatement &q, int first)
{
    PostFigures post;
    for (int i = 0; i < int(post.values.size()); ++i)
        if (!q.isNull(first + i))
            post.values[i] = saturatingAdd(q.int64(first + i), 0); // qint64's lowest value reads as saturated too
    return post;
}

void addPostEngagement(CreatorEngagement &e, const QSqlQuery &q, int first)
{
    addPostEngagement(e, PostFigures::read(q, first));
}

void addPostEngagement(CreatorEngagement &e, const PostFigures &post)
{
    // Summed here, saturating, not in SQL: sum() stops with an error on a 64-bit overflow, and
    // adding columns there quietly turns into a float (CountMath.h).
    const auto at = [&](int i) { return post.values[i].value_or(0); };
    const qint64 engagement = countSum({at(0), at(1), at(2), at(3)});
    e.posts += 1;
    const auto add = [&](EngagementRate &rate, int denominator) {
        if (!post.values[denominator]) {
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
// Each post of the 90-day window that counts, as a creator, platform and its figures.
struct WindowPost
{
    qint64 creatorId = 0;
    QString platform;
    PostFigures figures;
};

Result<QList<WindowPost>> windowPosts(QSqlDatabase &db, const QDate &asOf, const QList<qint64> &only = {})
{
    // Each post in the window with its latest snapshot on or before as-of (posts without one do not
    // count) and its account's followers on its day. Both are kept beside the post's newest
    // snapshot (post_latest, schema v9): when that snapshot is not after as-of it is the one
    // (12,321 posts at large: 0.24 s -> 0.15 s, sqlite3 shell), and only a post with snapshots dated
    // after as-of (a past day asked about) seeks its snapshot. The followers on a post's day never
    // depend on as-of (the post is not after it). A URL posted for several campaigns counts once
    // (LatestPerUrl). Missing likes, comments, shares or saves count as 0 (addPostEngagement).
    // Through SQLite's own API rather than Qt's driver, which made a QVariant of every column.
    static const QByteArray query = QByteArrayLiteral(R"(
SELECT pa.creator_id, po.platform, po.url_key, pl.snapshot_id, pl.snapshot_date, pl.likes, pl.comments, pl.shares,
       pl.saves, pl.reach, pl.impressions, pl.followers_at_post
FROM posts po
JOIN participants pa ON pa.id = po.participant_id AND pa.status NOT IN ('declined', 'cancelled')
JOIN post_latest pl ON pl.post_id = po.id AND pl.snapshot_date <= ?1
WHERE po.posted_at BETWEEN ?2 AND ?1%1
UNION ALL
SELECT pa.creator_id, po.platform, po.url_key, s.id, s.snapshot_date, s.likes, s.comments, s.shares, s.saves,
       s.reach, s.impressions, pl.followers_at_post
FROM posts po
JOIN participants pa ON pa.id = po.participant_id AND pa.status NOT IN ('declined', 'cancelled')
JOIN post_latest pl ON pl.post_id = po.id AND pl.snapshot_date > ?1
JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots
                                        WHERE post_id = po.id AND snapshot_date <= ?1
                                        ORDER BY snapshot_date DESC LIMIT 1)
WHERE po.posted_at BETWEEN ?2 AND ?1%1)");
    QByteArrayList creators;
    for (qsizetype i = 0; i < only.size(); ++i)
        creators << "?" + QByteArray::number(i + 3);
    SqliteStatement q(only.isEmpty()
                          ? QByteArray(query).replace("%1", "")
                          : QByteArray(query).replace("%1", " AND pa.creator_id IN (" + creators.join(',') + ')'));
    if (Status s = q.start(db); !s)
        return s.failure();
    q.bind(1, asOf);
    q.bind(2, asOf.addDays(-89));
    for (qsizetype i = 0; i < only.size(); ++i)
        q.bind(int(i + 3), only.at(i));
    LatestPerUrl<WindowPost> once;
    const Status read = forEachRow(q, [&] {
        WindowPost post{q.int64(0), q.text(1), PostFigures::read(q, 5)};
        once.offer(post.creatorId, post.platform, q.text(2), q.text(4), q.int64(3), std::move(post));
    });
    if (!read)
        return read.failure();
    return once.take();
}
} // namespace

Result<QHash<qint64, CreatorEngagement>> creatorEngagement(QSqlDatabase &db, const QDate &asOf,
                                                           const QList<qint64> &only)
{
    auto posts = windowPosts(db, asOf, only);
    if (!posts)
        return posts.failure();
    QHash<qint64, CreatorEngagement> result;
    for (const WindowPost &p : std::as_const(posts.value()))
        addPostEngagement(result[p.creatorId], p.figures);
    return result;
}

Result<QList<PlatformEngagement>> creatorEngagementByPlatform(QSqlDatabase &db, const QDate &asOf)
{
    auto posts = windowPosts(db, asOf);
    if (!posts)
        return posts.failure();
    // By creator, then platform word.
    QMap<std::pair<qint64, QString>, CreatorEngagement> grouped;
    for (const WindowPost &p : std::as_const(posts.value()))
        addPostEngagement(grouped[{p.creatorId, p.platform}], p.figures);
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
