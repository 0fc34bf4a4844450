#include "PaymentActions.h"

#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "models/PaymentListModel.h"
#include "money/Invoices.h"
#include "services/Attachments.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

namespace cd {
namespace {
// An invoice issued or voided as one undoable step. Record images cannot undo it: an invoice is
// never deleted (numbers only grow), so undoing "Create Invoice" voids it, and redo issues it again.
class InvoiceCommand : public QUndoCommand
{
public:
    InvoiceCommand(EditHistory &history, qint64 invoiceId, bool issued, const QString &text)
        : m_history(history), m_id(invoiceId), m_issued(issued)
    {
        setText(text);
    }

    void undo() override { apply(!m_issued); }
    void redo() override
    {
        if (std::exchange(m_skipFirstRedo, false))
            return; // made before the command was pushed
        apply(m_issued);
    }

private:
    void apply(bool issue)
    {
        Transaction tx(m_history.workspace());
        Invoices invoices(m_history.workspace());
        Status s = !tx     ? Status(fail(tx.error()))
                   : issue ? invoices.reissue(tx, m_id)
                           : invoices.voidInvoice(tx, m_id, Clock::today());
        if (s)
            s = tx.commit();
        if (!s) {
            const QString action = issue ? QCoreApplication::translate("EditHistory", "Cannot redo “%1”")
                                         : QCoreApplication::translate("EditHistory", "Cannot undo “%1”");
            // Undo and redo swap here (undoing a void issues again), so name what was tried.
            emit m_history.failed(QStringLiteral("%1: %2.").arg(action.arg(text()), s.error()));
            setObsolete(true);
        }
    }

