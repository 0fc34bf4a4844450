#include "PostService.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostService", text);
}
QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
std::optional<qint64> optCount(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace

Result<qint64> PostService::ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                                       const QDate &postedAt)
{
    const QString key = normalizePostUrl(url);
    if (key.isEmpty())
        return fail(tr("'%1' is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)").arg(url));
    if (!postedAt.isValid())
        return fail(tr("a post needs the date it was posted"));
    auto q = sql::run(
        tx.db(),
        QStringLiteral("SELECT id, posted_at FROM posts WHERE participant_id = ? AND platform = ? AND url_key = ?"),
        {participantId, wordOf(platform), key});
    if (!q)
        return fail(q.error());
    if (q->next()) {
        if (q->value(1).toString() != isoDate(postedAt))
            return fail(tr("posted %1, but this post was recorded as posted %2; a post has one posting date")
                            .arg(isoDate(postedAt), q->value(1).toString()));
        return q->value(0).toLongLong();
    }
    auto deliverable = sql::scalar(tx.db(),
                                   QStringLiteral("SELECT posted_at FROM deliverables WHERE participant_id = ? AND "
                                                  "platform = ? AND post_url_key = ? AND posted_at IS NOT NULL"),
                                   {participantId, wordOf(platform), key});
    if (!deliverable)
        return fail(deliverable.error());
    if (!deliverable->isNull() && deliverable->toString() != isoDate(postedAt))
        return fail(tr("posted %1, but the deliverable with this URL was posted %2; a post has one posting date")
                        .arg(isoDate(postedAt), deliverable->toString()));
    auto insert = sql::run(
        tx.db(),
        QStringLiteral("INSERT INTO posts (participant_id, platform, url, url_key, posted_at) VALUES (?, ?, ?, ?, ?)"),
        {participantId, wordOf(platform), url.trimmed(), key, isoDate(postedAt)});
    if (!insert)
        return fail(insert.error());
    tx.touch(QStringLiteral("post_metrics"));
    return insert->lastInsertId().toLongLong();
}

Result<std::optional<PostSnapshot>> PostService::snapshot(Transaction &tx, qint64 postId, const QDate &date)
{
    auto q = sql::run(
        tx.db(),
        QStringLiteral("SELECT s.views, s.impressions, s.reach, s.likes, s.comments, s.shares, s.saves, "
                       "s.link_clicks, s.promo_uses, s.revenue_minor, s.caption, s.source, s.approximate, "
                       "c.currency FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                       "JOIN participants pa ON pa.id = p.participant_id JOIN campaigns c ON c.id = pa.campaign_id "
                       "WHERE s.post_id = ? AND s.snapshot_date = ?"),
        {postId, isoDate(date)});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<PostSnapshot>();
    PostSnapshot s;
    s.date = date;
    std::optional<qint64> *counts[] = {&s.views,  &s.impressions, &s.reach,      &s.likes,    &s.comments,
                                       &s.shares, &s.saves,       &s.linkClicks, &s.promoUses};
    for (int i = 0; i < 9; ++i)
        *counts[i] = optCount(q->value(i));
    if (!q->value(9).isNull())
        s.revenue = Money(q->value(9).toLongLong(), q->value(13).toString());
    s.caption = q->value(10).toString();
    s.source = q->value(11).toString();
    s.approximate = q->value(12).toBool();
    return std::optional<PostSnapshot>(s);
}

Status PostService::recordSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &s)
{
    if (!s.date.isValid())
        return fail(tr("a snapshot needs the date its numbers were read"));
    if (s.date > Clock::today())
        return fail(tr("the date %1 is in the future; numbers are recorded as seen").arg(isoDate(s.date)));
    auto posted = sql::scalar(tx.db(), QStringLiteral("SELECT posted_at FROM posts WHERE id = ?"), {postId});
    if (!posted)
        return fail(posted.error());
    if (posted->toString() > isoDate(s.date))
        return fail(
            tr("the numbers are dated %1, before the post went up on %2").arg(isoDate(s.date), posted->toString()));
    if (Status st = checkText(s.caption, tr("caption")); !st)
        return st;
    auto q = sql::run(
        tx.db(),
        QStringLiteral(
            "INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, impressions, reach, likes, "
            "comments, shares, saves, link_clicks, promo_uses, revenue_minor, caption, source, approximate) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, snapshot_date) DO UPDATE SET "
            "views = excluded.views, impressions = excluded.impressions, reach = excluded.reach, "
            "likes = excluded.likes, comments = excluded.comments, shares = excluded.shares, "
            "saves = excluded.saves, link_clicks = excluded.link_clicks, promo_uses = excluded.promo_uses, "
            "revenue_minor = excluded.revenue_minor, caption = excluded.caption, source = excluded.source, "
            "approximate = excluded.approximate"),
        {postId, isoDate(s.date), opt(s.views), opt(s.impressions), opt(s.reach), opt(s.likes), opt(s.comments),
         opt(s.shares), opt(s.saves), opt(s.linkClicks), opt(s.promoUses),
         s.revenue ? QVariant(s.revenue->minor()) : QVariant(), s.caption, s.source, int(s.approximate)});
    if (!q)
        return fail(q.error());
    tx.touch(QStringLiteral("post_metrics"));
    return {};
}

} // namespace cd
