#include "Authenticity.h"

#include "CreatorEngagement.h"
#include "LatestPerUrl.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Tier.h"
#include "storage/KeptSummaries.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Authenticity)
};

QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString percent(double p)
{
    return QStringLiteral("%1%").arg(p, 0, 'f', 2);
}

QVariant creatorFilter(std::optional<qint64> creatorId)
{
    return creatorId ? QVariant(*creatorId) : QVariant();
}

// Posts whose latest snapshot (as of the date) has many likes but few comments and shares; a URL
// posted for several campaigns is looked at once. A post whose newest snapshot of all (post_latest)
// is older than `since` cannot have one as of the date that is newer: only the others are looked up
// (the agency demo's dashboard: 3,045 of 17,292 posts; on a server the whole lookup took 1.2 s, as
// PostgreSQL hashed all 1.6 million snapshots to join them). When that newest snapshot is not after
// the date it is the one (a dashboard of today), and its counts are kept beside it (schema v9): no
// seek and no snapshot read (at large 20,962 posts, 0.21-0.23 s to 0.16-0.18 s in the sqlite3 shell
// without the seek, to 0.10 s without the read).
Status lowInteraction(QSqlDatabase &db, const WorkspaceDefaults &d, const QDate &asOf, std::optional<qint64> creatorId,
                      const QDate &since, QList<AuthenticityWarning> &out)
{
    const QString sinceDay = since.isValid() ? isoDate(since) : QStringLiteral("0000-00-00");
    // Through SQLite's own API: Qt's driver made a QVariant of every column of the few thousand
    // rows, two thirds of the time of this check on the agency demo (15 ms against 4 for the
    // statement alone). The creator's name and the post's URL are read for the posts flagged only.
    SqliteStatement q(
        "SELECT pa.creator_id, po.id, po.platform, po.url_key, pl.snapshot_id, pl.snapshot_date, pl.likes, "
        "coalesce(pl.comments, 0) + coalesce(pl.shares, 0) FROM posts po JOIN post_latest pl ON pl.post_id = po.id "
        "AND pl.snapshot_date >= ?1 AND pl.snapshot_date <= ?2 JOIN participants pa ON pa.id = po.participant_id "
        "WHERE (CAST(?3 AS BIGINT) IS NULL OR pa.creator_id = ?3) "
        "UNION ALL SELECT pa.creator_id, po.id, po.platform, po.url_key, s.id, s.snapshot_date, s.likes, "
        "coalesce(s.comments, 0) + coalesce(s.shares, 0) FROM posts po JOIN post_latest pl ON pl.post_id = po.id "
        "AND pl.snapshot_date >= ?1 AND pl.snapshot_date > ?2 JOIN participants pa ON pa.id = po.participant_id "
        "JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots WHERE post_id = po.id "
        "AND snapshot_date <= ?2 ORDER BY snapshot_date DESC LIMIT 1) WHERE (CAST(?3 AS BIGINT) IS NULL OR "
        "pa.creator_id = ?3)");
    if (Status s = q.start(db); !s)
        return s.failure();
    q.bind(1, sinceDay);
    q.bind(2, asOf);
    q.bind(3, creatorId);
    struct Post
    {
        qint64 creatorId = 0, postId = 0;
        QString platform, urlKey, day;
        qint64 likes = 0, talk = 0;
    };
    LatestPerUrl<Post> once;
    // (SQL's sum of comments and shares becomes a float if it overflows: it reads saturated.)
    const Status read = forEachRow(q, [&] {
        Post p{q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(5), q.int64(6), q.int64(7)};
        once.offer(p.creatorId, p.platform, p.urlKey, p.day, q.int64(4), std::move(p));
    });
    if (!read)
        return read.failure();
    QList<Post> posts = once.take();
    std::sort(posts.begin(), posts.end(), [](const Post &a, const Post &b) {
        return std::tie(a.creatorId, a.platform, a.urlKey) < std::tie(b.creatorId, b.platform, b.urlKey);
    });
    SqliteStatement named("SELECT po.url, c.name FROM posts po JOIN participants pa ON pa.id = po.participant_id "
                          "JOIN creators c ON c.id = pa.creator_id WHERE po.id = ?1");
    for (const Post &p : std::as_const(posts)) {
        // Likes enough to matter, and comments and shares under the ratio of them.
        if (p.likes < d.suspiciousLikesMin || p.day < sinceDay ||
            WideCount(p.talk) * 10000 >= WideCount(p.likes) * d.commentShareRatioBp)
            continue;
        auto row = named.firstRowFor(db, p.postId);
        if (!row)
            return row.failure();
        if (!row.value())
            continue; // removed by a write between the two reads
        const auto platform = wordFrom<Platform>(p.platform).value_or(Platform::Instagram);
        out << AuthenticityWarning{
            AuthenticityWarning::Kind::LowInteraction,
            p.creatorId,
            named.text(1),
            platform,
            QDate::fromString(p.day, Qt::ISODate),
            Text::tr(
                "%1 post %2 has %3 likes but only %4 comments and shares (%5 of its likes, under %6): likes can be "
                "bought, comments and shares take effort")
                .arg(platformDisplayName(platform), named.text(0), count(p.likes), count(p.talk),
                     percent(100.0 * double(p.talk) / double(p.likes)), percent(d.commentShareRatioBp / 100.0))};
    }
    return {};
}

