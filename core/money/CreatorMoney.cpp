#include "CreatorMoney.h"

#include "common/Rounding.h"
#include "storage/Sql.h"

#include <algorithm>

namespace cd {

qint64 creatorShare(PaymentKind kind, qint64 gross, qint64 agencyRateBp)
{
    return kind == PaymentKind::Reimbursement ? gross : gross - percentOf(gross, agencyRateBp);
}

Result<AgencyRates> agencyRatesOf(QSqlDatabase &db, qint64 creatorId, const MoneySettings &settings)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT p.id, coalesce(p.agency_rate_bp, c.agency_rate_bp) FROM participants p "
                                     "JOIN creators c ON c.id = p.creator_id WHERE p.creator_id = ?"),
                      {creatorId});
    if (!q)
        return q.failure();
    AgencyRates rates;
    while (q->next())
        rates.insert(q->value(0).toLongLong(), q->value(1).isNull() ? settings.agencyRateBp : q->value(1).toLongLong());
    return rates;
}

namespace {

// `total` shared among `parts` in proportion to `weight` of each, rounded half away from zero, the
// last taking what is left so that the parts add up to it exactly.
template <typename Part, typename Weight, typename Give>
void shareOut(qint64 total, const QList<Part> &parts, Weight weight, Give give)
{
    qint64 weights = 0;
    for (const Part &p : parts)
        weights += weight(p);
    qint64 left = total;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qint64 part = i + 1 == parts.size() ? left
                            : weights == 0        ? 0
                                                  : divideRounded(Int128(total) * weight(parts.at(i)), weights);
        give(parts.at(i), part);
        left -= part;
    }
}

struct Receivable
{
    qint64 id = 0, participantId = 0, gross = 0;
    PaymentKind kind = PaymentKind::Fee;
    qint64 paidOut = 0, beyondShare = 0, extraGross = 0; // extraGross: of receivables it stands for
    QList<const PaymentRow *> payables;                  // by id
};

// Moves the gross of the receivables without payables of their own to the receivables whose payables
// pay beyond their share (same participation and kind), as far as that covers their share.
void coverUnpaidShares(QList<Receivable *> &group, qint64 rate)
{
    std::sort(group.begin(), group.end(), [](const Receivable *a, const Receivable *b) { return a->id < b->id; });
    qint64 pool = 0;
    QList<Receivable *> donors;
    for (Receivable *r : group) {
        r->beyondShare = std::max<qint64>(0, r->paidOut - creatorShare(r->kind, r->gross, rate));
        pool += r->beyondShare;
        if (r->beyondShare > 0)
            donors << r;
    }
    if (pool == 0)
        return;
    qint64 covered = 0;
    for (Receivable *r : group) {
        const qint64 share = creatorShare(r->kind, r->gross, rate);
        const qint64 take = std::min(std::max<qint64>(0, share - r->paidOut), pool);
        pool -= take;
        if (r->payables.isEmpty() && take > 0)
            covered += take == share ? r->gross : divideRounded(Int128(r->gross) * take, share);
    }
    shareOut(
        covered, donors, [](const Receivable *d) { return d->beyondShare; },
        [](Receivable *d, qint64 part) { d->extraGross += part; });
}

} // namespace

QHash<qint64, qint64> grossBehindPayables(const QList<PaymentRow> &rows, const AgencyRates &rates)
{
    QHash<qint64, Receivable> receivables;
    for (const PaymentRow &r : rows)
        if (r.direction == PaymentDirection::Receivable)
            receivables.insert(r.id, Receivable{r.id, r.participantId, r.amount, r.kind, 0, 0, 0, {}});
    QHash<qint64, qint64> gross;
    for (const PaymentRow &r : rows) {
        if (r.direction != PaymentDirection::Payable)
            continue;
        if (auto shared = receivables.find(r.receivableId); r.receivableId && shared != receivables.end()) {
            shared->paidOut += r.amount;
            shared->payables << &r;
        } else {
            gross.insert(r.id, r.amount);
        }
    }
    QHash<std::pair<qint64, int>, QList<Receivable *>> groups; // by participation and kind
    for (Receivable &r : receivables)
        if (rates.contains(r.participantId))
            groups[{r.participantId, int(r.kind)}] << &r;
    for (auto it = groups.begin(); it != groups.end(); ++it)
        coverUnpaidShares(it.value(), rates.value(it.key().first));
    for (Receivable &r : receivables) {
        std::sort(r.payables.begin(), r.payables.end(),
                  [](const PaymentRow *a, const PaymentRow *b) { return a->id < b->id; });
        shareOut(
            r.gross + r.extraGross, r.payables, [](const PaymentRow *p) { return p->amount; },
            [&gross](const PaymentRow *p, qint64 part) { gross.insert(p->id, part); });
    }
    return gross;
}

QList<CreatorMoneyFigures> creatorMoneyFigures(const QList<PaymentRow> &rows, const AgencyRates &rates,
                                               PaymentDirection termsDirection, const QDate &today)
{
    const QHash<qint64, qint64> gross = grossBehindPayables(rows, rates);
    QList<CreatorMoneyFigures> figures;
    const auto figuresOf = [&figures](const QString &currency) -> CreatorMoneyFigures & {
        for (CreatorMoneyFigures &f : figures)
            if (f.currency == currency)
                return f;
        figures.append(CreatorMoneyFigures{currency});
        return figures.last();
    };
    for (const PaymentRow &r : rows) {
        CreatorMoneyFigures &f = figuresOf(r.currency);
        if (r.direction == termsDirection)
            f.earned += r.amount;
        if (r.direction != PaymentDirection::Payable)
            continue;
        const PaymentState state = r.state(today);
        if (state == PaymentState::Paid)
            f.paid += r.amount;
        else
            f.owed += r.amount;
        if (state == PaymentState::Overdue)
            f.overdue += r.amount;
        f.agencyFee += gross.value(r.id, r.amount) - r.amount;
    }
    std::sort(figures.begin(), figures.end(),
              [](const CreatorMoneyFigures &a, const CreatorMoneyFigures &b) { return a.currency < b.currency; });
    return figures;
}

} // namespace cd
