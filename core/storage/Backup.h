#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace cd::backup {

// Writes a consistent copy of the database open on `db` (even while others use it) to `out`,
// through SQLite's VACUUM INTO into a 0600 temporary file beside `out` that is checked (identity,
// quick_check) and only then renamed to `out`. Refuses an existing `out` unless `overwrite`.
// On any failure `out` is untouched and the temporary file removed.
Status writeCopy(QSqlDatabase &db, const QString &out, bool overwrite);

// Checks that `path` is a healthy CollabDesk workspace this build can open: returns its schema
// version, or an error saying what is wrong. Read-only.
Result<int> verify(const QString &path);

// "NAME.pre-vN.bak": the copy taken before migrating NAME to schema vN.
QString preMigrationPath(const QString &workspace, int version);
// Keeps the `keep` newest pre-migration copies of `workspace`, removes older ones.
void prunePreMigration(const QString &workspace, int keep = 3);

// "NAME.before-restore-YYYYMMDD-HHMMSS.bak" (then -2, -3 ... within the same second): a name not
// yet taken, where restore keeps the replaced workspace.
QString beforeRestorePath(const QString &workspace);

} // namespace cd::backup
