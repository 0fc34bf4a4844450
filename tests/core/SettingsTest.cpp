#include "TestSupport.h"

#include "storage/Sql.h"
#include "storage/WorkspaceDefaults.h"

#include <QSignalSpy>

using namespace cd;

TEST_CASE("workspace defaults start from domain.md and keep what the user saves")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("settings.collabdesk")));
    QSqlDatabase db = ws->db();
    WorkspaceDefaults d = settings::defaults(db);
    CHECK(d == WorkspaceDefaults());
    CHECK(d.tiers.micro == 10'000);
    CHECK(d.currency == QStringLiteral("IDR"));
    CHECK(d.rightsExpiringDays == 30);
    CHECK(d.baselines.value(Platform::Instagram) == EngagementBaseline{300, 600});
    CHECK(d.baselines.value(Platform::X) == EngagementBaseline{50, 100});
    CHECK_FALSE(d.baselines.value(Platform::TikTok).lowBp.has_value());

    d.tiers = {5'000, 50'000, 500'000};
    d.currency = QStringLiteral("USD");
    d.rightsExpiringDays = 14;
    d.baselines[Platform::TikTok] = {400, 900};
    d.baselines[Platform::Instagram] = {};
    d.medianFactor = 4;
    d.engagementBasis = QStringLiteral("reach");
    QSignalSpy changed(ws.get(), &Workspace::changed);
    REQUIRE(settings::saveDefaults(*ws, d).ok());
    CHECK(changed.count() == 1);
    CHECK(settings::defaults(db) == d);

    WorkspaceDefaults bad = d;
    bad.baselines[Platform::Facebook] = {200, 100};
    auto refused = settings::saveDefaults(*ws, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() ==
          QStringLiteral("the Facebook baseline must run from a low to a higher rate between 0% and 100%"));
    bad = d;
    bad.currency = QStringLiteral("RP");
    CHECK_FALSE(settings::saveDefaults(*ws, bad).ok());
    bad = d;
    bad.tiers = {50'000, 5'000, 500'000};
    CHECK(settings::saveDefaults(*ws, bad).error().startsWith(QStringLiteral("tier thresholds must grow")));
    CHECK(settings::defaults(db) == d); // nothing of a refused save is kept

    // A value broken by hand falls back to the defaults instead of breaking the app.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE settings SET value = '0' WHERE key = 'rights.expiring_days'")).ok());
    CHECK(settings::defaults(db) == WorkspaceDefaults());
}
