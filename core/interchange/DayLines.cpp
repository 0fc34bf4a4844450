#include "DayLines.h"

#include <algorithm>

namespace cd {

qint64 DayLines::claim(qint64 record, const QDate &day, qint64 line)
{
    if (record != m_lastRecord || !m_last) {
        m_last = &m_records[record]; // an insert may move the other entries, never this one until the next
        m_lastRecord = record;
    }
    return claim(*m_last, day.toJulianDay(), line);
}

qint64 DayLines::claim(Days &d, qint64 day, qint64 line)
{
    if (!d.thin.isEmpty()) {
        qint64 &slot = d.thin[day];
        if (slot == 0)
            slot = line;
        return slot == line ? 0 : slot;
    }
    if (d.lines.empty()) {
        d.first = day;
        d.lines.assign(1, line);
        d.given = 1;
        return 0;
    }
    const qint64 end = d.first + qint64(d.lines.size());
    if (day < d.first || day >= end) {
        // A table at most four times the days given (and a couple of months), however the days come.
        const qint64 from = std::min(d.first, day), to = std::max(end, day + 1);
        const qint64 room = 4 * (d.given + 1) + 64 - (to - from);
        if (room < 0) {
            for (qsizetype i = 0; i < qsizetype(d.lines.size()); ++i)
                if (d.lines[i] != 0)
                    d.thin.insert(d.first + i, d.lines[i]);
            d.thin.insert(day, line);
            d.lines = {};
            return 0;
        }
        if (day >= end) {
            d.lines.resize(to - d.first, 0); // grows its capacity by half again or more
        } else {
            // Newest day first is a common order: leave room before, as a vector leaves it after.
            const qint64 newFirst = from - std::min(room, qint64(d.lines.size()));
            std::vector<qint64> grown(to - newFirst, 0);
            std::copy(d.lines.cbegin(), d.lines.cend(), grown.begin() + (d.first - newFirst));
            d.lines = std::move(grown);
            d.first = newFirst;
        }
    }
    qint64 &slot = d.lines[day - d.first];
    if (slot != 0)
        return slot;
    slot = line;
    ++d.given;
    return 0;
}

} // namespace cd
