#include "SaveFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

#include <unistd.h>

namespace cd {

Status commitWhole(QSaveFile &file)
{
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    // On the disk before the rename makes it the file: after a crash the name holds either the
    // whole old file or the whole new one.
    if (::fdatasync(file.handle()) != 0) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("SaveFile", "the data could not be written to the disk"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

Status renameDurably(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    // The rename is an entry in the folder: it lasts once the folder itself is on the disk.
    const int folder =
        ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

} // namespace cd
