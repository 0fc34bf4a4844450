#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd {

class StopToken;

// Opening raw SQLite connections, with the pragmas every CollabDesk connection uses. SQLite
// specifics live here and in the other storage/ files, so a PostgreSQL store could follow.
namespace connection {

enum class Access
{
    ReadOnly,
    ReadWrite,
    // Writing without switching the file to WAL (which rewrites its header): for a change that must
    // leave the file byte for byte as it was when it fails, such as a migration.
    ReadWriteInJournalMode
};

// Opens `path` under the unique connection name `name`. Writing connections get synchronous=FULL
// and foreign_keys=ON, ReadWrite ones WAL too; all get a busy timeout. The caller removes the
// connection with close(name) once every QSqlDatabase/QSqlQuery copy is gone.
Result<QSqlDatabase> open(const QString &path, const QString &name, Access access);
void close(const QString &name);

// A connection name unique in this process ("cd-<prefix>-<n>").
QString uniqueName(const QString &prefix);

// Runs PRAGMA quick_check; returns the problems found (empty when healthy) or an error when the
// check itself cannot run.
Result<QStringList> quickCheck(QSqlDatabase &db);

// Lets SQLite roll back the rollback journal a crash left beside `path` (opening a writing
// connection does it), then closes that connection. Call with the writer lock held.
Status rollBack(const QString &path);

// quick_check of the file at `path` through a reading connection of its own, closed again before
// returning. When the file fails, the -wal and -shm files that connection made are removed again
// (only ones that were not there before and hold no log), so a refused file is left as it was.
// `stop` may call the check off midway (it then fails).
Result<QStringList> checkFile(const QString &path, StopToken *stop = nullptr);

// The -wal and -shm beside a database, as they were when this was made: removeMadeSince() removes the ones
// made since, when no log is in them. For readers that may refuse a file after SQLite opened it.
class Sidecars
{
public:
    explicit Sidecars(const QString &path);
    void removeMadeSince() const;

private:
    QString m_path;
    bool m_hadLog;
    bool m_hadIndex;
};

// Rows that point at a missing record: "row 12 of payments points at a missing participants",
// one per problem (empty when every reference holds).
Result<QStringList> foreignKeyProblems(QSqlDatabase &db);

// The number of rows of `table` (a literal of this program, never input).
Result<qint64> rowCount(QSqlDatabase &db, const char *table);

// Tables a workspace of `version` must have; missing ones mean damage or a foreign file.
QStringList missingTables(QSqlDatabase &db, int version);

// A plain statement without parameters (pragmas, DDL); on failure an error naming `what`.
Status exec(QSqlDatabase &db, const QString &sql, const QString &what = {});

// A larger SQLite page cache on `db` for as long as this lives, then the one it had. For a read that
// seeks through indexes larger than the default 2 MiB, which otherwise reads the same pages from the
// file again and again. Only where measured: a read that scans whole tables fills the larger cache
// with fresh memory, which costs it more than it saves. Nothing on a server.
class LargerPageCache
{
public:
    LargerPageCache(QSqlDatabase &db, int kibibytes);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    QSqlDatabase &m_db;
    std::optional<qint64> m_was; // none when nothing was changed
};

} // namespace connection
} // namespace cd
