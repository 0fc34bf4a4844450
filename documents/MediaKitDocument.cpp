#include "MediaKitDocument.h"

#include "InvoiceDocument.h"
#include "PdfOutput.h"
#include "analytics/MediaKit.h"
#include "common/Countries.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace cd {

using namespace moneydoc;

namespace {

// How much of each list the page shows: lists longer than these are cut (the rest summed or
// counted), so the kit stays on one page whatever the creator has. writeMediaKitPdf steps down
// through these until the page holds everything.
struct Limits
{
    int collaborations, rates, ages, genders, countries;
    int chartHeight; // points; the chart keeps its proportions, so a lower one is narrower too
};
constexpr Limits Roomy{MediaKitCollaborations, 8, 7, 4, 5, 140};
// One thing at a time, so a kit that only just overflows loses little.
constexpr Limits Tighter[] = {
    {5, 6, 7, 4, 5, 125}, {4, 6, 6, 3, 4, 120}, {4, 5, 5, 3, 4, 110}, {3, 4, 4, 3, 3, 100}, {2, 3, 3, 2, 2, 90}};
// The chart's place on the page, in points (the page's text is 493 points wide).
constexpr int ChartWidth = 493, ChartHeight = Roomy.chartHeight;
// A follower count older than this before the kit's date is dated in the table.
constexpr int StaleDays = 30;
const QString ChartName = QStringLiteral("followers");

const char *const Secondary = "#59636E";
const char *const Accent = "#2F6FEB";
const char *const Raised = "#F6F8FA";

QLocale localeOf(ContractLanguage l)
{
    return l == ContractLanguage::Id ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                     : QLocale(QLocale::English, QLocale::UnitedStates);
}

// 12,500 / 12.500: a full figure, for tables.
QString number(qint64 n, ContractLanguage l)
{
    return localeOf(l).toString(n);
}

// 48.2K / 48,2 rb, 1.2M / 1,2 jt: a figure abbreviated for the tiles (design.md), one decimal at most.
QString compact(qint64 n, ContractLanguage l)
{
    struct Step
    {
        double size;
        const char *english, *indonesian;
    };
    static const Step steps[] = {{1e9, "B", " M"}, {1e6, "M", " jt"}, {1e3, "K", " rb"}};
    const QLocale locale = localeOf(l);
    for (const Step &step : steps)
        if (double(n) >= step.size) {
            // Rounded down to the decimal, so 999,960 reads 999.9K rather than a misleading 1,000K.
            QString text = locale.toString(std::floor(double(n) / step.size * 10) / 10, 'f', 1);
            const QString zero = QString(locale.decimalPoint()) + QLatin1Char('0');
            if (text.endsWith(zero))
                text.chop(zero.size());
            return text + QLatin1String(l == ContractLanguage::Id ? step.indonesian : step.english);
        }
    return number(n, l);
}

// 5.3% / 5,3%: one decimal at most, as the app shows percentages.
QString rate(double percentValue, ContractLanguage l)
{
    return percent(qRound64(percentValue * 10) * 10, l);
}

// +20% / −3.5%: growth with its sign.
QString growth(double percentValue, ContractLanguage l)
{
    const qint64 tenths = qRound64(percentValue * 10);
    const QString sign = tenths > 0 ? QStringLiteral("+") : tenths < 0 ? QStringLiteral("\u2212") : QString();
    return sign + percent(std::abs(tenths) * 10, l);
}

const QString Dash = QStringLiteral("\u2014");

// "30 Sep 2026" / "30 Sep 2026" ("12 Agu 2026"): the tables' short dates (design.md).
QString shortDate(const QDate &d, ContractLanguage l)
{
    return localeOf(l).toString(d, QStringLiteral("d MMM yyyy"));
}

// "30 Sep – 13 Nov 2026", the year said once when both ends share it.
QString dateRange(const QDate &from, const QDate &to, ContractLanguage l)
{
    const QString first =
        from.year() == to.year() ? localeOf(l).toString(from, QStringLiteral("d MMM")) : shortDate(from, l);
    return first + QStringLiteral(" \u2013 ") + shortDate(to, l);
}

QString platformName(Platform p, ContractLanguage l)
{
    switch (p) {
    case Platform::TikTok:
        return QStringLiteral("TikTok");
    case Platform::Instagram:
        return QStringLiteral("Instagram");
    case Platform::YouTube:
        return QStringLiteral("YouTube");
    case Platform::Facebook:
        return QStringLiteral("Facebook");
    case Platform::X:
        return QStringLiteral("X");
    case Platform::Blog:
        break;
    }
    return pick(l, "Blog", "Blog");
}

QString formatName(DeliverableFormat f, ContractLanguage l)
{
    switch (f) {
    case DeliverableFormat::Video:
        return pick(l, "Video", "Video");
    case DeliverableFormat::Reel:
        return pick(l, "Reel", "Reels");
    case DeliverableFormat::Story:
        return pick(l, "Story", "Story");
    case DeliverableFormat::Post:
        return pick(l, "Feed post", "Postingan feed");
    case DeliverableFormat::Short:
        return pick(l, "Short", "Shorts");
    case DeliverableFormat::Live:
        return pick(l, "Live", "Siaran langsung");
    case DeliverableFormat::BlogPost:
        break;
    }
    return pick(l, "Blog post", "Artikel blog");
}

QString tierName(Tier t, ContractLanguage l)
{
    switch (t) {
    case Tier::Nano:
        return pick(l, "Nano", "Nano");
    case Tier::Micro:
        return pick(l, "Micro", "Mikro");
    case Tier::Macro:
        return pick(l, "Macro", "Makro");
    case Tier::Mega:
        break;
    }
    return pick(l, "Mega", "Mega");
}

QString handleText(const MediaKitAccount &a)
{
    // Social handles are written with their '@'; a blog's is its address.
    return a.platform == Platform::Blog || a.handle.isEmpty() ? a.handle : QLatin1Char('@') + a.handle;
}

QString genderName(const QString &bucket, ContractLanguage l)
{
    const QString g = bucket.toLower();
    if (g == QLatin1String("female"))
        return pick(l, "Female", "Perempuan");
    if (g == QLatin1String("male"))
        return pick(l, "Male", "Laki-laki");
    if (g == QLatin1String("other"))
        return pick(l, "Other", "Lainnya");
    return bucket;
}

QString ageName(const QString &bucket)
{
    QString band = bucket;
    return band.replace(QLatin1Char('-'), QStringLiteral("\u2013"));
}

QString small(const QString &html)
{
    return QStringLiteral("<span style='font-size:7pt; color:%1'>%2</span>").arg(QLatin1String(Secondary), html);
}

QString heading(const QString &text, int topMargin = 12)
{
    return QStringLiteral("<p style='margin-top:%1px; margin-bottom:4px; font-size:10pt; font-weight:bold; "
                          "color:%2'>%3</p>")
        .arg(topMargin)
        .arg(QLatin1String(Accent), esc(text));
}

// A quiet line saying what is missing and why.
QString emptyLine(const QString &text)
{
    return QStringLiteral("<p style='margin-top:2px; color:%1'>%2</p>").arg(QLatin1String(Secondary), esc(text));
}

QString head(const QString &text, const char *align = "left", const QString &width = {})
{
    // Headings never wrap by themselves: a long one says where it breaks with a '\n'.
    return QStringLiteral("<th align='%1' valign='bottom'%2 style='%3; white-space:nowrap'>%4</th>")
        .arg(QLatin1String(align), width.isEmpty() ? QString() : QStringLiteral(" width='%1'").arg(width),
             QLatin1String(headCell), esc(text));
}

QString cell(const QString &html, const char *align = "left")
{
    return QStringLiteral("<td valign='top' align='%1' style='%2%3'>%4</td>")
        .arg(QLatin1String(align), QLatin1String(bodyCell),
             qstrcmp(align, "right") == 0 ? QStringLiteral("; white-space:nowrap") : QString(), html);
}

QString baselineText(const EngagementBaseline &b, ContractLanguage l)
{
    if (b.lowBp && b.highBp)
        return percent(*b.lowBp, l) + QStringLiteral("\u2013") + percent(*b.highBp, l);
    if (b.lowBp)
        return pick(l, "from %1", "dari %1").arg(percent(*b.lowBp, l));
    if (b.highBp)
        return pick(l, "up to %1", "hingga %1").arg(percent(*b.highBp, l));
    return {};
}

// "2 posts · 1 left out": what a 90-day rate stands on.
QString postsNote(int posts, int leftOut, ContractLanguage l)
{
    QString text =
        posts == 1 ? pick(l, "1 post", "1 unggahan") : pick(l, "%1 posts", "%1 unggahan").arg(number(posts, l));
    if (leftOut > 0)
        text += QStringLiteral(" \u00b7 ") +
                pick(l, "%1 without a follower count", "%1 tanpa data pengikut").arg(number(leftOut, l));
    return text;
}

QString header(const MediaKit &kit, ContractLanguage l)
{
    QStringList about;
    if (!kit.niche.isEmpty())
        about << kit.niche;
    about << kit.tags;
    if (!kit.country.isEmpty())
        about << countryName(kit.country, l);
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                          "<td valign='bottom'><span style='font-size:20pt; font-weight:bold'>%1</span><br>"
                          "<span style='color:%2'>%3</span></td>"
                          "<td valign='bottom' align='right' style='white-space:nowrap; padding-left:12px'>"
                          "<span style='font-size:14pt; color:%4'>%5</span><br>"
                          "<span style='color:%2'>%6</span></td></tr></table>"
                          "<hr style='margin-top:4px'>")
        .arg(esc(kit.name), QLatin1String(Secondary), esc(about.join(QStringLiteral(" \u00b7 "))),
             QLatin1String(Accent), esc(pick(l, "Media kit", "Media kit")),
             esc(pick(l, "as of %1", "per %1").arg(date(kit.asOf, l))));
}

