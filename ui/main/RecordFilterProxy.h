#pragma once

#include <QMap>
#include <QSortFilterProxyModel>

namespace cd {

// Search text over every column, and exact values wanted in chosen columns (a brand, a status),
// together: a row shows when it matches all of them.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Only rows whose `column` shows `value`; an empty value lifts the condition.
    void setColumnValue(int column, const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QMap<int, QString> m_values;
};

} // namespace cd
