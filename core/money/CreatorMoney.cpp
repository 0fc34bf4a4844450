#include "CreatorMoney.h"

#include "common/Rounding.h"

#include <algorithm>

namespace cd {

QHash<qint64, qint64> grossBehindPayables(const QList<PaymentRow> &rows)
{
    struct Shared
    {
        qint64 gross = 0, payables = 0;
        QList<const PaymentRow *> parts;
    };
    QHash<qint64, Shared> receivables;
    for (const PaymentRow &r : rows)
        if (r.direction == PaymentDirection::Receivable)
            receivables[r.id].gross = r.amount;
    QHash<qint64, qint64> gross;
    for (const PaymentRow &r : rows) {
        if (r.direction != PaymentDirection::Payable)
            continue;
        if (auto shared = receivables.find(r.receivableId); r.receivableId && shared != receivables.end()) {
            shared->payables += r.amount;
            shared->parts << &r;
        } else {
            gross.insert(r.id, r.amount);
        }
    }
    for (Shared &shared : receivables) {
        std::sort(shared.parts.begin(), shared.parts.end(),
                  [](const PaymentRow *a, const PaymentRow *b) { return a->id < b->id; });
        qint64 left = shared.gross;
        for (qsizetype i = 0; i < shared.parts.size(); ++i) {
            const PaymentRow *p = shared.parts.at(i);
            const qint64 part = i + 1 == shared.parts.size() ? left
                                : shared.payables == 0
                                    ? 0
                                    : divideRounded(Int128(shared.gross) * p->amount, shared.payables);
            gross.insert(p->id, part);
            left -= part;
        }
    }
    return gross;
}

QList<CreatorMoneyFigures> creatorMoneyFigures(const QList<PaymentRow> &rows, PaymentDirection termsDirection,
                                               const QDate &today)
{
    const QHash<qint64, qint64> gross = grossBehindPayables(rows);
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
