#include "ContractDocument.h"

#include "PdfOutput.h"
#include "contracts/ContractService.h"
#include "contracts/ContractText.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {
namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "[missing: …]" stands out in the text, so nobody sends a contract with a hole in it.
QString marked(const QString &text)
{
    QString html = esc(text);
    for (ContractLanguage l : {ContractLanguage::En, ContractLanguage::Id}) {
        const QString marker = missingMarker(l).toHtmlEscaped();
        const QString highlighted = QStringLiteral("<span style='background:#ffe08a'>") + marker;
        html.replace(marker, highlighted);
        qsizetype at = 0;
        while ((at = html.indexOf(highlighted, at)) >= 0) {
            const qsizetype close = html.indexOf(QLatin1Char(']'), at);
            if (close < 0)
                break;
            html.insert(close + 1, QStringLiteral("</span>"));
            at = close;
        }
    }
    return html;
}
} // namespace

QString contractHtml(const ContractText &t)
{
    QString html = QStringLiteral("<h2 style='text-align:center'>%1</h2><p>%2</p>").arg(esc(t.title), marked(t.intro));
    for (int i = 0; i < t.clauses.size(); ++i)
        html += QStringLiteral("<p style='margin-top:8px'><b>%1. %2</b><br>%3</p>")
                    .arg(i + 1)
                    .arg(esc(t.clauses.at(i).title), marked(t.clauses.at(i).text));
    // Two signature blocks side by side, with room to sign and date.
    const QString sign = QStringLiteral("<td width='50%' style='padding-top:8px'>%1<br><br><br>"
                                        "_____________________________<br>%2<br>%3</td>");
    const QString date = t.language == QLatin1String("id") ? QStringLiteral("Tanggal:") : QStringLiteral("Date:");
    html += QStringLiteral("<table width='100%' style='margin-top:16px'><tr>%1%2</tr></table>")
                .arg(sign.arg(esc(t.signatures.value(0)), marked(t.signatures.value(1)), date),
                     sign.arg(esc(t.signatures.value(2)), marked(t.signatures.value(3)), date));
    return QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:9.5pt'>%1</body></html>")
        .arg(html);
}

Result<ContractText> contractTextOf(Workspace &ws, qint64 contractId, int version,
                                    std::optional<ContractLanguage> language)
{
    QSqlDatabase db = ws.db();
    auto record = ContractService::load(db, contractId);
    if (!record)
        return fail(record.error());
    const int wanted = version > 0 ? version : record->version;
    auto terms = ContractService::versionTerms(db, contractId, wanted, record->currency);
    if (!terms)
        return fail(terms.error());
    auto versions = ContractService::versions(db, contractId);
    if (!versions)
        return fail(versions.error());
    QDate date;
    for (const auto &v : std::as_const(versions.value()))
        if (v.version == wanted)
            date = v.created;
    ContractTerms t = terms.value();
    if (language && *language != t.language) {
        t.language = *language;
        t.body.clear(); // the stored text is in the other language: draft this one from the terms
    }
    if (auto stored = ContractText::fromJson(t.body))
        return stored.value();
    return draftContract(ws, record->participantId, t, date.isValid() ? date : QDate::currentDate());
}

Result<int> writeContractPdf(Workspace &ws, qint64 contractId, int version, const QString &path,
                             std::optional<ContractLanguage> language)
{
    auto text = contractTextOf(ws, contractId, version, language);
    if (!text)
        return fail(text.error());
    const QString footer =
        text->language == QLatin1String("id") ? QStringLiteral("Halaman %1 dari %2") : QStringLiteral("Page %1 of %2");
    return writeHtmlPdf(contractHtml(text.value()), text->title, path, footer);
}

} // namespace cd
