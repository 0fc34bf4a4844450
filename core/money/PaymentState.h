#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

// A payment's status as of a date (domain.md): `paid` when paid on or before it; `awaiting_brand`
// for a creator's payable whose receivable from the brand is not paid by then; otherwise `overdue`
// when due before it, else `due`.
enum class PaymentState
{
    Paid,
    Due,
    Overdue,
    AwaitingBrand
};

// Ageing buckets of open due and overdue rows, by days overdue.
enum class AgeingBucket
{
    Current, // due on or after the date
    Days1To30,
    Days31To60,
    Days61To90,
    Over90
};
constexpr int AgeingBucketCount = 5;

struct PaymentTiming
{
    QDate due;                  // invalid: no due date (then never overdue)
    QDate paid;                 // invalid: open
    bool hasReceivable = false; // a creator's payable drafted for a receivable
    QDate receivablePaid;       // the receivable's paid date, invalid while open
};

PaymentState paymentState(const PaymentTiming &timing, const QDate &asOf);
// asOf - due for overdue rows; none otherwise.
std::optional<int> daysOverdue(const PaymentTiming &timing, const QDate &asOf);
// The bucket of a due or overdue row; none for paid and awaiting_brand rows.
std::optional<AgeingBucket> ageingBucket(const PaymentTiming &timing, const QDate &asOf);

// "paid", "due", "overdue", "awaiting_brand" (JSON and CLI).
QString stateWord(PaymentState state);
// "current", "1-30", "31-60", "61-90", "90+".
QString bucketWord(AgeingBucket bucket);

} // namespace cd
