#include "MetricEntry.h"

#include "common/Dates.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {
// Messages in the "MetricEntry" context, where lupdate files them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricEntry)
};

// A deliverable with its post and that post's snapshot on one day (bound first).
const char *const PostSelect =
    "SELECT d.id, d.participant_id, c.name, d.platform, d.title, d.post_url, d.posted_at, k.currency, "
    "s.views, s.impressions, s.reach, s.likes, s.comments, s.shares, s.saves, s.link_clicks, s.promo_uses, "
    "s.revenue_minor, s.caption, s.source, s.approximate, s.id "
    "FROM deliverables d JOIN participants p ON p.id = d.participant_id "
    "JOIN creators c ON c.id = p.creator_id JOIN campaigns k ON k.id = p.campaign_id "
    "LEFT JOIN posts o ON o.participant_id = d.participant_id AND o.platform = d.platform "
    "AND o.url_key = d.post_url_key AND d.post_url_key <> '' "
    "LEFT JOIN post_metric_snapshots s ON s.post_id = o.id AND s.snapshot_date = ? ";

EntryPost readPost(const QSqlQuery &q, const QDate &date)
{
    EntryPost post;
    post.deliverableId = q.value(0).toLongLong();
    post.participantId = q.value(1).toLongLong();
    post.creator = q.value(2).toString();
    post.platform = wordFrom<Platform>(q.value(3).toString()).value_or(Platform::Instagram);
    post.title = q.value(4).toString();
    post.url = q.value(5).toString();
    post.postedAt = QDate::fromString(q.value(6).toString().left(10), Qt::ISODate);
    post.currency = q.value(7).toString();
    if (q.isNull(21))
        return post;
    PostSnapshot s;
    s.date = date;
    std::optional<qint64> *counts[] = {&s.views,  &s.impressions, &s.reach,      &s.likes,    &s.comments,
                                       &s.shares, &s.saves,       &s.linkClicks, &s.promoUses};
    for (int i = 0; i < 9; ++i)
        if (!q.isNull(8 + i))
            *counts[i] = q.value(8 + i).toLongLong();
    if (!q.isNull(17))
        s.revenue = Money(q.value(17).toLongLong(), post.currency);
    s.caption = q.value(18).toString();
    s.source = q.value(19).toString();
    s.approximate = q.value(20).toInt() != 0;
    post.recorded = s;
    post.snapshotId = q.value(21).toLongLong();
    return post;
}
} // namespace

Result<EntryPost> MetricEntry::deliverablePost(QSqlDatabase db, qint64 deliverableId, const QDate &date)
{
    auto q = sql::run(db, QString::fromLatin1(PostSelect) + QStringLiteral("WHERE d.id = ?"),
                      {isoDate(date), deliverableId});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the deliverable no longer exists"));
    return readPost(*q, date);
}

Result<QList<EntryPost>> MetricEntry::campaignPosts(QSqlDatabase db, qint64 campaignId, const QDate &date)
{
    auto q = sql::run(db,
                      QString::fromLatin1(PostSelect) +
                          QStringLiteral("WHERE p.campaign_id = ? AND d.post_url_key <> '' AND d.posted_at IS NOT NULL "
                                         "AND substr(d.posted_at, 1, 10) <= ? "
                                         "ORDER BY c.name_key, d.platform, d.title, d.id"),
                      {isoDate(date), campaignId, isoDate(date)});
    if (!q)
        return q.failure();
    QList<EntryPost> posts;
    while (q->next())
        posts << readPost(*q, date);
    return posts;
}

bool MetricEntry::isBlank(const PostSnapshot &s)
{
    return !s.views && !s.impressions && !s.reach && !s.likes && !s.comments && !s.shares && !s.saves &&
           !s.linkClicks && !s.promoUses && !s.revenue;
}

Result<qint64> MetricEntry::record(Transaction &tx, const EntryPost &post, const PostSnapshot &snapshot)
{
    if (!post.isPosted())
        return fail(Text::tr("'%1' has no post link and posted date yet: edit the deliverable to add them, then record "
                             "its numbers")
                        .arg(post.title));
    if (isBlank(snapshot))
        return fail(
            Text::tr("no number was given for '%1': type at least one, such as views or likes").arg(post.title));
    if (snapshot.revenue && snapshot.revenue->currency() != post.currency)
        return fail(Text::tr("revenue is in %1 but the campaign counts in %2")
                        .arg(snapshot.revenue->currency(), post.currency));
    auto postId = m_posts.ensurePost(tx, post.participantId, post.platform, post.url, post.postedAt);
    if (!postId)
        return postId.failure();
    if (Status s = m_posts.recordSnapshot(tx, postId.value(), snapshot); !s)
        return s.failure();
    auto id = sql::scalar(
        tx.db(), QStringLiteral("SELECT id FROM post_metric_snapshots WHERE post_id = ? AND snapshot_date = ?"),
        {postId.value(), isoDate(snapshot.date)});
    if (!id)
        return id.failure();
    if (post.deliverableId) // (its list shows the latest numbers)
        tx.touch(QStringLiteral("deliverables"), post.deliverableId);
    else
        tx.touch(QStringLiteral("deliverables"));
    return id->toLongLong();
}

Result<qint64> MetricEntry::recordFollowers(Transaction &tx, qint64 accountId, const QDate &date, qint64 followers,
                                            const QString &source)
{
    if (Status s = CreatorService::recordFollowers(tx, accountId, date, followers, source); !s)
        return s.failure();
    auto id = sql::scalar(
        tx.db(), QStringLiteral("SELECT id FROM follower_snapshots WHERE account_id = ? AND snapshot_date = ?"),
        {accountId, isoDate(date)});
    if (!id)
        return id.failure();
    return id->toLongLong();
}

} // namespace cd
