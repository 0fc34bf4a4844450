#include "TestSupport.h"

#include "records/RecordKind.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cd;
using cd::test::TempDir;

namespace {
QJsonArray listJson(Workspace &ws, const char *kind)
{
    const RecordKind *k = findRecordKind(QString::fromLatin1(kind));
    REQUIRE(k != nullptr);
    QSqlDatabase db = ws.db();
    auto rows = readRecords(db, *k);
    INFO(rows.error().toStdString());
    REQUIRE(rows.ok());
    return recordsToJson(rows.value());
}
} // namespace

TEST_CASE("lists every kind of the v1 fixture with formats.md's columns and values")
{
    TempDir dir;
    auto ws =
        Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")), Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    Workspace &w = *ws.value();

    CHECK(recordKindNames() == QStringList{QStringLiteral("brands"), QStringLiteral("creators"),
                                           QStringLiteral("campaigns"), QStringLiteral("participants"),
                                           QStringLiteral("deliverables"), QStringLiteral("contracts"),
                                           QStringLiteral("payments"), QStringLiteral("followups"),
                                           QStringLiteral("followers"), QStringLiteral("post_metrics")});

    const QJsonArray creators = listJson(w, "creators");
    REQUIRE(creators.size() == 4); // one row per creator and platform, sorted by name then platform
    const QJsonObject rinaIg = creators.at(2).toObject();
    CHECK(rinaIg.value(QStringLiteral("name")).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(rinaIg.value(QStringLiteral("platform")).toString() == QStringLiteral("instagram"));
    CHECK(rinaIg.value(QStringLiteral("followers")).toInteger() == 52'500); // the latest snapshot, not the first
    CHECK(rinaIg.value(QStringLiteral("tags")).toArray() ==
          QJsonArray{QStringLiteral("halal"), QStringLiteral("Jakarta")});
    CHECK(creators.at(0).toObject().value(QStringLiteral("email")).isNull());               // not given -> null
    CHECK(rinaIg.keys().size() == 16);                                                      // 15 columns + id
    CHECK(rinaIg.value(QStringLiteral("tax_type")).toString() == QStringLiteral("person")); // v1 had none
    CHECK(rinaIg.value(QStringLiteral("agency_rate")).isNull());

    const QJsonArray campaigns = listJson(w, "campaigns");
    REQUIRE(campaigns.size() == 2);
    const QJsonObject kopi = campaigns.at(0).toObject();
    CHECK(kopi.value(QStringLiteral("budget")).toString() == QStringLiteral("20000.00")); // USD cents
    CHECK(kopi.value(QStringLiteral("end_date")).isNull());
    CHECK(kopi.value(QStringLiteral("disclosure")).toString() == QStringLiteral("no"));
    CHECK(kopi.value(QStringLiteral("kpi_posts")).isNull());
    const QJsonObject ramadan = campaigns.at(1).toObject();
    CHECK(ramadan.value(QStringLiteral("budget")).toString() == QStringLiteral("50000000"));
    CHECK(ramadan.value(QStringLiteral("kpi_engagement_rate")).toDouble() == 4.0);
    CHECK(ramadan.value(QStringLiteral("kpi_revenue")).toString() == QStringLiteral("100000000"));
    CHECK(ramadan.value(QStringLiteral("hashtags")).toArray() ==
          QJsonArray{QStringLiteral("#TehSegar"), QStringLiteral("#SegarkanRamadan")});
    CHECK(ramadan.value(QStringLiteral("mentions")).toArray() == QJsonArray{QStringLiteral("@tehsegar.id")});
    CHECK(ramadan.value(QStringLiteral("disclosure")).toString() == QStringLiteral("#KolaborasiBerbayar"));
    CHECK(ramadan.value(QStringLiteral("platforms")).toArray() ==
          QJsonArray{QStringLiteral("instagram"), QStringLiteral("tiktok")});

    const QJsonArray participants = listJson(w, "participants");
    REQUIRE(participants.size() == 2);
    const QJsonObject rina = participants.at(1).toObject();
    CHECK(rina.value(QStringLiteral("commission_rate")).toDouble() == 10.0);
    CHECK(rina.value(QStringLiteral("deposit")).toString() == QStringLiteral("1500000"));
    CHECK(rina.value(QStringLiteral("currency")).toString() == QStringLiteral("IDR"));
    CHECK(participants.at(0).toObject().value(QStringLiteral("point_value")).toString() == QStringLiteral("10"));

    const QJsonArray contracts = listJson(w, "contracts");
    REQUIRE(contracts.size() == 1);
    const QJsonObject contract = contracts.at(0).toObject(); // the latest version's terms
    CHECK(contract.value(QStringLiteral("usage_end")).toString() == QStringLiteral("2026-12-31"));
    CHECK(contract.value(QStringLiteral("paid_ads")).toBool() == true);
    CHECK(contract.value(QStringLiteral("exclusivity_competitors")).toArray() ==
          QJsonArray{QStringLiteral("Kopi Kita")});
    CHECK(contract.value(QStringLiteral("kill_fee")).toString() == QStringLiteral("1000000"));

    const QJsonArray metrics = listJson(w, "post_metrics");
    REQUIRE(metrics.size() == 2);
    CHECK(metrics.at(1).toObject().value(QStringLiteral("impressions")).isNull()); // a later empty field stays empty
    CHECK(metrics.at(1).toObject().value(QStringLiteral("revenue")).toString() == QStringLiteral("6000000"));
    CHECK(listJson(w, "followers").size() == 5);
    CHECK(listJson(w, "deliverables").at(0).toObject().value(QStringLiteral("revision_limit")).toInteger() == 2);
    CHECK(listJson(w, "brands").at(1).toObject().value(QStringLiteral("competitors")).toArray().size() == 2);
}

TEST_CASE("writes interchange text for each value type")
{
    CHECK(cellText(QVariant(125050LL), ColumnType::Money, QStringLiteral("USD")) == QStringLiteral("1250.50"));
    CHECK(cellText(QVariant(450), ColumnType::Percent, {}) == QStringLiteral("4.5"));
    CHECK(cellText(QVariant(1000), ColumnType::Percent, {}) == QStringLiteral("10"));
    CHECK(cellText(QVariant(1), ColumnType::Bool, {}) == QStringLiteral("yes"));
    CHECK(cellText(QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")}), ColumnType::List, {}) ==
          QStringLiteral("a;b"));
    CHECK(cellText(QVariant(), ColumnType::Count, {}).isEmpty());
}

TEST_CASE("prints a readable table with the main columns")
{
    TempDir dir;
    auto ws =
        Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")), Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    auto rows = readRecords(db, *findRecordKind(u"brands"));
    REQUIRE(rows.ok());
    CHECK(recordsToText(rows.value()) ==
          QStringLiteral("name       category   competitors            contact_email\n"
                         "Kopi Kita  beverages\n"
                         "Teh Segar  beverages  Kopi Kita;Es Jeruk Co  marketing@tehsegar.example\n"
                         "2 rows\n"));
}
