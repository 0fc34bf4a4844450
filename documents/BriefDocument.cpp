#include "BriefDocument.h"

#include "PdfOutput.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "services/CampaignService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace cd {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BriefDocument", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral(
               "<tr><td style='padding:4px 14px 4px 0; color:#555555'>%1</td><td style='padding:4px 0'>%2</td></tr>")
        .arg(esc(label), value);
}

QString tagList(const QStringList &list, QChar sigil)
{
    QStringList shown;
    for (const QString &t : list)
        shown << QStringLiteral("<b>%1%2</b>").arg(sigil, esc(t));
    return shown.join(QStringLiteral(" &nbsp; "));
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}
} // namespace

Result<QString> briefHtml(Workspace &ws, qint64 campaignId)
{
    auto loaded = CampaignService(ws).load(campaignId);
    if (!loaded)
        return fail(loaded.error());
    const CampaignInput &c = loaded.value();
    QStringList platforms;
    for (Platform p : c.platforms)
        platforms << platformDisplayName(p);
    QString html = QStringLiteral("<h1 style='margin-bottom:0'>%1</h1><p style='color:#555555; margin-top:4px'>%2</p>")
                       .arg(esc(c.name), esc(tr("Creator brief from %1").arg(c.brand)));
    QString campaign;
    campaign += row(tr("Brand"), esc(c.brand));
    campaign += row(tr("Campaign"), c.end.isValid() ? esc(tr("%1 to %2").arg(date(c.start), date(c.end)))
                                                    : esc(tr("from %1").arg(date(c.start))));
    campaign += row(tr("Platforms"), esc(platforms.isEmpty() ? tr("any") : platforms.join(QStringLiteral(", "))));
    html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(esc(tr("The campaign")), campaign);
    QString content;
    content += row(tr("Content"), esc(c.contentType));
    content += row(tr("Video length"), c.durationSeconds ? esc(tr("%1 seconds").arg(*c.durationSeconds)) : QString());
    content += row(tr("Caption"), esc(c.captionGuidance).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!content.isEmpty())
        html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(esc(tr("What to make")), content);
    QString must;
    must += row(tr("Hashtags"), tagList(c.hashtags, QLatin1Char('#')));
    must += row(tr("Mentions"), tagList(c.mentions, QLatin1Char('@')));
    if (c.disclosureRequired) {
        QStringList markers = {QStringLiteral("ad"), QStringLiteral("iklan"), QStringLiteral("sponsored"),
                               QStringLiteral("paidpartnership")};
        markers += c.disclosureMarkers;
        must +=
            row(tr("Disclosure"), esc(tr("mark the post as paid with one of ")) + tagList(markers, QLatin1Char('#')) +
                                      esc(tr(", or the platform's paid-partnership label")));
    }
    if (!must.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p style='color:#555555'>%2</p><table>%3</table>")
                    .arg(esc(tr("The caption must carry")),
                         esc(tr("Each hashtag and mention exactly as written, as its own tag (#TehSegar, not "
                                "#TehSegarPromo); case does not matter.")),
                         must);
    const QDate from = c.postWindowStart.isValid() ? c.postWindowStart : c.start;
    const QDate to = c.postWindowEnd.isValid() || c.postWindowStart.isValid() ? c.postWindowEnd : c.end;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(tr("When to post")),
                     esc(to.isValid() ? tr("Between %1 and %2, both days included.").arg(date(from), date(to))
                                      : tr("From %1.").arg(date(from))));
    QStringList measured;
    const KpiTargets &k = c.kpi;
    const QLocale english(QLocale::English);
    if (k.views)
        measured << tr("%1 views").arg(english.toString(*k.views));
    if (k.engagementRateBp)
        measured << tr("%1% engagement rate").arg(english.toString(*k.engagementRateBp / 100.0));
    if (k.newFollowers)
        measured << tr("%1 new followers for the brand").arg(english.toString(*k.newFollowers));
    if (k.linkClicks)
        measured << tr("%1 link clicks").arg(english.toString(*k.linkClicks));
    if (!measured.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("What the campaign aims for, together")), esc(measured.join(QStringLiteral(" · "))));
    html += QStringLiteral("<p style='color:#777777; margin-top:18px'>%1</p>")
                .arg(esc(tr("Send your draft before posting; the brand reviews it against this brief.")));
    return QStringLiteral("<html><body style='font-family:\"DejaVu Sans\"; font-size:10.5pt'>%1</body></html>")
        .arg(html);
}

Status writeBriefPdf(Workspace &ws, qint64 campaignId, const QString &path)
{
    auto html = briefHtml(ws, campaignId);
    if (!html)
        return fail(html.error());
    if (auto pages = writeHtmlPdf(html.value(), tr("Creator brief"), path); !pages)
        return fail(pages.error());
    return {};
}

} // namespace cd
