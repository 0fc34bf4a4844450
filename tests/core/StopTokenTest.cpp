// Calling off the slow steps of an open (the check, the update) from another thread: the open
// fails with a message that says so, and the file is as it was.
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/Connection.h"
#include "storage/FileIdentity.h"
#include "storage/Sql.h"
#include "storage/StopToken.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <thread>

using namespace cd;
using cd::test::TempDir;

namespace {
// A workspace written to by "another program" (the same bytes again): the next open checks it.
void touch(const QString &path)
{
    const QByteArray bytes = test::fileBytes(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(bytes);
}
} // namespace

TEST_CASE("a stop from another thread interrupts the statement running on the watched connection", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.collabdesk"));
    test::createWorkspace(path).reset();
    const QString name = connection::uniqueName(QStringLiteral("stop-test"));
    {
        auto db = connection::open(path, name, connection::Access::ReadOnly);
        REQUIRE(db.ok());
        StopToken token;
        const StopToken::Watch watch(&token, db.value());
        std::thread stopper([&token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            token.stop();
        });
        // Counting to ten billion would take minutes: the stop ends it.
        QSqlQuery q(db.value());
        const bool ran = q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                               "WHERE x < 10000000000) SELECT count(*) FROM c"));
        stopper.join();
        CHECK_FALSE(ran);
        CHECK(q.lastError().text().contains(QStringLiteral("interrupted")));
        CHECK(token.stopped());
    }
    connection::close(name);
}

TEST_CASE("an open called off during its check fails, says so and leaves the workspace as it was", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.collabdesk"));
    test::createWorkspace(path).reset();
    touch(path);
    const QByteArray before = test::fileBytes(path);

    StopToken token;
    QList<Workspace::Stage> stages;
    Workspace::Options options;
    options.stop = &token;
    options.onStage = [&](Workspace::Stage stage) {
        stages << stage;
        token.stop(); // the person presses Cancel as the check begins
    };
    auto ws = Workspace::open(path, options);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error() == QStringLiteral("Opening %1 was cancelled; nothing in it was changed.").arg(path));
    CHECK(stages == QList<Workspace::Stage>{Workspace::Stage::Checking});
    CHECK(test::fileBytes(path) == before);
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
        CHECK_FALSE(QFileInfo::exists(path + QLatin1String(suffix)));

    // Without the stop the same file opens, after its check.
    stages.clear();
    options.onStage = [&](Workspace::Stage stage) { stages << stage; };
    options.stop = nullptr;
    CHECK(Workspace::open(path, options).ok());
    CHECK(stages == QList<Workspace::Stage>{Workspace::Stage::Checking});
    // Closed cleanly, it opens next time with no slow step at all.
    stages.clear();
    CHECK(Workspace::open(path, options).ok());
    CHECK(stages.isEmpty());
}

TEST_CASE("an update called off midway rolls back every step and leaves the workspace as it was")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    const QByteArray before = test::fileBytes(path);
    StopToken token;
    QList<Workspace::Stage> stages;
    Workspace::Options options;
    options.stop = &token;
    options.onStage = [&](Workspace::Stage stage) { stages << stage; };
    // After this build's steps, one that is stopped while it writes many rows.
    QList<MigrationStep> steps = standardMigrations();
    steps << MigrationStep{CurrentSchemaVersion + 1, [&token](QSqlDatabase &db) {
                               token.stop();
                               return connection::exec(
                                   db, QStringLiteral("CREATE TABLE counted AS WITH RECURSIVE c(x) AS (SELECT 1 UNION "
                                                      "ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT x FROM c"));
                           }};
    options.migrations = steps;
    auto ws = Workspace::open(path, options);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error() == QStringLiteral("Opening %1 was cancelled; nothing in it was changed.").arg(path));
    CHECK(stages ==
          QList<Workspace::Stage>{Workspace::Stage::Checking, Workspace::Stage::BackingUp, Workspace::Stage::Updating});
    CHECK(test::fileBytes(path) == before);
    auto identity = identifyFile(path);
    REQUIRE(identity.ok());
    CHECK(identity->version == 1);

    // Stopped before the copy: not even the copy is made.
    StopToken early;
    early.stop();
    options.stop = &early;
    options.onStage = {};
    QFile::remove(backup::preMigrationPath(path, CurrentSchemaVersion + 1));
    REQUIRE_FALSE(Workspace::open(path, options).ok());
    CHECK_FALSE(QFileInfo::exists(backup::preMigrationPath(path, CurrentSchemaVersion + 1)));
    CHECK(test::fileBytes(path) == before);
}
