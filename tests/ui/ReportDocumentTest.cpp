// The client's campaign report as a PDF in English and Bahasa Indonesia, read back with
// poppler-utils: the figures worked out by hand for the Ramadan campaign, the charts as vectors,
// the formula appendix, and a campaign without numbers.
#include "PdfText.h"
#include "TestSupport.h"

#include "ReportDocument.h"
#include "analytics/CampaignReport.h"
#include "campaigns/ReportDialog.h"
#include "charts/ReportCharts.h"
#include "services/CampaignService.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;

namespace {
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = createWorkspace(dir.path(QStringLiteral("report.collabdesk")));
    Fixture() { fillRamadanCampaign(*ws); }

    // Writes the report of `campaign` as of `asOf` in `language`; returns the PDF's path.
    QString write(const QString &campaign, const QDate &asOf, ContractLanguage language, int *pages = nullptr)
    {
        auto id = CampaignService(*ws).findByName(campaign);
        REQUIRE(id);
        auto report = campaignReport(*ws, *id, asOf);
        REQUIRE(report.ok());
        const QString path = outPath(dir, QStringLiteral("report-%1-%2.pdf").arg(campaign, wordOf(language)).toLower());
        auto written = writeCampaignReportPdf(
            report.value(), language, reportChartPictures(*ws, report.value(), reportChartTitles(language), language),
            QStringLiteral("PT Kreasi Bintang"), path);
        INFO(written.error().toStdString());
        REQUIRE(written.ok());
        if (pages)
            *pages = written.value();
        return path;
    }
};
} // namespace

TEST_CASE("the English report carries the campaign's figures, its creators, charts and formulas", "[report]")
{
    Fixture f;
    int pages = 0;
    const QString pdf = f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::En, &pages);
    CHECK(pageCount(pdf) == pages);
    CHECK(pages >= 3); // the cover and results, the charts and tables, the appendix on its own page
    const QString text = plainText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Campaign report")));
    CHECK(text.contains(QStringLiteral("Ramadan")));
    CHECK(text.contains(QStringLiteral("Teh Segar · 1 Mar 2026 to 31 Mar 2026 · TikTok, Instagram")));
    CHECK(text.contains(QStringLiteral("Figures as of 31 Mar 2026 · prepared by PT Kreasi Bintang")));
    CHECK(text.contains(QStringLiteral("Running: day 31 of 31, so figures are still growing.")));
    // The tiles, captions over figures: posts, views, engagement, rate; growth, cost, CPE, CPM.
    const QString layout = layoutText(pdf);
    INFO(layout.toStdString());
    CHECK(hasLine(layout, QStringLiteral("\\s*3\\s+65,000\\s+4,640\\s+[0-9.]+%")));        // 1,000 + 3,400 + 240
    CHECK(hasLine(layout, QStringLiteral("\\s*\\S+%\\s+Rp5.555.000\\s+Rp1.197\\s+\\S+"))); // 5,555,000 / 4,640
    CHECK(text.contains(QStringLiteral("Views 100,000 65,000 65.0%")));                    // against its target
    // A row per creator taking part (Dewi declined), with Budi's rate beside Instagram's band.
    CHECK(text.contains(QStringLiteral("Budi Instagram")));
    CHECK(hasLine(layout, QStringLiteral("Budi\\s+1\\s+240\\s+3.00%\\s+8,000 → 7,600\\s+Rp5.000\\s+Rp21\\s+Rp833")));
    CHECK(text.contains(QStringLiteral("band 3%–6%")));
    CHECK(text.contains(QStringLiteral("Rp1.261"))); // Sari's CPE: 5,550,000 / 4,400
    CHECK_FALSE(text.contains(QStringLiteral("Dewi")));
    // The top posts, most engagement first.
    CHECK(text.indexOf(QStringLiteral("3,400")) < text.indexOf(QStringLiteral("1,000 20,000")));
    // The appendix, in words.
    CHECK(text.contains(QStringLiteral("Appendix: how each figure is calculated")));
    CHECK(text.contains(QStringLiteral("CPE (cost per engagement) cost / engagement.")));
    CHECK(text.contains(QStringLiteral("CPM (cost per thousand impressions) cost / impressions × 1,000.")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // The charts are drawn as vectors (their axis text is text), not pasted in as pictures.
    CHECK(imageCount(pdf) == 0);
    CHECK(text.contains(QStringLiteral("Engagement over time")));
    CHECK(text.contains(QStringLiteral("Likes")));
    CHECK(text.contains(QStringLiteral("Link clicks"))); // the targets chart's bar, as people write it
}

TEST_CASE("the Indonesian report is in Indonesian throughout", "[report]")
{
    Fixture f;
    const QString pdf = f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::Id);
    const QString text = plainText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Laporan kampanye")));
    CHECK(text.contains(QStringLiteral("Teh Segar · 1 Maret 2026 s.d. 31 Maret 2026")));
    CHECK(text.contains(QStringLiteral("Angka per 31 Maret 2026")));
    CHECK(text.contains(QStringLiteral("Berjalan: hari ke-31 dari 31")));
    const QString layout = layoutText(pdf);
    CHECK(hasLine(layout, QStringLiteral("\\s*3\\s+65.000\\s+4.640\\s+[0-9,]+%")));
    CHECK(hasLine(layout, QStringLiteral("Tayangan\\s+100.000\\s+65.000\\s+65,0%")));
    CHECK(hasLine(layout, QStringLiteral("Budi\\s+1\\s+240\\s+3,00%\\s+8.000 → 7.600\\s+Rp5.000\\s+Rp21\\s+Rp833")));
    CHECK(text.contains(QStringLiteral("kisaran 3%–6%")));
    CHECK(text.contains(QStringLiteral("Engagement dari waktu ke waktu"))); // the chart's own title
    // Followers as growth since the start, said by the chart's title (its axis has only "%" labels).
    CHECK(text.contains(QStringLiteral("Pengikut tiap kreator: perubahan sejak kampanye mulai")));
    CHECK(text.contains(QStringLiteral("Lampiran: cara menghitung tiap angka")));
    CHECK(text.contains(QStringLiteral("CPE (biaya per engagement) biaya / engagement.")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari")));
    // The charts speak Indonesian too: their legends and bar labels.
    // (The campaign's start and end are the chart's own first and last days: no marker lines.)
    for (const char *word : {"Suka", "Komentar", "Dibagikan", "Klik tautan"})
        CHECK(text.contains(QString::fromUtf8(word)));
    for (const char *english : {"Campaign report", "Results at a glance", "Against targets", "Creators", "Appendix",
                                "Page 1 of", "Cost", "Views", "as of", "Likes", "Comments", "Start", "Link clicks"})
        CHECK_FALSE(text.contains(QLatin1String(english)));
}

TEST_CASE("a report before any numbers says so instead of drawing empty charts", "[report]")
{
    Fixture f;
    for (const QString &campaign : {QStringLiteral("Ramadan"), QStringLiteral("Quiet")}) {
        const QString pdf = f.write(campaign, QDate(2026, 3, 1), ContractLanguage::En);
        const QString text = plainText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("No post has numbers as of 1 Mar 2026 yet")));
        CHECK_FALSE(text.contains(QStringLiteral("Engagement over time")));
        CHECK_FALSE(text.contains(QStringLiteral("Top posts")));
        CHECK(text.contains(QStringLiteral("Appendix")));
    }
    const QString quiet = plainText(f.write(QStringLiteral("Quiet"), QDate(2026, 3, 1), ContractLanguage::En));
    CHECK(quiet.contains(QStringLiteral("No targets were set for this campaign.")));
    CHECK(quiet.contains(QStringLiteral("Not started yet: starts on 1 Jun 2026.")));
    CHECK(hasLine(layoutText(f.write(QStringLiteral("Quiet"), QDate(2026, 3, 1), ContractLanguage::En)),
                  QStringLiteral("\\s*\\S+\\s+\\$100.00\\s+—\\s+—"))); // USD with cents; no ratios
}

