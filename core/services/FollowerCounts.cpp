#include "FollowerCounts.h"

#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QHash>

namespace cd {

Result<QList<AccountCounts>> followerCountsOn(QSqlDatabase &db, const QList<QDate> &days)
{
    QList<AccountCounts> accounts;
    if (days.isEmpty())
        return accounts;
    auto names = sql::run(db, QStringLiteral("SELECT a.id, c.id, c.name FROM accounts a JOIN creators c ON "
                                             "c.id = a.creator_id WHERE c.status = 'active' ORDER BY a.id"));
    if (!names)
        return fail(names.error());
    QHash<qint64, qsizetype> byId;
    while (names->next()) {
        byId.insert(names->value(0).toLongLong(), accounts.size());
        accounts.append({names->value(0).toLongLong(), names->value(1).toLongLong(), names->value(2).toString(),
                         QList<qint64>(days.size(), -1)});
    }
    // One seek per account and day down the (account_id, snapshot_date) index, newest first: the
    // snapshots between are never read. Reading them all in one pass cost 9.6 s for the large demo's
    // 11 million. The days are the inner loop (CROSS JOIN keeps the order written), so an account's
    // seeks find its index pages in SQLite's cache: a statement per day, each seeking every
    // account, read them from the file 27 times over (1.3 s for the agency demo, 0.3 s this way).
    QStringList values;
    for (qsizetype k = 0; k < days.size(); ++k)
        values << QStringLiteral("(%1, ?)").arg(k);
    SqliteStatement latest(QStringLiteral("WITH days(k, day) AS (VALUES %1) SELECT a.id, days.k, (SELECT followers "
                                          "FROM follower_snapshots s WHERE s.account_id = a.id AND s.snapshot_date <= "
                                          "days.day ORDER BY s.snapshot_date DESC LIMIT 1) FROM creators c JOIN "
                                          "accounts a ON a.creator_id = c.id CROSS JOIN days WHERE c.status = 'active'")
                               .arg(values.join(QLatin1Char(',')))
                               .toUtf8());
    if (Status s = latest.start(db); !s)
        return fail(s.error());
    for (qsizetype k = 0; k < days.size(); ++k)
        latest.bind(int(k + 1), days.at(k));
    for (;;) {
        auto row = latest.step();
        if (!row)
            return fail(row.error());
        if (!row.value())
            break;
        // By id: an account added since the names were read is not among them.
        if (const auto at = byId.constFind(latest.int64(0)); at != byId.constEnd() && !latest.isNull(2))
            accounts[*at].counts[latest.int64(1)] = latest.int64(2);
    }
    return accounts;
}

} // namespace cd
