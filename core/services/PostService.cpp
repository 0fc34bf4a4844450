#include "PostService.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "common/TypedCount.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <system_error>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostService)
};
} // namespace

Result<qint64> PostService::ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                                       const QDate &postedAt)
{
    return ensurePost(tx, participantId, platform, url, normalizePostUrl(url), postedAt);
}

Result<qint64> PostService::ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                                       const QString &key, const QDate &postedAt)
{
    if (key.isEmpty())
        return failIn(
            "post_url",
            Text::tr("'%1' is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)").arg(url));
    if (!postedAt.isValid())
        return failIn("posted_at", Text::tr("a post needs the date it was posted"));
    const PostKey cacheKey{participantId, int(platform), key};
    auto known = m_posts.constFind(cacheKey);
    std::unique_lock lock(m_connection, std::defer_lock); // only when the connection is used
    QString platformWord;                                 // not made for every row of a known post
    if (known == m_posts.constEnd()) {
        platformWord = wordOf(platform);
        lock.lock();
        if (Status s = m_findPost.start(tx.db()); !s)
            return s.failure();
        m_findPost.bind(1, participantId);
        m_findPost.bind(2, platformWord);
        m_findPost.bind(3, key);
        auto row = m_findPost.step();
        if (!row)
            return row.failure();
        if (row.value()) {
            const std::pair<qint64, QDate> post{m_findPost.int64(0),
                                                QDate::fromString(m_findPost.text(1), Qt::ISODate)};
            known = m_posts.insert(cacheKey, post);
            m_postedDates.insert(post.first, post.second);
        }
    }
    if (known != m_posts.constEnd()) {
        if (known->second != postedAt)
            return failIn("posted_at",
                          Text::tr("posted %1, but this post was recorded as posted %2; a post has one posting date")
                              .arg(displayDate(postedAt), displayDate(known->second)));
        return known->first;
    }
    if (Status s = m_deliverablePosted.start(tx.db()); !s)
        return s.failure();
    m_deliverablePosted.bind(1, participantId);
    m_deliverablePosted.bind(2, platformWord);
    m_deliverablePosted.bind(3, key);
    auto row = m_deliverablePosted.step();
    if (!row)
        return row.failure();
    const QString deliverablePosted = row.value() ? m_deliverablePosted.text(0) : QString();
    if (!deliverablePosted.isEmpty() && deliverablePosted != isoDate(postedAt))
        return failIn(
            "posted_at",
            Text::tr("posted %1, but the deliverable with this URL was posted %2; a post has one posting date")
                .arg(displayDate(postedAt), deliverablePosted));
    if (Status s = m_insertPost.start(tx.db()); !s)
        return s.failure();
    m_insertPost.bind(1, participantId);
    m_insertPost.bind(2, platformWord);
    m_insertPost.bind(3, url.trimmed());
    m_insertPost.bind(4, key);
    m_insertPost.bind(5, isoDate(postedAt));
    if (auto done = m_insertPost.step(); !done)
        return done.failure();
    const qint64 id = m_insertPost.lastInsertId();
    m_posts.insert(cacheKey, {id, postedAt});
    m_postedDates.insert(id, postedAt);
    m_created.insert(id);
    // A post's numbers are named by their post (the roster and the board read back its creator's).
    tx.touch(QStringLiteral("post_metrics"), id);
    return id;
}

Result<std::optional<PostSnapshot>> PostService::snapshot(Transaction &tx, qint64 postId, const QDate &date,
                                                          const QString &currency)
{
    const std::lock_guard lock(m_connection);
    if (Status s = m_snapshot.start(tx.db()); !s)
        return s.failure();
    m_snapshot.bind(1, postId);
    m_snapshot.bind(2, isoDate(date));
    auto row = m_snapshot.step();
    if (!row)
        return row.failure();
    if (!row.value())
        return std::optional<PostSnapshot>();
    PostSnapshot s;
    s.date = date;
    std::optional<qint64> *counts[] = {&s.views,  &s.impressions, &s.reach,      &s.likes,    &s.comments,
                                       &s.shares, &s.saves,       &s.linkClicks, &s.promoUses};
    for (int i = 0; i < 9; ++i)
        *counts[i] = m_snapshot.isNull(i) ? std::nullopt : std::optional<qint64>(m_snapshot.int64(i));
    if (!m_snapshot.isNull(9))
        s.revenue = Money(m_snapshot.int64(9), currency);
    s.caption = m_snapshot.text(10);
    s.source = m_snapshot.text(11);
    s.approximate = m_snapshot.int64(12) != 0;
    return std::optional<PostSnapshot>(s);
}