TEST_CASE("Report as PDF saves the chosen day's report in the chosen language", "[report]")
{
    Fixture f;
    auto id = CampaignService(*f.ws).findByName(QStringLiteral("Ramadan"));
    REQUIRE(id);
    ReportDialog dialog(*f.ws, *id, QStringLiteral("Ramadan"));
    dialog.setAsOf(QDate(2026, 3, 20));
    dialog.setLanguage(ContractLanguage::Id);
    CHECK(dialog.language() == ContractLanguage::Id);
    const QString pdf = f.dir.path(QStringLiteral("from-the-dialog.pdf"));
    REQUIRE(dialog.save(pdf));
    const QString text = plainText(pdf);
    CHECK(text.contains(QStringLiteral("Angka per 20 Maret 2026")));
    CHECK(text.contains(QStringLiteral("Laporan kampanye")));
}

TEST_CASE("a long creators table runs over pages without drawing a row twice or over the footer", "[report]")
{
    Fixture f;
    // Sixty more creators taking part in Ramadan: their table cannot fit on one page.
    for (int i = 10; i < 70; ++i) {
        exec(*f.ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES "
                                   "(%1, 'Row%1x', 'row%1x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                        .arg(i));
        exec(*f.ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, status, fee_minor, "
                                   "created_at, updated_at) VALUES (%1, 1, %1, 'confirmed', 1000000, "
                                   "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                        .arg(i));
    }
    int pages = 0;
    const QString pdf = f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::En, &pages);
    const QString text = plainText(pdf);
    for (int i = 10; i < 70; ++i) {
        INFO(i);
        CHECK(text.count(QStringLiteral("Row%1x").arg(i)) == 1);
    }
    for (int page = 1; page <= pages; ++page)
        CHECK(text.count(QStringLiteral("Page %1 of %2").arg(page).arg(pages)) == 1);
}
