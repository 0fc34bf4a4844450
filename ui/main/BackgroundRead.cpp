#include "BackgroundRead.h"

#include "common/FreeMemory.h"
#include "storage/Connection.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <limits>
#include <utility>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace cd {
namespace {
bool g_inline = false;

// The reads running now, those waiting for one of them to end (startOrWait), and what waits for
// none to run (whenIdle).
struct Turns
{
    QList<BackgroundRead *> running, waiting;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> idleWork;
    QElapsedTimer sinceLast; // the last read's start or end
    bool idle() const { return running.isEmpty() && waiting.isEmpty(); }
};

Turns &turns()
{
    static Turns t;
    return t;
}

int maxRunning()
{
    return std::max(2, QThread::idealThreadCount());
}

// Once the reads of a burst (opening a workspace, a reload after an import) have all arrived, the
// memory their threads freed goes back to the system: one call a second at most, on a pool thread
// (on this one the call held the window 44 ms after the large demo's pages were read), and not
// while a read runs or waits: a reading thread that ends may wait for the lock of its memory arena,
// which the call holds while it hands that arena's pages back, and this thread waits for the
// reading thread to end (finished()). (The long pauses first blamed on this turned out to be the
// settings file written on this thread; see LocalSettings.)
void returnFreeMemorySoon()
{
    static QPointer<QTimer> timer; // goes with the application object
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, [] {
            if (!turns().idle())
                return; // the last of them calls returnFreeMemorySoon() again
            QThreadPool::globalInstance()->start([] { returnFreeMemory(); });
        });
    }
    timer->start();
}

// The calling thread's niceness (0 where there is none to read).
int currentNiceness()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? now : 0;
#else
    return 0;
#endif
}

// Reads yield to the GUI thread when both want a core: QThread::LowPriority does nothing on Linux
// (one static priority for ordinary threads), and at large a GUI pause of 137 ms spent 75 of them
// ready to run but waiting for a core the reads held. A nicer thread gets a smaller share of a
// busy core, and the threads it starts (ReadBeside, a list's ranks) inherit it; on an idle core
// it runs as fast as before. A read for a page out of sight yields further, to the reads of the
// page in view as well: at nice 15 against 5 it gets about a tenth of a core they both want.
// Per thread on Linux, and relative: an app started nicer keeps its reads below its GUI thread.
// Raising it needs no rights (lowering it again would: so each read has a thread of its own).
void yieldToGuiThread(qint64 thread, int guiNiceness, bool inView)
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(thread), std::min(guiNiceness + (inView ? 5 : 15), 19));
#else
    Q_UNUSED(thread);
    Q_UNUSED(guiNiceness);
    Q_UNUSED(inView);
#endif
}

qint64 currentThreadId()
{
#ifdef Q_OS_LINUX
    return qint64(gettid());
#else
    return 0;
#endif
}

void readOn(const Workspace::Opener &open, const std::function<void(QSqlDatabase &, const QString &)> &work)
{
    const QString name = connection::uniqueName(QStringLiteral("read"));
    {
        auto db = open ? open(name)
                       : Result<QSqlDatabase>(fail(QCoreApplication::translate("Workspace", "no workspace is open")));
        QSqlDatabase none;
        work(db ? db.value() : none, db ? QString() : db.error());
    }
    connection::close(name);
}
} // namespace

void BackgroundRead::whenIdle(QObject *context, std::function<void()> then)
{
    turns().idleWork.append({context, std::move(then)});
    if (turns().idle())
        callIdleWork();
}

qint64 BackgroundRead::quietFor()
{
    const Turns &t = turns();
    return !t.idle() ? 0 : t.sinceLast.isValid() ? t.sinceLast.elapsed() : std::numeric_limits<qint64>::max();
}

void BackgroundRead::callIdleWork()
{
    // Through the event loop: a read asked for meanwhile (a page shown) goes first, and the work
    // waits for it.
    for (auto &[context, then] : std::exchange(turns().idleWork, {}))
        if (context)
            QTimer::singleShot(0, context, [context = context, then = std::move(then)] {
                if (turns().idle())
                    then();
                else
                    turns().idleWork.append({context, then});
            });
}

void BackgroundRead::setInlineForTests(bool inlineReads)
{
    g_inline = inlineReads;
}

BackgroundRead::BackgroundRead(Workspace *workspace, QObject *parent)
    : QObject(parent), m_open(workspace ? workspace->readerOpener() : Workspace::Opener())
{}

