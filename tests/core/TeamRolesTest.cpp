// People and their rights on a server workspace ([postgresql]): `server init-roles` (team::setUp)
// and the server's row-level security behind it, seen from each person's own login role.
#include "desk/TeamRoles.h"
#include "ServerDatabase.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "desk/Managers.h"
#include "records/RecordImage.h"
#include "services/CreatorService.h"
#include "storage/Connection.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace cd;
using Rights = test::ServerDatabase::Rights;
using test::OtherTransaction;

namespace {

std::unique_ptr<Workspace> openAs(const QString &address, bool create = false)
{
    Workspace::Options options;
    options.create = create;
    auto ws = Workspace::open(address, options);
    INFO((ws ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

QVariant scalar(Workspace &ws, const QString &statement, const QVariantList &params = {})
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, statement, params);
    INFO((v ? QString() : v.error()).toStdString());
    REQUIRE(v.ok());
    return v.value();
}

qint64 addCreator(Workspace &ws, const char *name, const char *manager, const char *handle)
{
    CreatorInput in;
    in.name = QString::fromLatin1(name);
    in.manager = QString::fromLatin1(manager);
    in.accounts = {{Platform::Instagram, QString::fromLatin1(handle), 12000}};
    auto id = CreatorService(ws).add(in);
    INFO((id ? QString() : id.error()).toStdString());
    REQUIRE(id.ok());
    return id.value();
}

// A workspace made by its owner (the test server's superuser) with two managers and a creator each,
// its team's roles set up: Ana an admin, Rina and Tono managers signing in as themselves.
struct Team
{
    test::PinnedClock clock;
    test::ServerDatabase server;
    std::unique_ptr<Workspace> owner = openAs(server.address(), true);
    qint64 sari = addCreator(*owner, "Sari Wulandari", "Rina Wijaya", "sari.glow");
    qint64 budi = addCreator(*owner, "Budi Santoso", "Tono Hadi", "budi.eats");
    QList<team::ManagerSignIn> signIns;

    Team()
    {
        for (const char *role : {"cd_test_ana", "cd_test_rina", "cd_test_tono"})
            (void)server.addressAs(QString::fromLatin1(role), Rights::Given);
        team::Setup setup;
        setup.admins = {QStringLiteral("cd_test_ana")};
        setup.managers = {{QStringLiteral("Rina Wijaya"), QStringLiteral("cd_test_rina")},
                          {QStringLiteral("Tono Hadi"), QStringLiteral("cd_test_tono")}};
        auto done = team::setUp(*owner, setup);
        INFO((done ? QString() : done.error()).toStdString());
        REQUIRE(done.ok());
        signIns = done.value();
    }
    std::unique_ptr<Workspace> as(const char *role)
    {
        return openAs(server.addressAs(QString::fromLatin1(role), Rights::Given));
    }
};

} // namespace

TEST_CASE("two set-ups granting one membership at the same moment both succeed", "[postgresql]")
{
    test::PinnedClock clock;
    test::ServerDatabase server;
    std::unique_ptr<Workspace> owner = openAs(server.address(), true);
    const QString admin = server.name() + QStringLiteral("_admin"); // this test's own: not a member yet
    (void)server.addressAs(admin, Rights::Given);
    REQUIRE(team::setUp(*owner, {}).ok()); // the groups exist
    // Someone else's set-up has granted the membership and not committed yet: ours waits for it, then
    // meets its row when it commits.
    OtherTransaction other(server.address(), QStringLiteral("GRANT collabdesk_admin TO %1").arg(admin));
    team::Setup setup;
    setup.admins = {admin};
    auto done = team::setUp(*owner, setup);
    CHECK(other.committed());
    INFO((done ? QString() : done.error()).toStdString());
    REQUIRE(done.ok());
    CHECK(scalar(*owner, QStringLiteral("SELECT pg_has_role(?, 'collabdesk_admin', 'MEMBER')"), {admin}).toBool());
}

TEST_CASE("a set-up meeting a transaction that holds a table and then writes a manager waits and both succeed",
          "[postgresql]")
{
    test::PinnedClock clock;
    test::ServerDatabase server;
    std::unique_ptr<Workspace> owner = openAs(server.address(), true);
    addCreator(*owner, "Sari Wulandari", "Rina Wijaya", "sari.glow");
    (void)server.addressAs(QStringLiteral("cd_test_rina"), Rights::Given);
    // As an autovacuum ANALYZE right after a big write: the other holds a table the set-up alters,
    // then wants the manager row the set-up writes. Had the set-up written that row before waiting
    // for the table, each would wait for the other (the server's "deadlock detected").
    OtherTransaction other(server.address(), QStringLiteral("LOCK TABLE accounts IN SHARE UPDATE EXCLUSIVE MODE"),
                           QStringLiteral("UPDATE managers SET updated_by = 'other' WHERE name = 'Rina Wijaya'"));
    team::Setup setup;
    setup.managers = {{QStringLiteral("Rina Wijaya"), QStringLiteral("cd_test_rina")}};
    auto done = team::setUp(*owner, setup);
    CHECK(other.committed());
    INFO((done ? QString() : done.error()).toStdString());
    REQUIRE(done.ok());
    CHECK(scalar(*owner, QStringLiteral("SELECT role FROM managers WHERE name = 'Rina Wijaya'")).toString() ==
          QStringLiteral("cd_test_rina"));
}

TEST_CASE("server init-roles records each manager's role and says who can sign in", "[postgresql]")
{
    Team team;
    REQUIRE(team.signIns.size() == 2);
    CHECK(team.signIns.at(0).manager == QStringLiteral("Rina Wijaya"));
    CHECK(team.signIns.at(0).role == QStringLiteral("cd_test_rina"));
    CHECK(team.signIns.at(0).roleOnServer);
    CHECK(team.signIns.at(1).role == QStringLiteral("cd_test_tono"));
    CHECK(scalar(*team.owner, QStringLiteral("SELECT pg_has_role('cd_test_rina', 'collabdesk_manager', 'MEMBER') AND "
                                             "pg_has_role('cd_test_ana', 'collabdesk_admin', 'MEMBER') AND NOT "
                                             "pg_has_role('cd_test_ana', 'collabdesk_manager', 'MEMBER')"))
              .toBool());

    // Run again it changes nothing it made; a role the server lacks, or one already a manager's,
    // is refused and nothing of the run is kept.
    REQUIRE(team::setUp(*team.owner, {}).ok());
    team::Setup unknown;
    unknown.admins = {QStringLiteral("cd_test_ana")};
    unknown.managers = {{QStringLiteral("Tono Hadi"), QStringLiteral("cd_test_nobody")}};
    CHECK(
        team::setUp(*team.owner, unknown).error() ==
        QStringLiteral("the server has no role cd_test_nobody; make it first (createuser --pwprompt cd_test_nobody)"));
    team::Setup taken;
    taken.managers = {{QStringLiteral("Tono Hadi"), QStringLiteral("cd_test_rina")}};
    CHECK(team::setUp(*team.owner, taken).error() ==
          QStringLiteral("the role cd_test_rina already belongs to the manager Rina Wijaya"));
    team::Setup stranger;
    stranger.managers = {{QStringLiteral("Dewi"), QStringLiteral("cd_test_rina")}};
    CHECK(team::setUp(*team.owner, stranger).error().startsWith(QStringLiteral("the workspace has no manager Dewi")));
    // Only the owner (or a superuser) sets the team up; a manager is told who can.
    CHECK(team::setUp(*team.as("cd_test_rina"), {}).error() ==
          QStringLiteral("signed in as cd_test_rina, you cannot set the team's roles up: that takes the workspace's "
                         "owner (collabdesk_test) with the right to create roles (CREATEROLE), or a superuser"));
    CHECK(scalar(*team.owner, QStringLiteral("SELECT string_agg(role, ',' ORDER BY name_key) FROM managers"))
              .toString() == QStringLiteral("cd_test_rina,cd_test_tono"));

    // A file has no roles.
    test::TempDir dir;
    auto file = openAs(dir.path(QStringLiteral("w.collabdesk")), true);
    CHECK(team::setUp(*file, {}).error().endsWith(QStringLiteral("is a file, which one person at a time works in")));
}

TEST_CASE("a manager changes their own creators' records, reads the others' and cannot change them", "[postgresql]")
{
    Team team;
    auto rina = team.as("cd_test_rina");
    CreatorService rinas(*rina);

    // She is the manager who signs in as her role; the owner is none of them.
    QSqlDatabase rinasDb = rina->db(), ownersDb = team.owner->db();
    CHECK(ManagerService::signedIn(rinasDb) == ManagerService::findByName(rinasDb, QStringLiteral("Rina Wijaya")));
    CHECK_FALSE(ManagerService::signedIn(ownersDb).has_value());

    // Rina reads the whole roster, Tono's creator too.
    CHECK(scalar(*rina, QStringLiteral("SELECT count(*) FROM creators")).toInt() == 2);
    CHECK(scalar(*rina, QStringLiteral("SELECT count(*) FROM follower_snapshots")).toInt() == 2);

    // Her own creator: changed, with a new follower count, and she is named as the author.
    CreatorInput sari = rinas.load(team.sari).value();
    sari.niche = QStringLiteral("skincare");
    REQUIRE(rinas.update(team.sari, sari).ok());
    const qint64 sarisAccount =
        scalar(*rina, QStringLiteral("SELECT id FROM accounts WHERE creator_id = ?"), {team.sari}).toLongLong();
    REQUIRE(rinas.recordFollowers(sarisAccount, QDate(2026, 11, 22), 12500, QStringLiteral("test")).ok());
    CHECK(
        scalar(*team.owner, QStringLiteral("SELECT niche || ' ' || updated_by FROM creators WHERE id = ?"), {team.sari})
            .toString() == QStringLiteral("skincare cd_test_rina"));

    // Tono's creator: every kind of change is refused, and says why.
    const QString notHers = QStringLiteral("Budi Santoso is another manager's creator: you can read their records, but "
                                           "only their manager or an admin can change them");
    CreatorInput budi = rinas.load(team.budi).value();
    budi.niche = QStringLiteral("food");
    CHECK(rinas.update(team.budi, budi).error() == notHers);
    CHECK(rinas.setStatus(team.budi, CreatorStatus::Archived).error() == notHers);
    CHECK(rinas.remove(team.budi).error() == notHers);
    // Taking him over is a change to him too.
    budi.manager = QStringLiteral("Rina Wijaya");
    CHECK(rinas.update(team.budi, budi).error() == notHers);
    {
        // The undo history and the forms read a record before they change it: refused there first.
        Transaction tx(*rina);
        REQUIRE(tx);
        CHECK(RecordImage::captureForChange(tx, RecordImage::Kind::Creator, team.budi).error() == notHers);
        CHECK(RecordImage::captureForChange(tx, RecordImage::Kind::Creator, team.sari).ok());
    }
    // A new row for him (a follower count) is refused by the server itself.
    const qint64 budisAccount =
        scalar(*rina, QStringLiteral("SELECT id FROM accounts WHERE creator_id = ?"), {team.budi}).toLongLong();
    const Status counted = rinas.recordFollowers(budisAccount, QDate(2026, 11, 22), 99000, QStringLiteral("test"));
    CHECK(counted.error().startsWith(QStringLiteral("the server refused a change your role may not make")));
    // Handing her own creator to Tono is refused as well: it would be a change to his.
    sari.manager = QStringLiteral("Tono Hadi");
    CHECK(rinas.update(team.sari, sari).error().startsWith(QStringLiteral("the server refused a change")));

    // A creator with no manager is an admin's to change (or to give a manager).
    const qint64 dewi = addCreator(*team.owner, "Dewi Anggraini", "", "dewi.daily");
    CreatorInput nobodys = rinas.load(dewi).value();
    nobodys.manager = QStringLiteral("Rina Wijaya");
    CHECK(
        rinas.update(dewi, nobodys).error() ==
        QStringLiteral("Dewi Anggraini has no manager: you can read their records, but only an admin can change them, "
                       "or make you their manager"));

    // Nothing of Tono's creator changed.
    CHECK(scalar(*team.owner,
                 QStringLiteral("SELECT niche || '|' || status || '|' || coalesce(manager_id, 0) || '|' || updated_by "
                                "FROM creators WHERE id = ?"),
                 {team.budi})
              .toString() == QStringLiteral("|active|2|collabdesk_test"));
    CHECK(scalar(*team.owner, QStringLiteral("SELECT count(*) FROM follower_snapshots WHERE account_id = ?"),
                 {budisAccount})
              .toInt() == 1);

    // Ana, an admin, changes Tono's creator; a manager may not change the settings.
    auto ana = team.as("cd_test_ana");
    budi.manager = QStringLiteral("Tono Hadi");
    REQUIRE(CreatorService(*ana).update(team.budi, budi).ok());
    CHECK(
        scalar(*team.owner, QStringLiteral("SELECT niche || ' ' || updated_by FROM creators WHERE id = ?"), {team.budi})
            .toString() == QStringLiteral("food cd_test_ana"));
    QSqlDatabase db = rina->db();
    CHECK(sql::run(db, QStringLiteral("UPDATE managers SET role = 'cd_test_rina' WHERE name = 'Tono Hadi'"))
              .error()
              .startsWith(QStringLiteral("the server refused a change")));
}