QString tiles(const MediaKit &kit, ContractLanguage l)
{
    const auto tile = [](const QString &caption, const QString &value, const QString &note) {
        return QStringLiteral("<td width='25%' bgcolor='%1' style='padding:6px 8px'>"
                              "<span style='color:%2'>%3</span><br>"
                              "<span style='font-size:15pt; font-weight:bold'>%4</span><br>%5</td>")
            .arg(QLatin1String(Raised), QLatin1String(Secondary), esc(caption), esc(value), small(esc(note)));
    };
    int counted = 0;
    for (const MediaKitAccount &a : kit.accounts)
        counted += a.followers ? 1 : 0;
    const auto total = kit.totalFollowers();
    const auto tier = kit.tier();
    const auto engagement = kit.engagement.byFollowers.percent();
    const auto grown = kit.growthPercent();
    QString row;
    row += tile(pick(l, "Followers", "Pengikut"), total ? compact(*total, l) : Dash,
                total ? (counted == 1 ? pick(l, "on 1 platform", "di 1 platform")
                                      : pick(l, "on %1 platforms", "di %1 platform").arg(counted))
                      : pick(l, "no counts yet", "belum ada data"));
    row += tile(pick(l, "Tier", "Tier"), tier ? tierName(*tier, l) : Dash,
                tier ? pick(l, "by the largest platform", "menurut platform terbesar")
                     : pick(l, "no counts yet", "belum ada data"));
    row += tile(pick(l, "Engagement rate", "Tingkat engagement"), engagement ? rate(*engagement, l) : Dash,
                kit.engagement.posts > 0
                    ? pick(l, "%1, last 90 days", "%1, 90 hari terakhir").arg(postsNote(kit.engagement.posts, 0, l))
                    : pick(l, "no posts in the last 90 days", "tidak ada unggahan 90 hari terakhir"));
    row += tile(pick(l, "Follower growth", "Pertumbuhan pengikut"), grown ? growth(*grown, l) : Dash,
                grown ? pick(l, "since %1", "sejak %1").arg(date(kit.asOf.addDays(-MediaKitDays), l))
                      : pick(l, "no count from 90 days ago", "tidak ada data 90 hari lalu"));
    return QStringLiteral("<table width='100%' cellspacing='4' cellpadding='0' style='margin-top:6px'><tr>%1</tr>"
                          "</table>")
        .arg(row);
}