// The steps from one count of an account to its next that end between `since` and the as-of date
// and rose by more than the threshold within a few days: creator id and name, platform, then the
// day and count before and after. A threshold of 5% or more reads the kept rises (schema v7: a few
// hundred rows where the large demo has 11 million counts); a lower one compares every count of
// those days with the one before. The ordered join keeps accounts the outer loop there: each
// account's days are one range of the (account_id, snapshot_date) index, where SQLite otherwise
// walked that whole index.
Result<QSqlQuery> followerSteps(QSqlDatabase &db, const WorkspaceDefaults &d, const QDate &asOf,
                                std::optional<qint64> creatorId, const QDate &since)
{
    const QString from = since.isValid() ? isoDate(since) : QStringLiteral("0000-00-00");
    const QString picked = QStringLiteral(
        "SELECT a.creator_id, c.name, a.platform, s.before_date, s.before, s.snapshot_date, s.followers "
        "FROM steps s JOIN accounts a ON a.id = s.account_id JOIN creators c ON c.id = a.creator_id "
        "WHERE s.before > 0 AND s.snapshot_date >= ? AND (CAST(? AS BIGINT) IS NULL OR a.creator_id = ?) "
        "AND julianday(s.snapshot_date) - julianday(s.before_date) <= ? "
        "AND (s.followers - s.before) * 10000 > s.before * ? ORDER BY a.creator_id, s.snapshot_date, a.platform");
    const QVariantList pickedValues{from, creatorFilter(creatorId), creatorFilter(creatorId), d.followerJumpDays,
                                    d.followerJumpBp};
    if (d.followerJumpBp >= summaries::KeptRiseMinBp)
        return sql::run(db,
                        QStringLiteral("WITH steps AS (SELECT account_id, snapshot_date, followers, before_date, "
                                       "before_followers AS before FROM follower_rises WHERE snapshot_date <= ?) ") +
                            picked,
                        QVariantList{isoDate(asOf)} + pickedValues);
    return sql::run(
        db,
        QStringLiteral("WITH steps AS (SELECT f.account_id, f.snapshot_date, f.followers, "
                       "lag(f.snapshot_date) OVER w AS before_date, lag(f.followers) OVER w AS before "
                       "FROM accounts a %1 follower_snapshots f ON f.account_id = a.id "
                       "WHERE f.snapshot_date <= ? AND f.snapshot_date >= ? AND (CAST(? AS BIGINT) IS NULL OR "
                       "a.creator_id = ?) WINDOW w AS (PARTITION BY f.account_id ORDER BY f.snapshot_date)) ")
                .arg(sql::orderedJoin(db)) +
            picked,
        // A jump ending on `since` needs the count from up to jumpDays before it.
        QVariantList{isoDate(asOf),
                     since.isValid() ? isoDate(since.addDays(-d.followerJumpDays)) : QStringLiteral("0000-00-00"),
                     creatorFilter(creatorId), creatorFilter(creatorId)} +
            pickedValues);
}

