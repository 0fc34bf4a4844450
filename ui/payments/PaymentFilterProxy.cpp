#include "PaymentFilterProxy.h"

#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFont>
#include <QMetaObject>
#include <QWidget>

#include <algorithm>
#include <initializer_list>
#include <limits>

namespace cd {

void PaymentFilterProxy::setConditions(QList<PaymentState> states, std::optional<PaymentDirection> direction)
{
    if (states == m_states && direction == m_direction)
        return; // a reload filters anyway: 50,000 rows are not filtered twice
    m_states = std::move(states);
    m_direction = direction;
    invalidateFilter();
}

void PaymentFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    // A new layout rather than invalidateFilter()'s removals range by range (see CreatorFilterProxy).
    invalidate();
}

const PaymentFilterProxy::Found &PaymentFilterProxy::found() const
{
    const PaymentTable &table = m_payments->table();
    if (m_found && m_found->generation == table.generation() && m_found->search == m_search)
        return *m_found;
    Found f{table.generation(), m_search, {}, {}, {}, {}, {}};
    const auto contains = [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
    for (const PaymentTable::Campaign &c : table.campaigns())
        f.campaigns << contains(c.name);
    for (const PaymentTable::Creator &c : table.creators())
        f.creators << contains(c.name);
    for (const PaymentTable::Brand &b : table.brands())
        f.brands << contains(b.name);
    for (auto it = table.invoices().cbegin(); it != table.invoices().cend(); ++it)
        if (contains(it.value()))
            f.invoices.insert(it.key());
    for (int kind = 0; kind <= int(PaymentKind::Other); ++kind)
        f.kinds << contains(PaymentListModel::kindName(PaymentKind(kind)));
    m_found = std::move(f);
    return *m_found;
}

bool PaymentFilterProxy::matchesExceptState(int sourceRow) const
{
    const PaymentTable &table = m_payments->table();
    const PaymentTable::Entry &e = table.at(sourceRow);
    if (m_direction && e.direction() != *m_direction)
        return false;
    if (!m_search.isEmpty()) {
        const Found &f = found();
        const bool hit = f.campaigns.at(e.campaign) || f.creators.at(e.creator) || f.brands.at(table.brandOf(e)) ||
                         f.kinds.at(e.kindCode) || (e.invoiceId && f.invoices.contains(e.invoiceId)) ||
                         std::ranges::any_of(std::initializer_list<PaymentTable::Text>{e.method, e.reference, e.notes},
                                             [&](PaymentTable::Text t) {
                                                 return table.text(t).contains(m_search, Qt::CaseInsensitive);
                                             });
        if (!hit)
            return false;
    }
    return RecordFilterProxy::filterAcceptsRow(sourceRow, {});
}

QVariant PaymentFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole) {
        // Overdue rows in the "bad" colour; the status cell says "overdue" too (never colour alone).
        const auto state = PaymentState(index.data(PaymentListModel::StateRole).toInt());
        if (state == PaymentState::Overdue)
            return roleColor(ColorRole::Bad, m_view);
        if (index.column() == PaymentListModel::Status)
            return roleColor(state == PaymentState::Paid            ? ColorRole::Good
                             : state == PaymentState::AwaitingBrand ? ColorRole::Muted
                                                                    : ColorRole::Attention,
                             m_view);
    }
    if (role == Qt::FontRole && index.column() == PaymentListModel::Status &&
        PaymentState(index.data(PaymentListModel::StateRole).toInt()) == PaymentState::Overdue) {
        QFont bold = m_view->font();
        bold.setBold(true);
        return bold;
    }
    return RecordFilterProxy::data(index, role);
}

bool PaymentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Straight from the rows as read, not through data(): 50,000 rows are filtered on every reload.
    const PaymentListModel *model = m_payments;
    if (!m_states.isEmpty() && !m_states.contains(model->table().at(sourceRow).state(model->asOf())))
        return false;
    return matchesExceptState(sourceRow);
}

void PaymentFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_followed))
        disconnect(c);
    m_followed.clear();
    dropSortKeys();
    m_payments = qobject_cast<const PaymentListModel *>(model);
    // Connected before the base class connects its own: the keys change before it re-sorts.
    if (m_payments) {
        using M = QAbstractItemModel;
        m_followed = {
            connect(model, &M::modelAboutToBeReset, this, [this] { dropSortKeys(); }),
            connect(model, &M::layoutAboutToBeChanged, this, [this] { dropSortKeys(); }),
            connect(model, &M::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        if (m_keysColumn >= 0 && last < qsizetype(m_sortKeys.size()))
                            m_sortKeys.erase(m_sortKeys.begin() + first, m_sortKeys.begin() + last + 1);
                        else
                            dropSortKeys();
                    }),
            connect(model, &M::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { changeSortKeys(first, last, true); }),
            connect(model, &M::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        changeSortKeys(topLeft.row(), bottomRight.row(), false);
                    }),
        };
    }
    RecordFilterProxy::setSourceModel(model);
}

bool PaymentFilterProxy::isKeyed(int column)
{
    switch (column) {
    case PaymentListModel::Due:
    case PaymentListModel::Paid:
    case PaymentListModel::DaysOverdue:
    case PaymentListModel::Amount:
    case PaymentListModel::Withheld:
    case PaymentListModel::Net:
        return true;
    default:
        return false;
    }
}

PaymentFilterProxy::SortKey PaymentFilterProxy::sortKey(qsizetype row, int column) const
{
    const PaymentTable::Entry &r = m_payments->table().at(row);
    switch (column) {
    case PaymentListModel::Due: // none (awaiting the brand) after every dated row
        return SortKey{r.due != PaymentTable::NoDay ? r.due : std::numeric_limits<qint64>::max(), r.id};
    case PaymentListModel::Paid:
        return SortKey{r.paid != PaymentTable::NoDay ? r.paid : std::numeric_limits<qint64>::min(), r.id};
    case PaymentListModel::DaysOverdue:
        return SortKey{daysOverdue(r.timing(), m_payments->asOf()).value_or(-1), r.id};
    case PaymentListModel::Amount:
        return SortKey{r.amount, r.id};
    case PaymentListModel::Withheld:
        return SortKey{r.withheld, r.id};
    case PaymentListModel::Net:
        return SortKey{r.net(), r.id};
    default: // sorted by its text (isKeyed)
        return SortKey{0, r.id};
    }
}

void PaymentFilterProxy::dropSortKeys() const
{
    m_sortKeys = {};
    m_keysColumn = -1;
}

void PaymentFilterProxy::changeSortKeys(qsizetype first, qsizetype last, bool inserted) const
{
    if (m_keysColumn < 0)
        return;
    // The keys mirror the rows (lessThan makes them again should they not).
    const qsizetype rows = m_payments->table().size(), added = inserted ? last - first + 1 : 0;
    if (qsizetype(m_sortKeys.size()) + added != rows || last >= rows) {
        dropSortKeys();
        return;
    }
    if (inserted)
        m_sortKeys.insert(m_sortKeys.begin() + first, added, SortKey{});
    for (qsizetype row = first; row <= last; ++row)
        m_sortKeys[row] = sortKey(row, m_keysColumn);
}

bool PaymentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Dates and money compare as integers, not as QVariants: sorting 50,000 rows asks for about a
    // million comparisons.
    const int column = left.column();
    if (!m_payments || !isKeyed(column))
        return RecordFilterProxy::lessThan(left, right);
    const qsizetype rows = m_payments->table().size();
    if (m_keysColumn != column || qsizetype(m_sortKeys.size()) != rows) {
        m_sortKeys.resize(rows);
        for (qsizetype row = 0; row < rows; ++row)
            m_sortKeys[row] = sortKey(row, column);
        m_keysColumn = column;
    }
    return m_sortKeys[left.row()] < m_sortKeys[right.row()];
}

} // namespace cd
