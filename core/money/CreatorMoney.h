#pragma once

#include "PaymentLedger.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cd {

// One creator's money at a glance, in one currency (the creator editor's Money tab), gross.
struct CreatorMoneyFigures
{
    QString currency;
    // Earned: every payment for their work in the terms' direction (what brands are billed for it in
    // an agency workspace, what is paid to them in a brand's), paid or not. Paid, owed and overdue:
    // the payments to them.
    qint64 earned = 0, paid = 0, owed = 0, overdue = 0;
    // An agency's fee on their work: for each payment to them, the brand's gross behind it less the
    // payment (grossBehindPayables; the creator statement's agency fee). Zero in a brand workspace.
    qint64 agencyFee = 0;
};

// The creator's share of a receivable of `gross` at an agency rate in basis points (domain.md
// "Agency fee"): reimbursements pass through whole.
qint64 creatorShare(PaymentKind kind, qint64 gross, qint64 agencyRateBp);

// The agency rate of each of a creator's participations, in basis points (participant id -> rate):
// the participation's own, else the creator's, else the workspace's.
using AgencyRates = QHash<qint64, qint64>;
Result<AgencyRates> agencyRatesOf(QSqlDatabase &db, qint64 creatorId, const MoneySettings &settings);

// The brand's gross behind each payment to the creator in `rows` (payable id -> gross; the
// creator statement's "gross", of which the agency fee is gross - the payable). A receivable's
// gross is shared among the payables drafted for it in proportion to their amounts, rounded half
// away from zero, the last by id taking what is left, so the parts add up to it exactly: a payable
// paid in part splits in two that both keep the link, and each counted the whole receivable. A
// payable without a receivable among `rows` is its own gross (no fee).
// With the participations' `rates`, what a receivable's payables pay beyond its share stands for the
// receivables of the same participation and kind that have no payable of their own, as drafting
// counts it (PaymentService::draft): a creator paid their whole share before the brand paid part of
// the receivable (which split it in two) has the open part's gross behind that payment too, where
// it showed a negative agency fee.
QHash<qint64, qint64> grossBehindPayables(const QList<PaymentRow> &rows, const AgencyRates &rates = {});

// `rows` are every payment of one creator (both directions); one figure per currency, by currency
// code. `rates` as for grossBehindPayables().
QList<CreatorMoneyFigures> creatorMoneyFigures(const QList<PaymentRow> &rows, const AgencyRates &rates,
                                               PaymentDirection termsDirection, const QDate &today);

} // namespace cd
