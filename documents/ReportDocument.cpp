#include "ReportDocument.h"

#include "InvoiceDocument.h"
#include "PdfOutput.h"
#include "analytics/CampaignReport.h"

#include <QLocale>
#include <QUrl>

namespace cd {

using namespace moneydoc;

namespace {

const QString none = QStringLiteral("—"); // a figure without a value: never 0

// The report's words and numbers in its language: 12,500 and 4.5% in English, 12.500 and 4,5%
// in Indonesian; money as the money documents write it.
struct Writer
{
    ContractLanguage l;
    QString currency;
    QLocale locale = QLocale(l == ContractLanguage::Id ? QLocale::Indonesian : QLocale::English);

    QString t(const char *english, const char *indonesian) const { return pick(l, english, indonesian); }
    QString count(qint64 n) const { return locale.toString(n); }
    QString pct(std::optional<double> p, int decimals = 1) const
    {
        return p ? locale.toString(*p, 'f', decimals) + QLatin1Char('%') : none;
    }
    QString money(qint64 minor) const { return amount(minor, currency, l); }
    // A cost per result as MoneyRatio::display() has it, in the document's language ("USD 0,0468"
    // in Indonesian, "$0.0468" in English).
    QString ratio(const MoneyRatio &r) const
    {
        if (!r.hasValue())
            return none;
        if (std::abs(*r.scaled()) >= 1000)
            return amount(r.roundedMinor(), r.currency(), l);
        QString digits = r.plain();
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative)
            digits.remove(0, 1);
        if (l == ContractLanguage::Id)
            digits.replace(QLatin1Char('.'), QLatin1Char(','));
        const QString zero = amount(0, r.currency(), l); // "$0.00", "USD 0,00", "Rp0": the prefix
        return (negative ? QStringLiteral("-") : QString()) + zero.left(zero.indexOf(QLatin1Char('0'))) + digits;
    }
    QString day(const QDate &d) const { return date(d, l); }
    // Tables have narrow date columns: "22 Sep 2026" in both languages ("Agu", "Okt" in Indonesian).
    QString shortDay(const QDate &d) const
    {
        return d.isValid() ? locale.toString(d, QStringLiteral("d MMM yyyy")) : none;
    }
};

QString heading(const QString &text)
{
    return QStringLiteral("<h2 style='font-size:13pt; color:#1F2328; margin-top:18px; margin-bottom:6px'>%1</h2>")
        .arg(esc(text));
}

QString note(const QString &text)
{
    return QStringLiteral("<p style='color:#59636E; margin-top:2px'>%1</p>").arg(esc(text));
}

// A table with a header row; `right` marks the columns of figures (right-aligned, not wrapped).
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &right,
              const QList<int> &widths)
{
    QString html = QStringLiteral("<thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align='%1' width='%2%' style='%3; white-space:nowrap'>%4</th>")
                    .arg(right.contains(i) ? QStringLiteral("right") : QStringLiteral("left"))
                    .arg(widths.value(i))
                    .arg(QLatin1String(headCell), esc(headers[i]));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += right.contains(i)
                        ? QStringLiteral("<td valign='top' align='right' style='%1; white-space:nowrap'>"
                                         "%2</td>")
                              .arg(QLatin1String(bodyCell), row[i])
                        : QStringLiteral("<td valign='top' style='%1'>%2</td>").arg(QLatin1String(bodyCell), row[i]);
        html += QStringLiteral("</tr>");
    }
    return QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>%1</table>").arg(html);
}

QString kpiName(const QString &kpi, const Writer &w)
{
    if (kpi == QLatin1String("posts"))
        return w.t("Posts", "Posting");
    if (kpi == QLatin1String("views"))
        return w.t("Views", "Tayangan");
    if (kpi == QLatin1String("engagement_rate"))
        return w.t("Engagement rate", "Tingkat engagement");
    if (kpi == QLatin1String("new_followers"))
        return w.t("New followers", "Pengikut baru");
    if (kpi == QLatin1String("link_clicks"))
        return w.t("Link clicks", "Klik tautan");
    if (kpi == QLatin1String("revenue"))
        return w.t("Revenue", "Pendapatan");
    return kpi;
}

