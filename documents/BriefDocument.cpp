#include "BriefDocument.h"

#include "InvoiceDocument.h"
#include "PdfOutput.h"
#include "services/CampaignService.h"

#include <QLocale>

namespace cd {
namespace {
using moneydoc::esc;
using moneydoc::pick;

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    // One label width on the whole page, so the sections' values line up under each other.
    return QStringLiteral("<tr><td width='110' style='padding:4px 14px 4px 0; color:#555555'>%1</td>"
                          "<td style='padding:4px 0'>%2</td></tr>")
        .arg(esc(label), value);
}

QString tagList(const QStringList &list, QChar sigil)
{
    QStringList shown;
    for (const QString &t : list)
        shown << QStringLiteral("<b>%1%2</b>").arg(sigil, esc(t));
    return shown.join(QStringLiteral(" &nbsp; "));
}

// A count as the language writes it: 12,500 / 12.500.
QString count(qint64 n, ContractLanguage l)
{
    return (l == ContractLanguage::Id ? QLocale(QLocale::Indonesian, QLocale::Indonesia) : QLocale(QLocale::English))
        .toString(n);
}

// The paid-post markers the compliance check accepts, the local one first (Indonesian creators and
// audiences know #iklan), then the campaign's own; each once, whatever its case.
QStringList disclosureMarkers(const QStringList &own, ContractLanguage l)
{
    QStringList markers = l == ContractLanguage::Id ? QStringList{QStringLiteral("iklan"), QStringLiteral("ad")}
                                                    : QStringList{QStringLiteral("ad"), QStringLiteral("iklan")};
    markers << QStringLiteral("sponsored") << QStringLiteral("paidpartnership");
    for (const QString &m : own)
        if (!markers.contains(m, Qt::CaseInsensitive))
            markers << m;
    return markers;
}

// The sentence over the caption's tags: how to write them, with an example made from the campaign's
// own first hashtag (a longer tag does not count, so #GlowUpPromo is not #GlowUp). Without
// hashtags there is nothing to show by example; without hashtags and mentions, no sentence.
QString tagAdvice(const QStringList &hashtags, const QStringList &mentions, ContractLanguage l)
{
    if (hashtags.isEmpty()) {
        if (mentions.isEmpty())
            return {};
        return pick(l, "Each mention exactly as written, as its own tag; case does not matter.",
                    "Tulis setiap mention persis seperti di bawah, sebagai tag tersendiri; huruf besar atau kecil "
                    "tidak masalah.");
    }
    const QString tag = QLatin1Char('#') + hashtags.first();
    const QString longer = tag + QStringLiteral("Promo");
    if (mentions.isEmpty())
        return pick(l, "Each hashtag exactly as written, as its own tag (%1, not %2); case does not matter.",
                    "Tulis setiap tagar persis seperti di bawah, sebagai tag tersendiri (%1, bukan %2); huruf "
                    "besar atau kecil tidak masalah.")
            .arg(tag, longer);
    return pick(l, "Each hashtag and mention exactly as written, as its own tag (%1, not %2); case does not matter.",
                "Tulis setiap tagar dan mention persis seperti di bawah, sebagai tag tersendiri (%1, bukan %2); "
                "huruf besar atau kecil tidak masalah.")
        .arg(tag, longer);
}
} // namespace

