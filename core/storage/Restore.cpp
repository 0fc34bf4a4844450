#include "Restore.h"

#include "Backup.h"
#include "Connection.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <filesystem>

namespace cd::backup {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

bool renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(from.toStdString(), to.toStdString(), ec);
    return !ec;
}

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
} // namespace

Status restore(const QString &rawWorkspace, const QString &backupFile, QString *keptAt)
{
    const QString workspace = QFileInfo(rawWorkspace).absoluteFilePath();
    if (keptAt)
        keptAt->clear();
    if (QFileInfo(backupFile).absoluteFilePath() == workspace)
        return fail(Text::tr("the backup and the workspace are the same file"));
    if (auto checked = verify(backupFile); !checked)
        return fail(Text::tr("the backup cannot be restored: %1").arg(checked.error()));

    QLockFile lock(Workspace::lockPath(workspace));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        const QString holder = Workspace::lockHolder(workspace);
        return fail(holder.isEmpty() ? Text::tr("cannot lock %1 for restoring").arg(workspace)
                                     : Text::tr("%1 is open in %2; close it there first").arg(workspace, holder));
    }

    if (QFileInfo::exists(workspace)) {
        const QString kept = beforeRestorePath(workspace);
        // A healthy workspace is copied through SQLite (its log included); a damaged one, which
        // SQLite may not read, is moved aside with its write-ahead log as it is.
        if (!copyThroughSqlite(workspace, kept)) {
            if (!renameOver(workspace, kept))
                return fail(Text::tr("cannot keep the current workspace as %1; nothing was changed").arg(kept));
            if (QFileInfo::exists(workspace + QStringLiteral("-wal")))
                renameOver(workspace + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        }
        if (keptAt)
            *keptAt = kept;
    }

    const QString incoming = workspace + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (Status s = copyThroughSqlite(backupFile, incoming); !s)
        return fail(Text::tr("restoring failed, the workspace was not replaced: %1").arg(s.error()));
    // The old log and shared-memory files belong to the replaced database.
    QFile::remove(workspace + QStringLiteral("-wal"));
    QFile::remove(workspace + QStringLiteral("-shm"));
    if (!renameOver(incoming, workspace)) {
        QFile::remove(incoming);
        return fail(Text::tr("cannot move the restored copy into place at %1").arg(workspace));
    }
    return {};
}

} // namespace cd::backup
