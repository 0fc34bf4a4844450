#pragma once

#include "common/Result.h"
#include "storage/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace cd {

// Reads that grow with the workspace (Today, the pipeline) run here, off the GUI thread, on a
// read-only connection of their own, so the window never waits for them. One read runs at a time;
// asking again while one runs queues the newest request only, and only the result of the latest
// request is delivered (older ones would show a state already replaced). The destructor waits for
// a running read, so the object that owns this can go at any time.
// Across the app, at most one read per core runs at once; the others wait their turn, those of a
// page in view first. Opening a workspace asks for five lists at once, and on two cores the page
// in view shared them with four pages out of sight. A page in view does not wait for reads of
// pages out of sight: it runs beside them, and they yield it the cores.
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundRead(Workspace *workspace, QObject *parent = nullptr);
    ~BackgroundRead() override;

    // Runs `read` on a worker with its own connection, then `done` on this object's thread with its
    // result (unless a newer request came in meanwhile).
    template <typename T>
    void run(std::function<Result<T>(QSqlDatabase &)> read, std::function<void(const Result<T> &)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        schedule(
            [read, result](QSqlDatabase &db, const QString &openError) {
                if (openError.isEmpty())
                    result->emplace(read(db));
                else
                    result->emplace(fail(openError));
            },
            [result, done] { done(**result); });
    }

    // Whether a read is running or waiting (tests wait for it; pages show "reading…").
    bool isBusy() const { return m_thread != nullptr || m_waiting; }

    // Calls `then` on this thread, through the event loop, once no read of the app runs or waits
    // for a turn (soon, when none does); not if `context` has gone. For work that should not
    // compete with the reads a person is waiting for, such as building the pages out of sight.
    static void whenIdle(QObject *context, std::function<void()> then);
    // How long no read of the app has run or waited for a turn, in ms (0 while one does).
    static qint64 quietFor();

    // Tests of a page's behaviour (not of the threading) may have reads run at once, on the calling
    // thread, still on a connection of their own, with `done` called before run() returns.
    static void setInlineForTests(bool inlineReads);

signals:
    void busyChanged(bool busy);

private:
    using Work = std::function<void(QSqlDatabase &, const QString &)>;
    void schedule(Work work, std::function<void()> deliver);
    void startOrWait();
    void start(bool shown);
    void endTurn();
    void leftView();
    void finished();
    bool inView() const;
    static bool mayStart(bool shown);
    static void startWaiting();
    static void callIdleWork();

    Workspace::Opener m_open; // empty without a workspace: every read then fails
    QThread *m_thread = nullptr;
    bool m_waiting = false; // for a free core (startOrWait)
    // The running read's: out of sight (when it started, or since: leftView()), and its thread.
    std::atomic<bool> m_outOfSight = false;
    std::atomic<qint64> m_threadId = 0;
    Work m_work;
    std::function<void()> m_deliver;
    std::optional<std::pair<Work, std::function<void()>>> m_pending;
};

} // namespace cd
