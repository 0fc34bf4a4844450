#include "Invoices.h"

#include "Tax.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "common/Names.h"
#include "services/Lookup.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace cd {
namespace {
const QString InvoicesKind = QStringLiteral("invoices");

const char *const InvoiceColumns =
    "i.id, i.number, i.brand_id, b.name, b.contact_email, i.currency, i.issue_date, i.due_date, i.status, i.voided_on, "
    "i.subtotal_minor, i.vat_rate_bp, i.vat_minor, i.pph23_rate_bp, i.pph23_minor, i.seller_name, i.seller_address, "
    "i.seller_npwp, i.seller_bank, "
    "(SELECT count(*) FROM payments p WHERE p.invoice_id = i.id AND p.paid_date IS NULL)";

Invoice invoiceFrom(const QSqlQuery &q)
{
    Invoice v;
    v.id = q.value(0).toLongLong();
    v.number = q.value(1).toString();
    v.brandId = q.value(2).toLongLong();
    v.brand = q.value(3).toString();
    v.brandContact = q.value(4).toString();
    v.currency = q.value(5).toString();
    v.issued = dateFromSql(q.value(6));
    v.due = dateFromSql(q.value(7));
    v.isVoid = q.value(8).toString() == QLatin1String("void");
    v.voidedOn = dateFromSql(q.value(9));
    v.subtotal = q.value(10).toLongLong();
    v.vatRateBp = q.value(11).toLongLong();
    v.vat = q.value(12).toLongLong();
    v.pph23RateBp = q.value(13).toLongLong();
    v.pph23 = q.value(14).toLongLong();
    v.sellerName = q.value(15).toString();
    v.sellerAddress = q.value(16).toString();
    v.sellerNpwp = q.value(17).toString();
    v.sellerBank = q.value(18).toString();
    v.openPayments = q.value(19).toInt();
    return v;
}

Result<QList<Invoice>> invoicesWhere(QSqlDatabase &db, const QString &where, const QVariantList &params)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1 FROM invoices i JOIN brands b ON b.id = i.brand_id WHERE %2 "
                                     "ORDER BY i.issue_date DESC, i.year DESC, i.sequence DESC")
                          .arg(QLatin1String(InvoiceColumns), where),
                      params);
    if (!q)
        return q.failure();
    QList<Invoice> out;
    while (q->next())
        out << invoiceFrom(*q);
    return out;
}

Result<Invoice> withLines(QSqlDatabase &db, Invoice invoice)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT coalesce(payment_id, 0), campaign, creator, deliverables, kind, amount_minor "
                                "FROM invoice_lines WHERE invoice_id = ? ORDER BY position"),
                 {invoice.id});
    if (!q)
        return q.failure();
    while (q->next())
        invoice.lines << InvoiceLine{q->value(0).toLongLong(),
                                     q->value(1).toString(),
                                     q->value(2).toString(),
                                     q->value(3).toString(),
                                     wordFrom<PaymentKind>(q->value(4).toString()).value_or(PaymentKind::Other),
                                     q->value(5).toLongLong()};
    return invoice;
}
} // namespace

QString Invoices::numberFor(const QString &pattern, const QDate &date, int sequence)
{
    QString n = pattern;
    n.replace(QStringLiteral("{YYYY}"), QString::number(date.year()));
    n.replace(QStringLiteral("{YY}"), QString::number(date.year() % 100).rightJustified(2, QLatin1Char('0')));
    n.replace(QStringLiteral("{MM}"), QString::number(date.month()).rightJustified(2, QLatin1Char('0')));
    n.replace(QStringLiteral("{NNNN}"), QString::number(sequence).rightJustified(4, QLatin1Char('0')));
    return n;
}

