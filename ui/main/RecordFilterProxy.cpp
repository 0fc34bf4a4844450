#include "RecordFilterProxy.h"

namespace cd {

void RecordFilterProxy::setColumnValue(int column, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(column);
    else
        m_values.insert(column, value);
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (sourceModel()->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
            return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cd