// Follower counts up by more than the threshold from one snapshot to the next within a few days.
Status followerJumps(QSqlDatabase &db, const WorkspaceDefaults &d, const QDate &asOf, std::optional<qint64> creatorId,
                     const QDate &since, QList<AuthenticityWarning> &out)
{
    auto q = followerSteps(db, d, asOf, creatorId, since);
    if (!q)
        return q.failure();
    while (q->next()) {
        const auto platform = wordFrom<Platform>(q->value(2).toString()).value_or(Platform::Instagram);
        const QDate from = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        const qint64 before = storedCount(q->value(4)), after = storedCount(q->value(6));
        out << AuthenticityWarning{
            AuthenticityWarning::Kind::FollowerJump,
            q->value(0).toLongLong(),
            q->value(1).toString(),
            platform,
            to,
            QCoreApplication::translate("Authenticity",
                                        "%1 followers up %2 in %n day(s) (%3 on %4, %5 on %6; more than %7 within "
                                        "%8 days): a sudden jump can mean bought followers",
                                        nullptr, int(from.daysTo(to)))
                .arg(platformDisplayName(platform), percent(100.0 * (double(after) - double(before)) / double(before)),
                     count(before), isoDate(from), count(after), isoDate(to), percent(d.followerJumpBp / 100.0))
                .arg(d.followerJumpDays)};
    }
    return {};
}