QString platforms(const MediaKit &kit, ContractLanguage l)
{
    QString html = heading(pick(l, "Platforms", "Platform"));
    if (kit.accounts.isEmpty())
        return html + emptyLine(pick(l, "No platform accounts recorded yet.", "Belum ada akun platform tercatat."));
    // Short headings, so none wraps where it likes.
    QString table = QStringLiteral("<thead><tr>") +
                    head(pick(l, "Platform", "Platform"), "left", QStringLiteral("13%")) +
                    head(pick(l, "Account", "Akun"), "left", QStringLiteral("24%")) +
                    head(pick(l, "Followers", "Pengikut"), "right", QStringLiteral("14%")) +
                    head(pick(l, "Tier", "Tier"), "left", QStringLiteral("10%")) +
                    head(pick(l, "Eng. rate\n90 days", "Tingkat eng.\n90 hari"), "right", QStringLiteral("15%")) +
                    head(pick(l, "Typical\nrate", "Kisaran\nwajar"), "right", QStringLiteral("12%")) +
                    head(pick(l, "Growth\n90 days", "Pertumbuhan\n90 hari"), "right", QStringLiteral("12%")) +
                    QStringLiteral("</tr></thead>");
    for (const MediaKitAccount &a : kit.accounts) {
        const auto engagement = a.engagement.byFollowers.percent();
        const auto grown = a.growthPercent();
        // What the rate stands on; a platform without posts just has none.
        QString engagementCell = engagement ? QStringLiteral("<b>%1</b>").arg(esc(rate(*engagement, l))) : Dash;
        if (a.engagement.posts > 0)
            engagementCell +=
                QStringLiteral("<br>") + small(esc(postsNote(a.engagement.posts, a.engagement.byFollowers.leftOut, l)));
        const QString baseline = baselineText(a.baseline, l);
        // An old count is dated, so nobody takes it for today's.
        const auto stale = [&](const QDate &on) {
            return on.daysTo(kit.asOf) > StaleDays
                       ? QStringLiteral("<br>") + small(esc(pick(l, "on %1", "per %1").arg(shortDate(on, l))))
                       : QString();
        };
        table += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(platformName(a.platform, l)))) +
                 cell(esc(handleText(a))) +
                 cell(a.followers ? esc(number(*a.followers, l)) + stale(a.followersOn) : Dash, "right") +
                 cell(a.tier ? esc(tierName(*a.tier, l)) : Dash) + cell(engagementCell, "right") +
                 cell(baseline.isEmpty() ? Dash : esc(baseline), "right") +
                 cell(grown ? esc(growth(*grown, l)) : Dash, "right") + QStringLiteral("</tr>");
    }
    return html +
           QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>%1</table>").arg(table);
}

