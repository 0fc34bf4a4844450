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

TEST_CASE("the report says what each deliverable misses of the brief in the report's own language", "[report]")
{
    Fixture f;
    const auto run = [&](const QString &statement) { exec(*f.ws, statement); };
    run(QStringLiteral("INSERT INTO campaign_tags VALUES (1, 'hashtag', 0, 'RamadanSegar', 'ramadansegar', "
                       "'campaign')"));
    run(QStringLiteral("UPDATE campaigns SET disclosure_required = 1 WHERE id = 1"));
    // One post misses the hashtag only; the other the hashtag and the disclosure, posted after the
    // campaign on a platform it does not use.
    run(QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, posted_at, caption, "
                       "created_at, updated_at) VALUES (1, 'instagram', 'reel 1', 'reel 1', '2026-03-12', "
                       "'Buka puasa #ad', '2026-01-01', '2026-01-01'), (1, 'youtube', 'video 1', 'video 1', "
                       "'2026-04-05', 'Enak!', '2026-01-01', '2026-01-01')"));
    const QString english = plainText(f.write(QStringLiteral("Ramadan"), QDate(2026, 4, 30), ContractLanguage::En));
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("0 of 2 deliverables follow the brief.")));
    CHECK(english.contains(QStringLiteral("✗ Hashtags: missing #RamadanSegar")));
    CHECK(english.contains(QStringLiteral("✗ Disclosure: add one of #ad, #iklan, #sponsored, #paidpartnership")));
    CHECK(english.contains(QStringLiteral("✗ Posting window: posted 5 Apr 2026, outside the posting window")));
    CHECK(english.contains(QStringLiteral("✗ Platform: YouTube is not one of the campaign's platforms")));
    const QString indonesian = plainText(f.write(QStringLiteral("Ramadan"), QDate(2026, 4, 30), ContractLanguage::Id));
    INFO(indonesian.toStdString());
    CHECK(indonesian.contains(QStringLiteral("✗ Tagar: belum ada #RamadanSegar")));
    CHECK(indonesian.contains(
        QStringLiteral("✗ Penanda iklan: tambahkan salah satu dari #ad, #iklan, #sponsored, #paidpartnership")));
    CHECK(indonesian.contains(QStringLiteral("✗ Jadwal unggah: diunggah 5 Apr 2026, di luar jadwal unggah")));
    CHECK(indonesian.contains(QStringLiteral("✗ Platform: YouTube bukan platform kampanye ini")));
    CHECK_FALSE(indonesian.contains(QStringLiteral("missing")));
}

TEST_CASE("a cost per result under ten cents is written as the report's language writes money", "[report]")
{
    Fixture f;
    // In dollars, Sari's fee cut to $167.15 and nothing else of hers: with Budi's 500 points x 10
    // cents the cost is $217.15, over 4,640 engagements $0.0468 each (4.68 cents: the kept decimals).
    exec(*f.ws, QStringLiteral("UPDATE campaigns SET currency = 'USD', kpi_revenue_minor = NULL WHERE id = 1"));
    exec(*f.ws, QStringLiteral("UPDATE participants SET fee_minor = 16715, commission_rate_bp = NULL, "
                               "product_value_minor = NULL WHERE id = 1"));
    const QString english = plainText(f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::En));
    const QString indonesian = plainText(f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::Id));
    INFO(english.toStdString());
    INFO(indonesian.toStdString());
    CHECK(english.contains(QStringLiteral("$0.0468")));
    CHECK(indonesian.contains(QStringLiteral("USD 0,0468")));
    CHECK_FALSE(indonesian.contains(QStringLiteral("$0.")));
}

TEST_CASE("a report leaves out the followers chart when no creator has follower counts", "[report]")
{
    Fixture f;
    exec(*f.ws, QStringLiteral("DELETE FROM follower_snapshots"));
    const QString text = plainText(f.write(QStringLiteral("Ramadan"), QDate(2026, 3, 31), ContractLanguage::En));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Engagement over time")));
    CHECK_FALSE(text.contains(QStringLiteral("Followers of each creator")));
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
