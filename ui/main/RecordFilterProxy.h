#pragma once

#include <QMap>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace cd {

class RankedRows;
class SearchableRows;

// Search text over every column, and exact values wanted in chosen columns (a brand, a status),
// together: a row shows when it matches all of them. Each word searched must appear in some
// column; a SearchableRows model answers from its prepared texts in place, one with
// ListSearchTextRole through that role, others cell by cell.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Words to search for, in any column.
    void setSearchText(const QString &text);
    // Only rows whose `column` shows `value`; an empty value lifts the condition.
    void setColumnValue(int column, const QString &value);
    // Only rows whose `role` (an id) is one of `ids`; nullopt lifts the condition ("My creators").
    void setOnlyIds(int role, const std::optional<QSet<qint64>> &ids);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // By the places the read gave the rows (RankedRows) when the source has them for the sort role.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    // The id condition alone, for subclasses that filter their own way.
    bool hasAllowedId(int sourceRow, const QModelIndex &sourceParent) const;

private:
    QByteArrayList m_terms; // case-folded, UTF-8
    QMap<int, QString> m_values;
    int m_idRole = 0;
    std::optional<QSet<qint64>> m_ids;
    const RankedRows *m_ranked = nullptr;         // the source, found once rather than per comparison
    const SearchableRows *m_searchable = nullptr; // the same, for each row's search text
};

} // namespace cd
