#include "TestSupport.h"

#include "models/BrandListModel.h"
#include "models/CreatorRosterModel.h"
#include "models/ListReads.h"
#include "services/BrandService.h"
#include "services/CreatorService.h"
#include "storage/Settings.h"

#include <QAbstractItemModelTester>

using namespace cd;
using cd::test::TempDir;

TEST_CASE("shows each creator once with tier, platforms and followers from the latest snapshots")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    CreatorRosterModel model(ws.value().get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == CreatorRosterModel::ColumnCount);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    CHECK(cell(0, CreatorRosterModel::Name).toString() == QStringLiteral("Alex Chen"));
    CHECK(cell(0, CreatorRosterModel::Tier).toString() == QStringLiteral("Mega"));
    CHECK(cell(2, CreatorRosterModel::Name).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(cell(2, CreatorRosterModel::Platforms).toString() == QStringLiteral("Instagram, TikTok"));
    // 52,500 (Instagram, latest of two snapshots) and 120,000 (TikTok): the followers shown are the
    // largest platform's, which the tier is taken from (a sum beside that tier read as a contradiction).
    CHECK(cell(2, CreatorRosterModel::Followers, CreatorRosterModel::SortRole).toLongLong() == 120'000);
    CHECK(cell(2, CreatorRosterModel::Followers).toString() == QStringLiteral("120,000"));
    CHECK(cell(2, CreatorRosterModel::Followers, Qt::ToolTipRole).toString() ==
          QStringLiteral("Followers on the largest platform, which sets the tier:\nInstagram: 52,500\nTikTok: "
                         "120,000\nAll platforms: 172,500"));
    CHECK(model.headerData(CreatorRosterModel::Followers, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("largest platform")));
    CHECK(cell(2, CreatorRosterModel::Tier).toString() == QStringLiteral("Macro"));
    CHECK(cell(1, CreatorRosterModel::Tier).toString() == QStringLiteral("Nano"));
    CHECK(cell(1, CreatorRosterModel::Name, CreatorRosterModel::ArchivedRole).toBool());
    CHECK(model.headerData(CreatorRosterModel::Followers, Qt::Horizontal).toString() == QStringLiteral("Followers"));

    SECTION("reloads after a committed change and follows the tier settings")
    {
        CreatorService creators(*ws.value());
        CreatorInput nano;
        nano.name = QStringLiteral("Wave 10");
        nano.accounts = {{Platform::TikTok, QStringLiteral("wave10"), 9'999}};
        REQUIRE(creators.add(nano).ok());
        REQUIRE(model.rowCount() == 4);
        CHECK(cell(3, CreatorRosterModel::Name).toString() == QStringLiteral("Wave 10"));
        CHECK(cell(3, CreatorRosterModel::Tier).toString() == QStringLiteral("Nano"));

        REQUIRE(settings::setTierThresholds(*ws.value(), {5'000, 50'000, 500'000}).ok());
        CHECK(cell(3, CreatorRosterModel::Tier).toString() == QStringLiteral("Micro"));
        auto bad = settings::setTierThresholds(*ws.value(), {50'000, 5'000, 500'000});
        CHECK_FALSE(bad.ok());
    }
}

TEST_CASE("lists brands with competitors and campaign counts, and follows imports")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    BrandListModel model(ws.value().get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(cell(0, BrandListModel::Name) == QStringLiteral("Kopi Kita"));
    CHECK(cell(0, BrandListModel::Competitors).isEmpty());
    CHECK(cell(0, BrandListModel::Campaigns) == QStringLiteral("1"));
    CHECK(cell(0, BrandListModel::ActiveCampaigns) == QStringLiteral("1")); // planned
    CHECK(cell(1, BrandListModel::Competitors) == QStringLiteral("Kopi Kita, Es Jeruk Co"));
    CHECK(cell(1, BrandListModel::Contact) == QStringLiteral("marketing@tehsegar.example"));
    // The search text: every cell as shown, a line each, case-folded.
    CHECK(model.index(1, 0).data(ListSearchTextRole).toString() ==
          QStringLiteral("teh segar\nbeverages\nkopi kita, es jeruk co\n1\n1\nmarketing@tehsegar.example\n"));

    BrandService brands(*ws.value());
    REQUIRE(brands.add({QStringLiteral("Glowria"), QStringLiteral("beauty"), {}, {}, {}}).ok());
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(0, BrandListModel::Name) == QStringLiteral("Glowria"));
    CHECK(cell(0, BrandListModel::Campaigns) == QStringLiteral("0"));

    // A page feeds the model a read from its worker: a failed one empties it and says why.
    model.setRows(fail(QStringLiteral("disk I/O error")));
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError() == QStringLiteral("disk I/O error"));
    QSqlDatabase db = ws.value()->db();
    model.setRows(BrandListModel::read(db));
    CHECK(model.rowCount() == 3);
    CHECK(model.lastError().isEmpty());
    // Fed, it reads nothing itself, neither at first nor after a change.
    BrandListModel fed(ws.value().get(), nullptr, ListReads::Fed);
    CHECK(fed.rowCount() == 0);
    REQUIRE(brands.add({QStringLiteral("Sari Roti"), QStringLiteral("food"), {}, {}, {}}).ok());
    CHECK(fed.rowCount() == 0);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("the roster sorts by name as people read names: numbers by value, case and accents aside")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    CreatorService creators(*ws.value());
    // Beside the fixture's Alex Chen, Budi Santoso and Rina Wijaya.
    for (const char *name : {"studio 10", "Studio 2", "Émile", "Eka"}) {
        CreatorInput c;
        c.name = QString::fromUtf8(name);
        REQUIRE(creators.add(c).ok());
    }
    CreatorRosterModel model(ws.value().get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QMap<int, QString> byPlace;
    for (int row = 0; row < model.rowCount(); ++row)
        byPlace.insert(model.index(row, CreatorRosterModel::Name).data(CreatorRosterModel::SortRole).toInt(),
                       model.index(row, CreatorRosterModel::Name).data().toString());
    CHECK(byPlace.values() == QStringList{QStringLiteral("Alex Chen"), QStringLiteral("Budi Santoso"),
                                          QStringLiteral("Eka"), QString::fromUtf8("Émile"),
                                          QStringLiteral("Rina Wijaya"), QStringLiteral("Studio 2"),
                                          QStringLiteral("studio 10")});
    CHECK(byPlace.firstKey() == 0);
    CHECK(byPlace.lastKey() == 6); // seven names, seven places
    // The rows come in that order too, so rows another column sorts as equal (one tier) stay in name
    // order under the list's stable sort; each one's search text is folded.
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, CreatorRosterModel::Name).data(CreatorRosterModel::SortRole).toInt() == row);
    const auto searchText = [&](int row) {
        return model.index(row, 0).data(CreatorRosterModel::SearchTextRole).toString();
    };
    CHECK(searchText(3).startsWith(QString::fromUtf8("émile\n")));
    CHECK(searchText(6).startsWith(QStringLiteral("studio 10\n")));
}

TEST_CASE("search texts fold case as typed search terms do")
{
    // ASCII: only A-Z lowered ('@' and '[' sit either side of them); other text by Unicode's folding.
    // In UTF-8: one byte a character for ASCII, and no more room held than the text takes.
    const SearchText budi = searchTextOf({QStringLiteral("Budi @Z[ Santoso"), QStringLiteral("Mega")});
    CHECK(budi == QByteArray("budi @z[ santoso\nmega\n"));
    CHECK(budi.capacity() == budi.size());
    const SearchText emile = searchTextOf({QString::fromUtf8("ÉMILE Ünal"), QStringLiteral("AB")});
    CHECK(emile == QByteArray("\xc3\xa9mile \xc3\xbcnal\nab\n")); // é and ü: two bytes each
    CHECK(emile.capacity() == emile.size());
    // Cell by cell: ASCII cells beside one that is not, before and after it, each folded.
    CHECK(QString::fromUtf8(searchTextOf({QStringLiteral("ZARA"), QString::fromUtf8("—"), QString::fromUtf8("MÜLLER"),
                                          QStringLiteral("Nano")})) == QString::fromUtf8("zara\n—\nmüller\nnano\n"));
    CHECK(searchTextOf({QString(), QStringLiteral("X")}) == QByteArray("\nx\n"));
    CHECK(searchTextOf({}).isEmpty());
    const QByteArrayList terms = searchTerms(QString::fromUtf8("  Émile   SANTOSO "));
    CHECK(terms == QByteArrayList{QString::fromUtf8("émile").toUtf8(), QByteArray("santoso")});
    CHECK(matchesAll(searchTextOf({QString::fromUtf8("Émile Santoso")}), terms));
    CHECK_FALSE(matchesAll(searchTextOf({QString::fromUtf8("Émile Wijaya")}), terms));
    CHECK(searchTerms(QStringLiteral("   ")).isEmpty()); // nothing typed: no term, every row shown
    CHECK(matchesAll(searchTextOf({QStringLiteral("Rina")}), {}));
}
