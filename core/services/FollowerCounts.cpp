#include "FollowerCounts.h"

#include "common/CountMath.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

namespace cd {

Result<QList<QList<qint64>>> followerCountsOn(QSqlDatabase &db, const QList<QDate> &days,
                                              const QList<qint64> &accountIds)
{
    QList<QList<qint64>> accounts;
    if (days.isEmpty() || accountIds.isEmpty())
        return accounts;
    // One seek per day down the (account_id, snapshot_date) index, newest first: the snapshots
    // between are never read, and the account's index pages are found in SQLite's cache after the
    // first day's.
    QStringList values;
    for (qsizetype k = 0; k < days.size(); ++k)
        values << QStringLiteral("(%1, ?)").arg(k);
    SqliteStatement latest(QStringLiteral("WITH days(k, day) AS (VALUES %1) SELECT days.k, (SELECT followers FROM "
                                          "follower_snapshots s WHERE s.account_id = ? AND s.snapshot_date <= days.day "
                                          "ORDER BY s.snapshot_date DESC LIMIT 1) FROM days")
                               .arg(values.join(QLatin1Char(',')))
                               .toUtf8());
    for (const qint64 id : accountIds) {
        QList<qint64> counts(days.size(), -1);
        if (Status s = latest.start(db); !s)
            return s.failure();
        for (qsizetype k = 0; k < days.size(); ++k)
            latest.bind(int(k + 1), days.at(k));
        latest.bind(int(days.size() + 1), id);
        for (;;) {
            auto row = latest.step();
            if (!row)
                return row.failure();
            if (!row.value())
                break;
            if (!latest.isNull(1))
                counts[latest.int64(0)] = latest.int64(1);
        }
        accounts << std::move(counts);
    }
    return accounts;
}

Result<QList<qint64>> rosterFollowersOn(QSqlDatabase &db, const QList<QDate> &days, std::optional<qint64> managerId)
{
    QList<qint64> totals(days.size(), 0);
    if (days.isEmpty())
        return totals;
    SqliteStatement changes(managerId
                                ? "SELECT day, change FROM follower_day_changes WHERE manager_id = ? "
                                  "AND day <= ? ORDER BY day"
                                : "SELECT day, CAST(sum(change) AS bigint) FROM follower_day_changes WHERE day <= ? "
                                  "GROUP BY day ORDER BY day");
    if (Status s = changes.start(db); !s)
        return s.failure();
    int next = 1;
    if (managerId)
        changes.bind(next++, *managerId);
    changes.bind(next, days.last());
    // Running sums: each day asked takes the sum of the changes up to it. The sums are exact (a
    // count's rise and fall cancel), so only what is shown saturates.
    qsizetype k = 0;
    WideCount sum = 0;
    for (;;) {
        auto row = changes.step();
        if (!row)
            return row.failure();
        if (!row.value())
            break;
        const QDate day = QDate::fromString(changes.text(0), Qt::ISODate);
        for (; k < days.size() && days.at(k) < day; ++k)
            totals[k] = saturatedFromWide(sum);
        sum += changes.int64(1);
    }
    for (; k < days.size(); ++k)
        totals[k] = saturatedFromWide(sum);
    return totals;
}

Result<QList<RosterAccount>> rosterAccounts(QSqlDatabase &db, const QDate &since, const QDate &then, const QDate &now,
                                            std::optional<qint64> managerId)
{
    // Two seeks down the (account_id, snapshot_date) index per account (the snapshots between are
    // never read); the count on `now` is the kept latest one unless that is later (a seek then).
    const QByteArray statement =
        QByteArrayLiteral("SELECT a.id, c.id, c.name, "
                          "EXISTS (SELECT 1 FROM follower_snapshots WHERE account_id = a.id AND snapshot_date <= ?1), "
                          "(SELECT followers FROM follower_snapshots WHERE account_id = a.id AND snapshot_date <= ?2 "
                          " ORDER BY snapshot_date DESC LIMIT 1), "
                          "CASE WHEN l.snapshot_date <= ?3 THEN l.followers ELSE (SELECT followers FROM "
                          " follower_snapshots WHERE account_id = a.id AND snapshot_date <= ?3 "
                          " ORDER BY snapshot_date DESC LIMIT 1) END "
                          "FROM creators c JOIN accounts a ON a.creator_id = c.id "
                          "LEFT JOIN follower_latest l ON l.account_id = a.id WHERE c.status = 'active'") +
        (managerId ? QByteArrayLiteral(" AND coalesce(c.manager_id, 0) = ?4") : QByteArray());
    SqliteStatement read(statement);
    if (Status s = read.start(db); !s)
        return s.failure();
    read.bind(1, since);
    read.bind(2, then);
    read.bind(3, now);
    if (managerId)
        read.bind(4, *managerId);
    QList<RosterAccount> accounts;
    for (;;) {
        auto row = read.step();
        if (!row)
            return row.failure();
        if (!row.value())
            break;
        accounts.append({read.int64(0), read.int64(1), read.text(2), read.int64(3) != 0,
                         read.isNull(4) ? -1 : read.int64(4), read.isNull(5) ? -1 : read.int64(5)});
    }
    return accounts;
}

} // namespace cd
