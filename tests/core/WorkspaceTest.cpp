#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/Connection.h"
#include "storage/FileIdentity.h"
#include "storage/Restore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

using namespace cd;
using cd::test::TempDir;

namespace {
qint64 count(Workspace &ws, const char *table)
{
    QSqlDatabase db = ws.db();
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(n.ok());
    return n->toLongLong();
}

void insertBrand(Transaction &tx, const QString &name)
{
    auto q = sql::run(
        tx.db(), QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) VALUES (?, ?, 'x', 'x')"),
        {name, name.toLower()});
    REQUIRE(q.ok());
}
} // namespace

TEST_CASE("creates a workspace with CollabDesk's id, the current schema and private permissions", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.collabdesk"));
    {
        auto ws = test::createWorkspace(path);
        CHECK(ws->schemaVersion() == CurrentSchemaVersion);
        CHECK_FALSE(ws->isReadOnly());
        CHECK(ws->displayName() == QStringLiteral("new"));
    }
    auto identity = identifyFile(path);
    REQUIRE(identity.ok());
    CHECK(identity->kind == FileIdentity::Kind::Workspace);
    CHECK(identity->version == CurrentSchemaVersion);
    CHECK(QFileInfo(path).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // WAL and foreign keys are on for writing connections.
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::scalar(db, QStringLiteral("PRAGMA application_id")).value().toUInt() == ApplicationId);
}

TEST_CASE("SQLite does not count its allocations under one mutex for every thread", "[file]")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("count.collabdesk")));
    QSqlDatabase db = ws->db();
    REQUIRE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators")).ok());
    // With the count on, an open workspace holds hundreds of KiB by it; off, it stays at nothing.
    CHECK(sqlite3_memory_used() == 0);
}

TEST_CASE("a larger page cache lasts as long as its scope and never makes a cache smaller", "[file]")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("cache.collabdesk")));
    QSqlDatabase db = ws->db();
    const auto cacheSize = [&] { return sql::scalar(db, QStringLiteral("PRAGMA cache_size"))->toLongLong(); };
    const qint64 before = cacheSize();
    CHECK(before == -2000); // SQLite's default: 2,000 KiB
    {
        const connection::LargerPageCache larger(db, 8192);
        CHECK(cacheSize() == -8192);
    }
    CHECK(cacheSize() == before);
    // Already larger (in pages of 4 KiB: 4,000 pages are 16,000 KiB): left as it is, and after.
    REQUIRE(connection::exec(db, QStringLiteral("PRAGMA cache_size = 4000")).ok());
    {
        const connection::LargerPageCache larger(db, 8192);
        CHECK(cacheSize() == 4000);
    }
    CHECK(cacheSize() == 4000);
}

TEST_CASE("refuses a missing file unless asked to create it")
{
    TempDir dir;
    auto ws = Workspace::open(dir.path(QStringLiteral("missing.collabdesk")));
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().contains(QStringLiteral("there is no workspace at")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("missing.collabdesk"))));
}

