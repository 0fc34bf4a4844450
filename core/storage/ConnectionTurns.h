#pragma once

#include <atomic>
#include <mutex>
#include <thread>

namespace cd {

// One SQLite connection shared by an import's thread and the thread writing its rows in the
// background (Qt opens SQLite connections without SQLite's own mutex, so only one may use it at a
// time). lock() is for the import's thread and goes first: the writer takes its turn between
// statements with lockAfterOthers(). With a plain mutex the writer took it again at once, so the
// import's thread waited out whole flushes (1M rows by post: no gain from writing in the background).
class ConnectionTurns
{
public:
    void lock()
    {
        ++m_waiting;
        m_mutex.lock();
        --m_waiting;
    }
    void unlock() { m_mutex.unlock(); }
    void lockAfterOthers()
    {
        while (m_waiting.load() > 0)
            std::this_thread::yield();
        m_mutex.lock();
    }

private:
    std::mutex m_mutex;
    std::atomic<int> m_waiting{0};
};

} // namespace cd