Status PostService::checkSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &s)
{
    if (!s.date.isValid())
        return failIn("date", Text::tr("a snapshot needs the date its numbers were read"));
    // Today is read once: asking the clock (time zones included) cost more than the insert.
    if (!m_today.isValid())
        m_today = Clock::today();
    if (s.date > m_today)
        return failIn("date",
                      Text::tr("the date %1 is in the future; numbers are recorded as seen").arg(displayDate(s.date)));
    QDate posted = m_postedDates.value(postId);
    if (!posted.isValid()) {
        const std::lock_guard lock(m_connection);
        if (Status st = m_postedAt.start(tx.db()); !st)
            return st;
        m_postedAt.bind(1, postId);
        auto row = m_postedAt.step();
        if (!row)
            return row.failure();
        if (row.value())
            posted = QDate::fromString(m_postedAt.text(0), Qt::ISODate);
        m_postedDates.insert(postId, posted);
    }
    if (posted > s.date)
        return failIn("date", Text::tr("the numbers are dated %1, before the post went up on %2")
                                  .arg(displayDate(s.date), displayDate(posted)));
    // Named only when one is wrong: an import checks a million snapshots.
    struct Count
    {
        const std::optional<qint64> &value;
        const char *what, *column;
    };
    const Count counts[] = {{s.views, QT_TRANSLATE_NOOP("PostService", "views"), "views"},
                            {s.impressions, QT_TRANSLATE_NOOP("PostService", "impressions"), "impressions"},
                            {s.reach, QT_TRANSLATE_NOOP("PostService", "reach"), "reach"},
                            {s.likes, QT_TRANSLATE_NOOP("PostService", "likes"), "likes"},
                            {s.comments, QT_TRANSLATE_NOOP("PostService", "comments"), "comments"},
                            {s.shares, QT_TRANSLATE_NOOP("PostService", "shares"), "shares"},
                            {s.saves, QT_TRANSLATE_NOOP("PostService", "saves"), "saves"},
                            {s.linkClicks, QT_TRANSLATE_NOOP("PostService", "link clicks"), "link_clicks"},
                            {s.promoUses, QT_TRANSLATE_NOOP("PostService", "promo code uses"), "promo_uses"}};
    for (const auto &[count, what, column] : counts) {
        if (count && *count < 0)
            return failIn(column,
                          Text::tr("%1 cannot be negative (%2)").arg(Text::tr(what), QLocale().toString(*count)));
        if (count && *count > MaxTypedCount)
            return failIn(column, Text::tr("%1: %2 is more than %3; check the number")
                                      .arg(Text::tr(what), QLocale().toString(*count), maxTypedCountText()));
    }
    if (s.caption.size() <= MaxTextLength) // the label is translated only for a message
        return {};
    if (Status st = checkText(s.caption, Text::tr("caption")); !st)
        return failIn("caption", st.error());
    return {};
}

void PostService::bindSnapshot(SqliteStatement &write, int first, qint64 postId, const PostSnapshot &s)
{
    write.bind(first, postId);
    write.bind(first + 1, s.date);
    const std::optional<qint64> counts[] = {s.views,  s.impressions, s.reach,      s.likes,    s.comments,
                                            s.shares, s.saves,       s.linkClicks, s.promoUses};
    for (int i = 0; i < 9; ++i)
        write.bind(first + 2 + i, counts[i]);
    write.bind(first + 11, s.revenue ? std::optional<qint64>(s.revenue->minor()) : std::nullopt);
    write.bind(first + 12, s.caption);
    write.bind(first + 13, s.source);
    write.bind(first + 14, qint64(s.approximate));
}

Status PostService::recordSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &s)
{
    if (Status st = checkSnapshot(tx, postId, s); !st)
        return st;
    // A post created by this object has no snapshot of that day yet: a plain insert is enough.
    SqliteStatement &write = m_created.contains(postId) ? m_insert : m_upsert;
    const std::lock_guard lock(m_connection);
    if (Status st = write.start(tx.db()); !st)
        return st;
    bindSnapshot(write, 1, postId, s);
    if (auto done = write.step(); !done)
        return done.failure();
    m_pausedSummaries.note(postId);
    tx.touch(QStringLiteral("post_metrics"), postId);
    return {};
}