// Creators whose 90-day rate by followers is far from the median of the same tier and platform.
Status outliers(QSqlDatabase &db, const WorkspaceDefaults &d, const QDate &asOf, std::optional<qint64> creatorId,
                const QList<PlatformEngagement> *engagement, QList<AuthenticityWarning> &out)
{
    Result<QList<PlatformEngagement>> rates =
        engagement ? Result<QList<PlatformEngagement>>(*engagement) : creatorEngagementByPlatform(db, asOf);
    if (!rates)
        return rates.failure();
    // Each creator-platform's tier from that platform's latest count by the as-of date: the kept
    // latest count (follower_latest) when it is not newer than that date, as on a dashboard of
    // today; looked up otherwise.
    SqliteStatement latest("SELECT a.creator_id, a.platform, CASE WHEN l.snapshot_date <= ?1 THEN l.followers "
                           "ELSE (SELECT followers FROM follower_snapshots WHERE account_id = a.id AND snapshot_date "
                           "<= ?1 ORDER BY snapshot_date DESC LIMIT 1) END FROM accounts a "
                           "LEFT JOIN follower_latest l ON l.account_id = a.id");
    if (Status s = latest.start(db); !s)
        return s.failure();
    latest.bind(1, asOf);
    QHash<std::pair<qint64, int>, qint64> followers; // (creator, platform)
    const Status read = forEachRow(latest, [&] {
        if (!latest.isNull(2))
            followers.insert({latest.int64(0), int(storedWord(latest.utf8(1), Platform::Instagram))}, latest.int64(2));
    });
    if (!read)
        return read.failure();
    struct Entry
    {
        qint64 creator;
        double rate;
    };
    // (tier, platform), in that order: a creator flagged on two platforms on one day is listed the same
    // way every time (a hash gave each run its own order).
    QMap<std::pair<int, int>, QList<Entry>> groups;
    for (const PlatformEngagement &e : rates.value()) {
        const auto rate = e.engagement.byFollowers.percent();
        const auto followed = followers.constFind({e.creatorId, int(e.platform)});
        if (!rate || followed == followers.constEnd())
            continue;
        groups[{int(tierFor(*followed, d.tiers)), int(e.platform)}] << Entry{e.creatorId, *rate};
    }
    // The names of the creators flagged only (a few among thousands).
    SqliteStatement named("SELECT name FROM creators WHERE id = ?1");
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 creator) -> Result<QString> {
        if (const auto known = names.constFind(creator); known != names.constEnd())
            return *known;
        auto row = named.firstRowFor(db, creator);
        if (!row)
            return row.failure();
        return names[creator] = row.value() ? named.text(0) : QString();
    };
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        if (g->size() < d.medianMinCreators)
            continue;
        QList<double> sorted;
        for (const Entry &e : *g)
            sorted << e.rate;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        const auto tier = Tier(g.key().first);
        const auto platform = Platform(g.key().second);
        for (const Entry &e : *g) {
            if (creatorId && e.creator != *creatorId)
                continue;
            const bool high = e.rate > median * d.medianFactor;
            const bool low = e.rate * d.medianFactor < median;
            if (!high && !low)
                continue;
            const QString text =
                high ? Text::tr(
                           "%1 engagement of %2 over the last 90 days is more than %3× the median of %4 among %5 %6 "
                           "creators on %1 in this workspace")
                     : Text::tr(
                           "%1 engagement of %2 over the last 90 days is under 1/%3 of the median of %4 among %5 %6 "
                           "creators on %1 in this workspace");
            auto name = nameOf(e.creator);
            if (!name)
                return name.failure();
            out << AuthenticityWarning{AuthenticityWarning::Kind::EngagementOutlier,
                                       e.creator,
                                       name.value(),
                                       platform,
                                       asOf,
                                       text.arg(platformDisplayName(platform), percent(e.rate))
                                           .arg(d.medianFactor)
                                           .arg(percent(median))
                                           .arg(n)
                                           .arg(tierDisplayName(tier).toLower())};
        }
    }
    return {};
}
} // namespace

Result<QList<AuthenticityWarning>> authenticityWarnings(QSqlDatabase &db, const WorkspaceDefaults &defaults,
                                                        const QDate &asOf, std::optional<qint64> creatorId,
                                                        const QDate &since, const QList<PlatformEngagement> *engagement)
{
    QList<AuthenticityWarning> warnings;
    for (const auto &check : {lowInteraction, followerJumps})
        if (Status s = check(db, defaults, asOf, creatorId, since, warnings); !s)
            return s.failure();
    if (Status s = outliers(db, defaults, asOf, creatorId, engagement, warnings); !s)
        return s.failure();
    std::stable_sort(warnings.begin(), warnings.end(), [](const AuthenticityWarning &a, const AuthenticityWarning &b) {
        return std::tie(a.creator, a.date) < std::tie(b.creator, b.date);
    });
    return warnings;
}

QString compareToBaseline(Platform platform, std::optional<double> ratePercent, const EngagementBaseline &baseline)
{
    const QString name = platformDisplayName(platform);
    if (!ratePercent)
        return Text::tr("%1: no engagement rate to compare yet").arg(name);
    if (!baseline.lowBp || !baseline.highBp)
        return Text::tr("%1: %2, no baseline for %1 (set one in Settings)").arg(name, percent(*ratePercent));
    const double low = *baseline.lowBp / 100.0, high = *baseline.highBp / 100.0;
    const QString band = QStringLiteral("%1–%2").arg(percent(low), percent(high));
    if (*ratePercent < low)
        return Text::tr("%1: %2 is below the %3 baseline").arg(name, percent(*ratePercent), band);
    if (*ratePercent > high)
        return Text::tr("%1: %2 is above the %3 baseline").arg(name, percent(*ratePercent), band);
    return Text::tr("%1: %2 is within the %3 baseline").arg(name, percent(*ratePercent), band);
}

} // namespace cd
