#include "UiTestSupport.h"

#include "main/BackgroundRead.h"

#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

// Reads across the app take turns: at most one per core at once, a page in view first and beside
// the pages out of sight.
using namespace cd;
using cd::test::TempDir;

namespace {
// `count` reads, each counting itself in `started` and then waiting for `gate`.
std::vector<std::unique_ptr<BackgroundRead>> gatedReads(Workspace *ws, int count, QSemaphore &gate,
                                                        std::atomic<int> &started)
{
    std::vector<std::unique_ptr<BackgroundRead>> reads;
    for (int i = 0; i < count; ++i) {
        reads.push_back(std::make_unique<BackgroundRead>(ws));
        reads.back()->run<int>(
            [&gate, &started](QSqlDatabase &) -> Result<int> {
                ++started;
                gate.acquire();
                return 0;
            },
            [](const Result<int> &) {});
    }
    return reads;
}

// What a read's thread saw: its place among the reads started, its niceness and its thread (Linux).
struct Started
{
    QMutex mutex;
    QList<int> order;
    QHash<int, int> niceness;
    QHash<int, qint64> thread;
    int running = 0, most = 0;

    QList<int> soFar()
    {
        QMutexLocker lock(&mutex);
        return order;
    }
};

// Asks each of `reads` from `first` on to read: it notes itself in `started`, then waits at `gate`.
void askAll(const std::vector<BackgroundRead *> &reads, QSemaphore &gate, Started &started, int &delivered,
            int first = 0)
{
    for (int i = first; i < int(reads.size()); ++i)
        reads[i]->run<int>(
            [&, i](QSqlDatabase &) -> Result<int> {
                {
                    QMutexLocker lock(&started.mutex);
                    started.order << i;
#ifdef Q_OS_LINUX
                    started.niceness[i] = getpriority(PRIO_PROCESS, id_t(gettid()));
                    started.thread[i] = gettid();
#endif
                    started.most = std::max(started.most, ++started.running);
                }
                gate.acquire();
                QMutexLocker lock(&started.mutex);
                --started.running;
                return i;
            },
            [&delivered, i](const Result<int> &r) {
                CHECK(r.value() == i);
                ++delivered;
            });
}

// A read for each page; those of `shown` pages are in view.
std::vector<BackgroundRead *> readsOf(Workspace *ws, std::vector<std::unique_ptr<QWidget>> &pages, int count, int shown)
{
    std::vector<BackgroundRead *> reads;
    for (int i = 0; i < count; ++i) {
        pages.push_back(std::make_unique<QWidget>());
        reads.push_back(new BackgroundRead(ws, pages.back().get()));
    }
    for (int i = count - shown; i < count; ++i) {
        pages.at(i)->show();
        REQUIRE(QTest::qWaitForWindowExposed(pages.at(i).get()));
    }
    return reads;
}
} // namespace

TEST_CASE("reads of pages out of sight take turns one per core and a page in view reads at once beside them")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("turns.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    // One page out of sight more than there are cores, then the page in view, asked for last.
    const int count = limit + 2, inView = count - 1;
    QSemaphore gate;
    Started started;
    int delivered = 0;
    std::vector<std::unique_ptr<QWidget>> pages;
    // However a check ends, the reads are let through before their pages go (which wait for them).
    const auto release = qScopeGuard([&gate] { gate.release(1000); });
    const std::vector<BackgroundRead *> reads = readsOf(ws.get(), pages, count, 1);
    askAll(reads, gate, started, delivered);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit + 1; }));
    QTest::qWait(50); // the last page out of sight waits while the others run
    CHECK(started.soFar().size() == limit + 1);
    CHECK(started.soFar().contains(inView));
    CHECK(std::all_of(reads.cbegin(), reads.cend(), [](const BackgroundRead *r) { return r->isBusy(); }));
#ifdef Q_OS_LINUX
    // Out of sight, a read yields the cores to the one in view (and both to the GUI thread).
    CHECK(started.niceness.value(inView) > getpriority(PRIO_PROCESS, id_t(gettid())));
    for (int i = 0; i < limit; ++i)
        CHECK(started.niceness.value(i) > started.niceness.value(inView));
#endif

    // One ends: the turns are still all taken. A second: the last page out of sight takes its turn.
    gate.release(1);
    QTest::qWait(50);
    CHECK(started.soFar().size() == limit + 1);
    gate.release(1);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit + 2; }));
    CHECK(started.soFar().last() == limit);
    gate.release(count);
    REQUIRE(QTest::qWaitFor([&] { return delivered == count; }, 10'000));
    CHECK(started.most == limit + 1);
    CHECK(std::none_of(reads.cbegin(), reads.cend(), [](const BackgroundRead *r) { return r->isBusy(); }));
}

TEST_CASE("reads of pages in view take turns one per core among themselves in the order asked")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("turns.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    const int count = limit + 2;
    QSemaphore gate;
    Started started;
    int delivered = 0;
    std::vector<std::unique_ptr<QWidget>> pages;
    // However a check ends, the reads are let through before their pages go (which wait for them).
    const auto release = qScopeGuard([&gate] { gate.release(1000); });
    const std::vector<BackgroundRead *> reads = readsOf(ws.get(), pages, count, count);
    askAll(reads, gate, started, delivered);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit; }));
    QTest::qWait(50);
    CHECK(started.soFar().size() == limit);
    gate.release(1);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit + 1; }));
    CHECK(started.soFar().last() == limit);
    gate.release(count);
    REQUIRE(QTest::qWaitFor([&] { return delivered == count; }, 10'000));
    CHECK(started.soFar().mid(limit) == QList<int>{limit, limit + 1});
    CHECK(started.most == limit);
}

TEST_CASE("a read whose page is hidden gives its turn to a page shown after it and yields the cores further")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("turns.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    QSemaphore gate;
    Started started;
    int delivered = 0;
    std::vector<std::unique_ptr<QWidget>> pages;
    // However a check ends, the reads are let through before their pages go (which wait for them).
    const auto release = qScopeGuard([&gate] { gate.release(1000); });
    // Every turn in view taken by pages in view; then one of them is left for a page not read yet.
    std::vector<BackgroundRead *> reads = readsOf(ws.get(), pages, limit + 1, limit + 1);
    std::vector<BackgroundRead *> first(reads.cbegin(), reads.cend() - 1);
    askAll(first, gate, started, delivered);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit; }));
    pages.front()->hide();
    askAll(reads, gate, started, delivered, limit);
    REQUIRE(QTest::qWaitFor([&] { return started.soFar().size() == limit + 1; }));
    CHECK(started.soFar().last() == limit);
    CHECK(reads.front()->isBusy());