QString chart(ContractLanguage l, bool withChart, const Limits &limits)
{
    if (withChart)
        return QStringLiteral("<p style='margin-top:10px' align='center'><img src='%1' width='%2' height='%3'></p>")
            .arg(pictureSource(ChartName))
            .arg(ChartWidth * limits.chartHeight / ChartHeight)
            .arg(limits.chartHeight);
    return heading(pick(l, "Followers, last 90 days", "Pengikut, 90 hari terakhir")) +
           emptyLine(pick(l, "No follower counts in the last 90 days, so there is no chart.",
                          "Belum ada data pengikut dalam 90 hari terakhir, jadi grafik tidak ditampilkan."));
}

// One audience share as a row: its name, a bar and the figure.
QString shareRow(const QString &name, int shareBp, ContractLanguage l)
{
    const int filled = std::clamp(qRound(shareBp / 100.0), 0, 100);
    QString bar = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:3px'><tr>");
    if (filled > 0)
        bar += QStringLiteral("<td width='%1%' bgcolor='%2' style='font-size:4pt'>&nbsp;</td>")
                   .arg(filled)
                   .arg(QLatin1String(Accent));
    if (filled < 100)
        bar += QStringLiteral("<td width='%1%' bgcolor='#E6EBF1' style='font-size:4pt'>&nbsp;</td>").arg(100 - filled);
    bar += QStringLiteral("</tr></table>");
    return QStringLiteral("<tr><td style='padding:1px 4px 1px 0; white-space:nowrap'>%1</td>"
                          "<td width='45%' style='padding:1px 4px'>%2</td>"
                          "<td align='right' style='padding:1px 0; white-space:nowrap'>%3</td></tr>")
        .arg(esc(name), bar, esc(rate(shareBp / 100.0, l)));
}

