#pragma once

#include "common/Result.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

class EditHistory;

// What the Payments page and its dialogs do to payments and invoices, each as one undoable step
// on the workspace's edit history. Messages come back as core's clauses; callers show them.
class PaymentActions
{
    Q_DECLARE_TR_FUNCTIONS(PaymentActions)
public:
    // Settles `row` (whole, or the part `input.amount` names) and keeps `proofPath` (optional) with
    // the paid row. Returns the id of the open rest (0 when paid whole).
    static Result<qint64> markPaid(EditHistory &history, const PaymentRow &row, const PayInput &input,
                                   const QString &proofPath);
    // Adds a payment (`id` 0) or changes payment `id`. Returns the payment's id.
    static Result<qint64> save(EditHistory &history, qint64 id, const PaymentInput &input);
    // Deletes `rows` in one step; refuses (says why) when any is paid or on an invoice.
    static Status remove(EditHistory &history, const QList<PaymentRow> &rows);
    // Why `row` cannot be deleted, or an empty string when it can.
    static QString whyKept(const PaymentRow &row);
    // Drafts the schedule of every creator in a campaign from the terms (one step).
    static Result<DraftReport> draftCampaign(EditHistory &history, qint64 campaignId);

    // Puts `receivables` (open, of one brand and currency, on no invoice) on a new invoice. Undo
    // voids that invoice (its number stays used); redo issues it again.
    static Result<qint64> createInvoice(EditHistory &history, const QList<PaymentRow> &receivables);
    // Voids invoice `id` (its receivables are free to invoice again); undo issues it again.
    static Status voidInvoice(EditHistory &history, qint64 id);
};

} // namespace cd
