#include "TestSupport.h"

#include "analytics/Dashboard.h"

using namespace cd;
using cd::test::TempDir;

TEST_CASE("the dashboard ranks costs per engagement and follower growth across the roster")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(opened.ok());
    Workspace &ws = *opened.value();
    QSqlDatabase db = ws.db();

    SECTION("no count in the last 30 days: no growth either way")
    {
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->fastestGrowing.isEmpty());
        CHECK(d->falling.isEmpty());
        // Rina's Instagram 52,500 and TikTok 120,000, Alex's YouTube 1,250,000 all 26 weeks; Budi is
        // archived and left out.
        CHECK(d->rosterAccounts == 3);
        REQUIRE(d->rosterFollowers.size() == 26);
        CHECK(d->rosterFollowers.first() == std::pair<QDate, qint64>(QDate(2026, 6, 1), 1'422'500));
        CHECK(d->rosterFollowers.last() == std::pair<QDate, qint64>(QDate(2026, 11, 23), 1'422'500));
        // The running campaign's one creator: Rp5.850.000 / 3,525 engagements.
        CHECK(d->costCurrency == QStringLiteral("IDR"));
        REQUIRE(d->cheapest.size() == 1);
        CHECK(d->cheapest.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(d->cheapest.first().cpe.plain() == QStringLiteral("1659.57"));
        CHECK(d->cheapest.first().engagements == 3525);
        CHECK(d->cheapest.first().campaignId == 1);
        CHECK(d->dearest.isEmpty());
    }
    SECTION("one creator grows, one falls")
    {
        test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                      "(1, '2026-11-20', 60000), (3, '2026-11-01', 1200000)"));
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        // Rina: 30 days ago 52,500 + 120,000 = 172,500; today 60,000 + 120,000 = 180,000:
        // +7,500 / 172,500 = 4.3478...%. Alex: 1,250,000 -> 1,200,000 = -4%.
        REQUIRE(d->fastestGrowing.size() == 1);
        CHECK(d->fastestGrowing.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(d->fastestGrowing.first().before == 172'500);
        CHECK(d->fastestGrowing.first().now == 180'000);
        CHECK(d->fastestGrowing.first().percent == Approx(4.347826).epsilon(1e-6));
        REQUIRE(d->falling.size() == 1);
        CHECK(d->falling.first().creator == QStringLiteral("Alex Chen"));
        CHECK(d->falling.first().percent == Approx(-4.0));
        // Weekly: Alex's drop shows from the week of 11-02, Rina's rise in the last week.
        CHECK(d->rosterFollowers.at(21) == std::pair<QDate, qint64>(QDate(2026, 10, 26), 1'422'500));
        CHECK(d->rosterFollowers.at(22) == std::pair<QDate, qint64>(QDate(2026, 11, 2), 1'372'500));
        CHECK(d->rosterFollowers.at(24).second == 1'372'500);
        CHECK(d->rosterFollowers.at(25).second == 1'380'000);
    }
    SECTION("an account first counted this month is not growth")
    {
        test::exec(ws, QStringLiteral("INSERT INTO accounts (creator_id, platform, handle, handle_key, created_at) "
                                      "VALUES (2, 'tiktok', 'alexc', 'alexc', '2026-11-01T00:00:00Z')"));
        test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) "
                                      "SELECT id, '2026-11-10', 90000 FROM accounts WHERE handle = 'alexc'"));
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->fastestGrowing.isEmpty());
        CHECK(d->rosterAccounts == 3);
        CHECK(d->rosterFollowers.last().second == 1'422'500);
    }
    SECTION("an empty workspace has nothing to rank")
    {
        auto empty = test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk")));
        QSqlDatabase edb = empty->db();
        auto d = dashboard(edb, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->rosterFollowers.isEmpty());
        CHECK(d->rosterAccounts == 0);
        CHECK(d->cheapest.isEmpty());
        CHECK(d->costCurrency.isEmpty());
    }
}