QString audienceColumn(const QString &title, const QString &rows)
{
    return QStringLiteral("<td width='33%' valign='top' style='padding-right:12px'>"
                          "<p style='margin-bottom:2px; color:%1; font-weight:bold'>%2</p>"
                          "<table width='100%' cellspacing='0'>%3</table></td>")
        .arg(QLatin1String(Secondary), esc(title), rows);
}

QString audience(const MediaKit &kit, ContractLanguage l, const Limits &limits)
{
    // A kit goes to brands: without figures the section is left out rather than saying so.
    if (kit.ages.isEmpty() && kit.genders.isEmpty() && kit.countries.isEmpty())
        return {};
    QString html = heading(pick(l, "Audience", "Audiens"));
    // Ages and genders cut short say so (countries sum the rest instead).
    const auto more = [&](qsizetype all, int shown) {
        return all > shown
                   ? QStringLiteral("<tr><td colspan='3'>%1</td></tr>")
                         .arg(small(esc(pick(l, "%1 more not shown", "%1 lainnya tidak ditampilkan").arg(all - shown))))
                   : QString();
    };
    const QString none = QStringLiteral("<tr><td style='color:%1'>%2</td></tr>")
                             .arg(QLatin1String(Secondary), esc(pick(l, "not recorded", "belum tercatat")));
    QString ages, genders, countries;
    for (const AudienceShare &a : kit.ages.mid(0, limits.ages))
        ages += shareRow(ageName(a.bucket), a.shareBp, l);
    for (const AudienceShare &g : kit.genders.mid(0, limits.genders))
        genders += shareRow(genderName(g.bucket, l), g.shareBp, l);
    for (const AudienceShare &c : kit.countries.mid(0, limits.countries))
        countries += shareRow(countryName(c.bucket, l), c.shareBp, l);
    if (kit.countries.size() > limits.countries) {
        int rest = 0;
        for (const AudienceShare &c : kit.countries.mid(limits.countries))
            rest += c.shareBp;
        countries += shareRow(pick(l, "Other countries", "Negara lain"), rest, l);
    }
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>%1%2%3</tr></table>")
                .arg(audienceColumn(pick(l, "Age", "Usia"),
                                    ages.isEmpty() ? none : ages + more(kit.ages.size(), limits.ages)),
                     audienceColumn(pick(l, "Gender", "Jenis kelamin"),
                                    genders.isEmpty() ? none : genders + more(kit.genders.size(), limits.genders)),
                     audienceColumn(pick(l, "Country", "Negara"), countries.isEmpty() ? none : countries));
    if (kit.audienceAsOf.isValid())
        html += QStringLiteral("<p style='margin-top:2px'>%1</p>")
                    .arg(small(esc(pick(l, "Across all platforms, as of %1.", "Gabungan semua platform, per %1.")
                                       .arg(shortDate(kit.audienceAsOf, l)))));
    return html;
}

