#pragma once

#include <QString>

#include <condition_variable>
#include <future>
#include <mutex>

namespace cd {

// Folds a workspace file's write-ahead log into the file on a thread and connection of its own.
// After a bulk write (an import of a million snapshots: 84 MB of log) SQLite's automatic
// checkpoint copied the whole log into the file on the writing thread right after its commit:
// 0.2-0.3 s of the 2.6-3.0 s a million-row import took, with the rows already safe in the log.
// SQLite's documentation suggests this: turn the automatic checkpoint off for the big write and
// run it on another thread. A passive checkpoint never blocks readers or writers; what readers
// still need is copied on later tries.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(QString path) : m_path(std::move(path)) {}
    // Stops trying again and waits for a checkpoint under way (the file is noted as cleanly
    // closed only after the last write to it).
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    // Starts one, unless one is under way (it copies whatever the log holds when it runs).
    void start();

    // What the last checkpoint found: frames in the log and frames copied into the file (equal
    // when all of it was folded in); -1 when none ran or it failed (SQLite's own message).
    struct Outcome
    {
        int logFrames = -1;
        int copiedFrames = -1;
        QString error;
    };
    // Waits for the one under way, if any. For tests and for closing.
    Outcome wait();

private:
    Outcome run();

    const QString m_path;
    std::future<Outcome> m_running;
    Outcome m_last;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_again = false; // start() was called since the running checkpoint last looked
};

} // namespace cd
