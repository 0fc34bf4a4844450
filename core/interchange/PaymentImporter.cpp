#include "KindImporter.h"

#include "ParticipantLookup.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "money/PaymentService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {

// payments.csv (formats.md): a row with an id updates that payment; without one it is found by
// campaign + creator + kind + direction + due date + amount, else added (origin 'imported'). A
// paid payment is never changed by an import; a row naming an invoice must name the payment's own.
class PaymentImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(PaymentImporter)
public:
    explicit PaymentImporter(Workspace &ws) : m_payments(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("campaign"), QStringLiteral("creator"), QStringLiteral("kind"),
                QStringLiteral("amount")};
    }
    QString key(const ImportRow &row) const override
    {
        if (row.has("id"))
            return QStringLiteral("#") + row.text("id").trimmed();
        // As find() compares them: the direction defaults to payable, the amount is a number.
        const QString direction = row.has("direction") ? row.text("direction").toLower() : QStringLiteral("payable");
        return QStringList{nameKey(row.text("campaign")), nameKey(row.text("creator")),
                           row.text("kind").toLower(),    direction,
                           row.text("due_date"),          row.numberKey("amount")}
            .join(QChar(31));
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto participant = m_participants.find(row, tx);
        if (!participant)
            return Outcome::Failed;
        const QString currency = participant->currency;
        if (row.has("currency") && row.text("currency").trimmed().toUpper() != currency)
            row.error("currency", tr("'%1' differs from the campaign's currency %2; a campaign has one currency")
                                      .arg(row.text("currency"), currency));
        PaymentInput in;
        in.participantId = participant->id;
        in.kind = row.word<PaymentKind>("kind").value_or(PaymentKind::Other);
        in.direction = row.word<PaymentDirection>("direction").value_or(PaymentDirection::Payable);
        const auto amount = row.money("amount", currency);
        const auto due = row.date("due_date");
        const auto paid = row.date("paid_date");
        const auto id = row.count("id");
        if (row.failed())
            return Outcome::Failed;
        if (amount && amount->minor() <= 0) {
            row.error("amount", tr("a payment's amount must be more than zero"));
            return Outcome::Failed;
        }
        in.amount = amount.value_or(Money(0, currency));
        in.due = due.value_or(QDate());
        in.method = row.text("method");
        in.reference = row.text("reference");
        in.notes = row.text("notes");

        auto stored = find(row, tx, id, in);
        if (!stored)
            return Outcome::Failed;
        if (!stored->id) {
            if (row.has("invoice")) {
                row.error("invoice", tr("'%1' does not match: a new payment is on no invoice; create invoices in "
                                        "CollabDesk or with 'invoice create'")
                                         .arg(row.text("invoice")));
                return Outcome::Failed;
            }
            in.id = id.value_or(0); // a workspace moved by export and import keeps its payments' ids
            auto added = m_payments.add(tx, in, PaymentOrigin::Imported);
            if (!added) {
                row.refused(added.failure());
                return Outcome::Failed;
            }
            if (paid && !settle(row, tx, added.value(), *paid))
                return Outcome::Failed;
            return Outcome::Added;
        }
        if (row.has("invoice") && row.text("invoice").trimmed() != stored->invoice) {
            row.error("invoice", tr("'%1' does not match payment %2's invoice '%3'")
                                     .arg(row.text("invoice"), QString::number(stored->id), stored->invoice));
            return Outcome::Failed;
        }
        // Cells left empty keep what is stored.
        if (!row.has("due_date"))
            in.due = stored->due;
        if (!row.has("method"))
            in.method = stored->method;
        if (!row.has("reference"))
            in.reference = stored->reference;
        if (!row.has("notes"))
            in.notes = stored->notes;
        const bool same = stored->amount == in.amount.minor() && stored->kind == wordOf(in.kind) &&
                          stored->direction == wordOf(in.direction) && stored->due == in.due &&
                          stored->method == in.method && stored->reference == in.reference &&
                          stored->notes == in.notes && stored->participantId == in.participantId &&
                          (!paid || stored->paid == *paid);
        if (same)
            return Outcome::Unchanged;
        if (stored->paid.isValid()) {
            row.rowError(tr("payment %1 was paid on %2; an import never changes a paid payment")
                             .arg(stored->id)
                             .arg(displayDate(stored->paid)));
            return Outcome::Failed;
        }
        if (stored->participantId != in.participantId) {
            row.error("id", tr("payment %1 belongs to another campaign or creator").arg(stored->id));
            return Outcome::Failed;
        }
        if (Status s = m_payments.update(tx, stored->id, in); !s) {
            row.refused(s.failure());
            return Outcome::Failed;
        }
        if (paid && !settle(row, tx, stored->id, *paid))
            return Outcome::Failed;
        return Outcome::Updated;
    }

private:
    struct Stored
    {
        qint64 id = 0, participantId = 0, amount = 0;
        QString kind, direction, method, reference, notes, invoice;
        QDate due, paid;
    };

    // The stored payment the row names (by id, else by its key), or an empty one for a new row.
    std::optional<Stored> find(ImportRow &row, Transaction &tx, const std::optional<qint64> &id, const PaymentInput &in)
    {
        const QString columns = QStringLiteral(
            "SELECT p.id, p.participant_id, p.amount_minor, p.kind, p.direction, p.method, p.reference, p.notes, "
            "coalesce(i.number, ''), p.due_date, p.paid_date FROM payments p LEFT JOIN invoices i ON i.id = "
            "p.invoice_id ");
        auto q = id ? sql::run(tx.db(), columns + QStringLiteral("WHERE p.id = ?"), {*id})
                    : sql::run(tx.db(),
                               columns + QStringLiteral("WHERE p.participant_id = ? AND p.kind = ? AND p.direction = ? "
                                                        "AND coalesce(p.due_date, '') = ? AND p.amount_minor = ? "
                                                        "ORDER BY p.id LIMIT 1"),
                               {in.participantId, wordOf(in.kind), wordOf(in.direction), isoDate(in.due),
                                in.amount.minor()});
        if (!q) {
            row.refused(q.failure());
            return std::nullopt;
        }
        if (!q->next())
            return Stored{}; // new; an id from another workspace is kept (see import())
        return Stored{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                      q->value(3).toString(),   q->value(4).toString(),   q->value(5).toString(),
                      q->value(6).toString(),   q->value(7).toString(),   q->value(8).toString(),
                      dateFromSql(q->value(9)), dateFromSql(q->value(10))};
    }

    bool settle(ImportRow &row, Transaction &tx, qint64 id, const QDate &date)
    {
        PayInput pay;
        pay.date = date;
        if (auto done = m_payments.pay(tx, id, pay); !done) {
            row.error("paid_date", done.error());
            return false;
        }
        return true;
    }

    PaymentService m_payments;
    ParticipantLookup m_participants;
};

} // namespace

std::unique_ptr<KindImporter> makePaymentImporter(Workspace &ws)
{
    return std::make_unique<PaymentImporter>(ws);
}

} // namespace cd
