#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace cd::bench {

// The median of `runs` timings of `work` in milliseconds: one slow run on a busy machine does
// not move it.
template <typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace cd::bench
