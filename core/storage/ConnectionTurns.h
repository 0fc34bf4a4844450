#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace cd {

// One SQLite connection shared by an import's thread and the thread writing its rows in the
// background (Qt opens SQLite connections without SQLite's own mutex, so only one may use it at a
// time). lock() is for the import's thread and goes first: the writer takes its turn between
// statements with lockAfterOthers(). With a plain mutex the writer took it again at once, so the
// import's thread waited out whole flushes (1M rows by post: no gain from writing in the background).
//
// Both wait by yielding the core for a while before they sleep: a turn lasts one statement (a batch
// of rows, or an import's look-up of a post), and a thread put to sleep for it is woken late on a
// virtual machine. A file of posts one after another (1M rows, 10,000 posts by post) asks for a
// turn at every new post: 16,000 context switches an import when both slept at once, 470 now.
class ConnectionTurns
{
public:
    void lock()
    {
        ++m_waiting;
        const auto until = std::chrono::steady_clock::now() + SpinFor;
        bool locked = m_mutex.try_lock();
        while (!locked && std::chrono::steady_clock::now() < until) {
            std::this_thread::yield();
            locked = m_mutex.try_lock();
        }
        if (!locked)
            m_mutex.lock();
        --m_waiting;
    }
    void unlock() { m_mutex.unlock(); }
    // Whether the import's thread is asking for a turn (tests wait for it).
    bool isAsked() const { return m_waiting.load() > 0; }
    void lockAfterOthers()
    {
        const auto until = std::chrono::steady_clock::now() + SpinFor;
        while (std::chrono::steady_clock::now() < until) {
            if (m_waiting.load() == 0 && m_mutex.try_lock())
                return;
            std::this_thread::yield();
        }
        while (m_waiting.load() > 0)
            std::this_thread::yield();
        m_mutex.lock();
    }

private:
    // Longer than a statement of the writer's batch takes (64 rows: 0.1-0.3 ms).
    static constexpr std::chrono::milliseconds SpinFor{2};
    std::mutex m_mutex;
    std::atomic<int> m_waiting{0};
};

} // namespace cd
