#pragma once

#include <QList>
#include <QThreadPool>

#include <utility>

namespace cd {

// Lets a pool thread free `list` when it is long: the GUI thread spent 17-21 ms freeing the 20,000
// roster rows (strings each) a re-read replaced, and 6-18 ms for 50,000 payments. A short list, or
// one still shared, goes at once (the pool would only drop a reference).
template <typename T> void freeInBackground(QList<T> list)
{
    if (list.size() > 1000 && list.isDetached())
        QThreadPool::globalInstance()->start([doomed = std::move(list)]() mutable { doomed = {}; });
}

// The same for a value of several lists (a table) holding `entries` entries: the GUI thread spent a
// tenth of its work in a re-read of the large demo's 127,328 payments freeing the table replaced.
template <typename T> void freeInBackground(T value, qsizetype entries)
{
    if (entries > 1000)
        QThreadPool::globalInstance()->start([doomed = std::move(value)]() mutable { doomed = {}; });
}

// Gives the memory the allocator holds free back to the system. glibc keeps what was freed in the
// arena of the thread that allocated it, and each read on a worker thread has its own: on the large
// demo the app held 248-252 MiB after its lists were read, 207-254 once this ran (5-25 ms a call).
// Call it when a burst of work is over, never in a loop. Does nothing elsewhere.
void returnFreeMemory();

// Lets memory freed during a burst of work serve the next allocations of the same burst instead
// of going back to the system at each free(): on this kind of virtual machine a page touched
// afresh costs ~10 us (a fault), and a re-read of the agency demo's 24,734 payments took 93-100
// ms against 64-73 ms with it. Each arena keeps up to TopKeptFree free at its top; the rest, and
// what is free inside the arenas, goes back when the burst is over (returnFreeMemory). Call it
// first in main(), before any thread starts. Does nothing where glibc is not the allocator (nor
// under AddressSanitizer's).
void keepFreedMemoryDuringBursts();
inline constexpr int TopKeptFree = 8 << 20;

// For the length of one long burst of work that frees and fills memory all along (an import of a
// million rows, measured with every top kept when TopKeptFree came in; its runs beside sqlite3 were
// too noisy that hour to tell the two apart): every arena keeps its whole free top until this goes.
// Call returnFreeMemory() after. Does nothing unless keepFreedMemoryDuringBursts() was called.
class KeepFreedTops
{
public:
    KeepFreedTops();
    ~KeepFreedTops();
    KeepFreedTops(const KeepFreedTops &) = delete;
    KeepFreedTops &operator=(const KeepFreedTops &) = delete;
};

} // namespace cd
