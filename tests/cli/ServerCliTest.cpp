#include "CliRun.h"
#include "ServerDatabase.h"

#include <QRegularExpression>

// init and check on a server workspace, through the real program.
using cd::test::cli;
using cd::test::ServerDatabase;

TEST_CASE("init makes a server workspace once and check reports on it", "[postgresql]")
{
    ServerDatabase server;
    const QString db = server.address();
    auto made = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out == QStringLiteral("Created workspace %1 (schema v11).\n").arg(db));

    auto again = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("%1 is already a CollabDesk workspace (schema v11); nothing to do.\n").arg(db));

    auto check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out ==
          QStringLiteral("Workspace:   %1\nSchema:      v11 (current)\nIntegrity:   kept by the server (constraints "
                         "always enforced)\nSummaries:   agree with the snapshots\nRecords:     0 brands, 0 "
                         "creators, 0 campaigns, 0 participants, 0 deliverables, 0 contracts, 0 follower "
                         "snapshots, 0 post metric snapshots, 0 payments\n")
              .arg(db));
}

TEST_CASE("init refuses a server database that holds other tables and check an empty one", "[postgresql]")
{
    ServerDatabase server;
    const QString db = server.address();
    auto empty = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("the database %1 is empty").arg(db)));

    server.exec(QStringLiteral("CREATE TABLE orders (id integer)"));
    auto foreign = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("not a CollabDesk workspace's (orders)")));
    CHECK(foreign.out.isEmpty());
    // A password in the address is refused (formats.md) and never printed back.
    QString withPassword = db;
    withPassword.replace(QStringLiteral("postgresql://collabdesk_test@"),
                         QStringLiteral("postgresql://collabdesk_test:hunter2@"));
    REQUIRE(withPassword != db);
    auto secret = cli({QStringLiteral("--db"), withPassword, QStringLiteral("init")});
    CHECK(secret.exitCode == 1);
    CHECK(secret.err.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE((secret.out + secret.err).contains(QStringLiteral("hunter2")));
}

TEST_CASE("server init-roles sets the team up and says who can sign in", "[postgresql]")
{
    ServerDatabase server;
    const QString db = server.address();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
    (void)server.addressAs(QStringLiteral("cd_test_ana"), ServerDatabase::Rights::Given);
    (void)server.addressAs(QStringLiteral("cd_test_rina"), ServerDatabase::Rights::Given);
    // The small demo's three managers, one of them given a role.
    const QString manager = QStringLiteral("Dewi Lestari");
    auto done = cli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("init-roles"),
                     QStringLiteral("--admin"), QStringLiteral("cd_test_ana"), QStringLiteral("--manager"),
                     manager + QStringLiteral("=cd_test_rina")});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.startsWith(QStringLiteral("Roles ready on %1: collabdesk_admin changes everything; "
                                             "collabdesk_manager reads everything and changes only its own creators' "
                                             "records.\ncd_test_ana is an admin.\n")
                                  .arg(db)));
    CHECK(done.out.contains(QRegularExpression(QStringLiteral("\nDewi Lestari +cd_test_rina +yes\n"))));
    CHECK(done.out.contains(
        QRegularExpression(QStringLiteral("\nMarcus Tan +no: give a role with --manager NAME=ROLE\n"))));

    auto usage = cli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("init-roles"),
                      QStringLiteral("--manager"), QStringLiteral("cd_test_rina")});
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("--manager takes the manager's name and their role as NAME=ROLE")));
    auto missing = cli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("init-roles"),
                        QStringLiteral("--admin"), QStringLiteral("cd_test_nobody")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("the server has no role cd_test_nobody")));
}
