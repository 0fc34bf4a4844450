#include "BackgroundCheckpoint.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>

namespace cd {

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    (void)wait();
}

void BackgroundCheckpoint::start()
{
    {
        const std::lock_guard lock(m_mutex);
        m_again = true; // a run under way looks at the log once more
    }
    if (m_running.valid() && m_running.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    if (m_running.valid())
        m_last = m_running.get();
    try {
        m_running = std::async(std::launch::async, [this] { return run(); });
    } catch (const std::system_error &) {
        // No thread to be had: the next commit's automatic checkpoint does it instead.
    }
}

BackgroundCheckpoint::Outcome BackgroundCheckpoint::wait()
{
    if (m_running.valid())
        m_last = m_running.get();
    return m_last;
}

BackgroundCheckpoint::Outcome BackgroundCheckpoint::run()
{
    Outcome outcome;
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(m_path);
    const auto failed = [&] {
        outcome.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return outcome;
    };
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return failed();
    // A connection finds the log only once it has read the file (SQLite 3.40 checkpoints nothing
    // before that, and says so with -1 frames).
    if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed();
    // A reader that began before the write keeps the frames it may still need out of the file;
    // readers are short, so a few more tries a moment apart copy the rest. Five seconds at most:
    // what is left then goes with a later commit's automatic checkpoint.
    constexpr int Tries = 50;
    constexpr auto Apart = std::chrono::milliseconds(100);
    for (int attempt = 0; attempt < Tries; ++attempt) {
        {
            std::unique_lock lock(m_mutex);
            if (attempt > 0)
                m_wake.wait_for(lock, Apart, [this] { return m_stopping; });
            if (m_stopping && attempt > 0)
                break;
            m_again = false;
        }
        const int rc =
            sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &outcome.logFrames, &outcome.copiedFrames);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
            outcome.error = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
        const std::lock_guard lock(m_mutex);
        if (rc == SQLITE_OK && outcome.copiedFrames >= outcome.logFrames && !m_again)
            break;
    }
    sqlite3_close(db);
    return outcome;
}

} // namespace cd
