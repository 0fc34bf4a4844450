// What the app does with memory its threads freed (common/FreeMemory): lists freed off the GUI
// thread, and glibc's arenas kept through a burst of work and given back after it.
#include "common/FreeMemory.h"

#include <catch2/catch.hpp>

#include <QList>
#include <QSharedPointer>
#include <QThreadPool>
#include <QWeakPointer>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <QFile>

#include <cstring>
#include <sys/resource.h>
#include <thread>
#include <vector>
#endif

using namespace cd;

TEST_CASE("frees a long list on a pool thread and a short or shared one at once")
{
    const auto listOf = [](int n, QWeakPointer<int> *watch) {
        QList<QSharedPointer<int>> list;
        for (int i = 0; i < n; ++i)
            list << QSharedPointer<int>::create(i);
        *watch = list.first();
        return list;
    };
    QWeakPointer<int> shortOne, longOne, sharedOne;
    freeInBackground(listOf(10, &shortOne));
    CHECK(shortOne.isNull()); // freed before the call returned
    freeInBackground(listOf(5'000, &longOne));
    QThreadPool::globalInstance()->waitForDone();
    CHECK(longOne.isNull());
    const QList<QSharedPointer<int>> kept = listOf(5'000, &sharedOne);
    freeInBackground(kept);
    QThreadPool::globalInstance()->waitForDone();
    CHECK_FALSE(sharedOne.isNull()); // still the caller's
}

// glibc's allocator only: AddressSanitizer's own allocator has no such setting.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
TEST_CASE("memory freed during a burst serves the next block without fresh pages until given back")
{
    keepFreedMemoryDuringBursts();
    // The pages a block of 4 MiB filled anew costs: faults counted by the kernel for this process.
    const auto faultsToFill = [] {
        constexpr size_t Size = 4 << 20;
        static_assert(Size < size_t(TopKeptFree));
        rusage before{}, after{};
        getrusage(RUSAGE_SELF, &before);
        void *block = std::malloc(Size);
        REQUIRE(block);
        std::memset(block, 1, Size);
        getrusage(RUSAGE_SELF, &after);
        std::free(block);
        return after.ru_minflt - before.ru_minflt;
    };
    faultsToFill(); // the first block's pages are new whatever the setting
    // 1,024 pages of 4 KiB: without the setting the block was a mapping of its own, unmapped when
    // freed, and every page of the next one was new again.
    CHECK(faultsToFill() < 100);
    returnFreeMemory();
    CHECK(faultsToFill() > 500); // given back when the burst is over
}

namespace {
// Anonymous memory this process holds, in MiB.
double residentAnonMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').value(0).toDouble() / 1024;
    FAIL("no RssAnon in /proc/self/status");
    return 0;
}

// A reading thread filling its own arena (32 blocks of 1 MiB, each from the arena) and freeing it
// all before it ends, the last block first, so that the free memory gathers at the arena's top:
// malloc_trim() leaves the top of any arena but the main one as it is. False when a block was
// refused (Catch's assertions are for the test's own thread).
bool fillAndFreeOnAThread()
{
    bool filled = true;
    std::thread reading([&filled] {
        std::vector<void *> blocks;
        for (int i = 0; i < 32; ++i) {
            blocks.push_back(std::malloc(1 << 20));
            if (blocks.back())
                std::memset(blocks.back(), 1, 1 << 20);
            else
                filled = false;
        }
        for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
            std::free(*it);
    });
    reading.join();
    return filled;
}
} // namespace

TEST_CASE("memory a worker thread freed goes back once the burst is over")
{
    keepFreedMemoryDuringBursts();
    const double before = residentAnonMiB();
    REQUIRE(fillAndFreeOnAThread());
    returnFreeMemory();
    // At most the 8 MiB an arena keeps at its top, and some slack for the test's own allocations.
    CHECK(residentAnonMiB() - before < 12);
}

TEST_CASE("a long burst keeps what its worker freed and the next read gives it back")
{
    keepFreedMemoryDuringBursts();
    const double before = residentAnonMiB();
    {
        const KeepFreedTops burst; // an import, say
        REQUIRE(fillAndFreeOnAThread());
        CHECK(residentAnonMiB() - before > 24); // kept at the top of the thread's arena
    }
    // A thread after the burst takes that arena (glibc hands a new thread the arena of one that
    // ended): its own free() there cuts the top back.
    REQUIRE(fillAndFreeOnAThread());
    returnFreeMemory();
    CHECK(residentAnonMiB() - before < 12);
}
#endif
