#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// The follower counts of the accounts `accountIds` on each of `days` (ascending), a list per account
// in the order given: the latest count recorded on or before each day, or -1 when none was by then.
// A seek per account and day on SQLite's C API, so the time grows with the accounts and days asked,
// not with the years of snapshots kept.
Result<QList<QList<qint64>>> followerCountsOn(QSqlDatabase &db, const QList<QDate> &days,
                                              const QList<qint64> &accountIds);

// The summed follower counts of active creators' accounts (only those of manager `managerId` when
// given) on each of `days` (ascending): each account at its latest count by that day, one with no
// count yet adding nothing. Summed from the kept day changes (schema v8), a few thousand rows
// however many counts there are.
Result<QList<qint64>> rosterFollowersOn(QSqlDatabase &db, const QList<QDate> &days, std::optional<qint64> managerId);

// An active creator's account with its counts on the days a roster's growth compares.
struct RosterAccount
{
    qint64 accountId = 0, creatorId = 0;
    QString creator;
    bool countedBy = false;     // has a count on or before `since`
    qint64 then = -1, now = -1; // the counts on `then` and `now`, -1 for none by that day
};

// Every active creator's account (only manager `managerId`'s when given): whether it was counted by
// `since`, its count on `then` and on `now` (`since` <= `then` <= `now`). Two seeks each and the
// kept latest count (a third seek when that is later than `now`).
Result<QList<RosterAccount>> rosterAccounts(QSqlDatabase &db, const QDate &since, const QDate &then, const QDate &now,
                                            std::optional<qint64> managerId);

} // namespace cd
