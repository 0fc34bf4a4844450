#include "MediaKit.h"

#include "analytics/Series.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/Percent.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MediaKit)
};

Status readCreator(QSqlDatabase &db, MediaKit &kit)
{
    auto q = sql::run(db, QStringLiteral("SELECT name, niche, country FROM creators WHERE id = ?"), {kit.creatorId});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("there is no creator with id %1").arg(kit.creatorId));
    kit.name = q->value(0).toString();
    kit.niche = q->value(1).toString().trimmed();
    kit.country = q->value(2).toString().trimmed();
    auto tags =
        sql::run(db, QStringLiteral("SELECT tag, tag_key FROM creator_tags WHERE creator_id = ? ORDER BY tag_key"),
                 {kit.creatorId});
    if (!tags)
        return tags.failure();
    // The niche is often tagged too; it is said once.
    const QString nicheKey = nameKey(kit.niche);
    while (tags->next())
        if (tags->value(1).toString() != nicheKey)
            kit.tags << tags->value(0).toString();
    return {};
}

Status readAccounts(QSqlDatabase &db, MediaKit &kit, const WorkspaceDefaults &defaults)
{
    const QDate before = kit.asOf.addDays(-MediaKitDays);
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT a.platform, a.handle, f.followers, f.snapshot_date, b.followers, b.snapshot_date FROM accounts a "
            "LEFT JOIN follower_snapshots f ON f.id = (SELECT id FROM follower_snapshots WHERE account_id = a.id "
            " AND snapshot_date <= ? ORDER BY snapshot_date DESC LIMIT 1) "
            "LEFT JOIN follower_snapshots b ON b.id = (SELECT id FROM follower_snapshots WHERE account_id = a.id "
            " AND snapshot_date <= ? ORDER BY snapshot_date DESC LIMIT 1) "
            "WHERE a.creator_id = ?"),
        {isoDate(kit.asOf), isoDate(before), kit.creatorId});
    if (!q)
        return q.failure();
    while (q->next()) {
        MediaKitAccount a;
        a.platform = wordFrom<Platform>(q->value(0).toString()).value_or(Platform::Instagram);
        a.handle = q->value(1).toString();
        if (!q->isNull(2)) {
            a.followers = storedCount(q->value(2));
            a.followersOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
            a.tier = tierFor(*a.followers, defaults.tiers);
        }
        if (!q->isNull(4)) {
            a.followersBefore = storedCount(q->value(4));
            a.followersBeforeOn = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        }
        a.baseline = defaults.baselines.value(a.platform);
        kit.accounts << a;
    }
    std::sort(kit.accounts.begin(), kit.accounts.end(), [](const MediaKitAccount &x, const MediaKitAccount &y) {
        if (x.followers.value_or(-1) != y.followers.value_or(-1))
            return x.followers.value_or(-1) > y.followers.value_or(-1);
        return x.platform < y.platform;
    });

    auto series = followerSeries(db, kit.creatorId, before, kit.asOf);
    if (!series)
        return series.failure();
    for (const FollowerSeries &s : series.value())
        for (MediaKitAccount &a : kit.accounts)
            if (a.platform == s.platform)
                a.series = s.points;
    return {};
}

