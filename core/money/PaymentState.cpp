#include "PaymentState.h"

namespace cd {

PaymentState paymentState(const PaymentTiming &t, const QDate &asOf)
{
    if (t.paid.isValid() && t.paid <= asOf)
        return PaymentState::Paid;
    if (t.hasReceivable && !(t.receivablePaid.isValid() && t.receivablePaid <= asOf))
        return PaymentState::AwaitingBrand;
    if (t.due.isValid() && t.due < asOf)
        return PaymentState::Overdue;
    return PaymentState::Due;
}

std::optional<int> daysOverdue(const PaymentTiming &t, const QDate &asOf)
{
    if (paymentState(t, asOf) != PaymentState::Overdue)
        return std::nullopt;
    return int(t.due.daysTo(asOf));
}

std::optional<AgeingBucket> ageingBucket(const PaymentTiming &t, const QDate &asOf)
{
    switch (paymentState(t, asOf)) {
    case PaymentState::Paid:
    case PaymentState::AwaitingBrand:
        return std::nullopt;
    case PaymentState::Due:
        return AgeingBucket::Current;
    case PaymentState::Overdue:
        break;
    }
    const int days = *daysOverdue(t, asOf);
    if (days <= 30)
        return AgeingBucket::Days1To30;
    if (days <= 60)
        return AgeingBucket::Days31To60;
    if (days <= 90)
        return AgeingBucket::Days61To90;
    return AgeingBucket::Over90;
}

QString stateWord(PaymentState state)
{
    switch (state) {
    case PaymentState::Paid:
        return QStringLiteral("paid");
    case PaymentState::Due:
        return QStringLiteral("due");
    case PaymentState::Overdue:
        return QStringLiteral("overdue");
    case PaymentState::AwaitingBrand:
        return QStringLiteral("awaiting_brand");
    }
    return {};
}

QString bucketWord(AgeingBucket bucket)
{
    static const char *const words[] = {"current", "1-30", "31-60", "61-90", "90+"};
    return QString::fromLatin1(words[int(bucket)]);
}

} // namespace cd
