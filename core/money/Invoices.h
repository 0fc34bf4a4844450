#pragma once

#include "MoneySettings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace cd {

class Transaction;
class Workspace;

// One line of an invoice as issued.
struct InvoiceLine
{
    qint64 paymentId = 0; // the receivable (0 once it no longer exists)
    QString campaign, creator, deliverables;
    PaymentKind kind = PaymentKind::Fee;
    qint64 amount = 0;
};

// A commercial invoice from the agency to a brand (domain.md "Invoices"), as stored: the seller's
// details and the amounts are those of the day it was issued.
struct Invoice
{
    qint64 id = 0;
    QString number;
    qint64 brandId = 0;
    QString brand, brandContact;
    QString currency;
    QDate issued, due;
    bool isVoid = false;
    QDate voidedOn;
    qint64 subtotal = 0, vatRateBp = 0, vat = 0, pph23RateBp = 0, pph23 = 0;
    QString sellerName, sellerAddress, sellerNpwp, sellerBank;
    QList<InvoiceLine> lines;
    int openPayments = 0; // its receivables not paid yet (a part paid leaves its rest open)

    qint64 total() const { return subtotal + vat; }
    // Issued, not all paid, and past its due date as of `today`: the brand is late.
    bool isOverdue(const QDate &today) const { return !isVoid && openPayments > 0 && due.isValid() && due < today; }
    // Issued and every receivable on it paid.
    bool isPaid() const { return !isVoid && openPayments == 0; }
    // What the agency expects to receive: the total less the PPh 23 the brand withholds.
    qint64 netExpected() const { return total() - pph23; }
};

struct InvoiceRequest
{
    QString brand;    // by name
    QString campaign; // by name; empty: every campaign of the brand
    QString currency; // empty: the one currency the open receivables are in
    QDate issued;     // invalid: today
    QDate due;        // invalid: issue date + payment terms days
    // The receivables to invoice (Create Invoice on a selection); empty: every open receivable of
    // the brand (in the campaign) that is on no invoice. All must be of that brand and currency.
    QList<qint64> paymentIds;
};

// Invoices: created from a brand's open receivables that are on no other non-void invoice,
// numbered by the pattern in Settings per year of issue (numbers only grow), never deleted.
class Invoices
{
    Q_DECLARE_TR_FUNCTIONS(Invoices)
public:
    explicit Invoices(Workspace &workspace) : m_ws(workspace) {}

    // Errors: a brand workspace; unknown brand or campaign; nothing open to invoice; receivables
    // in several currencies without `currency`; a pattern that makes a number already taken.
    Result<qint64> create(Transaction &tx, const InvoiceRequest &request);
    // Voids an issued invoice: it keeps its number, its receivables are free to invoice again.
    Status voidInvoice(Transaction &tx, qint64 id, const QDate &on);
    // Undoes a void (redo of Create Invoice): refused when a receivable was invoiced again, paid
    // in part or deleted since.
    Status reissue(Transaction &tx, qint64 id);

    // The number an invoice issued on `date` would get now.
    static QString numberFor(const QString &pattern, const QDate &date, int sequence);

private:
    Workspace &m_ws;
};

// The invoice `id`, or the one numbered `number` (compared exactly), with its lines.
Result<Invoice> readInvoice(QSqlDatabase &db, qint64 id);
Result<Invoice> readInvoiceByNumber(QSqlDatabase &db, const QString &number);
// Every invoice, newest first, without lines.
Result<QList<Invoice>> readInvoices(QSqlDatabase &db);

// Refuses when a receivable of campaign `campaignId` (of participant `participantId` when it is
// not 0) is on a non-void invoice: deleting it would change an issued invoice. The message names
// the invoices and says to void them first.
Status checkNotInvoiced(QSqlDatabase &db, qint64 campaignId, qint64 participantId = 0);

} // namespace cd