QString collaborations(const MediaKit &kit, ContractLanguage l, const Limits &limits)
{
    QString html = heading(pick(l, "Latest collaborations", "Kolaborasi terakhir"));
    if (kit.collaborations.isEmpty())
        return html + emptyLine(pick(l, "No campaigns recorded yet.", "Belum ada kampanye tercatat."));
    QString table = QStringLiteral("<thead><tr>") + head(pick(l, "Campaign", "Kampanye")) +
                    head(pick(l, "Posts", "Unggahan"), "right") + head(pick(l, "Engagement", "Engagement"), "right") +
                    head(pick(l, "Eng.\nrate", "Tingkat\neng."), "right") + QStringLiteral("</tr></thead>");
    for (const MediaKitCollaboration &c : kit.collaborations.mid(0, limits.collaborations)) {
        const QString dates =
            c.end.isValid() ? dateRange(c.start, c.end, l) : pick(l, "from %1", "mulai %1").arg(shortDate(c.start, l));
        const auto engagement = c.results.rateByFollowers();
        const bool posted = c.results.posts > 0;
        table += QStringLiteral("<tr>") +
                 cell(QStringLiteral("<b>%1</b><br>%2")
                          .arg(esc(c.campaign), small(esc(c.brand + QStringLiteral(" \u00b7 ") + dates)))) +
                 cell(posted ? esc(number(c.results.posts, l)) : Dash, "right") +
                 cell(posted ? esc(number(c.results.engagement(), l)) : Dash, "right") +
                 cell(engagement ? esc(rate(*engagement, l)) : Dash, "right") + QStringLiteral("</tr>");
    }
    return html +
           QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>%1</table>").arg(table);
}

QString rateCard(const MediaKit &kit, ContractLanguage l, const Limits &limits)
{
    QString html = heading(pick(l, "Rate card", "Daftar harga"));
    if (kit.rates.isEmpty())
        return html + emptyLine(pick(l, "Rates on request.", "Harga tersedia atas permintaan."));
    QString table = QStringLiteral("<thead><tr>") + head(pick(l, "Content", "Konten")) +
                    head(pick(l, "Price", "Harga"), "right") + QStringLiteral("</tr></thead>");
    for (const RateCardEntry &r : kit.rates.mid(0, limits.rates)) {
        QString what = QStringLiteral("%1 %2").arg(esc(platformName(r.platform, l)), esc(formatName(r.format, l)));
        if (!r.notes.trimmed().isEmpty())
            what += QStringLiteral("<br>") + small(esc(r.notes.trimmed()));
        table += QStringLiteral("<tr>") + cell(what) +
                 cell(esc(amount(r.amount.minor(), r.amount.currency(), l)), "right") + QStringLiteral("</tr>");
    }
    html +=
        QStringLiteral("<table width='100%' cellspacing='0' style='border-collapse:collapse'>%1</table>").arg(table);
    const qsizetype more = kit.rates.size() - limits.rates;
    html += QStringLiteral("<p style='margin-top:2px'>%1</p>")
                .arg(small(esc(more > 0 ? pick(l, "Per piece of content; %1 more on request.",
                                               "Per konten; %1 lainnya tersedia atas permintaan.")
                                              .arg(more)
                                        : pick(l, "Per piece of content.", "Per konten."))));
    return html;
}

