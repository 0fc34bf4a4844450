#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QString>

namespace cd {

struct Invoice;

// The commercial invoice an agency sends a brand (domain.md "Invoices"), in English or Indonesian:
// letterhead, the brand, number and dates, lines, subtotal, VAT, total, the PPh 23 the brand will
// withhold and the net expected, the total in words for rupiah, and how to pay. A void invoice
// carries a large "VOID" / "BATAL" mark.

// The invoice as rich text for A4 pages.
QString invoiceHtml(const Invoice &invoice, ContractLanguage language);

// Writes the invoice as a PDF to `path` through QSaveFile (whole or not at all); returns its page
// count. Needs a QGuiApplication (fonts); works on the offscreen platform.
Result<int> writeInvoicePdf(const Invoice &invoice, ContractLanguage language, const QString &path);

// What the money documents (this invoice and the creator statement) share. Their words follow the
// document's language, not the interface's, so they are chosen here by language as contracts do
// (ContractText), rather than translated with tr().
namespace moneydoc {

// The English or the Indonesian text (UTF-8 literals).
QString pick(ContractLanguage language, const char *english, const char *indonesian);
// Text for rich text: escaped, its line breaks kept.
QString esc(const QString &text);
// "Fee" / "Honor", "Kill fee" / "Biaya pembatalan", ...
QString kindName(PaymentKind kind, ContractLanguage language);
// "12 Aug 2026" / "12 Agustus 2026"; empty for an invalid date.
QString date(const QDate &date, ContractLanguage language);
// "Rp19.500.000" in both languages; other currencies as contracts write them ("$1,250.50" /
// "USD 1.250,50").
QString amount(qint64 minor, const QString &currency, ContractLanguage language);
// A rate in basis points as a percentage: 1100 -> "11%", 1050 -> "10.5%" / "10,5%".
QString percent(qint64 basisPoints, ContractLanguage language);
// The company's letterhead on the left (a missing legal name is marked, the other missing details
// are left out) and the document's title and reference on the right, over a rule.
QString letterhead(const QString &name, const QStringList &details, const QString &title, const QString &reference,
                   ContractLanguage language);
// An IDR amount in Indonesian words after `label`, in italics; empty for other currencies.
QString inWords(qint64 minor, const QString &currency, const QString &label);
// The body in the documents' page style.
QString page(const QString &body);
// "Page %1 of %2" / "Halaman %1 dari %2".
QString pageFooter(ContractLanguage language);
// Table cell styles: a heading, a body cell and a figure (right-aligned, not wrapped).
inline constexpr const char *headCell =
    "padding:4px 3px; background-color:#F6F8FA; color:#59636E; font-weight:bold; "
    "border-bottom-style:solid; border-bottom-width:1px; border-bottom-color:#8C959F";
inline constexpr const char *bodyCell =
    "padding:4px 3px; border-bottom-style:solid; border-bottom-width:1px; border-bottom-color:#D0D7DE";

} // namespace moneydoc

} // namespace cd