// Where the campaign stands on the report's day, so mid-campaign figures are read as such.
QString progress(const CampaignReport &r, const Writer &w)
{
    const CampaignInput &c = r.campaign;
    if (r.asOf < c.start)
        return w.t("Not started yet: starts on %1.", "Belum dimulai: mulai %1.").arg(w.day(c.start));
    if (c.end.isValid() && r.asOf > c.end)
        return w.t("Ended on %1.", "Selesai pada %1.").arg(w.day(c.end));
    const qint64 day = c.start.daysTo(r.asOf) + 1;
    if (!c.end.isValid())
        return w.t("Running: day %1.", "Berjalan: hari ke-%1.").arg(w.count(day));
    return w
        .t("Running: day %1 of %2, so figures are still growing.",
           "Berjalan: hari ke-%1 dari %2, jadi angka masih bertambah.")
        .arg(w.count(day), w.count(c.start.daysTo(c.end) + 1));
}

QString cover(const CampaignReport &r, const Writer &w, const QString &preparedBy)
{
    const CampaignInput &c = r.campaign;
    const QString dates = c.end.isValid() ? w.t("%1 to %2", "%1 s.d. %2").arg(w.day(c.start), w.day(c.end))
                                          : w.t("from %1", "sejak %1").arg(w.day(c.start));
    QStringList platforms;
    for (Platform p : c.platforms)
        platforms << platformDisplayName(p);
    QString html =
        QStringLiteral("<p style='color:#2F6FEB; font-size:11pt; margin-bottom:0'>%1</p>"
                       "<h1 style='font-size:22pt; margin-top:2px; margin-bottom:2px'>%2</h1>"
                       "<p style='font-size:11pt; margin-top:0'>%3 &nbsp;·&nbsp; %4%5</p>"
                       "<p style='color:#59636E; margin-top:2px'>%6%7<br>%8</p>")
            .arg(esc(w.t("Campaign report", "Laporan kampanye")), esc(c.name), esc(c.brand), esc(dates),
                 platforms.isEmpty() ? QString() : QStringLiteral(" &nbsp;·&nbsp; ") + esc(platforms.join(u", ")),
                 esc(w.t("Figures as of %1", "Angka per %1").arg(w.day(r.asOf))),
                 preparedBy.trimmed().isEmpty()
                     ? QString()
                     : esc(w.t(" · prepared by %1", " · disusun oleh %1").arg(preparedBy.trimmed())),
                 esc(progress(r, w)));
    return html + QStringLiteral("<hr>");
}

// The results at a glance: four figures to a row, caption over value.
QString glance(const CampaignReport &r, const Writer &w)
{
    const CampaignKpis &k = r.kpis;
    const QList<std::pair<QString, QString>> tiles = {
        {w.t("Posts", "Posting"), w.count(k.totals.posts)},
        {w.t("Views", "Tayangan"), w.count(k.totals.views)},
        {w.t("Engagement", "Engagement"), w.count(k.totals.engagement())},
        {w.t("Engagement rate", "Tingkat engagement"), w.pct(k.totals.rateByFollowers(), 2)},
        {w.t("Follower growth", "Pertumbuhan pengikut"), w.pct(k.growth.percent())},
        {w.t("Cost", "Biaya"), w.money(k.cost.minor())},
        {w.t("CPE", "CPE"), w.ratio(k.cpe)},
        {w.t("CPM", "CPM"), w.ratio(k.cpm)},
        {w.t("CPV", "CPV"), w.ratio(k.cpv)},
        {w.t("Cost per new follower", "Biaya per pengikut baru"), w.ratio(k.costPerNewFollower)},
        {w.t("ROI", "ROI"), w.pct(k.roiPercent)},
        {w.t("Paid so far", "Sudah dibayar"), w.money(r.paid)},
    };
    QString rows;
    for (int i = 0; i < tiles.size(); i += 4) {
        rows += QStringLiteral("<tr>");
        for (int j = i; j < i + 4 && j < tiles.size(); ++j)
            rows += QStringLiteral("<td width='25%' style='padding:6px 8px; background-color:#F6F8FA'>"
                                   "<span style='color:#59636E; font-size:8pt'>%1</span><br>"
                                   "<span style='font-size:13pt; font-weight:bold'>%2</span></td>")
                        .arg(esc(tiles[j].first), esc(tiles[j].second));
        rows += QStringLiteral("</tr>");
    }
    QString html = heading(w.t("Results at a glance", "Ringkasan hasil")) +
                   QStringLiteral("<table width='100%' cellspacing='4'>%1</table>").arg(rows);
    // The cost is what was agreed with the creators taking part, which mid-campaign is more than
    // what their posts so far earned: say so rather than let a high CPE mislead.
    html += note(w.t("Cost is what was agreed with the creators taking part (fees, products, commission, points), "
                     "not only what was paid. A ratio without a denominator is shown as —.",
                     "Biaya adalah yang disepakati dengan kreator yang ikut (honor, produk, komisi, poin), bukan "
                     "hanya yang sudah dibayar. Rasio tanpa pembagi ditulis —."));
    return html;
}

