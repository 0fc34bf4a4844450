#include "UiTestSupport.h"

#include "main/BackgroundRead.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

// Reads across the app take turns: at most one per core at once, a page in view first.
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
} // namespace

TEST_CASE("reads take turns, one per core at once, a page in view before the pages out of sight")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("turns.collabdesk")));
    const int limit = std::max(2, QThread::idealThreadCount());
    const int count = limit + 2;
    // Each read says it started, then waits at the gate until the test lets one through.
    QSemaphore gate;
    QMutex mutex;
    QList<int> started;
    int running = 0, most = 0; // under the mutex
    int delivered = 0;
    std::vector<std::unique_ptr<QWidget>> pages;
    std::vector<BackgroundRead *> reads;
    for (int i = 0; i < count; ++i) {
        pages.push_back(std::make_unique<QWidget>());
        reads.push_back(new BackgroundRead(ws.get(), pages.back().get()));
    }
    pages.back()->show(); // the last page asked for is the one in view
    REQUIRE(QTest::qWaitForWindowExposed(pages.back().get()));
    for (int i = 0; i < count; ++i)
        reads[i]->run<int>(
            [&, i](QSqlDatabase &) -> Result<int> {
                {
                    QMutexLocker lock(&mutex);
                    started << i;
                    most = std::max(most, ++running);
                }
                gate.acquire();
                QMutexLocker lock(&mutex);
                --running;
                return i;
            },
            [&, i](const Result<int> &r) {
                CHECK(r.value() == i);
                ++delivered;
            });
    const auto startedSoFar = [&] {
        QMutexLocker lock(&mutex);
        return started;
    };
    REQUIRE(QTest::qWaitFor([&] { return startedSoFar().size() == limit; }));
    QTest::qWait(50); // nothing else starts while those run
    CHECK(startedSoFar().size() == limit);
    CHECK(std::all_of(reads.cbegin(), reads.cend(), [](const BackgroundRead *r) { return r->isBusy(); }));

    // One ends: the page in view goes next, though asked for last.
    gate.release(1);
    REQUIRE(QTest::qWaitFor([&] { return startedSoFar().size() == limit + 1; }));
    CHECK(startedSoFar().last() == count - 1);
    gate.release(count);
    REQUIRE(QTest::qWaitFor([&] { return delivered == count; }, 10'000));
    // The first ones start together, in whichever order their threads come; then the page in view,
    // then the waiting pages in the order they asked.
    QList<int> first = started.mid(0, limit), together;
    std::sort(first.begin(), first.end());
    for (int i = 0; i < limit; ++i)
        together << i;
    CHECK(first == together);
    CHECK(started.mid(limit) == QList<int>{count - 1, limit});
    CHECK(most == limit);
    CHECK(std::none_of(reads.cbegin(), reads.cend(), [](const BackgroundRead *r) { return r->isBusy(); }));
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
