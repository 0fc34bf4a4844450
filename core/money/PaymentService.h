#pragma once

#include "MoneySettings.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

// A payment as entered by hand or read from payments.csv. The amount is gross (before
// withholding), in the campaign's currency.
struct PaymentInput
{
    qint64 participantId = 0;
    PaymentKind kind = PaymentKind::Fee;
    PaymentDirection direction = PaymentDirection::Payable;
    Money amount;
    QDate due; // invalid: none
    QString method, reference, notes;
    qint64 receivableId = 0; // a creator's payable drafted for this receivable (agency)
    qint64 id = 0;           // for add(): 0 gives a new id; an import moving a workspace keeps its ids
};

// Settling a payment: the day it was paid and, for a partial payment, the gross part settled.
struct PayInput
{
    QDate date;
    std::optional<Money> amount; // none: the whole row
    QString method, reference;
};

// What drafting a schedule did.
struct DraftReport
{
    int added = 0, updated = 0, removed = 0, unchanged = 0;
    QStringList skipped; // participants left alone and why ("Rina Wijaya: status is invited")
    int changes() const { return added + updated + removed; }
    void add(const DraftReport &other)
    {
        added += other.added;
        updated += other.updated;
        removed += other.removed;
        unchanged += other.unchanged;
        skipped << other.skipped;
    }
};

// Payments: add, edit, delete, settle (whole or in part) and draft the schedule from the terms,
// by domain.md's "Money, precisely". Every call works inside the caller's Transaction, so the GUI
// makes each one undoable step and imports write many in one.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)
public:
    explicit PaymentService(Workspace &workspace);

    // Errors: no such participant; an amount that is not positive or not in the campaign's
    // currency; a receivable in a brand workspace; a receivable link to another participant's row.
    Result<qint64> add(Transaction &tx, const PaymentInput &input, PaymentOrigin origin = PaymentOrigin::Manual);
    // Changes an open row; a drafted row changed by hand becomes manual (drafting leaves it alone).
    // A paid row takes only a new method, reference and note; a receivable on an invoice keeps its
    // amount and kind until the invoice is voided.
    Status update(Transaction &tx, qint64 id, const PaymentInput &input);
    // Refuses paid rows (tax records) and receivables on an invoice.
    Status remove(Transaction &tx, qint64 id);

    // Settles row `id` on `input.date`. A partial amount splits the row into the paid part (this
    // id) and the open rest (a new row, same due date); a receivable's open payables split in the
    // same proportion. Paying a receivable gives its payables their due date (payout days later).
    // The tax withheld is fixed on the paid row. Returns the id of the open rest (0 when none).
    Result<qint64> pay(Transaction &tx, qint64 id, const PayInput &input);

    // Drafts the schedule of one participant from the terms (idempotent; never touches paid,
    // manual, imported or invoiced rows). Participants not confirmed or completed are skipped.
    Result<DraftReport> draft(Transaction &tx, qint64 participantId);
    // The same for every participant of a campaign.
    Result<DraftReport> draftCampaign(Transaction &tx, qint64 campaignId);

    // The participants of a campaign, for callers that capture them before a draft (undo).
    Result<QList<qint64>> participantsOf(Transaction &tx, qint64 campaignId);

private:
    Workspace &m_ws;
};

} // namespace cd