QString footnote(const MediaKit &kit, ContractLanguage l)
{
    const QString window = dateRange(kit.asOf.addDays(-(MediaKitDays - 1)), kit.asOf, l);
    return QStringLiteral("<p style='margin-top:14px'>%1</p>")
        .arg(small(esc(pick(l,
                            "Engagement rate: likes, comments, shares and saves over the followers at the time of "
                            "posting, for posts of %1 (each with its latest numbers); typical rate: the platform's "
                            "usual engagement rate. Growth: followers on %2 against 90 days earlier. Collaborations: "
                            "the creator's own posts in each campaign.",
                            "Tingkat engagement: jumlah suka, komentar, dibagikan, dan disimpan dibagi jumlah pengikut "
                            "saat konten diunggah, untuk unggahan %1 (angka terbaru tiap unggahan); kisaran wajar: "
                            "tingkat engagement yang umum di platform tersebut. Pertumbuhan: pengikut pada %2 "
                            "dibanding 90 hari sebelumnya. Kolaborasi: unggahan kreator sendiri di tiap kampanye.")
                           .arg(window, shortDate(kit.asOf, l)))));
}

} // namespace

namespace {
QString htmlWithin(const MediaKit &kit, ContractLanguage l, bool withChart, const Limits &limits)
{
    QString html =
        header(kit, l) + tiles(kit, l) + platforms(kit, l) + chart(l, withChart, limits) + audience(kit, l, limits);
    // The collaborations take the width their four columns need; the rate card sits beside them.
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:6px'><tr>"
                           "<td width='68%' valign='top' style='padding-right:14px'>%1</td>"
                           "<td width='32%' valign='top'>%2</td></tr></table>")
                .arg(collaborations(kit, l, limits), rateCard(kit, l, limits));
    html += footnote(kit, l);
    return page(html);
}
} // namespace

QString mediaKitHtml(const MediaKit &kit, ContractLanguage l, bool withChart)
{
    return htmlWithin(kit, l, withChart, Roomy);
}

Result<int> writeMediaKitPdf(const MediaKit &kit, ContractLanguage language, const QPicture &followerChart,
                             const QString &path)
{
    const bool withChart = !followerChart.isNull() && !followerChart.boundingRect().isEmpty();
    const QString title = pick(language, "Media kit: %1", "Media kit: %1").arg(kit.name);
    QHash<QString, QPicture> pictures;
    if (withChart)
        pictures.insert(ChartName, followerChart);
    // Written whole each time (QSaveFile), so a second try only replaces the first. Lists are cut
    // a step further until the kit is one page; what the page cannot hold even then runs over
    // rather than being dropped.
    auto pages = writeHtmlPdf(mediaKitHtml(kit, language, withChart), title, path, pageFooter(language), pictures);
    for (const Limits &limits : Tighter) {
        if (!pages || pages.value() <= 1)
            break;
        pages = writeHtmlPdf(htmlWithin(kit, language, withChart, limits), title, path, pageFooter(language), pictures);
    }
    return pages;
}

QList<MediaKitChartLine> mediaKitChartLines(const MediaKit &kit, ContractLanguage language)
{
    QList<MediaKitChartLine> lines;
    for (const MediaKitAccount &a : kit.accounts)
        if (!a.series.isEmpty())
            lines.append({platformName(a.platform, language), a.series});
    return lines;
}

QString mediaKitChartTitle(const MediaKit &kit, ContractLanguage language)
{
    return pick(language, "Follower growth in %, last 90 days (to %1)",
                "Pertumbuhan pengikut dalam %, 90 hari terakhir (s.d. %1)")
        .arg(date(kit.asOf, language));
}

QSizeF mediaKitChartSize()
{
    // Drawn larger than its place and scaled down (to about two thirds), so the chart's own type
    // comes out near the page's small print and its title, legend and axes leave the plot room.
    constexpr qreal width = 760;
    return QSizeF(width, width * ChartHeight / ChartWidth);
}

} // namespace cd
