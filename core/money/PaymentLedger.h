#pragma once

#include "MoneySettings.h"
#include "PaymentState.h"
#include "Tax.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// One payment as people see it: who, what, how much (gross), when, and its tax.
struct PaymentRow
{
    qint64 id = 0, participantId = 0, campaignId = 0, brandId = 0, creatorId = 0;
    QString campaign, brand, creator;
    PaymentKind kind = PaymentKind::Fee;
    PaymentDirection direction = PaymentDirection::Payable;
    PaymentOrigin origin = PaymentOrigin::Manual;
    qint64 amount = 0; // gross, minor units
    QString currency;
    PaymentTiming timing;
    QString method, reference, notes;
    qint64 receivableId = 0; // the receivable a creator's payable was drafted for (0: none)
    qint64 invoiceId = 0;    // the non-void invoice a receivable is on (0: none)
    QString invoiceNumber;
    qint64 withheld = 0; // fixed when paid; estimated from today's rates while open
    Payee payee;         // whom the withholding is computed for

    qint64 net() const { return amount - withheld; }
    bool isPaid() const { return timing.paid.isValid(); }
    PaymentState state(const QDate &asOf) const { return paymentState(timing, asOf); }
    // The party the money is owed by or to: the brand for a receivable, the creator for a payable.
    const QString &party() const { return direction == PaymentDirection::Receivable ? brand : creator; }
};

// Which payments to read; every member left empty means "all".
struct PaymentFilter
{
    qint64 participantId = 0, campaignId = 0, creatorId = 0, brandId = 0;
    std::optional<PaymentDirection> direction;
    // Only rows that may be overdue on this day (due before it, not paid by it), for readers of the
    // overdue ones (the dashboard): their state() still decides (a row awaiting the brand is not).
    QDate overdueOn;
};

// The withholding on a row of `gross` (domain.md "Who withholds"): reimbursements carry none; the
// brand withholds PPh 23 from a receivable by the agency's NPWP; a payable by the creator's profile.
qint64 withholdingFor(PaymentKind kind, PaymentDirection direction, qint64 gross, const QString &currency,
                      const Payee &creator, const MoneySettings &settings);

// Every payment matching `filter`, by campaign, creator, due date and id. One query, so 50,000
// rows read in well under a second.
Result<QList<PaymentRow>> readPayments(QSqlDatabase &db, const MoneySettings &settings,
                                       const PaymentFilter &filter = {});
// The first `count` payments open on `asOf` (not paid by then) by due date, undated last: a first
// screen of the Payments page while every row is read (14 ms at 127,328 payments from a cold cache).
Result<QList<PaymentRow>> readFirstOpenPayments(QSqlDatabase &db, const MoneySettings &settings, const QDate &asOf,
                                                int count);
// One payment, its names joined (not every name in the workspace read first).
Result<PaymentRow> readPayment(QSqlDatabase &db, const MoneySettings &settings, qint64 id);

// The open gross of due and overdue rows per party, currency and bucket; awaiting_brand rows stay
// out, and a party with nothing in ageing is not listed. Receivables first, then payables, by party.
struct AgeingRow
{
    PaymentDirection direction = PaymentDirection::Payable;
    QString party, currency;
    qint64 buckets[AgeingBucketCount] = {};
    qint64 total() const;
};
QList<AgeingRow> ageing(const QList<PaymentRow> &rows, const QDate &asOf);

// Open gross per currency and state, for the Payments page's tiles.
struct OpenTotals
{
    QString currency;
    qint64 due = 0, overdue = 0, awaitingBrand = 0, paid = 0;
};
QList<OpenTotals> totalsByCurrency(const QList<PaymentRow> &rows, const QDate &asOf);

} // namespace cd