TEST_CASE("refuses foreign, newer and damaged files and leaves them unchanged byte for byte")
{
    TempDir dir;
    QString path;
    QString expected;
    SECTION("a text file")
    {
        path = dir.path(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("name,platform\nRina,instagram\n").repeated(10));
        f.close();
        expected = QStringLiteral("not a SQLite database");
    }
    SECTION("another application's SQLite database")
    {
        path = dir.path(QStringLiteral("other.sqlite"));
        test::rawExec(path, QStringLiteral("PRAGMA application_id = 1234"));
        test::rawExec(path, QStringLiteral("CREATE TABLE t (x)"));
        expected = QStringLiteral("belongs to another application");
    }
    SECTION("an empty SQLite database")
    {
        path = dir.path(QStringLiteral("blank.sqlite"));
        test::rawExec(path, QStringLiteral("CREATE TABLE t (x)"));
        test::rawExec(path, QStringLiteral("DROP TABLE t"));
        expected = QStringLiteral("an empty SQLite database");
    }
    SECTION("a workspace from a newer CollabDesk")
    {
        path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
        test::rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
        expected = QStringLiteral("newer CollabDesk (workspace schema v99");
    }
    SECTION("a damaged workspace")
    {
        path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100); // the schema table's page, after the 100-byte header
        f.write(QByteArray(3000, '\xA5'));
        f.close();
        expected = QStringLiteral("is damaged");
    }
    const QByteArray before = test::fileBytes(path);
    for (auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
        Workspace::Options options;
        options.access = access;
        options.create = true;
        auto ws = Workspace::open(path, options);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().contains(expected));
        CHECK(ws.error().contains(QStringLiteral("left unchanged")));
    }
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("lets one process write and tells the next who holds the workspace", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.collabdesk"));
    auto first = test::createWorkspace(path);
    auto second = Workspace::open(path);
    REQUIRE_FALSE(second.ok());
    // The holder is named by its program: "CollabDesk" for the app, here the test program.
    const QString holder = QStringLiteral("core_tests (pid %1)").arg(QCoreApplication::applicationPid());
    CHECK(second.error() ==
          QStringLiteral("%1 is open in %2; close it there first, or open it read-only").arg(path, holder));
    CHECK(Workspace::lockHolder(path) == holder);

    auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
    REQUIRE(reader.ok());
    CHECK(reader.value()->isReadOnly());
    Transaction refused(*reader.value());
    CHECK_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("read-only")));

    first.reset();
    CHECK(Workspace::lockHolder(path).isEmpty());
    CHECK(Workspace::open(path).ok());
}

TEST_CASE("checks integrity after an unclean shutdown", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crashed.collabdesk"));
    test::createWorkspace(path).reset();
    // A lock file left behind by a process that no longer runs.
    QFile lock(Workspace::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("2147483000\ncollabdesk\n\n");
    lock.close();
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->notices().size() == 1);
    CHECK(ws.value()->notices().first().contains(QStringLiteral("not closed properly")));
    ws.value().reset();
    auto again = Workspace::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->notices().isEmpty());
}

TEST_CASE("rolls a transaction back unless it is committed, and signals only after commit")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("tx.collabdesk")));
    QSignalSpy spy(ws.get(), &Workspace::changed);
    {
        Transaction tx(*ws);
        REQUIRE(tx);
        insertBrand(tx, QStringLiteral("Teh Segar"));
        tx.touch(QStringLiteral("brands"));
    } // no commit: rolled back
    CHECK(count(*ws, "brands") == 0);
    CHECK(spy.count() == 0);

    qint64 seenBySignal = -1;
    QObject::connect(ws.get(), &Workspace::changed, ws.get(), [&] {
        // Another connection already sees the row when the signal arrives.
        auto reader = Workspace::open(ws->path(), Workspace::Access::ReadOnly);
        REQUIRE(reader.ok());
        seenBySignal = count(*reader.value(), "brands");
    });
    {
        Transaction tx(*ws);
        insertBrand(tx, QStringLiteral("Teh Segar"));
        tx.touch(QStringLiteral("brands"));
        CHECK(spy.count() == 0);
        REQUIRE(tx.commit().ok());
    }
    CHECK(count(*ws, "brands") == 1);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toStringList() == QStringList{QStringLiteral("brands")});
    CHECK(seenBySignal == 1);

    // A failing statement inside a transaction leaves nothing half-written.
    {
        Transaction tx(*ws);
        insertBrand(tx, QStringLiteral("Kopi Kita"));
        auto dup = sql::run(
            tx.db(),
            QStringLiteral(
                "INSERT INTO brands (name, name_key, created_at, updated_at) VALUES ('X', 'teh segar', 'x', 'x')"));
        CHECK_FALSE(dup.ok());
    }
    CHECK(count(*ws, "brands") == 1);

    Transaction outer(*ws);
    Transaction nested(*ws);
    CHECK_FALSE(nested);
    CHECK(nested.error().contains(QStringLiteral("inside another")));
}

