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
    QList<qint64> dayNumbers;
    for (const QDate &day : days)
        dayNumbers << day.toJulianDay();
    // The snapshot's day as QDate's Julian day number (SQLite's julianday() counts from noon).
    SqliteStatement rows("SELECT account_id, CAST(julianday(snapshot_date) + 0.5 AS INTEGER), followers "
                         "FROM follower_snapshots WHERE snapshot_date <= ? ORDER BY account_id, snapshot_date");
    if (Status s = rows.start(db); !s)
        return fail(s.error());
    rows.bind(1, days.last());
    AccountCounts *current = nullptr;
    qint64 currentId = -1;
    for (;;) {
        auto row = rows.step();
        if (!row)
            return fail(row.error());
        if (!row.value())
            break;
        const qint64 id = rows.int64(0);
        if (id != currentId) {
            currentId = id;
            const auto at = byId.constFind(id);
            current = at == byId.constEnd() ? nullptr : &accounts[*at];
        }
        if (!current)
            continue; // an archived creator's account
        const qint64 day = rows.int64(1), followers = rows.int64(2);
        // Rows come in date order, so a later count on or before a day replaces an earlier one.
        for (qsizetype k = dayNumbers.size() - 1; k >= 0 && dayNumbers.at(k) >= day; --k)
            current->counts[k] = followers;
    }
    return accounts;
}

} // namespace cd