Result<qint64> Invoices::create(Transaction &tx, const InvoiceRequest &request)
{
    const MoneySettings settings = MoneySettings::read(tx.db());
    if (!settings.isAgency())
        return fail(tr("invoices are for agency workspaces; a brand pays its creators (set the perspective to "
                       "agency in Settings if you invoice brands)"));
    const auto brandId = lookup::idByName(m_ws, "brands", request.brand);
    if (!brandId)
        return fail(tr("unknown brand '%1'").arg(cleanName(request.brand)));
    qint64 campaignId = 0;
    if (!request.campaign.trimmed().isEmpty()) {
        const auto id = lookup::idByName(m_ws, "campaigns", request.campaign);
        if (!id)
            return fail(tr("unknown campaign '%1'").arg(cleanName(request.campaign)));
        campaignId = *id;
    }
    // Driven from the brand's participants (index payments_participant): an agency has many open
    // payables waiting on brands, which a scan of unpaid payments would read on every invoice.
    // clang-format off
    auto open = sql::run(tx.db(), QStringLiteral(R"(
SELECT p.id, p.amount_minor, c.currency, c.name, cr.name, p.kind, c.brand_id,
  (SELECT group_concat(title, '; ') FROM (SELECT title FROM deliverables WHERE participant_id = pt.id ORDER BY title_key) AS ordered)
FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id
WHERE p.participant_id IN (SELECT pt2.id FROM participants pt2 JOIN campaigns c2 ON c2.id = pt2.campaign_id
                           WHERE c2.brand_id = ? AND (? = 0 OR c2.id = ?))
  AND p.direction = 'receivable' AND p.paid_date IS NULL AND p.invoice_id IS NULL
ORDER BY c.name_key, cr.name_key, coalesce(p.due_date, '9999'), p.id)"), {*brandId, campaignId, campaignId});
    // clang-format on
    if (!open)
        return open.failure();
    QList<InvoiceLine> lines;
    QStringList currencies;
    QList<QString> lineCurrency;
    while (open->next()) {
        const QString currency = open->value(2).toString();
        if (!currencies.contains(currency))
            currencies << currency;
        lines << InvoiceLine{open->value(0).toLongLong(),
                             open->value(3).toString(),
                             open->value(4).toString(),
                             open->value(7).toString(),
                             wordFrom<PaymentKind>(open->value(5).toString()).value_or(PaymentKind::Other),
                             open->value(1).toLongLong()};
        lineCurrency << currency;
    }
    QString currency = request.currency.trimmed().toUpper();
    if (currency.isEmpty() && !request.paymentIds.isEmpty())
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines.at(i).paymentId == request.paymentIds.first())
                currency = lineCurrency.at(i);
    if (currency.isEmpty()) {
        if (currencies.size() > 1)
            return fail(tr("%1 has open receivables in %2; an invoice has one currency, so name one")
                            .arg(cleanName(request.brand), currencies.join(QStringLiteral(", "))));
        currency = currencies.value(0);
    }
    QList<InvoiceLine> chosen;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lineCurrency.at(i) == currency &&
            (request.paymentIds.isEmpty() || request.paymentIds.contains(lines.at(i).paymentId)))
            chosen << lines.at(i);
    if (!request.paymentIds.isEmpty() && chosen.size() != request.paymentIds.size())
        return fail(tr("only open receivables of %1 in one currency that are on no invoice can go on an invoice; "
                       "%n of the chosen payments cannot",
                       nullptr, int(request.paymentIds.size() - chosen.size()))
                        .arg(cleanName(request.brand)));
    if (chosen.isEmpty())
        return fail(
            tr("%1 has no open receivable that is not on an invoice yet%2; draft the schedule first")
                .arg(cleanName(request.brand), campaignId ? tr(" in %1").arg(cleanName(request.campaign)) : QString()));

    const QDate issued = request.issued.isValid() ? request.issued : Clock::today();
    const QDate due = request.due.isValid() ? request.due : issued.addDays(settings.paymentTermsDays);
    if (due < issued)
        return fail(tr("the due date %1 is before the issue date %2").arg(displayDate(due), displayDate(issued)));
    auto next = sql::scalar(
        tx.db(), QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM invoices WHERE year = ?"), {issued.year()});
    if (!next)
        return next.failure();
    const int sequence = next->toInt();
    const QString number = numberFor(settings.invoicePattern, issued, sequence);
    auto taken = sql::scalar(tx.db(), QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number});
    if (!taken)
        return taken.failure();
    if (!taken->isNull())
        return fail(tr("invoice number %1 is taken; put {YYYY} in the invoice pattern in Settings so each year "
                       "counts on its own")
                        .arg(number));

    // PPh 23 is on the work: reimbursements carry no withholding (domain.md), so the invoice's net
    // expected agrees with its receivables' withholding.
    qint64 subtotal = 0, withheldOn = 0;
    for (const InvoiceLine &l : chosen) {
        subtotal += l.amount;
        if (l.kind != PaymentKind::Reimbursement)
            withheldOn += l.amount;
    }
    const qint64 vat = tax::vat(subtotal, currency, settings);
    const bool agencyNpwp = settings.hasCompanyNpwp();
    const bool rupiah = currency == QLatin1String("IDR");
    const qint64 pph23 = rupiah ? tax::pph23(withheldOn, agencyNpwp, settings) : 0;
    const qint64 pph23Rate = rupiah ? (agencyNpwp ? settings.pph23RateBp : settings.pph23RateBp * 2) : 0;
    auto insert = sql::insert(
        tx.db(),
        QStringLiteral("INSERT INTO invoices (number, year, sequence, brand_id, currency, issue_date, due_date, "
                       "subtotal_minor, vat_rate_bp, vat_minor, pph23_rate_bp, pph23_minor, seller_name, "
                       "seller_address, seller_npwp, seller_bank, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {number, issued.year(), sequence, *brandId, currency, isoDate(issued), isoDate(due), subtotal,
         vat ? settings.vatRateBp : 0, vat, pph23Rate, pph23, settings.companyName, settings.companyAddress,
         settings.companyNpwp, settings.companyBankAccount, Clock::timestamp()});
    if (!insert)
        return insert.failure();
    const qint64 id = insert.value();
    sql::Statement line(
        QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, payment_id, campaign, creator, "
                       "deliverables, kind, amount_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    sql::Statement mark(QStringLiteral("UPDATE payments SET invoice_id = ?, updated_at = ? WHERE id = ?"));
    const QString now = Clock::timestamp();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const InvoiceLine &l = chosen.at(i);
        if (auto q = line.run(
                tx.db(), {id, i + 1, l.paymentId, l.campaign, l.creator, l.deliverables, wordOf(l.kind), l.amount});
            !q)
            return q.failure();
        if (auto q = mark.run(tx.db(), {id, now, l.paymentId}); !q)
            return q.failure();
        tx.touch(QStringLiteral("payments"), l.paymentId);
    }
    tx.touch(InvoicesKind);
    return id;
}

