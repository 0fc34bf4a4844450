// How the roster keeps up with a change that names its records: the creators it reaches are read
// again (readCreators()) and their rows put in place, so an edited creator at 20,000 creators costs
// one row's read instead of the whole roster's.
#include "CreatorRosterModel.h"

#include "common/Names.h"
#include "records/CreatorsNamed.h"

#include <algorithm>

namespace cd {

std::optional<QList<qint64>> CreatorRosterModel::creatorsChanged(QSqlDatabase &db, const Changes &changes)
{
    // Shown on every row, or in what every row's figures are worked out by.
    for (const char *kind : {"settings", "managers"})
        if (changes.touches(QLatin1String(kind)))
            return std::nullopt;
    // How a kind's ids lead to creators: a creator's own; an account's follower counts; a deal,
    // whose posts count toward its creator's rate unless it was declined or cancelled; a post's
    // numbers. (An account, deal or post gone took its numbers with it: whose is not known.)
    static constexpr CreatorsOf named[] = {
        CreatorsThemselves,
        {"followers", "SELECT creator_id FROM accounts WHERE id = ?"},
        CreatorsOfDeals,
        CreatorsOfPosts,
    };
    QList<qint64> creators;
    if (!addCreatorsNamed(db, changes, named, creators))
        return std::nullopt;
    return creators;
}

bool CreatorRosterModel::applyRows(const QList<qint64> &ids, QList<Row> rows)
{
    bool nichesMayChange = false;
    for (const qint64 id : ids) {
        const auto shown = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const Row &r) { return r.id == id; });
        const qsizetype at = shown == m_rows.cend() ? -1 : shown - m_rows.cbegin();
        const auto read = std::find_if(rows.begin(), rows.end(), [id](const Row &r) { return r.id == id; });
        if (read == rows.end()) { // gone
            if (at < 0)
                continue;
            nichesMayChange |= !m_rows.at(at).niche.isEmpty();
            beginRemoveRows({}, int(at), int(at));
            m_rows.remove(at);
            endRemoveRows();
            continue;
        }
        Row row = std::move(*read);
        nichesMayChange |= at < 0 ? !row.niche.isEmpty() : m_rows.at(at).niche != row.niche;
        if (at < 0) { // added
            const qsizetype to = placeByName(row.name);
            beginInsertRows({}, int(to), int(to));
            m_rows.insert(to, std::move(row));
            rankPlaced(to);
            endInsertRows();
            continue;
        }
        if (m_rows.at(at).name == row.name) { // its place by name stays
            row.nameRank = m_rows.at(at).nameRank;
            m_rows[at] = std::move(row);
            emit dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
            continue;
        }
        // Renamed: moved to its new place (a selection on it follows the move).
        const qsizetype to = placeByName(row.name, at);
        const bool moves = to != at;
        if (moves)
            beginMoveRows({}, int(at), int(at), {}, int(to > at ? to + 1 : to));
        m_rows.move(at, to);
        m_rows[to] = std::move(row);
        rankPlaced(to);
        if (moves)
            endMoveRows();
        emit dataChanged(index(int(to), 0), index(int(to), ColumnCount - 1));
    }
    if (!nichesMayChange)
        return false;
    QStringList niches = nichesOf(m_rows);
    if (niches == m_niches)
        return false;
    m_niches = std::move(niches);
    return true;
}

qsizetype CreatorRosterModel::placeByName(const QString &name, qsizetype skip) const
{
    // A binary search over the rows in name order, as if the row at `skip` (being renamed) were not
    // there: the place returned is the row's index once it is put there.
    const QCollator collator = nameCollator();
    qsizetype low = 0;
    qsizetype high = m_rows.size() - (skip >= 0 ? 1 : 0);
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        const qsizetype row = skip >= 0 && middle >= skip ? middle + 1 : middle;
        if (collator.compare(m_rows.at(row).name, name) <= 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void CreatorRosterModel::rankPlaced(qsizetype at)
{
    Row &placed = m_rows[at];
    if (at > 0 && nameCollator().compare(m_rows.at(at - 1).name, placed.name) == 0) {
        placed.nameRank = m_rows.at(at - 1).nameRank;
        return;
    }
    placed.nameRank = at > 0 ? m_rows.at(at - 1).nameRank + 1 : 0;
    // Every row after it sorts after it: their places go up by one, their order among themselves
    // (all a sort compares) unchanged, so the list needs no word of it.
    for (qsizetype i = at + 1; i < m_rows.size(); ++i)
        if (m_rows.at(i).nameRank >= placed.nameRank)
            ++m_rows[i].nameRank;
}

} // namespace cd