Result<QString> briefHtml(Workspace &ws, qint64 campaignId, ContractLanguage l)
{
    auto loaded = CampaignService(ws).load(campaignId);
    if (!loaded)
        return fail(loaded.error());
    const CampaignInput &c = loaded.value();
    const auto date = [l](const QDate &d) { return moneydoc::date(d, l); };
    QStringList platforms;
    for (Platform p : c.platforms)
        platforms << platformDisplayName(p);
    QString html = QStringLiteral("<h1 style='margin-bottom:0'>%1</h1><p style='color:#555555; margin-top:4px'>%2</p>")
                       .arg(esc(c.name), esc(pick(l, "Creator brief from %1", "Brief kreator dari %1").arg(c.brand)));
    QString campaign;
    campaign += row(pick(l, "Brand", "Brand"), esc(c.brand));
    campaign += row(pick(l, "Dates", "Periode"),
                    esc(c.end.isValid() ? pick(l, "%1 to %2", "%1 sampai %2").arg(date(c.start), date(c.end))
                                        : pick(l, "from %1", "mulai %1").arg(date(c.start))));
    campaign += row(pick(l, "Platforms", "Platform"),
                    esc(platforms.isEmpty() ? pick(l, "any", "semua platform") : platforms.join(QStringLiteral(", "))));
    html +=
        QStringLiteral("<h3>%1</h3><table>%2</table>").arg(esc(pick(l, "The campaign", "Tentang kampanye")), campaign);
    QString content;
    content += row(pick(l, "Content", "Jenis konten"), esc(c.contentType));
    content += row(pick(l, "Video length", "Durasi video"),
                   c.durationSeconds ? esc(pick(l, "%1 seconds", "%1 detik").arg(*c.durationSeconds)) : QString());
    content += row(pick(l, "Caption guidance", "Panduan caption"), esc(c.captionGuidance));
    if (!content.isEmpty())
        html += QStringLiteral("<h3>%1</h3><table>%2</table>")
                    .arg(esc(pick(l, "What to make", "Konten yang dibuat")), content);
    QString must;
    must += row(pick(l, "Hashtags", "Tagar"), tagList(c.hashtags, QLatin1Char('#')));
    must += row(pick(l, "Mentions", "Mention"), tagList(c.mentions, QLatin1Char('@')));
    if (c.disclosureRequired)
        must += row(pick(l, "Disclosure", "Tanda iklan"),
                    esc(pick(l, "mark the post as paid with one of ",
                             "tandai sebagai konten berbayar dengan salah satu "
                             "dari ")) +
                        tagList(disclosureMarkers(c.disclosureMarkers, l), QLatin1Char('#')) +
                        esc(pick(l, ", or the platform's paid-partnership label",
                                 ", atau label “Kemitraan berbayar” dari platform")));
    if (!must.isEmpty()) {
        const QString advice = tagAdvice(c.hashtags, c.mentions, l);
        html +=
            QStringLiteral("<h3>%1</h3>%2<table>%3</table>")
                .arg(esc(pick(l, "The caption must carry", "Wajib ada di caption")),
                     advice.isEmpty() ? QString() : QStringLiteral("<p style='color:#555555'>%1</p>").arg(esc(advice)),
                     must);
    }
    const QDate from = c.postWindowStart.isValid() ? c.postWindowStart : c.start;
    const QDate to = c.postWindowEnd.isValid() || c.postWindowStart.isValid() ? c.postWindowEnd : c.end;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(pick(l, "When to post", "Jadwal unggah")),
                     esc(to.isValid() ? pick(l, "Between %1 and %2, both days included.",
                                             "Unggah antara %1 dan %2 (kedua tanggal termasuk).")
                                            .arg(date(from), date(to))
                                      : pick(l, "From %1.", "Mulai %1.").arg(date(from))));
    QStringList measured;
    const KpiTargets &k = c.kpi;
    if (k.views)
        measured << pick(l, "%1 views", "%1 tayangan").arg(count(*k.views, l));
    if (k.engagementRateBp)
        measured << pick(l, "%1 engagement rate", "engagement rate %1").arg(moneydoc::percent(*k.engagementRateBp, l));
    if (k.newFollowers)
        measured
            << pick(l, "%1 new followers for the brand", "%1 pengikut baru untuk brand").arg(count(*k.newFollowers, l));
    if (k.linkClicks)
        measured << pick(l, "%1 link clicks", "%1 klik tautan").arg(count(*k.linkClicks, l));
    if (!measured.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(pick(l, "What the campaign aims for, together", "Target bersama kampanye ini")),
                         esc(measured.join(QStringLiteral(" · "))));
    html += QStringLiteral("<p style='color:#777777; margin-top:18px'>%1</p>")
                .arg(esc(pick(l, "Send your draft before posting; the brand reviews it against this brief.",
                              "Kirim draf sebelum posting; brand akan meninjaunya sesuai brief ini.")));
    // The money documents' page, in the larger type the brief has always had: one page, read at a glance.
    return moneydoc::page(QStringLiteral("<div style='font-size:10.5pt'>%1</div>").arg(html));
}

Status writeBriefPdf(Workspace &ws, qint64 campaignId, ContractLanguage language, const QString &path)
{
    auto html = briefHtml(ws, campaignId, language);
    if (!html)
        return fail(html.error());
    const QString title = pick(language, "Creator brief", "Brief kreator");
    if (auto pages = writeHtmlPdf(html.value(), title, path, moneydoc::pageFooter(language)); !pages)
        return fail(pages.error());
    return {};
}

} // namespace cd
