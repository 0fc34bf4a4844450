#include "PaymentFilterProxy.h"

#include "main/RoleColors.h"
#include "models/PaymentListModel.h"

#include <QFont>
#include <QWidget>

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
    invalidateFilter();
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

bool PaymentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_states.isEmpty() &&
        !m_states.contains(
            PaymentState(sourceModel()->index(sourceRow, 0, sourceParent).data(PaymentListModel::StateRole).toInt())))
        return false;
    return matchesExceptState(sourceRow);
}

} // namespace cd
