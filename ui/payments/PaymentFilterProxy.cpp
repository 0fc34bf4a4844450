#include "PaymentFilterProxy.h"

#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFont>
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
    const PaymentTable &table = static_cast<const PaymentListModel *>(sourceModel())->table();
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
    const PaymentTable &table = static_cast<const PaymentListModel *>(sourceModel())->table();
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
    const auto *model = static_cast<const PaymentListModel *>(sourceModel());
    if (!m_states.isEmpty() && !m_states.contains(model->table().at(sourceRow).state(model->asOf())))
        return false;
    return matchesExceptState(sourceRow);
}

bool PaymentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Dates and money compare as integers from the rows themselves: sorting 50,000 rows asks for
    // about a million comparisons, and a QVariant each way costs more than the reading did.
    const auto *model = static_cast<const PaymentListModel *>(sourceModel());
    const auto key = [&](const PaymentTable::Entry &r) -> std::optional<qint64> {
        switch (left.column()) {
        case PaymentListModel::Due: // none (awaiting the brand) after every dated row
            return r.due != PaymentTable::NoDay ? r.due : std::numeric_limits<qint64>::max();
        case PaymentListModel::Paid:
            return r.paid != PaymentTable::NoDay ? r.paid : std::numeric_limits<qint64>::min();
        case PaymentListModel::DaysOverdue:
            return daysOverdue(r.timing(), model->asOf()).value_or(-1);
        case PaymentListModel::Amount:
            return r.amount;
        case PaymentListModel::Withheld:
            return r.withheld;
        case PaymentListModel::Net:
            return r.net();
        default:
            return std::nullopt;
        }
    };
    const PaymentTable::Entry &a = model->table().at(left.row());
    const PaymentTable::Entry &b = model->table().at(right.row());
    const auto ka = key(a);
    if (!ka)
        return RecordFilterProxy::lessThan(left, right);
    const qint64 kb = *key(b);
    return *ka != kb ? *ka < kb : a.id < b.id;
}

} // namespace cd
