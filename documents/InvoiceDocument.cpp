#include "InvoiceDocument.h"

#include "PdfOutput.h"
#include "common/Money.h"
#include "contracts/ContractText.h"
#include "money/Invoices.h"
#include "money/Terbilang.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace cd {
namespace moneydoc {

QString pick(ContractLanguage language, const char *english, const char *indonesian)
{
    return QString::fromUtf8(language == ContractLanguage::Id ? indonesian : english);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString kindName(PaymentKind kind, ContractLanguage l)
{
    switch (kind) {
    case PaymentKind::Deposit:
        return pick(l, "Deposit", "Uang muka");
    case PaymentKind::Fee:
        return pick(l, "Fee", "Honor");
    case PaymentKind::Commission:
        return pick(l, "Commission", "Komisi");
    case PaymentKind::Points:
        return pick(l, "Points", "Poin");
    case PaymentKind::KillFee:
        return pick(l, "Kill fee", "Biaya pembatalan");
    case PaymentKind::Reimbursement:
        return pick(l, "Reimbursement", "Penggantian biaya");
    case PaymentKind::Other:
        break;
    }
    return pick(l, "Other", "Lainnya");
}

QString date(const QDate &d, ContractLanguage l)
{
    if (!d.isValid())
        return {};
    // Short months in English as the app writes them; Indonesian documents write the month out.
    return l == ContractLanguage::Id ? contractDate(d, l)
                                     : QLocale(QLocale::English).toString(d, QStringLiteral("d MMM yyyy"));
}

QString amount(qint64 minor, const QString &currency, ContractLanguage l)
{
    return contractMoney(Money(minor, currency), l);
}

QString percent(qint64 bp, ContractLanguage l)
{
    QString text = QString::number(bp / 100);
    if (bp % 100 != 0) {
        QString fraction = QString::number(bp % 100).rightJustified(2, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += (l == ContractLanguage::Id ? QLatin1Char(',') : QLatin1Char('.')) + fraction;
    }
    return text + QLatin1Char('%');
}

QString letterhead(const QString &name, const QStringList &details, const QString &title, const QString &reference,
                   ContractLanguage l)
{
    const QString who = name.trimmed().isEmpty() ? QStringLiteral("<span style='background-color:#FFE08A'>%1</span>")
                                                       .arg(pick(l, "[your company's legal name: set it in Settings]",
                                                                 "[nama resmi perusahaan Anda: isi di Pengaturan]")
                                                                .toHtmlEscaped())
                                                 : name.trimmed().toHtmlEscaped();
    QStringList lines;
    for (const QString &d : details)
        if (!d.trimmed().isEmpty())
            lines << esc(d.trimmed());
    // The title keeps to one line; the company's details take the rest of the width and wrap.
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                          "<td valign='top'><span style='font-size:14pt; font-weight:bold'>%1</span>"
                          "<br><span style='color:#59636E'>%2</span></td>"
                          "<td valign='top' align='right' style='padding-left:16px; white-space:nowrap'>"
                          "<span style='font-size:18pt; color:#2F6FEB'>%3</span><br>"
                          "<span style='font-size:11pt; font-weight:bold'>%4</span></td></tr></table>"
                          "<hr style='margin-top:6px'>")
        .arg(who, lines.join(QStringLiteral("<br>")), title.toHtmlEscaped(), reference.toHtmlEscaped());
}

QString inWords(qint64 minor, const QString &currency, const QString &label)
{
    if (currency != QLatin1String("IDR"))
        return {};
    return QStringLiteral("<p style='margin-top:6px'><span style='color:#59636E'>%1:</span> <i>%2</i></p>")
        .arg(label.toHtmlEscaped(), terbilang(minor).toHtmlEscaped());
}

QString page(const QString &body)
{
    return QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:9pt; color:#1F2328'>%1</body>"
                          "</html>")
        .arg(body);
}

QString pageFooter(ContractLanguage l)
{
    return pick(l, "Page %1 of %2", "Halaman %1 dari %2");
}

} // namespace moneydoc

using namespace moneydoc;

