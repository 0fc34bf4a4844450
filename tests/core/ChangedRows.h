#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

namespace cd::test {

// The records whose rows (as a page shows them, by id) read differently in `after` than in
// `before`, came or went, sorted: what a change must have named for a page to read back only those.
inline QList<qint64> differing(const QHash<qint64, QString> &before, const QHash<qint64, QString> &after)
{
    QList<qint64> ids;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            ids << it.key();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace cd::test