QByteArray PostService::batchInsert(const char *insert)
{
    QByteArray sql = insert;
    sql += " INTO post_metric_snapshots (post_id, snapshot_date, views, impressions, reach, likes, comments, shares, "
           "saves, link_clicks, promo_uses, revenue_minor, caption, source, approximate) VALUES ";
    for (int row = 0; row < BatchRows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

Status PostService::queueSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &s, qint64 tag)
{
    if (!m_created.contains(postId))
        return recordSnapshot(tx, postId, s);
    if (Status st = checkSnapshot(tx, postId, s); !st)
        return st;
    if (m_queue.capacity() == 0)
        m_queue.reserve(QueueRows);
    m_queue.push_back({postId, s, tag});
    return {};
}

Status PostService::flushSnapshots(Transaction &tx, const std::function<QString(qint64)> &origin)
{
    if (Status st = settleSnapshots(); !st)
        return st;
    if (m_queue.empty())
        return {};
    // A file that fills a batch is a bulk write: the summary trigger waits until the commit, and
    // the posts whose numbers it changes are not named (a list of thousands would be read back one
    // by one); a few rows (a campaign's quick entry) name their posts.
    const bool bulk = m_queue.size() >= BatchRows;
    const QString postMetrics = QStringLiteral("post_metrics");
    if (bulk) {
        if (Status st = m_pausedSummaries.start(tx); !st)
            return st;
        tx.touch(postMetrics);
    }
    for (const Queued &q : m_queue) {
        m_pausedSummaries.note(q.postId);
        if (!bulk)
            tx.touch(postMetrics, q.postId);
    }
    // The two buffers change places, keeping their room: a fresh one per flush cost a page fault
    // per 4 KiB of it.
    std::swap(m_queue, m_writing);
    const auto writeHere = [&] {
        Status st = writeQueued(tx.db(), origin);
        m_writing.clear();
        return st;
    };
    if (sql::onServer(tx.db())) // a server connection is Qt's, for one thread at a time
        return writeHere();
    try {
        m_write =
            std::async(std::launch::async, [this, db = tx.db(), origin]() mutable { return writeQueued(db, origin); });
    } catch (const std::system_error &) { // no thread to be had: written here, as on a server
        return writeHere();
    }
    return {};
}

Status PostService::settleSnapshots()
{
    if (!m_write.valid())
        return {};
    Status st = m_write.get();
    m_writing.clear();
    return st;
}

PostService::~PostService()
{
    if (m_write.valid())
        m_write.wait();
}

Status PostService::writeQueued(QSqlDatabase &db, const std::function<QString(qint64)> &origin)
{
    // In (post, day) order, the unique index's: the rows' keys are sorted, not the rows (moving
    // a snapshot of nine counts and two texts costs more than sorting its key).
    struct Key
    {
        qint64 post, day;
        const Queued *row;
    };
    std::vector<Key> order;
    order.reserve(m_writing.size());
    for (const Queued &q : m_writing)
        order.push_back({q.postId, q.snapshot.date.toJulianDay(), &q});
    std::sort(order.begin(), order.end(),
              [](const Key &a, const Key &b) { return a.post != b.post ? a.post < b.post : a.day < b.day; });
    const auto row = [&order](qsizetype i) -> const Queued & { return *order[size_t(i)].row; };
    const qsizetype size = qsizetype(order.size());
    qsizetype done = 0;
    SqliteStatement &batch = sql::onServer(db) ? m_insertBatch : m_insertBatchOrFail;
    for (; done + BatchRows <= size; done += BatchRows) {
        m_connection.lockAfterOthers(); // a statement at a time: the import's thread goes on between
        const std::lock_guard lock(m_connection, std::adopt_lock);
        if (Status st = batch.start(db); !st)
            return st;
        for (int i = 0; i < BatchRows; ++i)
            bindSnapshot(batch, 1 + i * SnapshotColumns, row(done + i).postId, row(done + i).snapshot);
        if (!batch.step()) {
            // Unexpected (the rows were checked one by one): the rows from the refused one on are
            // written singly below, to name it.
            done += batch.changes();
            break;
        }
    }
    for (qsizetype i = done; i < size; ++i) {
        const Queued &q = row(i);
        m_connection.lockAfterOthers();
        const std::lock_guard lock(m_connection, std::adopt_lock);
        if (Status st = m_writeOne.start(db); !st)
            return st;
        bindSnapshot(m_writeOne, 1, q.postId, q.snapshot);
        if (auto written = m_writeOne.step(); !written)
            return fail(Text::tr("%1: date: the numbers dated %2 could not be written: %3")
                            .arg(origin(q.tag), displayDate(q.snapshot.date), written.error()));
    }
    return {};
}

} // namespace cd
