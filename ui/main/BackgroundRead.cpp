#include "BackgroundRead.h"

#include "common/FreeMemory.h"
#include "storage/Connection.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace cd {
namespace {
bool g_inline = false;

// Once the reads of a burst (opening a workspace, a reload after an import) have all arrived, the
// memory their threads freed goes back to the system: one call a second at most, on this thread.
void returnFreeMemorySoon()
{
    static QPointer<QTimer> timer; // goes with the application object
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, [] { returnFreeMemory(); });
    }
    timer->start();
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
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
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
    m_work = std::move(work);
    m_deliver = std::move(deliver);
    start();
    emit busyChanged(true);
}

void BackgroundRead::start()
{
    Work work = m_work;
    m_thread = QThread::create([open = m_open, work] { readOn(open, work); });
    // finished() is emitted on the worker; the queued call runs on this object's thread.
    connect(m_thread, &QThread::finished, this, &BackgroundRead::finished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

void BackgroundRead::finished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        // What was read is already out of date: read again for the newest request instead.
        m_work = std::move(m_pending->first);
        m_deliver = std::move(m_pending->second);
        m_pending.reset();
        start();
        return;
    }
    const auto deliver = std::move(m_deliver);
    m_deliver = nullptr;
    m_work = nullptr;
    emit busyChanged(false);
    if (deliver)
        deliver();
    returnFreeMemorySoon();
}

} // namespace cd
