#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <tuple>

namespace cd {

// A URL posted for several campaigns (several posts of one creator on one platform with one URL)
// counts once, with the latest of those posts' snapshots (domain.md). The readers of a window's
// posts pick that one here rather than with SQL's row_number() over the window: SQLite sorted every
// row of the window into a table of its own for it, 6 of the 11 ms of the agency demo's last 30 days
// (sqlite3 shell), where a hash of the few thousand rows takes well under one.
template <typename Row> class LatestPerUrl
{
public:
    // Keeps `row` unless one of the same creator, platform and URL with a later snapshot (by day,
    // then by id) is kept already; an earlier one it replaces. The key may name `row`'s own members:
    // they are read before the row is moved.
    void offer(qint64 creatorId, const QString &platform, const QString &urlKey, const QString &snapshotDate,
               qint64 snapshotId, Row &&row)
    {
        Key key{creatorId, platform, urlKey};
        auto it = m_kept.find(key);
        if (it == m_kept.end())
            m_kept.insert(std::move(key), Kept{snapshotDate, snapshotId, std::move(row)});
        else if (std::tie(snapshotDate, snapshotId) > std::tie(it->snapshotDate, it->snapshotId))
            *it = Kept{snapshotDate, snapshotId, std::move(row)};
    }

    // The kept rows, in no particular order.
    QList<Row> take()
    {
        QList<Row> rows;
        rows.reserve(m_kept.size());
        for (Kept &k : m_kept)
            rows << std::move(k.row);
        m_kept.clear();
        return rows;
    }

private:
    struct Key
    {
        qint64 creatorId;
        QString platform, urlKey;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.creatorId, k.platform, k.urlKey);
        }
    };
    struct Kept
    {
        QString snapshotDate;
        qint64 snapshotId = 0;
        Row row{};
    };
    QHash<Key, Kept> m_kept;
};

} // namespace cd