TEST_CASE("runs the steps given for before the commit in order and rolls back when one fails")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("tx.collabdesk")));
    QStringList ran;
    {
        Transaction tx(*ws);
        REQUIRE(tx);
        insertBrand(tx, QStringLiteral("Teh Segar"));
        tx.beforeCommit([&] {
            ran << QStringLiteral("first saw %1 brand").arg(count(*ws, "brands"));
            return Status();
        });
        tx.beforeCommit([&] {
            insertBrand(tx, QStringLiteral("Kopi Kita")); // a step may still write
            ran << QStringLiteral("second");
            return Status();
        });
        CHECK(ran.isEmpty());
        REQUIRE(tx.commit().ok());
    }
    CHECK(ran == QStringList{QStringLiteral("first saw 1 brand"), QStringLiteral("second")});
    CHECK(count(*ws, "brands") == 2);

    ran.clear();
    {
        Transaction tx(*ws);
        insertBrand(tx, QStringLiteral("Sambal Ibu"));
        tx.beforeCommit([] { return Status(fail(QStringLiteral("the summaries could not be made"))); });
        tx.beforeCommit([&] {
            ran << QStringLiteral("after the failure");
            return Status();
        });
        const Status committed = tx.commit();
        CHECK(committed.error() == QStringLiteral("the summaries could not be made"));
        CHECK_FALSE(tx.commit().ok()); // finished: rolled back
    }
    CHECK(ran.isEmpty());
    CHECK(count(*ws, "brands") == 2);

    {
        Transaction tx(*ws);
        tx.beforeCommit([&] {
            ran << QStringLiteral("never");
            return Status();
        });
    } // rolled back: the step does not run
    CHECK(ran.isEmpty());
}

TEST_CASE("opens the v1 fixture with all its data, updated to the current schema after a backup")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->notices().size() == 1);
    CHECK(ws.value()->notices().first().contains(QStringLiteral("from schema v1 to v11")));
    CHECK(ws.value()->schemaVersion() == 11);
    CHECK(count(*ws.value(), "creators") == 3);
    CHECK(count(*ws.value(), "post_metric_snapshots") == 2);
    CHECK(count(*ws.value(), "contract_versions") == 2);
    CHECK(count(*ws.value(), "attachments") == 1);
    CHECK(count(*ws.value(), "payments") == 2);
    auto copy = backup::verify(backup::preMigrationPath(path, CurrentSchemaVersion));
    REQUIRE(copy.ok());
    CHECK(copy.value() == 1);
    // v5's kept summaries start from what was there: each account's latest count, the post's latest
    // snapshot (the fixture's account 1 has counts of 28 Feb and 1 Apr; the post, of 13 and 20 Mar).
    QSqlDatabase db = ws.value()->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(account_id || ':' || snapshot_date || ':' || followers, "
                                         "' ') FROM (SELECT * FROM follower_latest ORDER BY account_id)"))
              .value()
              .toString() ==
          QStringLiteral("1:2026-04-01:52500 2:2026-02-28:120000 3:2026-02-28:1250000 4:2026-01-10:8000"));
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT post_id || ':' || snapshot_id || ':' || snapshot_date FROM post_latest"))
            .value()
            .toString() == QStringLiteral("1:2:2026-03-20"));
    // v10: an account's count on a day is read from an index alone, not from the table after it.
    auto plan = sql::run(db, QStringLiteral("EXPLAIN QUERY PLAN SELECT followers FROM follower_snapshots WHERE "
                                            "account_id = 1 AND snapshot_date <= '2026-03-01' "
                                            "ORDER BY snapshot_date DESC LIMIT 1"));
    REQUIRE(plan.ok());
    REQUIRE(plan->next());
    CHECK(plan->value(3).toString().contains(QStringLiteral("USING COVERING INDEX follower_snapshots_counts")));
    CHECK(sql::scalar(db, QStringLiteral("SELECT followers FROM follower_snapshots WHERE account_id = 1 AND "
                                         "snapshot_date <= '2026-03-01' ORDER BY snapshot_date DESC LIMIT 1"))
              .value()
              .toLongLong() == 48000);
    // What v1 stored stays, and the new columns say what v1 meant: a brand's payables, typed in by hand.
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments WHERE direction = 'payable' AND origin = "
                                         "'manual' AND invoice_id IS NULL AND receivable_id IS NULL"))
              .value()
              .toInt() == 2);
    CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(amount_minor || ':' || coalesce(paid_date, '-'), ' ') "
                                         "FROM (SELECT * FROM payments ORDER BY id)"))
              .value()
              .toString() == QStringLiteral("1500000:2026-02-24 3500000:-"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators WHERE tax_type = 'person' AND npwp = '' AND "
                                         "agency_rate_bp IS NULL"))
              .value()
              .toInt() == 3);
    CHECK(sql::scalar(db, QStringLiteral("SELECT name FROM creators WHERE id = 1")).value().toString() ==
          QStringLiteral("Rina Wijaya"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM invoices")).value().toInt() == 0);
}

TEST_CASE("opens the v2 fixture with its money as it was")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v2.collabdesk"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->notices().size() == 1);
    CHECK(ws.value()->notices().first().contains(QStringLiteral("from schema v2 to v11")));
    CHECK(ws.value()->schemaVersion() == 11);
    CHECK_FALSE(QFileInfo::exists(backup::preMigrationPath(path, 2)));
    CHECK(QFileInfo::exists(backup::preMigrationPath(path, CurrentSchemaVersion)));
    CHECK(count(*ws.value(), "creators") == 3);
    CHECK(count(*ws.value(), "payments") == 6);
    CHECK(count(*ws.value(), "invoices") == 2);
    CHECK(count(*ws.value(), "invoice_lines") == 3);
    CHECK(count(*ws.value(), "attachments") == 2);
    QSqlDatabase db = ws.value()->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(id || ':' || direction || ':' || coalesce(receivable_id, "
                                         "'-') || ':' || coalesce(invoice_id, '-') || ':' || coalesce(withheld_minor, "
                                         "'-'), ' ') FROM (SELECT * FROM payments ORDER BY id)"))
              .value()
              .toString() == QStringLiteral("1:payable:-:-:- 2:payable:-:-:- 3:receivable:-:2:40000 "
                                            "4:receivable:-:2:- 5:payable:3:-:41000 6:payable:4:-:-"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT tax_type || npwp || agency_rate_bp FROM creators WHERE id = 1"))
              .value()
              .toString() == QStringLiteral("person31712345678900011500"));
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT turnaround_days FROM contract_versions WHERE id = 1")).value().toInt() ==
        2);
}

