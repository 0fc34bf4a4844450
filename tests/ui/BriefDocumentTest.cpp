// The creator brief as a PDF in English and Bahasa Indonesia, read back with poppler-utils: what a
// creator will actually see, with the campaign's own hashtag as the example.
#include "PdfText.h"
#include "UiTestSupport.h"
#include "common/LocalSettings.h"

#include "BriefDocument.h"
#include "DocumentLanguage.h"
#include "campaigns/CampaignView.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace cd;
using namespace cd::test;
using cd::test::TempDir;

namespace {
// Glow Beauty's August campaign: two hashtags, a mention, disclosure with a marker of its own,
// a posting window and targets.
CampaignInput glowUp()
{
    CampaignInput c;
    c.name = QStringLiteral("Glow Up Agustus");
    c.brand = QStringLiteral("Glow Beauty");
    c.start = QDate(2026, 8, 1);
    c.end = QDate(2026, 8, 31);
    c.currency = QStringLiteral("IDR");
    c.platforms = {Platform::Instagram, Platform::TikTok};
    c.contentType = QStringLiteral("Tutorial skincare pagi");
    c.durationSeconds = 30;
    c.captionGuidance = QStringLiteral("Ceritakan rutinitas pagimu dengan Glow Serum.");
    c.hashtags = {QStringLiteral("GlowUp"), QStringLiteral("SkinDay")};
    c.mentions = {QStringLiteral("glowbeauty.id")};
    c.disclosureRequired = true;
    c.disclosureMarkers = {QStringLiteral("GlowPartner")};
    c.postWindowStart = QDate(2026, 8, 10);
    c.postWindowEnd = QDate(2026, 8, 20);
    c.kpi.views = 12'500;
    c.kpi.engagementRateBp = 450;
    c.kpi.newFollowers = 2'000;
    c.kpi.linkClicks = 300;
    return c;
}

struct BriefFixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = cd::test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    BriefFixture() { REQUIRE(BrandService(*ws).add({QStringLiteral("Glow Beauty"), {}, {}, {}, {}}).ok()); }
    qint64 add(const CampaignInput &c)
    {
        auto id = CampaignService(*ws).add(c);
        INFO((id.ok() ? std::string() : id.error().toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    // The brief's text in `language`, after checking it is one page.
    QString brief(qint64 campaign, ContractLanguage language, const QString &name)
    {
        const QString pdf = outPath(dir, name);
        const Status written = writeBriefPdf(*ws, campaign, language, pdf);
        INFO((written.ok() ? std::string() : written.error().toStdString()));
        REQUIRE(written.ok());
        CHECK(pageCount(pdf) == 1);
        return layoutWords(pdf);
    }
};
} // namespace

TEST_CASE("the English brief shows the campaign's own hashtag as the example, and English numbers and dates")
{
    BriefFixture f;
    const QString text = f.brief(f.add(glowUp()), ContractLanguage::En, QStringLiteral("brief-en.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Glow Up Agustus Creator brief from Glow Beauty")));
    CHECK(text.contains(QStringLiteral("(#GlowUp, not #GlowUpPromo)")));
    CHECK_FALSE(text.contains(QStringLiteral("TehSegar")));
    CHECK(text.contains(QStringLiteral("#GlowUp #SkinDay")));
    CHECK(text.contains(QStringLiteral("@glowbeauty.id")));
    CHECK(text.contains(QStringLiteral("1 Aug 2026 to 31 Aug 2026")));
    CHECK(text.contains(QStringLiteral("Between 10 Aug 2026 and 20 Aug 2026, both days included.")));
    CHECK(text.contains(QStringLiteral("12,500 views · 4.5% engagement rate · 2,000 new followers for the brand · "
                                       "300 link clicks")));
    CHECK(text.contains(QStringLiteral("30 seconds")));
    // The usual order of the markers, then the campaign's own.
    CHECK(text.contains(QStringLiteral("#ad #iklan #sponsored #paidpartnership #GlowPartner")));
    CHECK(text.contains(QStringLiteral("Send your draft before posting")));
}

TEST_CASE("the Indonesian brief is Indonesian throughout, with #iklan first and Indonesian numbers and dates")
{
    BriefFixture f;
    const QString text = f.brief(f.add(glowUp()), ContractLanguage::Id, QStringLiteral("brief-id.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Glow Up Agustus Brief kreator dari Glow Beauty")));
    CHECK(text.contains(QStringLiteral("(#GlowUp, bukan #GlowUpPromo)")));
    CHECK(text.contains(QStringLiteral("Tentang kampanye")));
    CHECK(text.contains(QStringLiteral("1 Agustus 2026 sampai 31 Agustus 2026")));
    CHECK(text.contains(QStringLiteral("Jadwal unggah Unggah antara 10 Agustus 2026 dan 20 Agustus 2026")));
    CHECK(text.contains(QStringLiteral("12.500 tayangan · engagement rate 4,5% · 2.000 pengikut baru untuk brand · "
                                       "300 klik tautan")));
    CHECK(text.contains(QStringLiteral("30 detik")));
    CHECK(text.contains(QStringLiteral("Tagar #GlowUp #SkinDay")));
    CHECK(text.contains(QStringLiteral("#iklan #ad #sponsored #paidpartnership #GlowPartner")));
    CHECK(text.contains(QStringLiteral("Kirim draf sebelum posting")));
    // No English left behind (the campaign's own words are Indonesian here).
    for (const char *english :
         {"Campaign", "campaign", "What to make", "When to post", "Disclosure", "views", "not #", "Between", "seconds",
          "Hashtags", "Mentions", "Send your draft", "Creator brief", " to ", "Aug ", "12,500", "4.5%", "Page"})
        CHECK_FALSE(text.contains(QString::fromUtf8(english)));
}