QString targets(const CampaignReport &r, const Writer &w)
{
    if (r.kpis.progress.isEmpty())
        return heading(w.t("Against targets", "Pencapaian target")) +
               note(w.t("No targets were set for this campaign.", "Kampanye ini tidak memiliki target."));
    QList<QStringList> rows;
    for (const KpiProgress &p : r.kpis.progress) {
        const bool rate = p.kpi == QLatin1String("engagement_rate");
        const bool revenue = p.kpi == QLatin1String("revenue");
        const QString target = rate ? percent(p.target, w.l) : revenue ? w.money(p.target) : w.count(p.target);
        QString achieved = none;
        if (p.achieved)
            achieved = rate      ? w.pct(p.achieved, 2)
                       : revenue ? w.money(qint64(*p.achieved))
                                 : w.count(qint64(*p.achieved));
        QString status = none;
        if (auto share = p.percent())
            status = *share >= 100 ? QStringLiteral("<span style='color:#1A7F37'>%1 ✓</span>").arg(w.pct(share))
                                   : QStringLiteral("<span style='color:#9A6700'>%1</span>").arg(w.pct(share));
        rows << QStringList{esc(kpiName(p.kpi, w)), esc(target), esc(achieved), status};
    }
    return heading(w.t("Against targets", "Pencapaian target")) +
           table({w.t("Measure", "Indikator"), w.t("Target", "Target"), w.t("Achieved", "Realisasi"),
                  w.t("Of target", "Capaian")},
                 rows, {1, 2, 3}, {34, 22, 22, 22});
}

QString charts(const CampaignReport &r, const Writer &w, const QStringList &given)
{
    if (!r.hasNumbers())
        return heading(w.t("Charts", "Grafik")) +
               note(w.t("No post has numbers as of %1 yet, so there is nothing to chart: the charts appear once the "
                        "first post's numbers are entered or imported.",
                        "Belum ada posting dengan angka per %1, jadi belum ada grafik: grafik muncul setelah angka "
                        "posting pertama dimasukkan atau diimpor.")
                        .arg(w.day(r.asOf)));
    // Each chart carries its title (reportChartTitles): a heading here could be left at the foot
    // of a page with its chart on the next.
    QString html;
    for (const QString &name : {reportEngagementChart, reportFollowersChart, reportTargetsChart})
        if (given.contains(name))
            html += QStringLiteral("<p style='margin-top:12px'><img src='%1' width='493' height='220'></p>")
                        .arg(pictureSource(name));
    return html;
}