BackgroundRead::~BackgroundRead()
{
    m_pending.reset();
    turns().waiting.removeAll(this);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        endTurn();
        startWaiting();
    }
    if (turns().idle() && !turns().idleWork.isEmpty())
        callIdleWork();
}

void BackgroundRead::schedule(Work work, std::function<void()> deliver)
{
    if (g_inline && !m_thread) {
        readOn(m_open, work);
        deliver();
        return;
    }
    if (m_thread) {
        m_pending.emplace(std::move(work), std::move(deliver));
        return;
    }
    // Waiting for a turn still: this request replaces the one that waited.
    const bool wasWaiting = m_waiting;
    m_work = std::move(work);
    m_deliver = std::move(deliver);
    if (wasWaiting)
        return;
    startOrWait();
    emit busyChanged(true);
}

// A read for the page in view takes a turn beside those of pages out of sight, which yield it the
// cores (yieldToGuiThread): a person who clicked a page in the first seconds, while the window read
// the others, waited for two of those to end (Payments at agency: 10-24 ms before its read started,
// then shared the cores with them to the end). Reads in view take turns among themselves; a read
// whose page was hidden after it started counts as out of sight from then on (a page clicked while
// the one left still read waited for it: Payments at agency, 10-25 ms after leaving Today).
bool BackgroundRead::mayStart(bool shown)
{
    const QList<BackgroundRead *> &running = turns().running;
    if (!shown)
        return running.size() < maxRunning();
    qsizetype inView = 0;
    for (BackgroundRead *read : running) {
        if (!read->m_outOfSight && !read->inView())
            read->leftView();
        if (!read->m_outOfSight)
            ++inView;
    }
    return inView < maxRunning();
}

void BackgroundRead::leftView()
{
    // The thread sets its own niceness when it starts; whichever of the two comes second sees the
    // other's write (both sequentially consistent), and both set the same value.
    m_outOfSight = true;
    if (const qint64 thread = m_threadId)
        yieldToGuiThread(thread, currentNiceness(), false);
}

void BackgroundRead::startOrWait()
{
    if (const bool shown = inView(); mayStart(shown)) {
        start(shown);
        return;
    }
    m_waiting = true;
    turns().waiting.append(this);
}

void BackgroundRead::endTurn()
{
    turns().running.removeOne(this);
}

bool BackgroundRead::inView() const
{
    for (const QObject *o = parent(); o; o = o->parent())
        if (const auto *widget = qobject_cast<const QWidget *>(o))
            return widget->isVisible();
    return false;
}

void BackgroundRead::startWaiting()
{
    // Pages in view first, in the order they asked; then the others, while a turn is free (a page
    // in view still waiting means every turn is taken).
    Turns &t = turns();
    for (qsizetype i = 0; i < t.waiting.size();) {
        if (BackgroundRead *read = t.waiting.at(i); read->inView() && mayStart(true)) {
            t.waiting.removeAt(i);
            read->start(true);
        } else {
            ++i;
        }
    }
    while (!t.waiting.isEmpty() && mayStart(false)) {
        BackgroundRead *read = t.waiting.takeFirst();
        read->start(read->inView());
    }
}

void BackgroundRead::start(bool shown)
{
    m_waiting = false;
    m_outOfSight = !shown;
    m_threadId = 0;
    turns().running.append(this);
    turns().sinceLast.start();
    Work work = m_work;
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, open = m_open, work, guiNiceness = currentNiceness()] {
        m_threadId = currentThreadId();
        yieldToGuiThread(m_threadId, guiNiceness, !m_outOfSight);
        readOn(open, work);
    });
    // finished() is emitted on the worker; the queued call runs on this object's thread.
    connect(m_thread, &QThread::finished, this, &BackgroundRead::finished, Qt::QueuedConnection);
    m_thread->start();
}

void BackgroundRead::finished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    endTurn();
    turns().sinceLast.start();
    if (m_pending) {
        // What was read is already out of date: read again for the newest request instead.
        m_work = std::move(m_pending->first);
        m_deliver = std::move(m_pending->second);
        m_pending.reset();
        startWaiting(); // those that waited go first
        startOrWait();
        return;
    }
    startWaiting();
    const auto deliver = std::move(m_deliver);
    m_deliver = nullptr;
    m_work = nullptr;
    emit busyChanged(false);
    if (deliver)
        deliver();
    returnFreeMemorySoon();
    if (turns().idle() && !turns().idleWork.isEmpty())
        callIdleWork();
}

} // namespace cd
