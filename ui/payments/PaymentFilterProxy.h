#pragma once

#include "common/Words.h"
#include "main/RecordFilterProxy.h"
#include "money/PaymentState.h"

#include <QList>
#include <QSet>

#include <optional>

namespace cd {

// The page's filters on top of the search and the brand/creator/campaign columns: which states
// and which direction. The tiles use matchesExceptState(), so they follow every filter but status.
class PaymentFilterProxy : public RecordFilterProxy
{
public:
    PaymentFilterProxy(QWidget *view, QObject *parent) : RecordFilterProxy(parent), m_view(view) {}

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

    QWidget *m_view;
    QList<PaymentState> m_states;
    std::optional<PaymentDirection> m_direction;
    QString m_search;
    mutable std::optional<Found> m_found;
};

} // namespace cd