QString creators(const CampaignReport &r, const Writer &w)
{
    if (r.creators.isEmpty())
        return heading(w.t("Creators", "Kreator")) +
               note(w.t("No creator takes part in this campaign yet.", "Belum ada kreator yang ikut kampanye ini."));
    QList<QStringList> rows;
    for (const ReportCreator &c : r.creators) {
        const CreatorKpis &k = c.kpis;
        QStringList platforms;
        for (Platform p : c.platforms)
            platforms << platformDisplayName(p);
        QString rate = esc(w.pct(k.totals.rateByFollowers(), 2));
        if (c.band)
            rate += QStringLiteral("<br><span style='color:#59636E'>%1</span>")
                        .arg(esc(w.t("band %1–%2", "kisaran %1–%2")
                                     .arg(percent(*c.band->lowBp, w.l), percent(*c.band->highBp, w.l))));
        const FollowerGrowth &g = k.growth;
        const QString growth =
            g.before > 0 || g.after > 0
                ? esc(QStringLiteral("%1 → %2").arg(w.count(g.before), w.count(g.after))) +
                      QStringLiteral("<br><span style='color:#59636E'>%1</span>").arg(esc(w.pct(g.percent())))
                : none;
        rows << QStringList{QStringLiteral("<b>%1</b><br><span style='color:#59636E'>%2</span>")
                                .arg(esc(k.name), esc(platforms.join(u", "))),
                            esc(w.count(k.totals.posts)),
                            esc(w.count(k.totals.engagement())),
                            rate,
                            growth,
                            esc(w.money(k.cost.minor())),
                            esc(w.ratio(c.cpe)),
                            esc(w.ratio(c.cpm))};
    }
    return heading(w.t("Creators", "Kreator")) +
           QStringLiteral("<div style='font-size:7.5pt'>%1</div>")
               .arg(table({w.t("Creator", "Kreator"), w.t("Posts", "Posting"), w.t("Engagement", "Engagement"),
                           w.t("Rate", "Tingkat"), w.t("Followers", "Pengikut"), w.t("Cost", "Biaya"),
                           w.t("CPE", "CPE"), w.t("CPM", "CPM")},
                          rows, {1, 2, 3, 4, 5, 6, 7}, {17, 7, 10, 11, 19, 13, 12, 11}));
}

QString ruleName(const QString &rule, const Writer &w)
{
    if (rule == QLatin1String("hashtags"))
        return w.t("Hashtags", "Tagar");
    if (rule == QLatin1String("mentions"))
        return w.t("Mentions", "Mention");
    if (rule == QLatin1String("disclosure"))
        return w.t("Disclosure", "Penanda iklan");
    if (rule == QLatin1String("window"))
        return w.t("Posting window", "Jadwal unggah");
    if (rule == QLatin1String("platform"))
        return w.t("Platform", "Platform");
    return rule;
}

// What a deliverable misses of a rule, in the document's language (the check's own detail is in
// the app's).
QString missed(const ComplianceRule &rule, const DeliverableCompliance &d, const Writer &w)
{
    const QChar sigil = rule.rule == QLatin1String("mentions") ? QLatin1Char('@') : QLatin1Char('#');
    QStringList tags;
    for (const QString &t : rule.tags)
        tags << sigil + t;
    const QString list = tags.join(QStringLiteral(", "));
    if (rule.rule == QLatin1String("disclosure"))
        return w.t("add one of %1", "tambahkan salah satu dari %1").arg(list);
    if (rule.rule == QLatin1String("window"))
        return w.t("posted %1, outside the posting window", "diunggah %1, di luar jadwal unggah")
            .arg(w.shortDay(d.postedAt));
    if (rule.rule == QLatin1String("platform"))
        return w.t("%1 is not one of the campaign's platforms", "%1 bukan platform kampanye ini")
            .arg(platformDisplayName(wordFrom<Platform>(d.platform).value_or(Platform::Instagram)));
    return tags.isEmpty() ? w.t("no caption recorded to check", "caption belum dicatat")
                          : w.t("missing %1", "belum ada %1").arg(list);
}

QString compliance(const CampaignReport &r, const Writer &w)
{
    if (r.compliance.isEmpty())
        return heading(w.t("Brief compliance", "Kepatuhan brief")) +
               note(w.t("No deliverable has a caption or a posting date yet.",
                        "Belum ada konten dengan caption atau tanggal unggah."));
    QList<QStringList> rows;
    int passed = 0;
    for (const DeliverableCompliance &d : r.compliance) {
        // A deliverable that follows the brief takes one line; one that does not lists what it misses.
        QStringList misses;
        for (const ComplianceRule &rule : d.rules) {
            if (rule.pass)
                continue;
            misses << esc(QStringLiteral("✗ ") + ruleName(rule.rule, w) + QStringLiteral(": ") + missed(rule, d, w));
        }
        const QString checks =
            misses.isEmpty()
                ? QStringLiteral("<span style='color:#1A7F37'>%1</span>")
                      .arg(esc(w.t("✓ follows the brief (%1 checks)", "✓ sesuai brief (%1 pemeriksaan)")
                                   .arg(d.rules.size())))
                : QStringLiteral("<span style='color:#CF222E'>%1</span>").arg(misses.join(QStringLiteral("<br>")));
        passed += d.pass() ? 1 : 0;
        rows << QStringList{esc(d.creator), esc(d.title), esc(w.shortDay(d.postedAt)), checks};
    }
    return heading(w.t("Brief compliance", "Kepatuhan brief")) +
           note(w.t("%1 of %2 deliverables follow the brief.", "%1 dari %2 konten sesuai brief.")
                    .arg(w.count(passed), w.count(r.compliance.size()))) +
           QStringLiteral("<div style='font-size:7.5pt'>%1</div>")
               .arg(table({w.t("Creator", "Kreator"), w.t("Deliverable", "Konten"), w.t("Posted", "Diunggah"),
                           w.t("Checks", "Pemeriksaan")},
                          rows, {}, {22, 24, 16, 38}));
}