TEST_CASE("the v3 step turns the free-text managers into manager records, nothing lost")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v2.collabdesk"));
    // Three spellings of one manager, one other, one creator without: keys merge, the first spelling stays.
    test::rawExec(path, QStringLiteral("UPDATE creators SET manager = '  dewi   LESTARI ' WHERE id = 2"));
    test::rawExec(path, QStringLiteral("INSERT INTO creators (id, name, name_key, manager, created_at, updated_at) "
                                       "VALUES (4, 'Sinta Dewi', 'sinta dewi', 'Marcus Tan', 'x', 'x'), "
                                       "(5, 'Tono', 'tono', '   ', 'x', 'x')"));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(id || ':' || name || ':' || name_key || ':' || email, "
                                         "'|') FROM (SELECT * FROM managers ORDER BY id)"))
              .value()
              .toString() == QStringLiteral("1:Dewi Lestari:dewi lestari:|2:Marcus Tan:marcus tan:"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT group_concat(id || ':' || coalesce(manager_id, '-'), ' ') "
                                         "FROM (SELECT * FROM creators ORDER BY id)"))
              .value()
              .toString() == QStringLiteral("1:1 2:1 3:1 4:2 5:-"));
    // The text column is gone: one source of truth.
    CHECK_FALSE(sql::run(db, QStringLiteral("SELECT manager FROM creators")).ok());
    const QString uuid =
        sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'workspace_id'")).value().toString();
    CHECK(QUuid::fromString(uuid).isNull() == false);
    CHECK(uuid.size() == 36);
    CHECK(count(*ws.value(), "followups") == 0);
}

