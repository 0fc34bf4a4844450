#pragma once

#include <QString>

namespace cd::bench {

// Pages of a file in the page cache, and how many it has (what fincore reports).
struct Residency
{
    qint64 cached = 0, pages = 0;
};
Residency residency(const QString &path);

// Asks the kernel to drop the file's clean pages from the page cache (posix_fadvise DONTNEED), so
// the next open reads it from disk as after a reboot; returns what is still cached after.
Residency evict(const QString &path);

} // namespace cd::bench
