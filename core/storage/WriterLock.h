#pragma once

#include "common/Result.h"

#include <QPair>
#include <QString>

#include <memory>

namespace cd {

// The one-writer rule of a workspace file.
//
// The rule is a lock on the database file itself: an open-file-description lock on one byte far
// past anything SQLite locks. It therefore follows the file whichever name reaches it (a symlink, a
// second hard link, a bind mount), and the kernel drops it when its holder dies, so it can never be
// left stale. NAME.lock beside the file only says who holds it (pid and program; nothing about the
// machine), and finding one while the lock is free means the last writer did not close the
// workspace: its integrity is checked before anything is written.
class WriterLock
{
public:
    enum class Create
    {
        No,
        IfMissing // an empty owner-only file is created first, so a new workspace is locked before it has content
    };

    // Takes the lock of `path` (a resolved path: see resolvedPath). Fails when another writer
    // holds it, naming it ("CollabDesk (pid 123)"), or when the file cannot be opened for writing.
    static Result<std::unique_ptr<WriterLock>> acquire(const QString &path, Create create = Create::No);
    ~WriterLock(); // removes NAME.lock, then lets go of the lock
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // NAME.lock was there when the lock was taken: the previous writer did not close cleanly.
    bool foundLeftOver() const { return m_leftOver; }
    // acquire() made the file (it was missing).
    bool createdFile() const { return m_created; }
    // How many names the locked file has on its disk (2 or more: hard links).
    qint64 linkCount() const;

    // Who holds the lock of `path`, as "CollabDesk (pid 123)", or empty when nobody does. Reads
    // only: a lock file left by a writer that died is left for the next writer to find.
    static QString holder(const QString &path);
    // NAME.lock: the file that names the holder.
    static QString infoPath(const QString &path);

private:
    WriterLock(QString path, int fd, QPair<quint64, quint64> file) : m_path(std::move(path)), m_fd(fd), m_file(file) {}
    QString m_path;
    int m_fd;                       // the process's one descriptor of the file, shared and kept open (see the .cpp)
    QPair<quint64, quint64> m_file; // device and inode
    bool m_leftOver = false;
    bool m_created = false;
    bool m_wroteInfo = false;
};

} // namespace cd
