#include "TestSupport.h"

#include "records/RecordImage.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace cd;
using cd::test::TempDir;

namespace {
qint64 count(Workspace &ws, const char *table)
{
    QSqlDatabase db = ws.db();
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
}
} // namespace

TEST_CASE("a deleted campaign comes back whole from its image, with all it held")
{
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    const char *tables[] = {"campaigns",
                            "campaign_platforms",
                            "campaign_tags",
                            "participants",
                            "deliverables",
                            "deliverable_feedback",
                            "posts",
                            "post_metric_snapshots",
                            "contracts",
                            "contract_status_changes",
                            "contract_versions",
                            "payments"};
    QList<qint64> before;
    for (const char *t : tables)
        before << count(ws, t);
    QSqlDatabase db = ws.db();
    const RecordImage tree = RecordImage::capture(db, RecordImage::Kind::CampaignTree, 1).value();
    CHECK(tree.name() == QStringLiteral("Ramadan Refresh 2026"));
    CHECK(tree.rowCount(QStringLiteral("participants")) == 2);
    CHECK(tree.rowCount(QStringLiteral("post_metric_snapshots")) == 2);
    CHECK(tree.rowCount(QStringLiteral("deliverable_feedback")) == 1);
    CHECK(tree.rowCount(QStringLiteral("contract_versions")) >= 1);

    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM campaigns WHERE id = 1")).ok());
    CHECK(count(ws, "participants") == before[3] - 2);
    CHECK(count(ws, "post_metric_snapshots") == 0);
    REQUIRE(writeInTransaction(ws, [&](Transaction &tx) { return tree.restore(tx); }).ok());
    for (int i = 0; i < int(std::size(tables)); ++i) {
        INFO(tables[i]);
        CHECK(count(ws, tables[i]) == before[i]);
    }
    CHECK(RecordImage::capture(db, RecordImage::Kind::CampaignTree, 1).value() == tree);

    // The brief image (what the editor changes) leaves the creators taking part alone.
    const RecordImage brief = RecordImage::capture(db, RecordImage::Kind::Campaign, 1).value();
    REQUIRE(
        sql::run(db, QStringLiteral("UPDATE campaigns SET name = 'Renamed', name_key = 'renamed' WHERE id = 1")).ok());
    REQUIRE(sql::run(db, QStringLiteral("DELETE FROM campaign_tags WHERE campaign_id = 1")).ok());
    REQUIRE(writeInTransaction(ws, [&](Transaction &tx) { return brief.restore(tx); }).ok());
    CHECK(RecordImage::capture(db, RecordImage::Kind::Campaign, 1).value() == brief);
    CHECK(count(ws, "participants") == before[3]);
}
