#pragma once

#include <QDate>
#include <QHash>

#include <vector>

namespace cd {

// The line of a file that first gave each (record, day), for "the same record as line N": a metrics
// file gives each post a row a day, so each post keeps its lines in a table by day instead of a
// hash of every row's key (a million random lookups, with the hashing a sixth of a metrics
// import's CPU). A post whose days are scattered too thinly for a table keeps them in a hash.
class DayLines
{
public:
    // The earlier line that gave `record` on `day`; else 0, and `line` (> 0) is kept for it.
    qint64 claim(qint64 record, const QDate &day, qint64 line);

private:
    struct Days
    {
        qint64 first = 0;           // Julian day of lines[0]
        std::vector<qint64> lines;  // by day from `first`; 0 where none yet
        qint64 given = 0;           // days claimed
        QHash<qint64, qint64> thin; // Julian day -> line, once the table would be mostly empty
    };
    static qint64 claim(Days &days, qint64 day, qint64 line);

    QHash<qint64, Days> m_records;
    qint64 m_lastRecord = -1; // rows of one post often come together:
    Days *m_last = nullptr;   // its entry, until the hash next grows
};

} // namespace cd
