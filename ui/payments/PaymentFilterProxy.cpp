#include "PaymentFilterProxy.h"

#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFont>
#include <QWidget>

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

bool PaymentFilterProxy::matchesExceptState(int sourceRow) const
{
    const PaymentRow &r = static_cast<const PaymentListModel *>(sourceModel())->rows().at(sourceRow);
    if (m_direction && r.direction != *m_direction)
        return false;
    if (!m_search.isEmpty()) {
        bool found = false;
        for (const QString *text :
             {&r.creator, &r.campaign, &r.brand, &r.invoiceNumber, &r.method, &r.reference, &r.notes})
            if (text->contains(m_search, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        if (!found && !PaymentListModel::kindName(r.kind).contains(m_search, Qt::CaseInsensitive))
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
    if (!m_states.isEmpty() && !m_states.contains(model->rows().at(sourceRow).state(model->asOf())))
        return false;
    return matchesExceptState(sourceRow);
}

bool PaymentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Dates and money compare as integers from the rows themselves: sorting 50,000 rows asks for
    // about a million comparisons, and a QVariant each way costs more than the reading did.
    const auto *model = static_cast<const PaymentListModel *>(sourceModel());
    const auto key = [&](const PaymentRow &r) -> std::optional<qint64> {
        switch (left.column()) {
        case PaymentListModel::Due: // none (awaiting the brand) after every dated row
            return r.timing.due.isValid() ? r.timing.due.toJulianDay() : std::numeric_limits<qint64>::max();
        case PaymentListModel::Paid:
            return r.timing.paid.isValid() ? r.timing.paid.toJulianDay() : std::numeric_limits<qint64>::min();
        case PaymentListModel::DaysOverdue:
            return daysOverdue(r.timing, model->asOf()).value_or(-1);
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
    const PaymentRow &a = model->rows().at(left.row());
    const PaymentRow &b = model->rows().at(right.row());
    const auto ka = key(a);
    if (!ka)
        return RecordFilterProxy::lessThan(left, right);
    const qint64 kb = *key(b);
    return *ka != kb ? *ka < kb : a.id < b.id;
}

} // namespace cd
