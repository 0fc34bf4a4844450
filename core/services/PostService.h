#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include "storage/ConnectionTurns.h"
#include "storage/KeptSummaries.h"
#include "storage/SqliteStatement.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>
#include <future>
#include <optional>
#include <vector>

namespace cd {

class Transaction;

// A post's numbers on one day. An absent value is "not given", never zero.
struct PostSnapshot
{
    QDate date;
    std::optional<qint64> views, impressions, reach, likes, comments, shares, saves, linkClicks, promoUses;
    std::optional<Money> revenue; // in the campaign's currency
    QString caption;
    QString source;
    bool approximate = false; // counts read from abbreviations such as 1.2K
    friend bool operator==(const PostSnapshot &, const PostSnapshot &) = default;
};

// Posts (one per participant, platform and normalised URL) and their dated metric snapshots.
class PostService
{
public:
    // The post of `participantId` on `platform` at `url`, created with `postedAt` when new.
    // Errors: a URL that is not one, a posted date that differs from the one the post or its
    // deliverable already has (a post has one posted_at).
    Result<qint64> ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                              const QDate &postedAt);
    // The same with the URL's normalised form already computed (normalizePostUrl(url)).
    Result<qint64> ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                              const QString &urlKey, const QDate &postedAt);
    // The snapshot of a post on a day, if any; `currency` is the campaign's.
    Result<std::optional<PostSnapshot>> snapshot(Transaction &tx, qint64 postId, const QDate &date,
                                                 const QString &currency);
    // True when this object created the post, so it has no snapshots but those recorded since.
    bool isNew(qint64 postId) const { return m_created.contains(postId); }
    // Records a snapshot, replacing that day's whole (an empty field stays empty). Errors: a date
    // in the future or before the post was posted, a count below 0 or above MaxTypedCount.
    Status recordSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &snapshot);
    // The same for bulk work (imports): a snapshot of a post this object created is checked now
    // and written later with others in one multi-row insert (far cheaper per row than one insert
    // each); any other is written at once. `tag` (an import's line number) names the row should
    // the later write fail. Flush when queueFull(), and before reading snapshots or committing.
    Status queueSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &snapshot, qint64 tag);
    bool queueFull() const { return m_queue.size() >= size_t(QueueRows); }
    // Rows queued before they are written, in (post, date) order, the unique index's: a file that
    // comes by date otherwise inserts all over that index (1M rows: 8.0 s -> 6.2 s).
    static constexpr int QueueRows = 64 * 1024;
    // Writes the queued snapshots: on a file on a thread of its own, while the caller reads and
    // checks the next rows (1M rows: 4.7 -> 3.9 s by post, 5.5 -> 4.1 s by date); on a server at
    // once. An error starts with origin(tag) of the row that failed ("metrics.csv:12"); a background
    // write's error is returned by the next flush or by settleSnapshots().
    Status flushSnapshots(Transaction &tx, const std::function<QString(qint64 tag)> &origin);
    // Waits for the background write, if one runs: its error, or success. Call it before the
    // transaction commits or rolls back.
    Status settleSnapshots();
    // Taken by any other use of the connection while a background write may run (this class's
    // own methods take it).
    ConnectionTurns &connection() { return m_connection; }

    PostService() = default;
    ~PostService();
    PostService(const PostService &) = delete;
    PostService &operator=(const PostService &) = delete;

private:
    Status checkSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &snapshot);
    // Writes m_writing, in (post, date) order; on the background thread on a file.
    Status writeQueued(QSqlDatabase &db, const std::function<QString(qint64 tag)> &origin);
    static void bindSnapshot(SqliteStatement &write, int first, qint64 postId, const PostSnapshot &snapshot);

    // Prepared once per service object (an import runs them for every row), on SQLite's C API.
    SqliteStatement m_findPost{
        "SELECT id, posted_at FROM posts WHERE participant_id = ? AND platform = ? AND url_key = ?"};
    SqliteStatement m_deliverablePosted{
        "SELECT posted_at FROM deliverables WHERE participant_id = ? AND platform = ? AND post_url_key = ? "
        "AND posted_at IS NOT NULL"};
    SqliteStatement m_insertPost{
        "INSERT INTO posts (participant_id, platform, url, url_key, posted_at) VALUES (?, ?, ?, ?, ?)"};
    SqliteStatement m_postedAt{"SELECT posted_at FROM posts WHERE id = ?"};
    SqliteStatement m_snapshot{
        "SELECT views, impressions, reach, likes, comments, shares, saves, link_clicks, promo_uses, revenue_minor, "
        "caption, source, approximate FROM post_metric_snapshots WHERE post_id = ? AND snapshot_date = ?"};
    static constexpr const char *InsertOne =
        "INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, impressions, reach, likes, comments, "
        "shares, saves, link_clicks, promo_uses, revenue_minor, caption, source, approximate) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    SqliteStatement m_insert{InsertOne};
    SqliteStatement m_upsert{
        "INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, impressions, reach, likes, comments, "
        "shares, saves, link_clicks, promo_uses, revenue_minor, caption, source, approximate) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, snapshot_date) DO UPDATE SET "
        "views = excluded.views, impressions = excluded.impressions, reach = excluded.reach, likes = excluded.likes, "
        "comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, "
        "link_clicks = excluded.link_clicks, promo_uses = excluded.promo_uses, revenue_minor = excluded.revenue_minor, "
        "caption = excluded.caption, source = excluded.source, approximate = excluded.approximate"};
    // Posts seen by this object: key -> (id, posted date); id -> posted date.
    struct PostKey
    {
        qint64 participant;
        int platform;
        QString url; // normalised
        friend bool operator==(const PostKey &, const PostKey &) = default;
        friend size_t qHash(const PostKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.participant, k.platform, k.url);
        }
    };
    static constexpr int BatchRows = 64;
    static constexpr int SnapshotColumns = 15;
    // On a file OR FAIL: a refused row leaves the rows before it written, so SQLite keeps no
    // statement journal to undo them (1M rows: 4.8 -> 4.7 s by post, 6.0 -> 5.5 s by date); on a
    // server a statement is whole or nothing anyway, and OR FAIL is not PostgreSQL's.
    SqliteStatement m_insertBatch{batchInsert("INSERT")};
    SqliteStatement m_insertBatchOrFail{batchInsert("INSERT OR FAIL")};
    static QByteArray batchInsert(const char *insert);
    struct Queued
    {
        qint64 postId;
        PostSnapshot snapshot;
        qint64 tag;
    };
    std::vector<Queued> m_queue;   // filled by the caller
    std::vector<Queued> m_writing; // being written; emptied on the caller's thread, where it was made
    // The background writer's own statements.
    SqliteStatement m_writeOne{InsertOne};
    ConnectionTurns m_connection;
    std::future<Status> m_write;

    QHash<PostKey, std::pair<qint64, QDate>> m_posts;
    QHash<qint64, QDate> m_postedDates;
    QSet<qint64> m_created;
    QDate m_today;
    summaries::PausedPostSummaries m_pausedSummaries;
};

} // namespace cd