namespace {
// One row of the totals block: a label and a right-aligned figure, bold for the sums that matter.
QString totalRow(const QString &label, const QString &figure, bool strong = false, bool ruled = false)
{
    const QString rule = ruled ? QStringLiteral("; border-top-style:solid; border-top-width:1px; "
                                                "border-top-color:#8C959F")
                               : QString();
    return QStringLiteral("<tr><td style='padding:3px 8px 3px 0%3'>%1</td>"
                          "<td align='right' style='padding:3px 5px%3; white-space:nowrap'>%2</td></tr>")
        .arg(strong ? QStringLiteral("<b>%1</b>").arg(esc(label)) : esc(label),
             strong ? QStringLiteral("<b>%1</b>").arg(esc(figure)) : esc(figure), rule);
}
} // namespace

QString invoiceHtml(const Invoice &inv, ContractLanguage l)
{
    auto money = [&](qint64 minor) { return amount(minor, inv.currency, l); };
    QStringList details = {inv.sellerAddress};
    if (!inv.sellerNpwp.trimmed().isEmpty())
        details << QStringLiteral("NPWP ") + inv.sellerNpwp.trimmed();
    if (!inv.sellerBank.trimmed().isEmpty())
        details << pick(l, "Bank account: ", "Rekening: ") + inv.sellerBank.trimmed();
    QString html = letterhead(inv.sellerName, details, pick(l, "Invoice", "Tagihan (Invoice)"), inv.number, l);

    if (inv.isVoid) // big and unmistakable: a void invoice must never be paid by mistake
        html +=
            QStringLiteral("<table width='100%' border='2' cellspacing='0' cellpadding='6' "
                           "style='border-color:#CF222E; border-style:solid; margin-top:8px'><tr><td align='center'>"
                           "<span style='font-size:30pt; font-weight:bold; color:#CF222E'>%1</span><br>"
                           "<span style='color:#CF222E'>%2</span></td></tr></table>")
                .arg(pick(l, "VOID", "BATAL"),
                     esc((inv.voidedOn.isValid()
                              ? pick(l, "Voided on %1. ", "Dibatalkan pada %1. ").arg(date(inv.voidedOn, l))
                              : QString()) +
                         pick(l, "This invoice is not to be paid.", "Invoice ini tidak perlu dibayar.")));

    const QString brand =
        QStringLiteral("<b>%1</b>").arg(esc(inv.brand)) +
        (inv.brandContact.trimmed().isEmpty() ? QString() : QStringLiteral("<br>") + esc(inv.brandContact));
    const QString fact = QStringLiteral("<tr><td style='color:#59636E; padding:1px 12px 1px 0'>%1</td>"
                                        "<td align='right' style='padding:1px 0'>%2</td></tr>");
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:10px'><tr>"
                           "<td width='55%' valign='top'><span style='color:#59636E'>%1</span><br>%2</td>"
                           "<td width='45%' valign='top' align='right'><table cellspacing='0'>%3%4%5</table></td>"
                           "</tr></table>")
                .arg(esc(pick(l, "Bill to", "Ditagihkan kepada")), brand,
                     fact.arg(esc(pick(l, "Invoice number", "Nomor invoice")), esc(inv.number)),
                     fact.arg(esc(pick(l, "Issue date", "Tanggal invoice")), esc(date(inv.issued, l))),
                     fact.arg(esc(pick(l, "Due date", "Jatuh tempo")),
                              QStringLiteral("<b>%1</b>").arg(esc(date(inv.due, l)))));

    auto head = [](const char *align, int width, const QString &text) {
        return QStringLiteral("<th align='%1' width='%2%' style='%3'>%4</th>")
            .arg(QLatin1String(align))
            .arg(width)
            .arg(QLatin1String(headCell), esc(text));
    };
    // The campaign's name gets the room to stay on one line ("Segar Care Campaign 674" wrapped its
    // number onto a line of its own, row after row); the deliverables wrap instead.
    QString table = QStringLiteral("<thead><tr>") + head("left", 29, pick(l, "Campaign", "Kampanye")) +
                    head("left", 18, pick(l, "Creator", "Kreator")) +
                    head("left", 25, pick(l, "Deliverables", "Konten")) + head("left", 12, pick(l, "Kind", "Jenis")) +
                    head("right", 16, pick(l, "Amount", "Jumlah")) + QStringLiteral("</tr></thead>");
    const QString cell = QStringLiteral("<td valign='top' style='%1'>%2</td>").arg(QLatin1String(bodyCell));
    for (const InvoiceLine &line : inv.lines)
        table += QStringLiteral("<tr>") + cell.arg(esc(line.campaign)) + cell.arg(esc(line.creator)) +
                 cell.arg(esc(line.deliverables)) + cell.arg(esc(kindName(line.kind, l))) +
                 QStringLiteral("<td valign='top' align='right' style='%1; white-space:nowrap'>%2</td></tr>")
                     .arg(QLatin1String(bodyCell), esc(money(line.amount)));
    html += QStringLiteral(
                "<table width='100%' cellspacing='0' style='margin-top:14px; border-collapse:collapse'>%1</table>")
                .arg(table);

    QString totals = totalRow(pick(l, "Subtotal", "Subtotal"), money(inv.subtotal));
    if (inv.vat > 0)
        totals += totalRow(pick(l, "VAT %1", "PPN %1").arg(percent(inv.vatRateBp, l)), money(inv.vat));
    totals += totalRow(pick(l, "Total", "Total"), money(inv.total()), true, true);
    if (inv.pph23 > 0) {
        const bool reimbursed = std::ranges::any_of(
            inv.lines, [](const InvoiceLine &line) { return line.kind == PaymentKind::Reimbursement; });
        totals += totalRow((reimbursed ? pick(l, "PPh 23 the brand withholds (%1 of the subtotal less reimbursements)",
                                              "PPh 23 dipotong klien (%1 dari subtotal di luar penggantian biaya)")
                                       : pick(l, "PPh 23 the brand withholds (%1 of the subtotal)",
                                              "PPh 23 dipotong klien (%1 dari subtotal)"))
                               .arg(percent(inv.pph23RateBp, l)),
                           money(-inv.pph23));
        totals += totalRow(pick(l, "Net expected", "Jumlah diterima"), money(inv.netExpected()), true, true);
    }
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:8px'><tr>"
                           "<td width='30%'></td><td width='70%'><table width='100%' cellspacing='0'>%1</table></td>"
                           "</tr></table>")
                .arg(totals);
    html += inWords(inv.total(), inv.currency, pick(l, "Amount in words (Indonesian)", "Terbilang"));

    if (!inv.isVoid) {
        const QString pay = money(inv.netExpected());
        QString how =
            inv.sellerBank.trimmed().isEmpty()
                ? pick(l, "Please pay %1 by %2, quoting invoice number %3.",
                       "Mohon bayar %1 paling lambat %2 dengan mencantumkan nomor invoice %3.")
                      .arg(pay, date(inv.due, l), inv.number)
                : pick(l, "Please transfer %1 by %2 to %3, quoting invoice number %4.",
                       "Mohon transfer %1 paling lambat %2 ke rekening %3 dengan mencantumkan nomor invoice %4.")
                      .arg(pay, date(inv.due, l), inv.sellerBank.trimmed(), inv.number);
        if (inv.pph23 > 0)
            how += QLatin1Char(' ') + pick(l, "Please send us the PPh 23 withholding slip (bukti potong).",
                                           "Mohon kirimkan bukti potong PPh 23 kepada kami.");
        html += QStringLiteral("<p style='margin-top:14px'><b>%1</b><br>%2</p>")
                    .arg(esc(pick(l, "Payment", "Pembayaran")), esc(how));
    }
    html += QStringLiteral("<p style='margin-top:14px; color:#59636E; font-size:8pt'>%1</p>")
                .arg(esc(pick(l, "This is a commercial invoice, not a tax invoice (Faktur Pajak).",
                              "Dokumen ini adalah invoice komersial, bukan Faktur Pajak.")));
    return page(html);
}

Result<int> writeInvoicePdf(const Invoice &invoice, ContractLanguage language, const QString &path)
{
    QString title = pick(language, "Invoice %1", "Tagihan %1").arg(invoice.number);
    if (invoice.isVoid)
        title += QStringLiteral(" (%1)").arg(pick(language, "VOID", "BATAL"));
    return writeHtmlPdf(invoiceHtml(invoice, language), title, path, pageFooter(language));
}

} // namespace cd
