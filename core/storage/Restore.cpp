#include "Restore.h"

#include "Backup.h"
#include "Connection.h"
#include "WorkspacePaths.h"
#include "WriterLock.h"
#include "common/SaveFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <unistd.h>

namespace cd::backup {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// A consistent copy of `source` at `target` through SQLite, checked before it takes the name.
Status copyThroughSqlite(const QString &source, const QString &target)
{
    const QString name = connection::uniqueName(QStringLiteral("restore"));
    Status result;
    {
        auto db = connection::open(source, name, connection::Access::ReadOnly);
        result = db ? writeCopy(db.value(), target, false) : Status(fail(db.error()));
    }
    connection::close(name);
    return result;
}

// Folds the write-ahead log of `workspace` into the file and empties it. After this the file alone
// holds every committed change, so dropping the log, or a crash before the restored copy takes
// the name, loses nothing.
Status foldLog(const QString &workspace)
{
    const QString name = connection::uniqueName(QStringLiteral("fold"));
    Status result;
    {
        auto db = connection::open(workspace, name, connection::Access::ReadWrite);
        if (!db) {
            result = fail(db.error());
        } else {
            QSqlQuery q(db.value());
            // One row: busy (1 when a reader kept part of the log), log frames, frames folded in.
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() || q.value(0).toInt() != 0)
                result = fail(Text::tr("another program is reading %1; try again when it has finished").arg(workspace));
        }
    }
    connection::close(name);
    return result;
}

// Keeps the workspace about to be replaced at `kept`: a healthy one copied through SQLite (its log
// included); a damaged one, which SQLite may not read, as it is: a second name for the file, with
// its log moved beside that name (the log is of no use to the restored copy, and would harm it).
Status keepCurrent(const QString &workspace, const QString &kept, bool healthy)
{
    if (healthy)
        return copyThroughSqlite(workspace, kept);
    if (::link(QFile::encodeName(workspace).constData(), QFile::encodeName(kept).constData()) != 0 &&
        !QFile::copy(workspace, kept)) // a file system without hard links
        return fail(Text::tr("cannot keep the current workspace as %1").arg(kept));
    const QString log = workspace + QStringLiteral("-wal");
    if (QFileInfo::exists(log))
        if (Status s = renameDurably(log, kept + QStringLiteral("-wal")); !s)
            return fail(Text::tr("cannot keep the current workspace's log beside %1: %2").arg(kept, s.error()));
    return {};
}
} // namespace

Status restore(const QString &rawWorkspace, const QString &backupFile, QString *keptAt)
{
    // Through a link, the file the link names is replaced, and the link stays a link.
    const QString workspace = resolvedPath(rawWorkspace);
    if (keptAt)
        keptAt->clear();
    if (!checkOutputPath(backupFile, workspace))
        return fail(Text::tr("the backup and the workspace are the same file"));
    if (auto checked = verify(backupFile); !checked)
        return fail(Text::tr("the backup cannot be restored: %1").arg(checked.error()));

    auto lock = WriterLock::acquire(workspace, WriterLock::Create::IfMissing);
    if (!lock) {
        const QString holder = WriterLock::holder(workspace);
        return fail(holder.isEmpty() ? Text::tr("cannot lock %1 for restoring: %2").arg(workspace, lock.error())
                                     : Text::tr("%1 is open in %2; close it there first").arg(workspace, holder));
    }
    const bool existed = !lock.value()->createdFile() && QFileInfo(workspace).size() > 0;
    auto giveUp = [&](const QString &why) -> Status {
        if (lock.value()->createdFile())
            QFile::remove(workspace); // the empty file the lock made
        return fail(why);
    };

    // Left by a restore that was cut short; the lock says no restore runs now.
    const QString incoming = workspace + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (Status s = copyThroughSqlite(backupFile, incoming); !s)
        return giveUp(Text::tr("restoring failed, the workspace was not replaced: %1").arg(s.error()));

    if (existed) {
        const bool healthy = verify(workspace).ok();
        const QString kept = beforeRestorePath(workspace);
        Status s = keepCurrent(workspace, kept, healthy);
        if (s && healthy)
            s = foldLog(workspace);
        if (!s) {
            QFile::remove(incoming);
            return fail(Text::tr("%1; nothing was changed").arg(s.error()));
        }
        if (keptAt)
            *keptAt = kept;
    }
    // The log and its index belong to the replaced database; the log is empty or kept by now.
    QFile::remove(workspace + QStringLiteral("-wal"));
    QFile::remove(workspace + QStringLiteral("-shm"));
    if (Status s = renameDurably(incoming, workspace); !s) {
        QFile::remove(incoming);
        return giveUp(Text::tr("cannot move the restored copy into place at %1: %2").arg(workspace, s.error()));
    }
    return {};
}

} // namespace cd::backup
