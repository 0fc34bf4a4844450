#include "TestSupport.h"

#include "contracts/ContractDiff.h"
#include "contracts/ContractService.h"
#include "contracts/ContractText.h"
#include "storage/SettingKeys.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using cd::test::TempDir;

namespace {
struct Fixture
{
    test::PinnedClock clock;
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    ContractTerms terms()
    {
        QSqlDatabase db = ws->db();
        auto r = ContractService::load(db, 1);
        REQUIRE(r.ok());
        return r->terms;
    }
    ContractText draft(const ContractTerms &t)
    {
        auto text = draftContract(*ws, 1, t, QDate(2026, 2, 15));
        REQUIRE(text.ok());
        return text.value();
    }
};

QString clause(const ContractText &t, const QString &id)
{
    for (const ContractClause &c : t.clauses)
        if (c.id == id)
            return c.text;
    return {};
}
} // namespace

TEST_CASE("contract dates, money and lists are written as each language writes them")
{
    CHECK(contractDate(QDate(2026, 3, 1), ContractLanguage::En) == QStringLiteral("1 March 2026"));
    CHECK(contractDate(QDate(2026, 3, 1), ContractLanguage::Id) == QStringLiteral("1 Maret 2026"));
    CHECK(contractDate(QDate(2026, 8, 17), ContractLanguage::Id) == QStringLiteral("17 Agustus 2026"));
    CHECK(contractMoney(test::idr(1'500'000), ContractLanguage::En) == QStringLiteral("Rp1.500.000"));
    CHECK(contractMoney(test::idr(1'500'000), ContractLanguage::Id) == QStringLiteral("Rp1.500.000"));
    const Money usd(125'050, QStringLiteral("USD"));
    CHECK(contractMoney(usd, ContractLanguage::En) == QStringLiteral("$1,250.50"));
    CHECK(contractMoney(usd, ContractLanguage::Id) == QStringLiteral("USD 1.250,50"));
    CHECK(contractMoney(Money(5, QStringLiteral("USD")), ContractLanguage::Id) == QStringLiteral("USD 0,05"));
    const QStringList three{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    CHECK(joinForContract(three, ContractLanguage::En) == QStringLiteral("a, b and c"));
    CHECK(joinForContract(three, ContractLanguage::Id) == QStringLiteral("a, b dan c"));
    CHECK(joinForContract({QStringLiteral("a")}, ContractLanguage::Id) == QStringLiteral("a"));
    CHECK(joinForContract({}, ContractLanguage::En).isEmpty());
}

TEST_CASE("the standard template is filled from the terms in English and Bahasa Indonesia, flagging what is missing")
{
    Fixture f;
    ContractTerms en = f.terms();
    en.language = ContractLanguage::En;
    ContractText text = f.draft(en);
    CHECK(text.title == QStringLiteral("Influencer Collaboration Agreement"));
    CHECK(text.intro.startsWith(QStringLiteral("This agreement is made on 15 February 2026 between [missing: your "
                                               "company's legal name (Settings)]")));
    CHECK(text.missing == QStringList{QStringLiteral("your company's legal name (Settings)"),
                                      QStringLiteral("your company's address and tax number (Settings)"),
                                      QStringLiteral("who signs for your company (Settings)")});
    CHECK(clause(text, QStringLiteral("compensation"))
              .startsWith(QStringLiteral("For the deliverables the Company pays a fee of Rp5.000.000, 10% commission "
                                         "on the revenue attributed to the Creator's posts and products worth "
                                         "Rp250.000. A deposit of Rp1.500.000 is paid on signing. The balance is paid "
                                         "within 30 days")));
    CHECK(clause(text, QStringLiteral("exclusivity")) ==
          QStringLiteral("From 1 March 2026 to 30 June 2026 the Creator will not promote other brands in the category "
                         "beverages, nor these competitors: Kopi Kita."));
    CHECK(clause(text, QStringLiteral("usage"))
              .contains(QStringLiteral(
                  "on Instagram and the brand's website, including paid advertising, from 1 March 2026 to 31 "
                  "December 2026")));
    CHECK(text.clauses.size() == 9);

    // The company set in Settings fills the parties; no exclusivity, no clause.
    REQUIRE(setOwnParty(*f.ws, {QStringLiteral("PT Kreasi Nusantara"), QStringLiteral("Jl. Sudirman 1, Jakarta"),
                                QStringLiteral("Dewi Lestari"), QStringLiteral("01.234.567.8-901.000")})
                .ok());
    ContractTerms plain = en;
    plain.exclusivityStart = plain.exclusivityEnd = QDate();
    plain.exclusivityCategory.clear();
    plain.competitors.clear();
    plain.paymentTermsDays.reset();
    text = f.draft(plain);
    // No competitor named: the sentence ends with the category.
    ContractTerms noCompetitors = en;
    noCompetitors.competitors.clear();
    CHECK(clause(f.draft(noCompetitors), QStringLiteral("exclusivity")) ==
          QStringLiteral("From 1 March 2026 to 30 June 2026 the Creator will not promote other brands in the category "
                         "beverages."));
    CHECK(text.intro.contains(QStringLiteral("between PT Kreasi Nusantara (Jl. Sudirman 1, Jakarta, tax number "
                                             "01.234.567.8-901.000), the \"Company\"")));
    CHECK(clause(text, QStringLiteral("exclusivity")).isEmpty());
    CHECK(text.clauses.size() == 8);
    CHECK(text.missing == QStringList{QStringLiteral("payment terms (days)")});
    CHECK(clause(text, QStringLiteral("compensation"))
              .contains(QStringLiteral("within [missing: payment terms (days)] "
                                       "days")));
    CHECK(text.signatures == QStringList{QStringLiteral("Signed on behalf of the Company"),
                                         QStringLiteral("Dewi Lestari"), QStringLiteral("Signed by the Creator"),
                                         QStringLiteral("Rina Wijaya")});

    ContractTerms id = f.terms();
    id.language = ContractLanguage::Id;
    text = f.draft(id);
    CHECK(text.title == QStringLiteral("Perjanjian Kerja Sama Influencer"));
    CHECK(text.intro.startsWith(QStringLiteral("Perjanjian ini dibuat pada 15 Februari 2026 antara PT Kreasi "
                                               "Nusantara (Jl. Sudirman 1, Jakarta, NPWP 01.234.567.8-901.000)")));
    CHECK(clause(text, QStringLiteral("exclusivity")) ==
          QStringLiteral("Dari 1 Maret 2026 sampai 30 Juni 2026 Kreator tidak akan mempromosikan merek lain dalam "
                         "kategori beverages, maupun pesaing berikut: Kopi Kita."));
    CHECK(clause(text, QStringLiteral("usage"))
              .contains(QStringLiteral("di Instagram dan situs web merek, termasuk "
                                       "iklan berbayar")));
    CHECK(text.missing.isEmpty());
}

TEST_CASE("an Indonesian contract names what is missing in Indonesian, whatever the app's language")
{
    Fixture f;
    ContractTerms id = f.terms();
    id.language = ContractLanguage::Id;
    const ContractText text = f.draft(id);
    CHECK(text.intro.contains(QStringLiteral("antara [belum diisi: nama resmi perusahaan Anda (Pengaturan)]")));
    CHECK(text.missing == QStringList{QStringLiteral("nama resmi perusahaan Anda (Pengaturan)"),
                                      QStringLiteral("alamat dan NPWP perusahaan Anda (Pengaturan)"),
                                      QStringLiteral("penanda tangan atas nama perusahaan Anda (Pengaturan)")});
    CHECK_FALSE(text.plainText().contains(QStringLiteral("missing")));
    CHECK(clause(text, QStringLiteral("deliverables")).contains(QStringLiteral("#KolaborasiBerbayar")));
    // Without a marker of the campaign's own, any the brief check accepts, the same in both
    // languages: one deal, one duty, whichever language it is read in.
    QSqlDatabase db = f.ws->db();
    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM campaign_tags WHERE kind = 'disclosure'")).ok());
    CHECK(clause(f.draft(id), QStringLiteral("deliverables"))
              .contains(QStringLiteral("penanda kerja sama berbayar salah satu dari #ad, #iklan, #sponsored atau "
                                       "#paidpartnership")));
    ContractTerms en = f.terms();
    en.language = ContractLanguage::En;
    CHECK(clause(f.draft(en), QStringLiteral("deliverables"))
              .contains(QStringLiteral("paid partnership with one of #ad, #iklan, #sponsored or #paidpartnership")));
}

TEST_CASE("an agency's contract says what it keeps of the fee and that the creator is paid after the brand")
{
    Fixture f;
    REQUIRE(settings::setByName(*f.ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
    QSqlDatabase db = f.ws->db();
    // The participation's own rate comes before the creator's and the workspace's 20%.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE participants SET agency_rate_bp = 1750 WHERE id = 1")).ok());
    ContractTerms en = f.terms();
    en.language = ContractLanguage::En;
    // Rp5.000.000 x 17.5% = Rp875.000 kept; Rp4.125.000 the creator's.
    CHECK(clause(f.draft(en), QStringLiteral("compensation"))
              .startsWith(QStringLiteral(
                  "For the deliverables the Company pays a fee of Rp5.000.000, 10% commission on the revenue "
                  "attributed to the Creator's posts and products worth Rp250.000. The Company keeps an agency fee of "
                  "17.5% of what the brand pays (Rp875.000 of the fee); the Creator's share of the fee is Rp4.125.000. "
                  "The brand pays "
                  "a deposit of Rp1.500.000 on signing. The Creator's share of each payment is paid within 7 days of "
                  "the brand paying it to the Company, after all posts are live")));
    ContractTerms id = f.terms();
    id.language = ContractLanguage::Id;
    const QString indonesian = clause(f.draft(id), QStringLiteral("compensation"));
    CHECK(indonesian.contains(QStringLiteral("Perusahaan mengambil fee agensi 17,5% dari pembayaran merek (Rp875.000 "
                                             "dari honor); bagian Kreator dari honor adalah Rp4.125.000.")));
    CHECK(indonesian.contains(QStringLiteral("dibayarkan dalam 7 hari sejak merek membayarnya kepada Perusahaan")));
    CHECK(indonesian.contains(QStringLiteral("pembayar memotong pajak penghasilan (PPh)")));
}

TEST_CASE("a contract without a deposit has no balance and one in dollars says nothing of Indonesian tax")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    REQUIRE(sql::run(db, QStringLiteral("UPDATE participants SET deposit_minor = NULL WHERE id = 1")).ok());
    ContractTerms en = f.terms();
    en.language = ContractLanguage::En;
    en.revisionRounds = 1;
    ContractText text = f.draft(en);
    const QString rupiah = clause(text, QStringLiteral("compensation"));
    CHECK(rupiah.contains(QStringLiteral("and products worth Rp250.000. Payment is made within 30 days of the "
                                         "Creator's invoice, after all posts are live")));
    CHECK_FALSE(rupiah.contains(QStringLiteral("balance")));
    CHECK(rupiah.contains(QStringLiteral("Amounts are gross: the payer withholds Indonesian income tax (PPh)")));
    CHECK(clause(text, QStringLiteral("revisions")).contains(QStringLiteral("up to 1 round of revisions")));
    // The campaign's targets are the whole campaign's, not this creator's alone.
    CHECK(clause(text, QStringLiteral("metrics"))
              .startsWith(QStringLiteral("The campaign as a whole, the Creator's posts among others, aims for these "
                                         "measurable results: ")));
    en.revisionRounds = 2;
    CHECK(clause(f.draft(en), QStringLiteral("revisions")).contains(QStringLiteral("up to 2 rounds of revisions")));

    REQUIRE(sql::run(db, QStringLiteral("UPDATE campaigns SET currency = 'USD'")).ok());
    const QString dollars = clause(f.draft(en), QStringLiteral("compensation"));
    CHECK(dollars.contains(QStringLiteral("Payment is made within 30 days")));
    CHECK_FALSE(dollars.contains(QStringLiteral("withholds")));
    ContractTerms id = f.terms();
    id.language = ContractLanguage::Id;
    id.revisionRounds = 2;
    text = f.draft(id);
    CHECK(clause(text, QStringLiteral("revisions")).contains(QStringLiteral("hingga 2 putaran revisi")));
    CHECK(clause(text, QStringLiteral("compensation"))
              .contains(QStringLiteral("Pembayaran dilakukan dalam 30 hari sejak tagihan Kreator diterima")));
}

TEST_CASE("after a change of terms untouched clauses follow and edited ones are kept and flagged")
{
    Fixture f;
    ContractTerms t = f.terms();
    t.language = ContractLanguage::En;
    ContractText first = f.draft(t);
    // The user rewrites the cancellation clause and leaves the rest.
    auto edited = std::find_if(first.clauses.begin(), first.clauses.end(),
                               [](const ContractClause &c) { return c.id == QLatin1String("cancellation"); });
    edited->text = QStringLiteral("Cancellation as agreed by email on 3 February.");
    const auto stored = ContractText::fromJson(first.toJson());
    REQUIRE(stored.has_value());
    CHECK(*stored == first);

    t.killFee = test::idr(2'000'000);
    t.governingLaw = QStringLiteral("the Republic of Indonesia");
    QStringList review;
    const ContractText merged = mergeRegenerated(*stored, f.draft(t), &review);
    CHECK(clause(merged, QStringLiteral("law")).contains(QStringLiteral("the laws of the Republic of Indonesia")));
    CHECK(clause(merged, QStringLiteral("cancellation")) ==
          QStringLiteral("Cancellation as agreed by email on 3 February."));
    CHECK(review == QStringList{QStringLiteral("Cancellation")}); // its template text named the kill fee
    // A change that does not touch the edited clause's template text needs no review.
    review.clear();
    t.governingLaw = QStringLiteral("Singapore");
    mergeRegenerated(*stored, f.draft(t), &review);
    CHECK(review == QStringList{QStringLiteral("Cancellation")}); // still the kill fee from before
    CHECK_FALSE(ContractText::fromJson(QStringLiteral("Perjanjian kerja sama ...")).has_value());
}

TEST_CASE("two versions compare term by term and word by word")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto v1 = ContractService::versionTerms(db, 1, 1, QStringLiteral("IDR"));
    auto v2 = ContractService::versionTerms(db, 1, 2, QStringLiteral("IDR"));
    REQUIRE(v1.ok());
    REQUIRE(v2.ok());
    CHECK(diffTerms(v1.value(), v2.value()) ==
          QList<TermChange>{
              {QStringLiteral("competitors"), QStringLiteral("none"), QStringLiteral("Kopi Kita")},
              {QStringLiteral("usage channels"), QStringLiteral("none"), QStringLiteral("instagram, website")},
              {QStringLiteral("usage end"), QStringLiteral("2026-09-30"), QStringLiteral("2026-12-31")},
              {QStringLiteral("paid ads"), QStringLiteral("no"), QStringLiteral("yes")}});
    CHECK(diffTerms(v2.value(), v2.value()).isEmpty());
    CHECK(diffHtml(QStringLiteral("a b c"), QStringLiteral("a x c")) ==
          QStringLiteral("a <span style='background:#c8f0c8'>x</span> <span style='background:#f8c8c8; "
                         "text-decoration:line-through'>b</span> c"));
    CHECK(diffHtml(QStringLiteral("same <words>"), QStringLiteral("same <words>")) ==
          QStringLiteral("same &lt;words&gt;"));

    ContractTerms en1 = v1.value(), en2 = v2.value();
    en1.language = en2.language = ContractLanguage::En;
    const QString html = diffTextsHtml(f.draft(en1), f.draft(en2));
    CHECK(html.contains(QStringLiteral("<b>Content usage rights</b>")));
    CHECK(html.contains(QStringLiteral("<b>Exclusivity</b>")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>Governing law</b>"))); // unchanged clauses are left out
}

TEST_CASE("the workspace keeps its own contract templates beside the standard one")
{
    Fixture f;
    QSqlDatabase db = f.ws->db();
    auto standard = contractTemplateJson(db, QStringLiteral("standard"), ContractLanguage::En);
    REQUIRE(standard.ok());
    QJsonObject t = QJsonDocument::fromJson(standard.value()).object();
    t[QStringLiteral("name")] = QStringLiteral("short");
    t[QStringLiteral("title")] = QStringLiteral("Creator Agreement");
    QJsonArray clauses = t.value(QStringLiteral("clauses")).toArray();
    clauses.removeAt(4); // no "agreed results"
    t[QStringLiteral("clauses")] = clauses;
    auto saved = saveContractTemplate(*f.ws, QJsonDocument(t).toJson());
    REQUIRE(saved.ok());
    CHECK(saved.value() == QStringLiteral("short"));
    CHECK(contractTemplateNames(db) == QStringList{QStringLiteral("standard"), QStringLiteral("short")});

    ContractTerms terms = f.terms();
    terms.language = ContractLanguage::En;
    terms.templateName = QStringLiteral("short");
    const ContractText text = f.draft(terms);
    CHECK(text.title == QStringLiteral("Creator Agreement"));
    CHECK(text.clauses.size() == 8);
    CHECK(clause(text, QStringLiteral("metrics")).isEmpty());
    // In Indonesian the workspace has no "short": said, not guessed.
    terms.language = ContractLanguage::Id;
    auto missing = draftContract(*f.ws, 1, terms, QDate(2026, 2, 15));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == QStringLiteral("there is no contract template 'short' in id"));

    QJsonObject bad = t;
    bad[QStringLiteral("intro")] = QStringLiteral("Between {{company}} and {{creator}}.");
    auto refused = saveContractTemplate(*f.ws, QJsonDocument(bad).toJson());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("unknown merge field {{company}}: use agreement_date, ")));
    bad = t;
    bad[QStringLiteral("name")] = QStringLiteral("my template!");
    CHECK(saveContractTemplate(*f.ws, QJsonDocument(bad).toJson()).error().contains(QStringLiteral("\"name\"")));
    CHECK(saveContractTemplate(*f.ws, "{ not json").error().startsWith(QStringLiteral("the template is not JSON")));
}
