#include "TestSupport.h"

#include "common/Countries.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::TempDir;

TEST_CASE("a country typed as a code or a name in either language is one code")
{
    for (const char *typed : {"ID", "id", " Indonesia ", "INDONESIA", "indonesia"})
        CHECK(countryCode(QString::fromLatin1(typed)) == QStringLiteral("ID"));
    CHECK(countryCode(QStringLiteral("Singapura")) == QStringLiteral("SG"));
    CHECK(countryCode(QStringLiteral("Singapore")) == QStringLiteral("SG"));
    CHECK(countryCode(QStringLiteral("amerika  serikat")) == QStringLiteral("US"));
    CHECK(countryCode(QStringLiteral("United States")) == QStringLiteral("US"));
    CHECK(countryCode(QString()) == QString());
    CHECK(countryCode(QStringLiteral("  ")) == QString());
    CHECK_FALSE(countryCode(QStringLiteral("Jakarta")));
    CHECK_FALSE(countryCode(QStringLiteral("XQ")));

    CHECK(countryName(QStringLiteral("SG"), ContractLanguage::En) == QStringLiteral("Singapore"));
    CHECK(countryName(QStringLiteral("SG"), ContractLanguage::Id) == QStringLiteral("Singapura"));
    CHECK(countryName(QStringLiteral("BR"), ContractLanguage::Id) ==
          QStringLiteral("Brazil")); // no Indonesian name kept
    CHECK(countryName(QStringLiteral("Jakarta"), ContractLanguage::En) == QStringLiteral("Jakarta"));
    CHECK(countryName(QStringLiteral("SG"), QLocale(QLocale::Indonesian)) == QStringLiteral("Singapura"));

    const QStringList english = countryNames(QLocale(QLocale::English));
    CHECK(english.contains(QStringLiteral("Indonesia")));
    CHECK(english.contains(QStringLiteral("Malaysia")));
    CHECK(english.count(QStringLiteral("Indonesia")) == 1);
    CHECK(english.size() > 200);
    CHECK(countryNames(QLocale(QLocale::Indonesian)).contains(QStringLiteral("Jepang")));
}

TEST_CASE("a creator's country is kept as its code and a text that names none is refused")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("countries.collabdesk")));
    CreatorService creators(*ws);
    CreatorInput rina;
    rina.name = QStringLiteral("Rina Wijaya");
    rina.country = QStringLiteral("indonesia");
    auto id = creators.add(rina);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT country FROM creators")).value().toString() == QStringLiteral("ID"));

    rina.country = QStringLiteral("Jakarta");
    const Status refused = creators.update(*id, rina);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("country: 'Jakarta' is no country CollabDesk knows; type its name or its "
                                            "two-letter code (Indonesia or ID, Malaysia or MY)"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT country FROM creators")).value().toString() == QStringLiteral("ID"));
    rina.country.clear();
    REQUIRE(creators.update(*id, rina).ok());
    CHECK(sql::scalar(db, QStringLiteral("SELECT country FROM creators")).value().toString().isEmpty());
}
