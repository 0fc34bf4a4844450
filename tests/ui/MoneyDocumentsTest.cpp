// The invoice and the creator statement as PDFs, in English and Bahasa Indonesia, read back with
// poppler-utils: what a brand or a creator will actually see.
#include "PdfText.h"
#include "TestSupport.h"

#include "InvoiceDocument.h"
#include "StatementDocument.h"
#include "money/CreatorStatement.h"
#include "money/Invoices.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace cd;
using cd::test::TempDir;
using namespace cd::test;

namespace {
// An agency's invoice to Teh Segar: two lines, no VAT, PPh 23 at 2% of the subtotal.
Invoice tehSegarInvoice()
{
    Invoice inv;
    inv.id = 7;
    inv.number = QStringLiteral("INV/2026/0007");
    inv.brand = QStringLiteral("Teh Segar");
    inv.brandContact = QStringLiteral("Dewi Lestari");
    inv.currency = QStringLiteral("IDR");
    inv.issued = QDate(2026, 8, 12);
    inv.due = QDate(2026, 9, 11);
    inv.sellerName = QStringLiteral("PT Kreasi Bintang Nusantara");
    inv.sellerAddress = QStringLiteral("Jl. Kemang Raya No. 12\nJakarta Selatan 12730");
    inv.sellerNpwp = QStringLiteral("0123456789012345");
    inv.sellerBank = QStringLiteral("BCA 123-456-7890 a.n. PT Kreasi Bintang Nusantara");
    inv.lines = {{1, QStringLiteral("Teh Segar Ramadan"), QStringLiteral("Rina Wijaya"),
                  QStringLiteral("2 reels, 3 stories"), PaymentKind::Fee, 12'000'000},
                 {2, QStringLiteral("Teh Segar Ramadan"), QStringLiteral("Budi Santoso"),
                  QStringLiteral("1 TikTok video"), PaymentKind::Deposit, 7'500'000}};
    inv.subtotal = 19'500'000;
    inv.pph23RateBp = 200;
    inv.pph23 = 390'000; // 2% of 19,500,000
    return inv;
}

StatementLine statementLine(const QString &campaign, const QString &brand, PaymentKind kind, qint64 gross,
                            qint64 agencyFee, qint64 withheld, qint64 paid)
{
    StatementLine line;
    line.campaign = campaign;
    line.brand = brand;
    line.kind = kind;
    line.gross = gross;
    line.agencyFee = agencyFee;
    line.creatorShare = gross - agencyFee;
    line.withheld = withheld;
    line.net = line.creatorShare - withheld;
    line.paid = paid;
    return line;
}

// Rina's August: a fee paid in full and a deposit still owed, PPh 21 on each (50% base x 5%).
CreatorStatement rinaStatement()
{
    CreatorStatement s;
    s.creator = QStringLiteral("Rina Wijaya");
    s.creatorNpwp = QStringLiteral("3174012345670001");
    s.taxProfile = TaxProfile::Person;
    s.from = QDate(2026, 8, 1);
    s.to = QDate(2026, 8, 31);
    s.currency = QStringLiteral("IDR");
    s.agencyName = QStringLiteral("PT Kreasi Bintang Nusantara");
    s.agencyAddress = QStringLiteral("Jl. Kemang Raya No. 12, Jakarta Selatan 12730");
    s.agencyNpwp = QStringLiteral("0123456789012345");
    // 12,000,000 gross, 20% agency fee: share 9,600,000, PPh 21 4,800,000 x 5% = 240,000, net 9,360,000.
    s.lines << statementLine(QStringLiteral("Teh Segar Ramadan"), QStringLiteral("Teh Segar"), PaymentKind::Fee,
                             12'000'000, 2'400'000, 240'000, 9'360'000);
    // 5,000,000 gross: share 4,000,000, PPh 21 100,000, net 3,900,000, nothing paid yet.
    s.lines << statementLine(QStringLiteral("Kopi Launch"), QStringLiteral("Kopi Kita"), PaymentKind::Deposit,
                             5'000'000, 1'000'000, 100'000, 0);
    for (const StatementLine &line : s.lines)
        s.totals.add(line);
    return s;
}
} // namespace

TEST_CASE("the invoice PDF in English carries the lines, PPh 23, the net and the total in words", "[documents]")
{
    TempDir dir;
    const QString pdf = outPath(dir, QStringLiteral("invoice-en.pdf"));
    auto pages = writeInvoicePdf(tehSegarInvoice(), ContractLanguage::En, pdf);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1);
    CHECK(pageCount(pdf) == 1);
    const QString layout = layoutText(pdf);
    const QString text = layout.simplified();
    CHECK(text.startsWith(QStringLiteral("PT Kreasi Bintang Nusantara Invoice")));
    CHECK(text.contains(QStringLiteral("INV/2026/0007")));
    CHECK(text.contains(QStringLiteral("NPWP 0123456789012345")));
    CHECK(text.contains(QStringLiteral("Bill to")));
    CHECK(text.contains(QStringLiteral("Teh Segar")));
    CHECK(lineWith(layout, QStringLiteral("Issue date")).contains(QStringLiteral("12 Aug 2026")));
    CHECK(lineWith(layout, QStringLiteral("Due date")).contains(QStringLiteral("11 Sep 2026")));
    // Each line with its kind in words and its amount at the right end, the figures aligned.
    const QString fee = lineWith(layout, QStringLiteral("Rina Wijaya"));
    const QString deposit = lineWith(layout, QStringLiteral("Budi Santoso"));
    CHECK(fee.contains(QRegularExpression(QStringLiteral("Fee\\s+Rp12\\.000\\.000$"))));
    CHECK(deposit.contains(QRegularExpression(QStringLiteral("Deposit\\s+Rp7\\.500\\.000$"))));
    CHECK(fee.size() == deposit.size());
    CHECK(lineWith(layout, QStringLiteral("Subtotal")).trimmed().endsWith(QStringLiteral("Rp19.500.000")));
    CHECK(lineWith(layout, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("Rp19.500.000")));
    CHECK_FALSE(text.contains(QStringLiteral("VAT"))); // not VAT-registered: no VAT line at all
    CHECK(lineWith(layout, QStringLiteral("PPh 23 the brand withholds (2% of the subtotal)"))
              .trimmed()
              .endsWith(QStringLiteral("-Rp390.000")));
    CHECK(lineWith(layout, QStringLiteral("Net expected")).trimmed().endsWith(QStringLiteral("Rp19.110.000")));
    CHECK(text.contains(QStringLiteral("Amount in words (Indonesian): sembilan belas juta lima ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("Please transfer Rp19.110.000 by 11 Sep 2026 to BCA 123-456-7890 a.n. PT "
                                       "Kreasi Bintang Nusantara, quoting invoice number INV/2026/0007.")));
    CHECK(text.contains(QStringLiteral("This is a commercial invoice, not a tax invoice (Faktur Pajak).")));
    CHECK_FALSE(text.contains(QStringLiteral("VOID")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of 1"))); // one page: no page numbers
}

TEST_CASE("the invoice PDF in Bahasa Indonesia", "[documents]")
{
    TempDir dir;
    const QString pdf = outPath(dir, QStringLiteral("invoice-id.pdf"));
    auto pages = writeInvoicePdf(tehSegarInvoice(), ContractLanguage::Id, pdf);
    REQUIRE(pages.ok());
    CHECK(pageCount(pdf) == 1);
    const QString layout = layoutText(pdf);
    const QString text = layout.simplified();
    CHECK(text.contains(QStringLiteral("Tagihan (Invoice)")));
    CHECK(text.contains(QStringLiteral("INV/2026/0007")));
    CHECK(text.contains(QStringLiteral("Ditagihkan kepada")));
    CHECK(lineWith(layout, QStringLiteral("Tanggal invoice")).contains(QStringLiteral("12 Agustus 2026")));
    CHECK(lineWith(layout, QStringLiteral("Jatuh tempo")).contains(QStringLiteral("11 September 2026")));
    CHECK(lineWith(layout, QStringLiteral("Rina Wijaya"))
              .contains(QRegularExpression(QStringLiteral("Honor\\s+Rp12\\.000\\.000$"))));
    CHECK(lineWith(layout, QStringLiteral("Budi Santoso"))
              .contains(QRegularExpression(QStringLiteral("Uang muka\\s+Rp7\\.500\\.000$"))));
    CHECK(lineWith(layout, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("Rp19.500.000")));
    CHECK(lineWith(layout, QStringLiteral("PPh 23 dipotong klien (2% dari subtotal)"))
              .trimmed()
              .endsWith(QStringLiteral("-Rp390.000")));
    CHECK(lineWith(layout, QStringLiteral("Jumlah diterima")).trimmed().endsWith(QStringLiteral("Rp19.110.000")));
    CHECK(text.contains(QStringLiteral("Terbilang: sembilan belas juta lima ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("Mohon transfer Rp19.110.000 paling lambat 11 September 2026")));
    CHECK(text.contains(QStringLiteral("Mohon kirimkan bukti potong PPh 23 kepada kami.")));
    CHECK(text.contains(QStringLiteral("Dokumen ini adalah invoice komersial, bukan Faktur Pajak.")));
}

TEST_CASE("a void invoice says so in large letters and asks for no payment", "[documents]")
{
    TempDir dir;
    Invoice inv = tehSegarInvoice();
    inv.isVoid = true;
    inv.voidedOn = QDate(2026, 8, 20);
    const QString en = outPath(dir, QStringLiteral("invoice-void-en.pdf"));
    const QString id = outPath(dir, QStringLiteral("invoice-void-id.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::En, en).ok());
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::Id, id).ok());
    const QString english = layoutText(en).simplified();
    CHECK(english.contains(QStringLiteral("VOID Voided on 20 Aug 2026. This invoice is not to be paid.")));
    CHECK_FALSE(english.contains(QStringLiteral("Please transfer")));
    CHECK(english.contains(QStringLiteral("INV/2026/0007"))); // it keeps its number
    const QString indonesian = layoutText(id).simplified();
    CHECK(indonesian.contains(QStringLiteral("BATAL Dibatalkan pada 20 Agustus 2026.")));
    CHECK_FALSE(indonesian.contains(QStringLiteral("Mohon transfer")));
    CHECK(poppler(QStringLiteral("pdfinfo"), {en}).contains(QStringLiteral("Invoice INV/2026/0007 (VOID)")));
}

TEST_CASE("a VAT-registered agency's invoice adds VAT to the total, with PPh 23 on the subtotal", "[documents]")
{
    TempDir dir;
    Invoice inv = tehSegarInvoice();
    inv.vatRateBp = 1100;
    inv.vat = 2'145'000; // 11% of 19,500,000
    const QString pdf = outPath(dir, QStringLiteral("invoice-vat.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::En, pdf).ok());
    const QString layout = layoutText(pdf);
    CHECK(lineWith(layout, QStringLiteral("VAT 11%")).trimmed().endsWith(QStringLiteral("Rp2.145.000")));
    CHECK(lineWith(layout, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("Rp21.645.000")));
    CHECK(lineWith(layout, QStringLiteral("PPh 23")).trimmed().endsWith(QStringLiteral("-Rp390.000")));
    CHECK(lineWith(layout, QStringLiteral("Net expected")).trimmed().endsWith(QStringLiteral("Rp21.255.000")));
    CHECK(layout.simplified().contains(QStringLiteral("dua puluh satu juta enam ratus empat puluh lima ribu rupiah")));
    const QString id = outPath(dir, QStringLiteral("invoice-vat-id.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::Id, id).ok());
    CHECK(lineWith(layoutText(id), QStringLiteral("PPN 11%")).trimmed().endsWith(QStringLiteral("Rp2.145.000")));
    // A rate with a fraction, as each language writes it.
    inv.vatRateBp = 1050;
    inv.vat = 2'047'500;
    CHECK(invoiceHtml(inv, ContractLanguage::En).contains(QStringLiteral("VAT 10.5%")));
    CHECK(invoiceHtml(inv, ContractLanguage::Id).contains(QStringLiteral("PPN 10,5%")));
}

TEST_CASE("a USD invoice has no words for its total and no withholding", "[documents]")
{
    TempDir dir;
    Invoice inv = tehSegarInvoice();
    inv.currency = QStringLiteral("USD");
    inv.lines = {
        {1, QStringLiteral("Global Launch"), QStringLiteral("Rina Wijaya"), QString(), PaymentKind::Fee, 125'050}};
    inv.subtotal = 125'050;
    inv.pph23RateBp = 200;
    inv.pph23 = 0; // Indonesian taxes apply to rupiah only
    const QString en = outPath(dir, QStringLiteral("invoice-usd-en.pdf"));
    const QString id = outPath(dir, QStringLiteral("invoice-usd-id.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::En, en).ok());
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::Id, id).ok());
    const QString english = layoutText(en);
    CHECK(lineWith(english, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("$1,250.50")));
    CHECK_FALSE(english.contains(QStringLiteral("Amount in words")));
    CHECK_FALSE(english.contains(QStringLiteral("rupiah")));
    CHECK_FALSE(english.contains(QStringLiteral("PPh 23")));
    CHECK_FALSE(english.contains(QStringLiteral("Net expected")));
    CHECK(english.simplified().contains(QStringLiteral("Please transfer $1,250.50 by 11 Sep 2026")));
    const QString indonesian = layoutText(id);
    CHECK(lineWith(indonesian, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("USD 1.250,50")));
    CHECK_FALSE(indonesian.contains(QStringLiteral("Terbilang")));
}

TEST_CASE("an invoice without company details marks the missing name and leaves the rest out", "[documents]")
{
    TempDir dir;
    Invoice inv = tehSegarInvoice();
    inv.sellerName.clear();
    inv.sellerAddress.clear();
    inv.sellerNpwp.clear();
    inv.sellerBank.clear();
    const QString en = outPath(dir, QStringLiteral("invoice-bare.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::En, en).ok());
    const QString english = layoutText(en).simplified();
    CHECK(plainText(en).contains(QStringLiteral("[your company's legal name: set it in Settings]")));
    CHECK_FALSE(english.contains(QStringLiteral("NPWP")));
    CHECK_FALSE(english.contains(QStringLiteral("Bank account")));
    CHECK(english.contains(
        QStringLiteral("Please pay Rp19.110.000 by 11 Sep 2026, quoting invoice number INV/2026/0007.")));
    const QString id = outPath(dir, QStringLiteral("invoice-bare-id.pdf"));
    REQUIRE(writeInvoicePdf(inv, ContractLanguage::Id, id).ok());
    CHECK(plainText(id).contains(QStringLiteral("[nama resmi perusahaan Anda: isi di Pengaturan]")));
}

TEST_CASE("a long invoice flows onto numbered pages", "[documents]")
{
    TempDir dir;
    Invoice inv = tehSegarInvoice();
    inv.lines.clear();
    inv.subtotal = 0;
    for (int i = 1; i <= 45; ++i) {
        inv.lines.append({i, QStringLiteral("Campaign %1").arg(i), QStringLiteral("Creator %1").arg(i),
                          QStringLiteral("1 reel"), PaymentKind::Fee, 1'000'000});
        inv.subtotal += 1'000'000;
    }
    inv.pph23 = 900'000;
    const QString pdf = outPath(dir, QStringLiteral("invoice-long.pdf"));
    auto pages = writeInvoicePdf(inv, ContractLanguage::En, pdf);
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 2);
    CHECK(pageCount(pdf) == pages.value());
    const QString text = layoutText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages.value())));
    CHECK(text.contains(QStringLiteral("Creator 45")));
    // The second page repeats the table's headings.
    const QString second = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"),
                                                                 QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    CHECK(hasLine(second, QStringLiteral("Campaign\\s+Creator\\s+Deliverables\\s+Kind\\s+Amount")));
    CHECK(text.contains(QStringLiteral("empat puluh lima juta rupiah")));
}

TEST_CASE("the creator statement PDF lists each campaign and kind with a totals row", "[documents]")
{
    TempDir dir;
    const QString pdf = outPath(dir, QStringLiteral("statement-en.pdf"));
    auto pages = writeStatementPdf(rinaStatement(), ContractLanguage::En, pdf);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1);
    CHECK(pageCount(pdf) == 1);
    const QString layout = layoutText(pdf);
    const QString text = layout.simplified();
    CHECK(text.startsWith(QStringLiteral("PT Kreasi Bintang Nusantara Creator statement")));
    CHECK(hasLine(layout, QStringLiteral("Creator\\s+Rina Wijaya")));
    CHECK(hasLine(layout, QStringLiteral("NPWP\\s+3174012345670001")));
    CHECK(hasLine(layout, QStringLiteral("Tax profile\\s+Individual \\(PPh 21\\)")));
    CHECK(hasLine(layout, QStringLiteral("Period\\s+1 Aug 2026 to 31 Aug 2026")));
    CHECK(hasLine(layout, QStringLiteral("Currency\\s+IDR")));
    CHECK(hasLine(layout, QStringLiteral("Paid and owed\\s+as of 31 Aug 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("nothing is withheld in")));
    // Gross, agency fee, creator share, withheld, net, paid, owed.
    CHECK(
        hasLine(layout, QStringLiteral("Teh Segar\\s+Fee\\s+Rp12\\.000\\.000\\s+Rp2\\.400\\.000\\s+Rp9\\.600\\.000\\s+"
                                       "Rp240\\.000\\s+Rp9\\.360\\.000\\s+Rp9\\.360\\.000\\s+Rp0")));
    CHECK(hasLine(layout,
                  QStringLiteral("Kopi Launch\\s+Deposit\\s+Rp5\\.000\\.000\\s+Rp1\\.000\\.000\\s+Rp4\\.000\\.000\\s+"
                                 "Rp100\\.000\\s+Rp3\\.900\\.000\\s+Rp0\\s+Rp3\\.900\\.000")));
    CHECK(hasLine(layout, QStringLiteral("Total\\s+Rp17\\.000\\.000\\s+Rp3\\.400\\.000\\s+Rp13\\.600\\.000\\s+"
                                         "Rp340\\.000\\s+Rp13\\.260\\.000\\s+Rp9\\.360\\.000\\s+Rp3\\.900\\.000")));
    CHECK(text.contains(QStringLiteral("Owed, in words (Indonesian): tiga juta sembilan ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("check with your tax adviser")));
}

TEST_CASE("the creator statement in Bahasa Indonesia, for a creator without NPWP", "[documents]")
{
    TempDir dir;
    CreatorStatement s = rinaStatement();
    s.creatorNpwp.clear();
    const QString pdf = outPath(dir, QStringLiteral("statement-id.pdf"));
    REQUIRE(writeStatementPdf(s, ContractLanguage::Id, pdf).ok());
    const QString layout = layoutText(pdf);
    const QString text = layout.simplified();
    CHECK(text.contains(QStringLiteral("Laporan honor kreator")));
    CHECK(hasLine(layout, QStringLiteral("NPWP\\s+tanpa NPWP")));
    CHECK(hasLine(layout, QStringLiteral("Status pajak\\s+Orang pribadi \\(PPh 21\\)")));
    CHECK(hasLine(layout, QStringLiteral("Periode\\s+1 Agustus 2026 s\\.d\\. 31 Agustus 2026")));
    CHECK(hasLine(layout, QStringLiteral("Mata uang\\s+IDR")));
    CHECK(lineWith(layout, QStringLiteral("Kopi Launch"))
              .contains(QRegularExpression(QStringLiteral("Uang muka\\s+Rp5\\.000\\.000"))));
    CHECK(lineWith(layout, QStringLiteral("Total")).trimmed().endsWith(QStringLiteral("Rp3.900.000")));
    CHECK(text.contains(QStringLiteral("Terbilang (terutang): tiga juta sembilan ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("konsultasikan dengan konsultan pajak Anda")));
    CHECK(hasLine(layout, QStringLiteral("Dibayar dan terutang\\s+per 31 Agustus 2026")));
}

TEST_CASE("a creator statement in dollars says why nothing is withheld", "[documents]")
{
    TempDir dir;
    CreatorStatement s = rinaStatement();
    s.currency = QStringLiteral("USD");
    for (ContractLanguage l : {ContractLanguage::En, ContractLanguage::Id}) {
        const QString pdf = outPath(dir, QStringLiteral("statement-usd-%1.pdf").arg(wordOf(l)));
        REQUIRE(writeStatementPdf(s, l, pdf).ok());
        const QString text = layoutWords(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(l == ContractLanguage::En
                                ? QStringLiteral("Indonesian taxes apply to rupiah payments only: nothing is withheld "
                                                 "in USD.")
                                : QStringLiteral("Pajak Indonesia hanya berlaku untuk pembayaran rupiah: tidak ada "
                                                 "potongan dalam USD.")));
    }
}

TEST_CASE("a creator statement with nothing in the period says so", "[documents]")
{
    TempDir dir;
    CreatorStatement s = rinaStatement();
    s.lines.clear();
    s.totals = {};
    s.currency = QStringLiteral("USD");
    CHECK(statementHtml(s, ContractLanguage::En).contains(QStringLiteral("Nothing due or paid in this period.")));
    const QString pdf = outPath(dir, QStringLiteral("statement-empty-id.pdf"));
    REQUIRE(writeStatementPdf(s, ContractLanguage::Id, pdf).ok());
    const QString text = layoutText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Tidak ada honor jatuh tempo atau dibayar pada periode ini.")));
    CHECK_FALSE(text.contains(QStringLiteral("Terbilang")));
}

TEST_CASE("a creator statement with large amounts keeps every column inside the page margins", "[documents]")
{
    TempDir dir;
    CreatorStatement s = rinaStatement();
    s.lines.clear();
    s.totals = {};
    for (int i = 1; i <= 15; ++i)
        s.lines << statementLine(QStringLiteral("Campaign with a long name %1").arg(i),
                                 QStringLiteral("Brand %1").arg(i),
                                 i % 2 ? PaymentKind::Reimbursement : PaymentKind::KillFee, 99'000'000, 19'800'000,
                                 1'980'000, i % 3 ? 0 : 77'220'000);
    for (const StatementLine &line : s.lines)
        s.totals.add(line);
    REQUIRE(s.totals.gross == 1'485'000'000);
    const QString pdf = outPath(dir, QStringLiteral("statement-large.pdf"));
    auto pages = writeStatementPdf(s, ContractLanguage::En, pdf);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1); // fifteen lines fit on one page
    // Every word ends left of the right margin (A4 is 595.3 points wide; the margin is 18 mm).
    const QString boxes = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression word(QStringLiteral("xMax=\"([0-9.]+)\""));
    double right = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();)
        right = std::max(right, it.next().captured(1).toDouble());
    CHECK(right > 500);
    CHECK(right <= 595.3 - 18 / 25.4 * 72 + 1);
    CHECK(boxes.contains(QStringLiteral(">Rp1.485.000.000<")));
    // Net 15 x 77,220,000 = 1,158,300,000, less 5 x 77,220,000 paid.
    CHECK(boxes.contains(QStringLiteral(">Rp772.200.000<")));
}
