#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cd::summaries {

// The kept summaries of schema v5: each account's latest follower count (follower_latest) and each
// post's latest metric snapshot (post_latest). Triggers keep them in the transaction of every write
// to the snapshots; these functions recompute them from the snapshots themselves.

// Where a kept summary disagrees with the recomputation, one line each ("account 12: the kept latest
// count is 5,000 (1 Nov 2026), the snapshots say 5,100 (8 Nov 2026)"), at most `limit` lines. Empty
// when they agree. Reads every account and post once: seconds on a workspace of millions of rows.
Result<QStringList> problems(QSqlDatabase &db, int limit = 20);

// Makes both summaries again from the snapshots, in the caller's transaction: the migration to v5
// fills them this way, and `check --repair` mends them should they ever disagree.
Status rebuild(QSqlDatabase &db);

} // namespace cd::summaries
