#include "RecordFilterProxy.h"

#include "models/ListReads.h"

namespace cd {

void RecordFilterProxy::setSearchText(const QString &text)
{
    m_terms = searchTerms(text);
    // A new layout rather than invalidateFilter()'s removals range by range (see CreatorFilterProxy).
    invalidate();
}

void RecordFilterProxy::setColumnValue(int column, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(column);
    else
        m_values.insert(column, value);
    invalidateFilter();
}

void RecordFilterProxy::setOnlyIds(int role, const std::optional<QSet<qint64>> &ids)
{
    m_idRole = role;
    m_ids = ids;
    invalidateFilter();
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_ranked = dynamic_cast<const RankedRows *>(model);
    m_searchable = dynamic_cast<const SearchableRows *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_ranked && sortRole() == m_ranked->rankedRole()) {
        const int a = m_ranked->sortRank(left.row(), left.column());
        const int b = m_ranked->sortRank(right.row(), right.column());
        if (a >= 0 && b >= 0)
            return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool RecordFilterProxy::hasAllowedId(int sourceRow, const QModelIndex &sourceParent) const
{
    return !m_ids || m_ids->contains(sourceModel()->index(sourceRow, 0, sourceParent).data(m_idRole).toLongLong());
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!hasAllowedId(sourceRow, sourceParent))
        return false;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (sourceModel()->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
            return false;
    if (m_terms.isEmpty())
        return true;
    if (m_searchable && !sourceParent.isValid())
        return matchesAll(m_searchable->searchText(sourceRow), m_terms);
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    SearchText haystack = first.data(ListSearchTextRole).toByteArray();
    if (haystack.isEmpty()) // a model without prepared texts
        haystack = rowSearchText(*sourceModel(), sourceRow);
    return matchesAll(haystack, m_terms);
}

} // namespace cd
