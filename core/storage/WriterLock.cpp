#include "WriterLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// Far past the bytes SQLite locks (about 1 GiB into the file) and past any real file's size.
constexpr off_t LockByte = off_t(1) << 62;

using FileKey = QPair<quint64, quint64>; // device, inode

FileKey keyOf(const struct stat &st)
{
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

// One descriptor per file for the whole process, never closed while the file has a name: closing
// any descriptor of a file drops every POSIX lock the process holds on it, SQLite's own included,
// so a descriptor opened and closed here could silently unlock another connection's reads.
struct SharedFile
{
    int fd = -1;
    bool writable = false;
    bool locked = false; // this process holds the writer lock through it
};

QMutex registryMutex;

QHash<FileKey, SharedFile> &registry()
{
    static QHash<FileKey, SharedFile> files;
    return files;
}

// The shared descriptor of the file `path` names now, opened on first use (for writing when the
// file allows it). Null with errno set when the file cannot be opened. Needs registryMutex.
SharedFile *sharedFile(const QByteArray &path, FileKey *key)
{
    struct stat st;
    if (::stat(path.constData(), &st) != 0)
        return nullptr;
    *key = keyOf(st);
    auto it = registry().find(*key);
    if (it != registry().end() && it->writable)
        return &*it;
    int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    const bool writable = fd >= 0;
    if (it != registry().end() && !writable)
        return &*it; // still read-only: the shared descriptor serves
    if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM))
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    if (::fstat(fd, &st) != 0) {
        ::close(fd); // not shared yet: no lock of this process rides on it
        errno = EIO;
        return nullptr;
    }
    *key = keyOf(st);
    it = registry().find(*key);
    if (it == registry().end())
        it = registry().insert(*key, SharedFile{fd, writable, false});
    else if (writable && !it->writable)
        *it = SharedFile{fd, true, it->locked}; // the file became writable; the old descriptor stays open (see above)
    // else: the name was given to a file known already between stat and open; the extra descriptor
    // stays open, as closing it would drop this process's locks on that file
    return &*it;
}

struct flock lockRange(short type)
{
    struct flock range;
    std::memset(&range, 0, sizeof range);
    range.l_type = type;
    range.l_whence = SEEK_SET;
    range.l_start = LockByte;
    range.l_len = 1;
    return range;
}

QString applicationLabel(const QString &appName)
{
    if (appName == QLatin1String("collabdesk") || appName.isEmpty())
        return QStringLiteral("CollabDesk");
    return appName;
}

// "CollabDesk (pid 123)" from the lock file, or a plain description when it cannot be read (a
// writer between taking the lock and naming itself).
QString describeHolder(const QString &infoPath)
{
    QFile info(infoPath);
    if (info.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = info.read(4096).split('\n');
        bool ok = false;
        const qint64 pid = lines.value(0).trimmed().toLongLong(&ok);
        if (ok && pid > 0)
            return Text::tr("%1 (pid %2)").arg(applicationLabel(QString::fromUtf8(lines.value(1).trimmed()))).arg(pid);
    }
    return Text::tr("another program");
}

QString heldMessage(const QString &path)
{
    return Text::tr("%1 is open in %2; close it there first, or open it read-only")
        .arg(path, describeHolder(WriterLock::infoPath(path)));
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

QString WriterLock::infoPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

Result<std::unique_ptr<WriterLock>> WriterLock::acquire(const QString &path, Create create)
{
    const QByteArray name = QFile::encodeName(path);
    // A restore renames a new file into place: the lock must end up on the file the name reaches
    // after it was taken, so a lock on a file that lost the name is given back and taken again.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QMutexLocker locked(&registryMutex);
        bool created = false;
        if (create == Create::IfMissing) {
            const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0) {
                created = true;
                ::close(fd); // nobody can hold a lock on a file this call just made
            } else if (errno != EEXIST) {
                return fail(Text::tr("cannot create %1: %2").arg(path, systemError()));
            }
        }
        FileKey key;
        SharedFile *file = sharedFile(name, &key);
        if (!file)
            return fail(errno == ENOENT ? Text::tr("there is no workspace at %1").arg(path)
                                        : Text::tr("cannot open %1: %2").arg(path, systemError()));
        if (!file->writable)
            return fail(Text::tr("%1 cannot be written (%2); open it read-only, or check its permissions")
                            .arg(path, QString::fromLocal8Bit(std::strerror(EACCES))));
        if (file->locked)
            return fail(heldMessage(path));
        struct flock range = lockRange(F_WRLCK);
        if (::fcntl(file->fd, F_OFD_SETLK, &range) != 0) {
            if (errno == EAGAIN || errno == EACCES)
                return fail(heldMessage(path));
            return fail(Text::tr("cannot lock %1 for writing: %2").arg(path, systemError()));
        }
        struct stat now;
        if (::stat(name.constData(), &now) != 0 || keyOf(now) != key) {
            struct flock release = lockRange(F_UNLCK);
            ::fcntl(file->fd, F_OFD_SETLK, &release);
            continue;
        }
        file->locked = true;
        std::unique_ptr<WriterLock> lock(new WriterLock(path, file->fd, key));
        lock->m_created = created;
        lock->m_leftOver = QFileInfo::exists(infoPath(path));
        locked.unlock();

        // Written whole or not at all, owner-only: a crash never leaves a half-written name.
        QSaveFile info(infoPath(path));
        bool written = info.open(QIODevice::WriteOnly);
        if (written) {
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            info.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                       QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n');
            written = info.commit();
        }
        if (!written) {
            if (created)
                QFile::remove(path); // the empty file this call made is no workspace of anyone's
            return fail(Text::tr("cannot write the lock file %1: %2; check that the folder is writable")
                            .arg(infoPath(path), info.errorString()));
        }
        lock->m_wroteInfo = true;
        return lock;
    }
    return fail(Text::tr("%1 kept being replaced while it was being opened; try again").arg(path));
}

WriterLock::~WriterLock()
{
    QMutexLocker locked(&registryMutex);
    // The name goes while the lock is still held, so the next writer never finds it left over.
    if (m_wroteInfo)
        QFile::remove(infoPath(m_path));
    struct flock release = lockRange(F_UNLCK);
    ::fcntl(m_fd, F_OFD_SETLK, &release);
    auto it = registry().find(m_file);
    if (it == registry().end())
        return;
    it->locked = false;
    // A file that lost its last name (a restore replaced it) can never be opened again, so no
    // connection of ours can hold a lock on it that closing would drop.
    struct stat st;
    if (::fstat(m_fd, &st) == 0 && st.st_nlink == 0) {
        ::close(m_fd);
        registry().erase(it);
    }
}

qint64 WriterLock::linkCount() const
{
    struct stat st;
    return ::fstat(m_fd, &st) == 0 ? qint64(st.st_nlink) : 1;
}

QString WriterLock::holder(const QString &path)
{
    QMutexLocker locked(&registryMutex);
    FileKey key;
    const SharedFile *file = sharedFile(QFile::encodeName(path), &key);
    if (!file)
        return {};
    if (!file->locked) {
        // Own locks never conflict with a query through the same descriptor, hence `locked` above.
        struct flock query = lockRange(F_WRLCK);
        if (::fcntl(file->fd, F_OFD_GETLK, &query) != 0 || query.l_type == F_UNLCK)
            return {};
    }
    return describeHolder(infoPath(path));
}

} // namespace cd