// The creator's engagement per platform over the 90 days: creatorEngagementByPlatform's query
// (CreatorEngagement.cpp) with the same rules, restricted to this creator so it reads only their
// posts rather than every creator's of the window; each post is added by addPostEngagement.
Status readEngagement(QSqlDatabase &db, MediaKit &kit)
{
    // latest: each of the creator's posts in the window with its latest snapshot on or before
    // as-of (posts without one do not count), from participations that take part. once: a URL
    // posted for several campaigns counts once, with the latest of those snapshots.
    auto q = sql::run(db, QStringLiteral(R"(
WITH latest AS (
  SELECT po.platform, po.url_key, po.posted_at, s.id AS snap_id, s.snapshot_date,
         s.likes, s.comments, s.shares, s.saves, s.reach, s.impressions
  FROM participants pa
  JOIN posts po ON po.participant_id = pa.id
  JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots
                                          WHERE post_id = po.id AND snapshot_date <= ?
                                          ORDER BY snapshot_date DESC LIMIT 1)
  WHERE pa.creator_id = ? AND pa.status NOT IN ('declined', 'cancelled') AND po.posted_at BETWEEN ? AND ?
), once AS (
  SELECT *, row_number() OVER (PARTITION BY platform, url_key ORDER BY snapshot_date DESC, snap_id DESC) AS n
  FROM latest
)
SELECT platform, likes, comments, shares, saves, reach, impressions,
       (SELECT f.followers FROM accounts a JOIN follower_snapshots f ON f.account_id = a.id
        WHERE a.creator_id = ? AND a.platform = once.platform
          AND f.snapshot_date <= substr(once.posted_at, 1, 10)
        ORDER BY f.snapshot_date DESC LIMIT 1)
FROM once WHERE n = 1)"),
                      {isoDate(kit.asOf), kit.creatorId, isoDate(kit.asOf.addDays(-(MediaKitDays - 1))),
                       isoDate(kit.asOf), kit.creatorId});
    if (!q)
        return q.failure();
    QHash<QString, CreatorEngagement> byPlatform;
    while (q->next()) {
        addPostEngagement(kit.engagement, q.value(), 1);
        addPostEngagement(byPlatform[q->value(0).toString()], q.value(), 1);
    }
    // A post on a platform the creator has no account on any more still counts in the total.
    for (MediaKitAccount &a : kit.accounts)
        if (auto e = byPlatform.constFind(wordOf(a.platform)); e != byPlatform.constEnd())
            a.engagement = e.value();
    return {};
}

Status readAudience(QSqlDatabase &db, MediaKit &kit)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT dimension, bucket, share_bp, as_of FROM audience_demographics "
                                     "WHERE creator_id = ? AND platform = '' ORDER BY id"),
                      {kit.creatorId});
    if (!q)
        return q.failure();
    while (q->next()) {
        const AudienceShare share{wordFrom<AudienceDimension>(q->value(0).toString()).value_or(AudienceDimension::Age),
                                  q->value(1).toString(), q->value(2).toInt()};
        switch (share.dimension) {
        case AudienceDimension::Age:
            kit.ages << share;
            break;
        case AudienceDimension::Gender:
            kit.genders << share;
            break;
        case AudienceDimension::Country:
            kit.countries << share;
            break;
        }
        kit.audienceAsOf = std::max(kit.audienceAsOf, QDate::fromString(q->value(3).toString(), Qt::ISODate));
    }
    // Known buckets in the editor's order, others (as imported) after them in the order stored.
    const auto inOrder = [](QList<AudienceShare> &shares, const QStringList &order) {
        std::stable_sort(shares.begin(), shares.end(), [&](const AudienceShare &x, const AudienceShare &y) {
            const auto rank = [&](const QString &bucket) {
                const qsizetype i = order.indexOf(bucket.toLower());
                return i < 0 ? order.size() : i;
            };
            return rank(x.bucket) < rank(y.bucket);
        });
    };
    inOrder(kit.ages, audienceAgeBands());
    inOrder(kit.genders, audienceGenders());
    std::stable_sort(kit.countries.begin(), kit.countries.end(), [](const AudienceShare &x, const AudienceShare &y) {
        return x.shareBp != y.shareBp ? x.shareBp > y.shareBp : x.bucket < y.bucket;
    });
    return {};
}