    EditHistory &m_history;
    qint64 m_id;
    bool m_issued;
    bool m_skipFirstRedo = true;
};

// "fee", "kill fee": the kind inside a sentence, translated.
QString kindWord(PaymentKind kind)
{
    return PaymentListModel::kindName(kind).toLower();
}

QList<qint64> participantsOf(const QList<PaymentRow> &rows)
{
    QList<qint64> ids;
    for (const PaymentRow &r : rows)
        if (!ids.contains(r.participantId))
            ids << r.participantId;
    return ids;
}
} // namespace

Result<qint64> PaymentActions::markPaid(EditHistory &history, const PaymentRow &row, const PayInput &input,
                                        const QString &proofPath)
{
    PaymentService service(history.workspace());
    qint64 rest = 0;
    const bool part = input.amount && input.amount->minor() < row.amount;
    const QString text = part ? tr("Pay %1 of %2's %3").arg(input.amount->format(), row.party(), kindWord(row.kind))
                              : tr("Mark %1's %2 paid").arg(row.party(), kindWord(row.kind));
    const Status done = history.editEach(
        RecordImage::Kind::Payments, {row.participantId}, text, [&](Transaction &tx, qint64) -> Status {
            auto paid = service.pay(tx, row.id, input);
            if (!paid)
                return fail(paid.error());
            rest = paid.value();
            if (!proofPath.isEmpty())
                if (auto a = attachments::add(tx, AttachmentOwner::Payment, row.id, proofPath); !a)
                    return fail(a.error());
            return {};
        });
    if (!done)
        return fail(done.error());
    return rest;
}

Result<qint64> PaymentActions::save(EditHistory &history, qint64 id, const PaymentInput &input)
{
    PaymentService service(history.workspace());
    qint64 saved = id;
    const QString text = id ? tr("Edit payment") : tr("Add payment");
    const Status done = history.editEach(RecordImage::Kind::Payments, {input.participantId}, text,
                                         [&](Transaction &tx, qint64) -> Status {
                                             if (id)
                                                 return service.update(tx, id, input);
                                             auto added = service.add(tx, input);
                                             if (!added)
                                                 return fail(added.error());
                                             saved = added.value();
                                             return {};
                                         });
    if (!done)
        return fail(done.error());
    return saved;
}

QString PaymentActions::whyKept(const PaymentRow &row)
{
    if (row.isPaid())
        return tr("%1's %2 was paid and is kept as a tax record").arg(row.party(), kindWord(row.kind));
    if (row.invoiceId)
        return tr("%1's %2 is on invoice %3; void the invoice first")
            .arg(row.party(), kindWord(row.kind), row.invoiceNumber);
    return {};
}

Status PaymentActions::remove(EditHistory &history, const QList<PaymentRow> &rows)
{
    for (const PaymentRow &r : rows)
        if (const QString why = whyKept(r); !why.isEmpty())
            return fail(why);
    PaymentService service(history.workspace());
    return history.editEach(
        RecordImage::Kind::Payments, participantsOf(rows), tr("Delete %n payment(s)", nullptr, int(rows.size())),
        [&](Transaction &tx, qint64 participant) -> Status {
            // Payables first: a receivable takes its drafted payables with it,
            // and one of them chosen too would be gone by its turn.
            for (const PaymentDirection direction : {PaymentDirection::Payable, PaymentDirection::Receivable})
                for (const PaymentRow &r : rows)
                    if (r.participantId == participant && r.direction == direction)
                        if (Status s = service.remove(tx, r.id); !s)
                            return s;
            return {};
        });
}

Result<DraftReport> PaymentActions::draftCampaign(EditHistory &history, qint64 campaignId)
{
    PaymentService service(history.workspace());
    QList<qint64> participants;
    {
        // Who takes part is read before the step, so the step can capture each one's payments.
        Transaction tx(history.workspace());
        if (!tx)
            return fail(tx.error());
        auto ids = service.participantsOf(tx, campaignId);
        if (!ids)
            return fail(ids.error());
        participants = ids.value();
    }
    DraftReport total;
    const Status done = history.editEach(RecordImage::Kind::Payments, participants, tr("Draft payment schedule"),
                                         [&](Transaction &tx, qint64 participant) -> Status {
                                             auto report = service.draft(tx, participant);
                                             if (!report)
                                                 return fail(report.error());
                                             total.add(report.value());
                                             return {};
                                         });
    if (!done)
        return fail(done.error());
    return total;
}

Result<qint64> PaymentActions::createInvoice(EditHistory &history, const QList<PaymentRow> &receivables)
{
    if (receivables.isEmpty())
        return fail(tr("choose the receivables to invoice"));
    InvoiceRequest request;
    request.brand = receivables.first().brand;
    request.currency = receivables.first().currency;
    for (const PaymentRow &r : receivables) {
        if (r.direction != PaymentDirection::Receivable)
            return fail(tr("only receivables (money the brand owes) go on an invoice; %1's %2 is a payable")
                            .arg(r.creator, kindWord(r.kind)));
        if (r.brandId != receivables.first().brandId || r.currency != request.currency)
            return fail(tr("an invoice is for one brand in one currency; choose receivables of %1 in %2 only")
                            .arg(request.brand, request.currency));
        request.paymentIds << r.id;
    }
    Transaction tx(history.workspace());
    if (!tx)
        return fail(tx.error());
    Invoices invoices(history.workspace());
    auto id = invoices.create(tx, request);
    if (!id)
        return id;
    auto invoice = readInvoice(tx.db(), id.value());
    if (!invoice)
        return fail(invoice.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    history.stack()->push(new InvoiceCommand(history, id.value(), true,
                                             tr("Create invoice %1 for %2").arg(invoice->number, invoice->brand)));
    return id;
}

Status PaymentActions::voidInvoice(EditHistory &history, qint64 id)
{
    Transaction tx(history.workspace());
    if (!tx)
        return fail(tx.error());
    auto invoice = readInvoice(tx.db(), id);
    if (!invoice)
        return fail(invoice.error());
    Invoices invoices(history.workspace());
    if (Status s = invoices.voidInvoice(tx, id, Clock::today()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    history.stack()->push(new InvoiceCommand(history, id, false, tr("Void invoice %1").arg(invoice->number)));
    return {};
}

} // namespace cd