Status Invoices::voidInvoice(Transaction &tx, qint64 id, const QDate &on)
{
    auto invoice = readInvoice(tx.db(), id);
    if (!invoice)
        return invoice.failure();
    if (invoice->isVoid)
        return fail(tr("invoice %1 is already void").arg(invoice->number));
    if (auto q = sql::run(tx.db(), QStringLiteral("UPDATE invoices SET status = 'void', voided_on = ? WHERE id = ?"),
                          {isoDate(on.isValid() ? on : Clock::today()), id});
        !q)
        return q.failure();
    if (auto q = sql::run(tx.db(),
                          QStringLiteral("UPDATE payments SET invoice_id = NULL, updated_at = ? WHERE "
                                         "invoice_id = ?"),
                          {Clock::timestamp(), id});
        !q)
        return q.failure();
    // The payments its lines name are those it was on (issuing and issuing again set them).
    for (const InvoiceLine &l : invoice->lines)
        tx.touch(QStringLiteral("payments"), l.paymentId);
    tx.touch(InvoicesKind);
    return {};
}

Status Invoices::reissue(Transaction &tx, qint64 id)
{
    auto invoice = readInvoice(tx.db(), id);
    if (!invoice)
        return invoice.failure();
    if (!invoice->isVoid)
        return {};
    for (const InvoiceLine &l : invoice->lines) {
        auto q = sql::run(tx.db(),
                          QStringLiteral("SELECT amount_minor, paid_date IS NULL AND invoice_id IS NULL FROM payments "
                                         "WHERE id = ?"),
                          {l.paymentId});
        if (!q)
            return q.failure();
        if (!l.paymentId || !q->next() || q->value(0).toLongLong() != l.amount || !q->value(1).toBool())
            return fail(tr("invoice %1 cannot be issued again: %2's %3 changed since it was voided")
                            .arg(invoice->number, l.creator, wordLabel(l.kind).toLower()));
    }
    if (auto q = sql::run(tx.db(),
                          QStringLiteral("UPDATE invoices SET status = 'issued', voided_on = NULL WHERE id = ?"), {id});
        !q)
        return q.failure();
    for (const InvoiceLine &l : invoice->lines) {
        if (auto q =
                sql::run(tx.db(), QStringLiteral("UPDATE payments SET invoice_id = ? WHERE id = ?"), {id, l.paymentId});
            !q)
            return q.failure();
        tx.touch(QStringLiteral("payments"), l.paymentId);
    }
    tx.touch(InvoicesKind);
    return {};
}

Result<Invoice> readInvoice(QSqlDatabase &db, qint64 id)
{
    auto found = invoicesWhere(db, QStringLiteral("i.id = ?"), {id});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return fail(Invoices::tr("there is no invoice %1").arg(id));
    return withLines(db, found->first());
}

Result<Invoice> readInvoiceByNumber(QSqlDatabase &db, const QString &number)
{
    auto found = invoicesWhere(db, QStringLiteral("i.number = ?"), {number.trimmed()});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return fail(Invoices::tr("there is no invoice numbered '%1'; 'collabdesk-cli invoice list' shows them")
                        .arg(number.trimmed()));
    return withLines(db, found->first());
}

Result<QList<Invoice>> readInvoices(QSqlDatabase &db)
{
    return invoicesWhere(db, QStringLiteral("1 = 1"), {});
}

Status checkNotInvoiced(QSqlDatabase &db, qint64 campaignId, qint64 participantId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT DISTINCT i.number FROM payments p JOIN participants pt ON pt.id = "
                                     "p.participant_id JOIN invoices i ON i.id = p.invoice_id WHERE pt.campaign_id = ? "
                                     "AND (? = 0 OR pt.id = ?) ORDER BY i.number"),
                      {campaignId, participantId, participantId});
    if (!q)
        return q.failure();
    QStringList numbers;
    while (q->next())
        numbers << q->value(0).toString();
    if (numbers.isEmpty())
        return {};
    return fail(Invoices::tr("payments here are on invoice %1, which must stay as issued; void the invoice first")
                    .arg(numbers.join(QStringLiteral(", "))));
}

} // namespace cd
