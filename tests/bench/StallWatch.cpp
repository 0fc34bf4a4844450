#include "StallWatch.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <chrono>

namespace cd::bench {
namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

StallWatch::StallWatch()
{
    m_thread = std::make_unique<std::thread>([state = m_state] {
        while (!state->stop) {
            if (!state->waiting) {
                state->waiting = true;
                state->postedAt = nowNs();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [state] {
                        const qint64 waited = nowNs() - state->postedAt;
                        qint64 longest = state->longestNs;
                        while (waited > longest && !state->longestNs.compare_exchange_weak(longest, waited)) {
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
    m_state->longestNs = 0;
}

double StallWatch::longestMs() const
{
    // A call posted and not yet handled is a stall still going on.
    const qint64 pending = m_state->waiting ? nowNs() - m_state->postedAt : 0;
    return double(std::max(m_state->longestNs.load(), pending)) / 1e6;
}

} // namespace cd::bench
