#pragma once

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace cd {

// Where each of a list of record ids is in that list, for whole tables read at once and looked up
// by id tens of thousands of times (deals by participant, names by creator). A table's ids are
// nearly consecutive (SQLite's INTEGER PRIMARY KEY), so a vector indexed by id - first holds the
// positions: a hash spent a fifth of the large demo's 55,000-deal read finding its nodes. Ids far
// apart (a table with many rows deleted) take a hash instead, so memory stays about the list's own.
class IdPositions
{
public:
    IdPositions() = default;
    // The positions of `ids` (each id once; any order).
    explicit IdPositions(const QList<qint64> &ids)
    {
        if (ids.isEmpty())
            return;
        const auto [low, high] = std::minmax_element(ids.cbegin(), ids.cend());
        // Unsigned: any two ids' distance fits, whatever a damaged file holds.
        const quint64 span = quint64(*high) - quint64(*low);
        if (span < quint64(2 * ids.size() + 1024)) {
            m_first = *low;
            m_slots.assign(std::size_t(span) + 1, -1);
            for (qsizetype i = 0; i < ids.size(); ++i)
                m_slots[std::size_t(quint64(ids.at(i)) - quint64(m_first))] = i;
            return;
        }
        m_sparse.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_sparse.insert(ids.at(i), i);
    }
    // The position of `id` in the list, -1 when it is not there.
    qsizetype at(qint64 id) const
    {
        if (!m_slots.empty()) {
            const quint64 slot = quint64(id) - quint64(m_first);
            return id >= m_first && slot < m_slots.size() ? m_slots[std::size_t(slot)] : -1;
        }
        return m_sparse.value(id, -1);
    }

private:
    qint64 m_first = 0;
    std::vector<qsizetype> m_slots;
    QHash<qint64, qsizetype> m_sparse;
};

} // namespace cd