QString shortUrl(const QString &url)
{
    const QUrl u(url);
    // The query stays: a YouTube video is "watch?v=…", and "youtube.com/watch" alone leads nowhere.
    QString text = u.isValid() && !u.host().isEmpty()
                       ? u.host() + u.path() + (u.hasQuery() ? QLatin1Char('?') + u.query() : QString())
                       : url;
    if (text.startsWith(QLatin1String("www.")))
        text.remove(0, 4);
    return text.size() > 42 ? text.left(41) + QStringLiteral("…") : text;
}

QString topPosts(const CampaignReport &r, const Writer &w)
{
    if (r.topPosts.isEmpty())
        return {};
    QList<QStringList> rows;
    int rank = 0;
    for (const ReportPost &p : r.topPosts)
        rows << QStringList{esc(QString::number(++rank)),
                            QStringLiteral("<b>%1</b><br><span style='color:#59636E'>%2</span>")
                                .arg(esc(p.creator), esc(shortUrl(p.url))),
                            esc(platformDisplayName(p.platform)),
                            esc(w.shortDay(p.postedAt)),
                            esc(w.count(p.engagement)),
                            esc(w.count(p.views)),
                            esc(w.pct(p.ratePercent(), 2))};
    return heading(w.t("Top posts by engagement", "Posting teratas menurut engagement")) +
           QStringLiteral("<div style='font-size:7.5pt'>%1</div>")
               .arg(table({QStringLiteral("#"), w.t("Creator and post", "Kreator dan posting"),
                           w.t("Platform", "Platform"), w.t("Posted", "Diunggah"), w.t("Engagement", "Engagement"),
                           w.t("Views", "Tayangan"), w.t("Rate", "Tingkat")},
                          rows, {0, 4, 5, 6}, {4, 38, 12, 14, 12, 10, 10}));
}

