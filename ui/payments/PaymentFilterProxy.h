#pragma once

#include "common/Words.h"
#include "main/RecordFilterProxy.h"
#include "money/PaymentState.h"

#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace cd {

class PaymentListModel;

// The page's filters on top of the search and the brand/creator/campaign columns: which states
// and which direction. The tiles use matchesExceptState(), so they follow every filter but status.
class PaymentFilterProxy : public RecordFilterProxy
{
public:
    PaymentFilterProxy(QWidget *view, QObject *parent) : RecordFilterProxy(parent), m_view(view) {}

    // A PaymentListModel, whose rows it follows to keep their sort keys.
    void setSourceModel(QAbstractItemModel *model) override;
    // Both at once, so the rows are filtered once.
    void setConditions(QList<PaymentState> states, std::optional<PaymentDirection> direction);
    // Searches the words people look for (names, invoice, method, reference, notes) in the rows
    // as read, not every formatted column: a keystroke over 50,000 payments stays quick.
    void setSearch(const QString &text);
    bool matchesExceptState(int sourceRow) const;

    // Overdue rows in the "bad" colour; the status cell says "overdue" too (never colour alone).
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // What the search finds among the table's names, worked out once per search and table instead of
    // once per row: 127,328 payments name 31,000 records.
    struct Found
    {
        quint64 generation = 0;
        QString search;
        QList<bool> campaigns, creators, brands;
        QSet<qint64> invoices;
        QList<bool> kinds;
    };
    const Found &found() const;

    // The sort key of each row of the model for the column sorted by, made at the first comparison
    // and kept as rows change, come and go. Sorting the large demo's 127,328 payments by due date
    // took 150-220 ms of the GUI thread at each read while each comparison fetched both rows and
    // worked their keys out, 36-43 ms with the keys in one array. Ties go by id, as they did.
    struct SortKey
    {
        qint64 key = 0, id = 0;
        auto operator<=>(const SortKey &) const = default;
    };
    // Whether `column` sorts by a key (dates, days and money), not by its text.
    static bool isKeyed(int column);
    // The key of entry `row` for a keyed `column`.
    SortKey sortKey(qsizetype row, int column) const;
    void dropSortKeys() const;
    void changeSortKeys(qsizetype first, qsizetype last, bool inserted) const;

    QWidget *m_view;
    const PaymentListModel *m_payments = nullptr;
    QList<QMetaObject::Connection> m_followed;
    mutable std::vector<SortKey> m_sortKeys;
    mutable int m_keysColumn = -1; // none made
    QList<PaymentState> m_states;
    std::optional<PaymentDirection> m_direction;
    QString m_search;
    mutable std::optional<Found> m_found;
};

} // namespace cd
