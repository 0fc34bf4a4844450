#pragma once

#include <QMutex>
#include <QSqlDatabase>

#include <atomic>

struct sqlite3;

namespace cd {

// Lets a person call off long work on a connection (an integrity check, a schema update) from
// another thread. stop() interrupts the statement running on the watched connection, even midway
// through a quick_check, and every statement after it, so the work fails at once and rolls back:
// nothing it was changing is left changed.
class StopToken
{
public:
    // From any thread.
    void stop();
    bool stopped() const { return m_stopped.load(); }

    // While it lives, stop() interrupts `db`'s statements. Made and dropped on the connection's own
    // thread, before the connection closes. A null token watches nothing.
    class Watch
    {
    public:
        Watch(StopToken *token, QSqlDatabase &db);
        ~Watch();
        Watch(const Watch &) = delete;
        Watch &operator=(const Watch &) = delete;

    private:
        StopToken *m_token;
        sqlite3 *m_db = nullptr;
    };

private:
    QMutex m_mutex;
    sqlite3 *m_watched = nullptr;
    std::atomic<bool> m_stopped{false};
};

} // namespace cd
