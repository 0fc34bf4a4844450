#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace cd::bench {

// How long the GUI thread goes without handling events: a watcher thread posts a stamped call to
// it every 2 ms (the next one once the last was handled) and keeps the longest wait between
// posting and handling. That wait is what a user feels as a frozen window, whatever ran meanwhile:
// work the page did itself, or waiting for something. A measurement, never a pass or fail.
class StallWatch
{
public:
    StallWatch();
    ~StallWatch();
    StallWatch(const StallWatch &) = delete;
    StallWatch &operator=(const StallWatch &) = delete;

    // Starts a new measurement of what runs next, named `what` for longest().
    void reset(const QString &what);
    // The longest stall since reset(), in milliseconds, with what was measured ("dashboard shown").
    double longestMs() const;
    QString what() const { return m_what; }
    // The longest stall since the watch began, as "what / ms / on a core / waiting for a core": how
    // much of it the GUI thread ran, and how long it was ready to run while other threads held both
    // cores (the kernel's schedstat; the rest it waited on something, or was handling the call).
    QString worst() const;

private:
    // Shared with the calls posted to the GUI thread, which may run after this object is gone.
    struct State
    {
        std::atomic<qint64> longestNs{0}, postedAt{0};
        std::atomic<qint64> postedRunNs{0}, postedQueuedNs{0}; // the GUI thread's schedstat at posting
        std::atomic<bool> waiting{false}, stop{false};
        // Written and read on the GUI thread only.
        qint64 worstNs = 0, worstRunNs = 0, worstQueuedNs = 0;
        QString what, worstWhat;
        int guiThread = 0;
    };

    QString m_what;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    std::unique_ptr<std::thread> m_thread;
};

} // namespace cd::bench