QString appendix(const Writer &w)
{
    const QList<std::pair<QString, QString>> formulas = {
        {w.t("Engagement", "Engagement"),
         w.t("likes + comments + shares + saves, from each post's latest numbers on or before the report date "
             "(several snapshots of one post are never added together).",
             "suka + komentar + dibagikan + disimpan, dari angka terbaru tiap posting sampai tanggal laporan (beberapa "
             "catatan angka satu posting tidak pernah dijumlahkan).")},
        {w.t("Engagement rate", "Tingkat engagement"),
         w.t("engagement / followers at posting time × 100; a post without a follower count at posting time is "
             "left out.",
             "engagement / jumlah pengikut saat posting × 100; posting tanpa jumlah pengikut saat posting tidak "
             "dihitung.")},
        {w.t("Follower growth", "Pertumbuhan pengikut"),
         w.t("(followers after − followers before) / followers before × 100; before is the count at the campaign's "
             "start, after the count at its end or the report date, whichever is earlier.",
             "(pengikut akhir − pengikut awal) / pengikut awal × 100; awal adalah jumlah saat kampanye mulai, akhir "
             "jumlah saat kampanye selesai atau pada tanggal laporan, mana yang lebih dulu.")},
        {w.t("Cost", "Biaya"),
         w.t("fee + product value + commission (rate × revenue of the creator's posts) + points × point value, for "
             "each creator taking part.",
             "honor + nilai produk + komisi (persentase × pendapatan dari posting kreator) + poin × nilai poin, untuk "
             "tiap kreator yang ikut.")},
        {w.t("CPE (cost per engagement)", "CPE (biaya per engagement)"),
         w.t("cost / engagement.", "biaya / engagement.")},
        {w.t("CPM (cost per thousand impressions)", "CPM (biaya per seribu impresi)"),
         w.t("cost / impressions × 1,000.", "biaya / impresi × 1.000.")},
        {w.t("CPV (cost per view)", "CPV (biaya per tayangan)"), w.t("cost / views.", "biaya / tayangan.")},
        {w.t("Cost per new follower", "Biaya per pengikut baru"),
         w.t("cost / (followers after − followers before); no value when followers did not grow.",
             "biaya / (pengikut akhir − pengikut awal); tidak ada nilai bila pengikut tidak bertambah.")},
        {w.t("ROI", "ROI"),
         w.t("(revenue − cost) / cost × 100; no value when no post has a revenue figure.",
             "(pendapatan − biaya) / biaya × 100; tidak ada nilai bila tidak ada posting dengan angka pendapatan.")},
        {w.t("Of target", "Capaian"), w.t("achieved / target × 100.", "realisasi / target × 100.")},
        {w.t("Band", "Kisaran"),
         w.t("the engagement rate normal for the platform, from the workspace's settings (Instagram 3%–6% by "
             "default), shown beside a creator whose posts are all on that platform.",
             "tingkat engagement yang wajar untuk platform itu, dari pengaturan workspace (Instagram 3%–6% secara "
             "bawaan), ditampilkan di samping kreator yang semua postingnya di platform itu.")},
    };
    QString rows;
    for (const auto &[name, formula] : formulas)
        rows += QStringLiteral("<tr><td width='30%' valign='top' style='padding:3px 8px 3px 0'><b>%1</b></td>"
                               "<td valign='top' style='padding:3px 0'>%2</td></tr>")
                    .arg(esc(name), esc(formula));
    return QStringLiteral("<div style='page-break-before:always'></div>") +
           heading(w.t("Appendix: how each figure is calculated", "Lampiran: cara menghitung tiap angka")) +
           note(w.t("Only the creators taking part count (declined or cancelled ones do not). A ratio whose "
                    "denominator is zero or missing has no value and is shown as —, never as 0.",
                    "Hanya kreator yang ikut yang dihitung (yang menolak atau dibatalkan tidak). Rasio yang pembaginya "
                    "nol atau kosong tidak memiliki nilai dan ditulis —, bukan 0.")) +
           QStringLiteral("<table width='100%' cellspacing='0'>%1</table>").arg(rows);
}

} // namespace

QString campaignReportHtml(const CampaignReport &report, ContractLanguage language, const QStringList &chartNames,
                           const QString &preparedBy)
{
    const Writer w{language, report.kpis.currency};
    return page(cover(report, w, preparedBy) + glance(report, w) + targets(report, w) + charts(report, w, chartNames) +
                creators(report, w) + compliance(report, w) + topPosts(report, w) + appendix(w));
}

QHash<QString, QString> reportChartTitles(ContractLanguage l)
{
    return {{reportEngagementChart, pick(l, "Engagement over time", "Engagement dari waktu ke waktu")},
            {reportFollowersChart, pick(l, "Followers of each creator: change since the campaign began",
                                        "Pengikut tiap kreator: perubahan sejak kampanye mulai")},
            {reportTargetsChart,
             pick(l, "Progress against targets (100% = target met)", "Pencapaian terhadap target (100% = tercapai)")}};
}

Result<int> writeCampaignReportPdf(const CampaignReport &report, ContractLanguage language,
                                   const QHash<QString, QPicture> &charts, const QString &preparedBy,
                                   const QString &path)
{
    QStringList given;
    for (auto it = charts.cbegin(); it != charts.cend(); ++it)
        if (!it.value().boundingRect().isEmpty())
            given << it.key();
    const QString title = pick(language, "Campaign report: %1", "Laporan kampanye: %1").arg(report.campaign.name);
    return writeHtmlPdf(campaignReportHtml(report, language, given, preparedBy), title, path, pageFooter(language),
                        charts);
}

} // namespace cd