TEST_CASE("new workspaces get their own id")
{
    TempDir dir;
    auto a = test::createWorkspace(dir.path(QStringLiteral("a.collabdesk")));
    auto b = test::createWorkspace(dir.path(QStringLiteral("b.collabdesk")));
    QSqlDatabase da = a->db(), dbb = b->db();
    const QString idA =
        sql::scalar(da, QStringLiteral("SELECT value FROM settings WHERE key = 'workspace_id'")).value().toString();
    const QString idB =
        sql::scalar(dbb, QStringLiteral("SELECT value FROM settings WHERE key = 'workspace_id'")).value().toString();
    CHECK(idA.size() == 36);
    CHECK(idB.size() == 36);
    CHECK(idA != idB);
}

TEST_CASE("reads an older workspace read-only through an updated private copy, leaving the file as it was")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    const QByteArray before = test::fileBytes(path);
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        INFO(ws.error().toStdString());
        REQUIRE(ws.ok());
        CHECK(ws.value()->schemaVersion() == 11);
        REQUIRE(ws.value()->notices().size() == 1);
        CHECK(ws.value()->notices().first().contains(QStringLiteral("stays as it is")));
        QSqlDatabase db = ws.value()->db();
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments WHERE direction = 'payable'"))
                  .value()
                  .toInt() == 2);
    }
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(backup::preMigrationPath(path, 2)));
}

