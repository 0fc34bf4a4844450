#include "StatementDocument.h"

#include "InvoiceDocument.h"
#include "PdfOutput.h"
#include "money/CreatorStatement.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QStringList>
#include <QTextDocument>
#include <QTextFrame>

namespace cd {

using namespace moneydoc;

namespace {
QString taxProfileName(TaxProfile profile, ContractLanguage l)
{
    switch (profile) {
    case TaxProfile::Person:
        return pick(l, "Individual (PPh 21)", "Orang pribadi (PPh 21)");
    case TaxProfile::PersonFinal:
        return pick(l, "Individual with a PP 55/2022 final-tax certificate (nothing withheld)",
                    "Orang pribadi dengan surat keterangan PP 55/2022 (tidak dipotong)");
    case TaxProfile::Company:
        return pick(l, "Company (PPh 23)", "Badan usaha (PPh 23)");
    case TaxProfile::Foreign:
        break;
    }
    return pick(l, "Non-resident (PPh 26)", "Wajib pajak luar negeri (PPh 26)");
}

// The figures of a line (or of the totals) in the table's order.
QList<qint64> figures(const StatementLine &line)
{
    return {line.gross, line.agencyFee, line.creatorShare, line.withheld, line.net, line.paid, line.owed()};
}

// The lines and totals at `pointSize`. Eight columns on a portrait page: the figures get their
// room, the campaign (with its brand under it) and the kind wrap.
QString tableAt(const CreatorStatement &s, ContractLanguage l, qreal pointSize)
{
    auto money = [&](qint64 minor) { return esc(amount(minor, s.currency, l)); };
    const QStringList headings = {pick(l, "Campaign", "Kampanye"),
                                  pick(l, "Kind", "Jenis"),
                                  pick(l, "Gross", "Bruto"),
                                  pick(l, "Agency fee", "Fee agensi"),
                                  pick(l, "Creator share", "Bagian kreator"),
                                  pick(l, "Withheld", "Dipotong"),
                                  pick(l, "Net", "Neto"),
                                  pick(l, "Paid", "Dibayar"),
                                  pick(l, "Owed", "Terutang")};
    QString table = QStringLiteral("<thead><tr>"); // repeated on each page
    for (int i = 0; i < headings.size(); ++i)
        table +=
            QStringLiteral("<th align='%1' valign='bottom'%2 style='%3'>%4</th>")
                .arg(i < 2 ? QStringLiteral("left") : QStringLiteral("right"),
                     i < 2 ? QStringLiteral(" width='%1'").arg(i == 0 ? 84 : 56) : QString(), QLatin1String(headCell),
                     esc(headings.at(i)) +
                         (i == 0 ? QStringLiteral("<br>") + esc(pick(l, "Brand", "Brand")) : QString()));
    table += QStringLiteral("</tr></thead>");
    const QString text = QStringLiteral("<td valign='top' style='%1'>%2</td>").arg(QLatin1String(bodyCell));
    const QString figure = QStringLiteral("<td valign='top' align='right' style='%1; white-space:nowrap'>%2</td>")
                               .arg(QLatin1String(bodyCell));
    for (const StatementLine &line : s.lines) {
        table += QStringLiteral("<tr>") +
                 text.arg(esc(line.campaign) +
                          QStringLiteral("<br><span style='color:#59636E'>%1</span>").arg(esc(line.brand))) +
                 text.arg(esc(kindName(line.kind, l)));
        for (qint64 value : figures(line))
            table += figure.arg(money(value));
        table += QStringLiteral("</tr>");
    }
    const QString strong = QStringLiteral("padding:4px 3px; font-weight:bold; border-top-style:solid; "
                                          "border-top-width:1px; border-top-color:#1F2328");
    table += QStringLiteral("<tr><td colspan='2' style='%1'>%2</td>").arg(strong, esc(pick(l, "Total", "Total")));
    for (qint64 value : figures(s.totals))
        table += QStringLiteral("<td align='right' style='%1; white-space:nowrap'>%2</td>").arg(strong, money(value));
    table += QStringLiteral("</tr>");
    return QStringLiteral("<table width='100%' cellspacing='0' style='margin-top:14px; font-size:%1pt; "
                          "border-collapse:collapse'>%2</table>")
        .arg(pointSize)
        .arg(table);
}

// Whether `table` fits the width of an A4 page (PdfOutput's 18 mm margins), laid out at the PDF's
// 300 dpi. Figures never break, so a table of large amounts would otherwise run off the page.
bool fitsPage(const QString &table)
{
    QImage device(1, 1, QImage::Format_Mono);
    device.setDotsPerMeterX(qRound(300 / 0.0254));
    device.setDotsPerMeterY(qRound(300 / 0.0254));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setHtml(page(table));
    const qreal width = (210 - 2 * 18) / 25.4 * 300;
    document.setTextWidth(width);
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    return frames.isEmpty() || document.documentLayout()->frameBoundingRect(frames.first()).width() <= width;
}

// The table in 7 points, or smaller (to 5 points) when its figures need the room.
QString linesTable(const CreatorStatement &s, ContractLanguage l)
{
    qreal size = 7;
    QString table = tableAt(s, l, size);
    while (size > 5 && !fitsPage(table))
        table = tableAt(s, l, size -= 0.5);
    return table;
}
} // namespace

QString statementHtml(const CreatorStatement &s, ContractLanguage l)
{
    const QString period = pick(l, "%1 to %2", "%1 s.d. %2").arg(date(s.from, l), date(s.to, l));
    const QStringList details = {s.agencyAddress, s.agencyNpwp.trimmed().isEmpty()
                                                      ? QString()
                                                      : QStringLiteral("NPWP ") + s.agencyNpwp.trimmed()};
    QString html =
        letterhead(s.agencyName, details, pick(l, "Creator statement", "Laporan honor kreator"), s.creator, l);

    const QString fact = QStringLiteral("<tr><td style='color:#59636E; padding:1px 14px 1px 0'>%1</td>"
                                        "<td style='padding:1px 0'>%2</td></tr>");
    QString facts = fact.arg(esc(pick(l, "Creator", "Kreator")), QStringLiteral("<b>%1</b>").arg(esc(s.creator)));
    facts += fact.arg(QStringLiteral("NPWP"), esc(s.creatorNpwp.trimmed().isEmpty() ? pick(l, "no NPWP", "tanpa NPWP")
                                                                                    : s.creatorNpwp.trimmed()));
    facts += fact.arg(esc(pick(l, "Tax profile", "Status pajak")), esc(taxProfileName(s.taxProfile, l)));
    facts += fact.arg(esc(pick(l, "Period", "Periode")), esc(period));
    facts += fact.arg(esc(pick(l, "Currency", "Mata uang")), esc(s.currency));
    // Paid and owed stand at the period's end: a payment made after it shows as owed here.
    facts += fact.arg(esc(pick(l, "Paid and owed", "Dibayar dan terutang")),
                      esc(pick(l, "as of %1", "per %1").arg(date(s.to, l))));
    html += QStringLiteral("<table cellspacing='0' style='margin-top:10px'>%1</table>").arg(facts);

    if (s.lines.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:18px'><b>%1</b></p>")
                    .arg(esc(pick(l, "Nothing due or paid in this period.",
                                  "Tidak ada honor jatuh tempo atau dibayar pada periode ini.")));
        return page(html);
    }

    html += linesTable(s, l);
    html += inWords(s.totals.owed(), s.currency, pick(l, "Owed, in words (Indonesian)", "Terbilang (terutang)"));
    html += QStringLiteral("<p style='margin-top:14px; color:#59636E; font-size:8pt'>%1</p>")
                .arg(esc(pick(l,
                              "Gross is what the brand pays for the work; the creator share is the gross less the "
                              "agency fee. Withholding is an estimate by the tax rates in the agency's settings: "
                              "check with your tax adviser.",
                              "Bruto adalah nilai yang dibayar brand untuk pekerjaan ini; bagian kreator adalah bruto "
                              "dikurangi fee agensi. Potongan pajak adalah perkiraan menurut tarif pajak di "
                              "pengaturan agensi: konsultasikan dengan konsultan pajak Anda.")));
    if (s.currency != QLatin1String("IDR"))
        html += QStringLiteral("<p style='color:#59636E; font-size:8pt'>%1</p>")
                    .arg(esc(pick(l, "Indonesian taxes apply to rupiah payments only: nothing is withheld in %1.",
                                  "Pajak Indonesia hanya berlaku untuk pembayaran rupiah: tidak ada potongan dalam %1.")
                                 .arg(s.currency)));
    return page(html);
}

Result<int> writeStatementPdf(const CreatorStatement &statement, ContractLanguage language, const QString &path)
{
    const QString title = pick(language, "Creator statement: %1", "Laporan honor kreator: %1").arg(statement.creator);
    return writeHtmlPdf(statementHtml(statement, language), title, path, pageFooter(language));
}

} // namespace cd
