// The turns an import's thread and its background writer take on their one connection
// (storage/ConnectionTurns): one at a time, and the import's thread first.
#include "storage/ConnectionTurns.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <atomic>
#include <chrono>
#include <thread>

using namespace cd;

TEST_CASE("the connection's turns let one thread in at a time")
{
    ConnectionTurns turns;
    int count = 0; // plain: only the turns keep the two threads' increments apart
    constexpr int Each = 20'000;
    std::thread writer([&] {
        for (int i = 0; i < Each; ++i) {
            turns.lockAfterOthers();
            ++count;
            turns.unlock();
        }
    });
    for (int i = 0; i < Each; ++i) {
        turns.lock();
        ++count;
        turns.unlock();
    }
    writer.join();
    CHECK(count == 2 * Each);
}

TEST_CASE("the import's thread takes the connection before the writer's next statement")
{
    ConnectionTurns turns;
    QStringList order; // written only while holding a turn
    std::atomic<bool> writerHasIt{false};
    std::thread writer([&] {
        turns.lockAfterOthers();
        writerHasIt = true;
        while (!turns.isAsked())
            std::this_thread::yield();
        // Past the time the import's thread asks without sleeping: it is asleep on the turn now.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        turns.unlock();
        turns.lockAfterOthers(); // the writer's next statement waits for the import's look-up
        order << QStringLiteral("writer");
        turns.unlock();
    });
    while (!writerHasIt.load())
        std::this_thread::yield();
    turns.lock();
    order << QStringLiteral("import");
    // Held past the time the writer asks without sleeping: it still gets its turn after.
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    turns.unlock();
    writer.join();
    CHECK(order == QStringList{QStringLiteral("import"), QStringLiteral("writer")});
}
