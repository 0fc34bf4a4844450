#pragma once

#include "WorkspaceFingerprint.h"
#include "common/Result.h"

#include <QString>

#include <functional>

namespace cd {

// Copies a whole workspace from one place to another: a file to a PostgreSQL server, a server to a
// file, or between two of either (team mode's way in and out).
//
// `from` is opened read-only and read in one consistent snapshot (a server's REPEATABLE READ), so
// people may go on working in it. `to` must be new: a file that does not exist yet, or a database
// that is empty or holds an empty workspace (`init`); a workspace with records is refused, so
// nothing is overwritten. Every table is copied with its ids, in foreign-key order; the summaries
// (the latest snapshot per account and per post) are left to the destination's triggers. Then,
// before anything is committed, each table's row count and content hash are compared on both sides
// (summaries included): any difference rolls the whole copy back. On failure a destination file
// this move made is removed again, and a server database is left an empty workspace.
//
// Returns the fingerprints, which both sides share. `onTable` hears of each table as its copy
// begins, with the number of rows it holds.
using MoveProgress = std::function<void(const QString &table, qint64 rows)>;
Result<QList<TableFingerprint>> moveWorkspace(const QString &from, const QString &to, const MoveProgress &onTable = {});

} // namespace cd