TEST_CASE("a brief without hashtags gives no hashtag example, and one without tags or disclosure no caption section")
{
    BriefFixture f;
    CampaignInput mentionsOnly = glowUp();
    mentionsOnly.hashtags.clear();
    mentionsOnly.disclosureRequired = false;
    mentionsOnly.disclosureMarkers.clear();
    const qint64 withMentions = f.add(mentionsOnly);
    for (ContractLanguage l : {ContractLanguage::En, ContractLanguage::Id}) {
        const QString text = f.brief(withMentions, l, QStringLiteral("mentions.pdf"));
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("Promo")));
        CHECK_FALSE(text.contains(QLatin1Char('#')));
        CHECK(text.contains(QStringLiteral("@glowbeauty.id")));
        CHECK(text.contains(l == ContractLanguage::En ? QStringLiteral("Each mention exactly as written")
                                                      : QStringLiteral("Tulis setiap mention persis")));
    }
    CampaignInput bare = mentionsOnly;
    bare.name = QStringLiteral("Tanpa tagar");
    bare.mentions.clear();
    const qint64 noTags = f.add(bare);
    CHECK_FALSE(f.brief(noTags, ContractLanguage::En, QStringLiteral("bare.pdf"))
                    .contains(QStringLiteral("The caption must carry")));
    CHECK_FALSE(f.brief(noTags, ContractLanguage::Id, QStringLiteral("bare.pdf"))
                    .contains(QStringLiteral("Wajib ada di caption")));
}

TEST_CASE("documents are written in the app's language unless another is chosen")
{
    for (const char *indonesian : {"id", "id-ID", "id_ID.UTF-8", "in", "ID"})
        CHECK(documentLanguageFor(QString::fromLatin1(indonesian)) == ContractLanguage::Id);
    for (const char *other : {"en", "en-US", "en_GB.UTF-8", "C", "", "ms-MY", "ind"})
        CHECK(documentLanguageFor(QString::fromLatin1(other)) == ContractLanguage::En);
    // The app's language is the default locale's (applyUiLocale): English in the tests, then
    // Indonesian when the app runs in Indonesian.
    CHECK(defaultDocumentLanguage() == ContractLanguage::En);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(defaultDocumentLanguage() == ContractLanguage::Id);
    QLocale::setDefault(before);
}

TEST_CASE("the campaign view saves the brief in the chosen language, offering a file named after the campaign")
{
    cd::test::Window w;
    LocalSettings::remove(QStringLiteral("campaigns/briefFolder"));
    auto *view = w.window->page(MainWindow::Campaigns)->findChild<CampaignView *>();
    REQUIRE(view != nullptr);
    view->setCampaign(1);
    CHECK(view->suggestedBriefPath() == QDir::home().filePath(QStringLiteral("Brief - Ramadan Refresh 2026.pdf")));

    // The dialog offers the app's language first; cancelling it writes nothing.
    ContractLanguage offered = ContractLanguage::En;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("documentLanguageComboBox"));
        REQUIRE(language != nullptr);
        CHECK(dialog->focusWidget() == language);
        offered = ContractLanguage(language->currentData().toInt());
        seen = true;
        dialog->reject();
    });
    view->exportBrief();
    CHECK(seen);
    CHECK(offered == defaultDocumentLanguage());

    const QString pdf = w.dir.path(QStringLiteral("Brief - Ramadan Refresh 2026.pdf"));
    REQUIRE(view->saveBrief(pdf, ContractLanguage::Id));
    const QString text = layoutWords(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("(#TehSegar, bukan #TehSegarPromo)")));
    CHECK(text.contains(QStringLiteral("#iklan #ad")));
    CHECK(view->lastMessage().contains(QStringLiteral("Brief - Ramadan Refresh 2026.pdf")));
    // The next brief is offered in the folder this one went to.
    CHECK(view->suggestedBriefPath() == pdf);
    LocalSettings::remove(QStringLiteral("campaigns/briefFolder"));
}
