#include "StallWatch.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>

#include <unistd.h>

#include <chrono>

namespace cd::bench {
namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// A thread's time on a core and its time ready to run without one, in ns (/proc/.../schedstat); zeros
// where the kernel does not say.
std::pair<qint64, qint64> schedstat(int thread)
{
    QFile file(QStringLiteral("/proc/self/task/%1/schedstat").arg(thread));
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() < 2 ? std::pair<qint64, qint64>{0, 0}
                             : std::pair<qint64, qint64>{fields.at(0).toLongLong(), fields.at(1).toLongLong()};
}

} // namespace

StallWatch::StallWatch()
{
    m_state->guiThread = int(::gettid()); // made on the GUI thread
    m_thread = std::make_unique<std::thread>([state = m_state] {
        while (!state->stop) {
            if (!state->waiting) {
                state->waiting = true;
                const auto [run, queued] = schedstat(state->guiThread);
                state->postedRunNs = run;
                state->postedQueuedNs = queued;
                state->postedAt = nowNs();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [state] {
                        const qint64 waited = nowNs() - state->postedAt;
                        qint64 longest = state->longestNs;
                        while (waited > longest && !state->longestNs.compare_exchange_weak(longest, waited)) {
                        }
                        if (waited > state->worstNs) {
                            const auto [ran, ready] = schedstat(state->guiThread);
                            state->worstNs = waited;
                            state->worstRunNs = ran - state->postedRunNs;
                            state->worstQueuedNs = ready - state->postedQueuedNs;
                            state->worstWhat = state->what;
                        }
                        state->waiting = false;
                    },
                    Qt::QueuedConnection);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
}

StallWatch::~StallWatch()
{
    m_state->stop = true;
    m_thread->join();
}

void StallWatch::reset(const QString &what)
{
    m_what = what;
    m_state->what = what;
    m_state->longestNs = 0;
}

QString StallWatch::worst() const
{
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(m_state->worstWhat)
        .arg(double(m_state->worstNs) / 1e6, 0, 'f', 0)
        .arg(double(m_state->worstRunNs) / 1e6, 0, 'f', 0)
        .arg(double(m_state->worstQueuedNs) / 1e6, 0, 'f', 0);
}

double StallWatch::longestMs() const
{
    // A call posted and not yet handled is a stall still going on.
    const qint64 pending = m_state->waiting ? nowNs() - m_state->postedAt : 0;
    return double(std::max(m_state->longestNs.load(), pending)) / 1e6;
}

} // namespace cd::bench