Status readCollaborations(QSqlDatabase &db, MediaKit &kit)
{
    // An invitation or a negotiation is not (yet) a collaboration, and a draft campaign is not
    // agreed: the kit shows work the creator actually took on.
    auto q = sql::run(db,
                      QStringLiteral("SELECT pa.id, b.name, c.name, c.start_date, c.end_date FROM participants pa "
                                     "JOIN campaigns c ON c.id = pa.campaign_id JOIN brands b ON b.id = c.brand_id "
                                     "WHERE pa.creator_id = ? AND pa.status IN ('confirmed', 'completed') "
                                     "AND c.status NOT IN ('draft', 'cancelled') AND c.start_date <= ? "
                                     "ORDER BY c.start_date DESC, coalesce(c.end_date, '9999-12-31') DESC, c.id DESC "
                                     "LIMIT ?"),
                      {kit.creatorId, isoDate(kit.asOf), MediaKitCollaborations});
    if (!q)
        return q.failure();
    QHash<qint64, qsizetype> index; // participant -> collaboration
    QVariantList params = {isoDate(kit.asOf)};
    QStringList marks;
    while (q->next()) {
        MediaKitCollaboration c;
        c.brand = q->value(1).toString();
        c.campaign = q->value(2).toString();
        c.start = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        c.end = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        index.insert(q->value(0).toLongLong(), kit.collaborations.size());
        params << q->value(0);
        marks << QStringLiteral("?");
        kit.collaborations << c;
    }
    if (kit.collaborations.isEmpty())
        return {};
    // Each post of those participations with its latest snapshot on or before as-of, and the
    // creator's followers on that platform at posting time (CampaignKpis' per-creator rules).
    auto posts = sql::run(
        db,
        QStringLiteral("SELECT po.participant_id, s.views, s.impressions, s.reach, s.likes, s.comments, s.shares, "
                       "s.saves, s.link_clicks, s.promo_uses, s.revenue_minor, "
                       "(SELECT f.followers FROM accounts a JOIN follower_snapshots f ON f.account_id = a.id "
                       " WHERE a.creator_id = pa.creator_id AND a.platform = po.platform "
                       " AND f.snapshot_date <= substr(po.posted_at, 1, 10) ORDER BY f.snapshot_date DESC LIMIT 1) "
                       "FROM posts po JOIN participants pa ON pa.id = po.participant_id "
                       "JOIN post_metric_snapshots s ON s.id = (SELECT id FROM post_metric_snapshots "
                       " WHERE post_id = po.id AND snapshot_date <= ? ORDER BY snapshot_date DESC LIMIT 1) "
                       "WHERE po.participant_id IN (%1)")
            .arg(marks.join(QStringLiteral(", "))),
        params);
    if (!posts)
        return posts.failure();
    while (posts->next()) {
        PostTotals &t = kit.collaborations[index.value(posts->value(0).toLongLong())].results;
        addPostSnapshot(t, posts.value(), 1);
    }
    return {};
}

Status readRates(QSqlDatabase &db, MediaKit &kit)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT platform, content_type, amount_minor, currency, notes FROM rate_cards "
                                     "WHERE creator_id = ? ORDER BY id"),
                      {kit.creatorId});
    if (!q)
        return q.failure();
    while (q->next())
        kit.rates << RateCardEntry{
            wordFrom<Platform>(q->value(0).toString()).value_or(Platform::Instagram),
            wordFrom<DeliverableFormat>(q->value(1).toString()).value_or(DeliverableFormat::Post),
            Money(q->value(2).toLongLong(), q->value(3).toString()), q->value(4).toString()};
    return {};
}
} // namespace

std::optional<double> MediaKitAccount::growthPercent() const
{
    if (!followers || !followersBefore)
        return std::nullopt;
    return ratioPercent(saturatingSub(*followers, *followersBefore), *followersBefore);
}

std::optional<qint64> MediaKit::totalFollowers() const
{
    std::optional<qint64> total;
    for (const MediaKitAccount &a : accounts)
        if (a.followers)
            total = saturatingAdd(total.value_or(0), *a.followers);
    return total;
}

std::optional<Tier> MediaKit::tier() const
{
    // Accounts are sorted largest first.
    if (accounts.isEmpty() || !accounts.first().followers)
        return std::nullopt;
    return accounts.first().tier;
}

std::optional<double> MediaKit::growthPercent() const
{
    qint64 before = 0, after = 0;
    for (const MediaKitAccount &a : accounts)
        if (a.followers && a.followersBefore) {
            addCount(before, *a.followersBefore);
            addCount(after, *a.followers);
        }
    return ratioPercent(saturatingSub(after, before), before);
}

Result<MediaKit> mediaKit(QSqlDatabase &db, qint64 creatorId, const QDate &asOf)
{
    MediaKit kit;
    kit.asOf = asOf;
    kit.creatorId = creatorId;
    const WorkspaceDefaults defaults = settings::defaults(db);
    for (const auto &read : {readCreator, readAudience, readCollaborations, readRates})
        if (Status s = read(db, kit); !s)
            return s.failure();
    if (Status s = readAccounts(db, kit, defaults); !s)
        return s.failure();
    if (Status s = readEngagement(db, kit); !s) // after the accounts, which it fills
        return s.failure();
    return kit;
}

} // namespace cd
