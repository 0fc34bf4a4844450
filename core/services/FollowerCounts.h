#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace cd {

// One account of an active creator with its follower count on each day asked: the latest count
// recorded on or before that day, or -1 when none was recorded by then.
struct AccountCounts
{
    qint64 accountId = 0, creatorId = 0;
    QString creator;
    QList<qint64> counts;
};

// The follower counts of every active creator's accounts on each of `days` (ascending): a seek per
// account and day on SQLite's C API, so the time grows with the accounts and days asked, not with
// the years of snapshots kept (the dashboard's roster growth).
Result<QList<AccountCounts>> followerCountsOn(QSqlDatabase &db, const QList<QDate> &days);

} // namespace cd