#ifdef Q_OS_LINUX
    // The hidden page's read now yields as one started out of sight does; the others as before.
    const int gui = getpriority(PRIO_PROCESS, id_t(gettid()));
    CHECK(started.niceness.value(0) == std::min(gui + 5, 19));
    CHECK(getpriority(PRIO_PROCESS, id_t(started.thread.value(0))) == std::min(gui + 15, 19));
    CHECK(getpriority(PRIO_PROCESS, id_t(started.thread.value(1))) == std::min(gui + 5, 19));
    CHECK(started.niceness.value(limit) == std::min(gui + 5, 19));
#endif
    gate.release(limit + 1);
    REQUIRE(QTest::qWaitFor([&] { return delivered == limit + 1; }, 10'000));
    CHECK(started.most == limit + 1);
}

TEST_CASE("a read that waits for its turn is replaced by a newer request, and one removed while waiting is dropped")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("turns.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    QSemaphore gate;
    std::atomic<int> started = 0;
    std::vector<std::unique_ptr<BackgroundRead>> busy = gatedReads(ws.get(), limit, gate, started);
    REQUIRE(QTest::qWaitFor([&] { return started == limit; }));
    QList<int> answers;
    BackgroundRead waiting(ws.get());
    auto dropped = std::make_unique<BackgroundRead>(ws.get());
    for (int i = 1; i <= 2; ++i)
        waiting.run<int>([i](QSqlDatabase &) -> Result<int> { return i; },
                         [&answers](const Result<int> &r) { answers << r.value(); });
    bool droppedRan = false;
    dropped->run<int>(
        [&](QSqlDatabase &) -> Result<int> {
            droppedRan = true;
            return 0;
        },
        [](const Result<int> &) {});
    CHECK(waiting.isBusy());
    dropped.reset(); // its page closed before its turn came
    gate.release(limit);
    REQUIRE(QTest::qWaitFor([&] { return !waiting.isBusy(); }));
    CHECK(answers == QList<int>{2}); // the newest request only
    busy.clear();
    CHECK_FALSE(droppedRan);
}

TEST_CASE("work for when no read runs waits for the reads running and waiting and is dropped with its context")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("idle.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    QSemaphore gate;
    std::atomic<int> started = 0;
    // Every turn taken, and one more read waiting for a turn.
    std::vector<std::unique_ptr<BackgroundRead>> reads = gatedReads(ws.get(), limit + 1, gate, started);
    // However a check below ends, the reads are let through before they go (they wait for them).
    const auto release = qScopeGuard([&gate] { gate.release(1000); });
    REQUIRE(QTest::qWaitFor([&] { return started == limit; }));
    CHECK(BackgroundRead::quietFor() == 0);
    QObject context, later;
    QList<int> busyWhenCalled; // reads still busy when the work ran
    const auto busyNow = [&reads] {
        return int(std::count_if(reads.cbegin(), reads.cend(), [](const auto &r) { return r->isBusy(); }));
    };
    BackgroundRead::whenIdle(&context, [&] { busyWhenCalled << busyNow(); });
    auto dropped = std::make_unique<QObject>();
    bool droppedRan = false;
    BackgroundRead::whenIdle(dropped.get(), [&droppedRan] { droppedRan = true; });
    dropped.reset();     // its window closed while the reads ran
    gate.release(limit); // the running ones end, and the waiting one takes a turn and ends
    REQUIRE(QTest::qWaitFor([&] { return started == limit + 1; }));
    gate.release(1);
    REQUIRE(QTest::qWaitFor([&] { return !busyWhenCalled.isEmpty(); }, 10'000));
    CHECK(busyWhenCalled == QList<int>{0});
    // Quiet since the last read ended, and counting.
    const qint64 quiet = BackgroundRead::quietFor();
    QTest::qWait(30);
    CHECK(BackgroundRead::quietFor() >= quiet + 30);
    CHECK_FALSE(droppedRan);
    // With no read running, through the event loop, not within the call.
    bool ran = false;
    BackgroundRead::whenIdle(&later, [&ran] { ran = true; });
    CHECK_FALSE(ran);
    REQUIRE(QTest::qWaitFor([&ran] { return ran; }));
}