TEST_CASE("migrates step by step after a verified backup, keeping the last three")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    // Two more steps after this build's: the machinery, not their content, is under test.
    const int v = CurrentSchemaVersion;
    QList<MigrationStep> steps = standardMigrations();
    steps << MigrationStep{v + 1, [](QSqlDatabase &db) {
                               return connection::exec(
                                   db,
                                   QStringLiteral("ALTER TABLE creators ADD COLUMN website TEXT NOT NULL DEFAULT ''"));
                           }};
    steps << MigrationStep{
        v + 2, [](QSqlDatabase &db) {
            return connection::exec(
                db, QStringLiteral("CREATE TABLE reminders (id INTEGER PRIMARY KEY, participant_id INTEGER "
                                   "NOT NULL REFERENCES participants(id))"));
        }};

    SECTION("all steps succeed")
    {
        // Old copies from earlier updates: only the newest three survive.
        for (int old : {1, 2})
            QFile(path).copy(backup::preMigrationPath(path, old));
        QFile(path).copy(path + QStringLiteral(".pre-v0.bak"));

        Workspace::Options options;
        options.migrations = steps;
        auto ws = Workspace::open(path, options);
        INFO(ws.error().toStdString());
        REQUIRE(ws.ok());
        CHECK(ws.value()->schemaVersion() == v + 2);
        REQUIRE(ws.value()->notices().size() == 1);
        CHECK(ws.value()->notices().first().contains(QStringLiteral("from schema v1 to v%1").arg(v + 2)));
        QSqlDatabase db = ws.value()->db();
        CHECK(sql::scalar(db, QStringLiteral("PRAGMA user_version")).value().toInt() == v + 2);
        CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators WHERE website = ''")).value().toInt() == 3);
        CHECK(sql::scalar(db, QStringLiteral("SELECT name FROM creators WHERE id = 1")).value().toString() ==
              QStringLiteral("Rina Wijaya"));

        const QString copy = backup::preMigrationPath(path, v + 2);
        auto verified = backup::verify(copy);
        REQUIRE(verified.ok());
        CHECK(verified.value() == 1);
        CHECK(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther) == false);
        CHECK(QFileInfo::exists(backup::preMigrationPath(path, 2)));
        CHECK(QFileInfo::exists(backup::preMigrationPath(path, 1)));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".pre-v0.bak")));
    }
    SECTION("a failing step rolls every step back and leaves the file byte for byte as it was")
    {
        // The fixture keeps a rollback journal, as v1 files could; switching it to WAL rewrites its
        // header, so a failure after the switch changed the file (found by the workspace_open fuzzer).
        const bool inWal = GENERATE(false, true);
        if (inWal)
            test::rawExec(path, QStringLiteral("PRAGMA journal_mode=WAL"));
        const QByteArray before = test::fileBytes(path);
        CHECK(before.at(18) == (inWal ? 2 : 1)); // the header's journal mode, as SQLite's file format has it
        steps << MigrationStep{v + 3, [](QSqlDatabase &db) {
                                   (void)connection::exec(db, QStringLiteral("CREATE TABLE half_done (x)"));
                                   return connection::exec(db,
                                                           QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y"));
                               }};
        Workspace::Options options;
        options.migrations = steps;
        auto ws = Workspace::open(path, options);
        REQUIRE_FALSE(ws.ok());
        CHECK(ws.error().contains(QStringLiteral("schema v%1 failed").arg(v + 3)));
        CHECK(ws.error().contains(QStringLiteral("Nothing in the workspace was changed")));
        CHECK(ws.error().contains(backup::preMigrationPath(path, v + 3)));
        CHECK(test::fileBytes(path) == before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            CHECK_FALSE(QFileInfo::exists(path + QLatin1String(suffix)));
        auto identity = identifyFile(path);
        REQUIRE(identity.ok());
        CHECK(identity->version == 1);
        auto copy = backup::verify(backup::preMigrationPath(path, v + 3));
        REQUIRE(copy.ok());
        CHECK(copy.value() == 1);

        // The standard steps alone then update the same file.
        auto again = Workspace::open(path, Workspace::Access::ReadWrite);
        INFO(again.error().toStdString());
        REQUIRE(again.ok());
        CHECK(again.value()->schemaVersion() == v);
    }
}

TEST_CASE("backs up a workspace in use and restores it, keeping the replaced one", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("agency.collabdesk"));
    const QString copy = dir.path(QStringLiteral("copy.bak"));
    {
        auto ws = test::createWorkspace(path);
        {
            Transaction tx(*ws);
            insertBrand(tx, QStringLiteral("Teh Segar"));
            REQUIRE(tx.commit().ok());
        }
        QSqlDatabase db = ws->db();
        REQUIRE(backup::writeCopy(db, copy, false).ok()); // while open for writing
        CHECK(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadGroup) == false);
        auto again = backup::writeCopy(db, copy, false);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("--force")));
        CHECK(backup::writeCopy(db, copy, true).ok());
        CHECK_FALSE(backup::writeCopy(db, dir.path(QStringLiteral("no/such/folder/x.bak")), false).ok());

        Transaction tx(*ws);
        insertBrand(tx, QStringLiteral("Kopi Kita"));
        REQUIRE(tx.commit().ok());
        QString kept;
        auto refused = backup::restore(path, copy, &kept);
        REQUIRE_FALSE(refused.ok()); // open for writing here
        CHECK(refused.error().contains(QStringLiteral("close it there first")));
    }
    const QByteArray backupBytes = test::fileBytes(copy);
    QString kept;
    REQUIRE(backup::restore(path, copy, &kept).ok());
    CHECK(test::fileBytes(copy) == backupBytes);
    auto restored = Workspace::open(path);
    REQUIRE(restored.ok());
    CHECK(count(*restored.value(), "brands") == 1);
    auto old = Workspace::open(kept, Workspace::Access::ReadOnly);
    REQUIRE(old.ok());
    CHECK(count(*old.value(), "brands") == 2);

    // A damaged backup is refused before anything is touched.
    const QString bad = dir.path(QStringLiteral("bad.bak"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    restored.value().reset();
    const QByteArray current = test::fileBytes(path);
    auto refused = backup::restore(path, bad, &kept);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("cannot be restored")));
    CHECK(test::fileBytes(path) == current);
}

TEST_CASE("gives each thread its own connection to the same workspace")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("threads.collabdesk")));
    {
        Transaction tx(*ws);
        insertBrand(tx, QStringLiteral("Teh Segar"));
        REQUIRE(tx.commit().ok());
    }
    QString mainName = ws->db().connectionName();
    QString workerName;
    qint64 workerCount = -1;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        {
            QSqlDatabase db = ws->db();
            workerName = db.connectionName();
            auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM brands"));
            workerCount = n ? n->toLongLong() : -2;
        }
        ws->releaseThreadConnection();
    }));
    worker->start();
    REQUIRE(worker->wait(10'000));
    CHECK(workerCount == 1);
    CHECK_FALSE(workerName.isEmpty());
    CHECK(workerName != mainName);
    CHECK(ws->db().connectionName() == mainName);
    CHECK_FALSE(QSqlDatabase::contains(workerName));
}
