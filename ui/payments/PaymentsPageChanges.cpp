// How the Payments page keeps up with changes: the payments a change names (or the payments of the
// creators and campaigns it names) are read back one by one and put in place (a payment marked paid at 127,328
// payments: two rows read, not all of them); anything else is every payment read again on the
// worker (PaymentsPage::reload()).
#include "PaymentsPage.h"

#include "common/Clock.h"
#include "models/PaymentListModel.h"
#include "money/PaymentsOf.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cd {
namespace {
// What a row says comes from these (a deal's own changes do not reach its payments' rows: a
// payment a deal's change drafts or removes is named as a payment).
const char *const ReadKinds[] = {"payments", "invoices", "campaigns", "creators", "brands", "settings"};
// Past this many, every payment is read again: a seek each would take longer than the whole read's
// share of the GUI thread.
constexpr qsizetype MostReadBack = 200;
} // namespace

void PaymentsPage::changedInWorkspace(const Changes &changes)
{
    if (std::ranges::none_of(ReadKinds, [&](const char *kind) { return changes.touches(QLatin1String(kind)); }))
        return;
    m_unread.add(changes);
    if (isVisible())
        catchUp();
}

void PaymentsPage::catchUp()
{
    // The day may have turned since the last look (what is due or overdue moves with it).
    if (m_loaded && m_model->asOf() != Clock::today())
        m_stale = true;
    const Changes unread = std::exchange(m_unread, {});
    if (m_stale || (!unread.isEmpty() && !readBack(unread)))
        reload();
}

bool PaymentsPage::readBack(const Changes &changes)
{
    // Onto every row as read, none being read again (a read under way may predate the change).
    if (!m_loaded || isReading() || !m_workspace)
        return false;
    const QString payments = QStringLiteral("payments");
    // What a creator's or a campaign's change shows on (a name, a tax profile, dates): every
    // payment of theirs.
    using Owned = Result<QList<qint64>> (*)(QSqlDatabase &, const QList<qint64> &);
    const std::pair<QString, Owned> owners[] = {{QStringLiteral("creators"), paymentsOfCreators},
                                                {QStringLiteral("campaigns"), paymentsOfCampaigns}};
    for (const char *kind : ReadKinds)
        if (const QString k = QLatin1String(kind);
            changes.touches(k) && k != payments && k != QLatin1String("invoices") &&
            std::ranges::none_of(owners, [&](const auto &owner) { return owner.first == k; }))
            return false;
    // An invoice changes the payments it is on (its number): those must be named.
    if (changes.touches(QStringLiteral("invoices")) && !changes.touches(payments))
        return false;
    QList<qint64> ids;
    if (changes.touches(payments)) {
        const std::optional<QList<qint64>> named = changes.ids(payments);
        if (!named)
            return false;
        ids = *named;
    }
    QSqlDatabase db = m_workspace->db();
    bool namesMayChange = false;
    for (const auto &[kind, paymentsOf] : owners) {
        if (!changes.touches(kind))
            continue;
        const std::optional<QList<qint64>> named = changes.ids(kind);
        if (!named)
            return false;
        auto theirs = paymentsOf(db, *named);
        if (!theirs)
            return false;
        for (const qint64 id : std::as_const(theirs.value()))
            if (!ids.contains(id) && (ids << id).size() > MostReadBack)
                return false;
        namesMayChange = true;
    }
    if (ids.size() > MostReadBack)
        return false;
    auto read = readPaymentsById(db, MoneySettings::read(db), ids);
    if (!read)
        return false; // the whole read says what is wrong
    // A row came or went, or a name may have changed: the filters' names are made again.
    if (m_model->applyRows(ids, read.value()) || namesMayChange) {
        const PaymentTable &table = m_model->table();
        offerNames({table.namesUsed(PaymentTable::Names::Brand), table.namesUsed(PaymentTable::Names::Creator),
                    table.namesUsed(PaymentTable::Names::Campaign)});
    }
    m_figures = PaymentTiles::figures(m_model->table(), m_model->asOf());
    refilter();
    return true;
}

} // namespace cd
