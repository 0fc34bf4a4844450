#include "PageCache.h"

#include <QFile>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vector>

namespace cd::bench {

Residency residency(const QString &path)
{
    Residency r;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return r;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    const long page = ::sysconf(_SC_PAGESIZE);
    if (size > 0) {
        void *map = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
        if (map != MAP_FAILED) {
            std::vector<unsigned char> in((size_t(size) + page - 1) / page);
            if (::mincore(map, size_t(size), in.data()) == 0) {
                r.pages = qint64(in.size());
                for (unsigned char c : in)
                    r.cached += c & 1;
            }
            ::munmap(map, size_t(size));
        }
    }
    ::close(fd);
    return r;
}

Residency evict(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const int fd = ::open(QFile::encodeName(path + QLatin1String(suffix)).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd); // dirty pages cannot be dropped
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
    return residency(path);
}

} // namespace cd::bench
