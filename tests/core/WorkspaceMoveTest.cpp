#include "ServerDatabase.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "services/Attachments.h"
#include "storage/KeptSummaries.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/WorkspaceFingerprint.h"
#include "storage/WorkspaceMove.h"

#include <QCryptographicHash>
#include <QFile>

// collabdesk-cli move: a whole workspace copied between files and servers, checked by each table's
// row count and content hash. Outside [postgresql] the source is made where the suite puts
// workspaces (a file, or the test server in "core on server"), and the copy is a file.
using namespace cd;
using cd::test::TempDir;

namespace {

QList<TableFingerprint> fingerprintOf(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    auto prints = fingerprint(db);
    INFO(prints.error().toStdString());
    REQUIRE(prints.ok());
    return prints.value();
}

QList<TableFingerprint> fingerprintOf(const QString &address)
{
    auto ws = Workspace::open(address, Workspace::Access::ReadOnly);
    INFO(ws.error().toStdString());
    REQUIRE(ws.ok());
    return fingerprintOf(*ws.value());
}

const TableFingerprint &table(const QList<TableFingerprint> &prints, const char *name)
{
    for (const TableFingerprint &t : prints)
        if (t.table == QLatin1String(name))
            return t;
    FAIL("no fingerprint for " << name);
    return prints.first();
}

const auto number = test::integerOf;

// The small demo, plus what the demo lacks and a move must carry: a file whose bytes are every
// byte value, and a payment pointing at a receivable added after it (ids out of order).
void fillForMove(Workspace &ws, const TempDir &dir)
{
    REQUIRE(generateDemo(ws, {}).ok());
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    const QString file = test::writeFile(dir, QStringLiteral("every byte.bin"), bytes);
    Transaction tx(ws);
    REQUIRE(tx);
    const qint64 creator = number(ws, QStringLiteral("SELECT min(id) FROM creators"));
    REQUIRE(attachments::add(tx, AttachmentOwner::Creator, creator, file).ok());
    REQUIRE(tx.commit().ok());
    test::exec(ws,
               QStringLiteral("UPDATE payments SET receivable_id = (SELECT max(id) FROM payments) WHERE id = (SELECT "
                              "min(id) FROM payments)"));
}

} // namespace

TEST_CASE("a table's fingerprint is its row count and the SHA-256 of its rows spelled out in key order")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    // Added out of order, one name beyond ASCII (2 bytes in UTF-8) and one e-mail NULL-free but empty;
    // who saved them given (a server would name the role that inserts them).
    test::exec(*ws, QStringLiteral("INSERT INTO managers (id, name, name_key, email, created_at, updated_at, "
                                   "updated_by, role) VALUES (9, 'Rina', 'rina', 'r@x.id', 'c', 'u', 'ana', "
                                   "'rina_db'), (2, 'Andé', 'andé', '', 'c', 'u', '', '')"));
    test::exec(*ws,
               QStringLiteral("INSERT INTO erasures (id, creator_id, label, erased_at) VALUES (4, NULL, 'L', 'e')"));
    const auto prints = fingerprintOf(*ws);
    REQUIRE(prints.size() == 34);
    CHECK(prints.first().table == QStringLiteral("settings"));

    const auto sha = [](const QByteArray &rows) { return QCryptographicHash::hash(rows, QCryptographicHash::Sha256); };
    CHECK(table(prints, "managers").rows == 2);
    CHECK(table(prints, "managers").sha256 == sha("I2;T5:AndéT5:andéT0:T1:cT1:uT0:T0:\n"
                                                  "I9;T4:RinaT4:rinaT6:r@x.idT1:cT1:uT3:anaT7:rina_db\n"));
    CHECK(table(prints, "erasures").sha256 == sha("I4;NT1:LT1:eT2:{}T2:{}\n"));
    CHECK(table(prints, "brands").rows == 0);
    CHECK(table(prints, "brands").sha256.toHex() ==
          QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST_CASE("differences between a source and its copy are named table by table")
{
    const QList<TableFingerprint> source = {
        {QStringLiteral("brands"), 3, "a"}, {QStringLiteral("payments"), 12, "b"}, {QStringLiteral("posts"), 5, "c"}};
    QList<TableFingerprint> copy = source;
    CHECK(differences(source, copy).isEmpty());
    copy[1].rows = 11;
    copy[2].sha256 = "d";
    CHECK(differences(source, copy) ==
          QStringList{QStringLiteral("payments: 12 rows in the source, 11 in the copy"),
                      QStringLiteral("posts: the same number of rows, but different contents")});
}

TEST_CASE("a workspace moved to a new file holds the same rows, summaries and ids, and takes new records after them")
{
    test::PinnedClock clock;
    TempDir dir;
    auto source = test::createWorkspace(dir.path(QStringLiteral("source.collabdesk")));
    fillForMove(*source, dir);
    const QString copy = dir.path(QStringLiteral("copy.collabdesk"));

    QStringList announced;
    auto moved = moveWorkspace(source->path(), copy, [&](const QString &t, qint64) { announced << t; });
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
    // Every table but the three summaries is copied; all 33 are checked.
    CHECK(announced.size() == 30);
    CHECK(!announced.contains(QStringLiteral("post_latest")));
    CHECK(moved->size() == 34);
    CHECK(*moved == fingerprintOf(*source));
    CHECK(fingerprintOf(copy) == *moved);
    CHECK(table(*moved, "creators").rows == 40);
    CHECK(table(*moved, "attachments").rows == 1);
    CHECK(table(*moved, "post_latest").rows ==
          number(*source, QStringLiteral("SELECT count(DISTINCT post_id) FROM post_metric_snapshots")));

    auto opened = Workspace::open(copy);
    REQUIRE(opened.ok());
    Workspace &ws = *opened.value();
    {
        // Copied with its summary triggers away, made again in one pass: every trigger is back and
        // every kept summary agrees with the records.
        QSqlDatabase db = ws.db();
        auto problems = summaries::problems(db);
        REQUIRE(problems.ok());
        INFO(problems->join(QLatin1Char('\n')).toStdString());
        CHECK(problems->isEmpty());
    }
    CHECK(number(ws, QStringLiteral("SELECT receivable_id FROM payments WHERE id = (SELECT min(id) FROM payments)")) ==
          number(*source, QStringLiteral("SELECT max(id) FROM payments")));
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte += char(i);
    {
        QSqlDatabase db = ws.db();
        auto content = sql::scalar(db, QStringLiteral("SELECT content FROM attachments"));
        REQUIRE(content.ok());
        CHECK(content->toByteArray() == everyByte);
    }
    const qint64 lastCreator = number(*source, QStringLiteral("SELECT max(id) FROM creators"));
    Transaction tx(ws);
    REQUIRE(tx);
    auto added = sql::insert(tx.db(), QStringLiteral("INSERT INTO creators (name, name_key, created_at, updated_at) "
                                                     "VALUES ('New', 'new', 'c', 'u')"));
    REQUIRE(added.ok());
    CHECK(*added == lastCreator + 1);
}

TEST_CASE("a move never writes over records, nor onto its own source")
{
    TempDir dir;
    auto source = test::createWorkspace(dir.path(QStringLiteral("source.collabdesk")));
    test::exec(*source, QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) VALUES "
                                       "('Kopi', 'kopi', 'c', 'u')"));

    SECTION("a destination holding records is refused and left as it was")
    {
        const QString taken = dir.path(QStringLiteral("taken.collabdesk"));
        {
            Workspace::Options options;
            options.create = true;
            auto ws = Workspace::open(taken, options);
            REQUIRE(ws.ok());
            test::exec(*ws.value(), QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) "
                                                   "VALUES ('Teh', 'teh', 'c', 'u'), ('Susu', 'susu', 'c', 'u')"));
        }
        const auto before = fingerprintOf(taken);
        auto moved = moveWorkspace(source->path(), taken);
        REQUIRE(!moved.ok());
        CHECK(moved.error().contains(QStringLiteral("already holds records: brands (2)")));
        CHECK(fingerprintOf(taken) == before);
    }
    SECTION("the same workspace on both sides is refused")
    {
        auto moved = moveWorkspace(source->path(), source->path());
        REQUIRE(!moved.ok());
        CHECK(moved.error().contains(QStringLiteral("the same workspace")));
        CHECK(table(fingerprintOf(*source), "brands").rows == 1);
    }
    SECTION("a source that cannot be opened makes no destination")
    {
        const QString copy = dir.path(QStringLiteral("copy.collabdesk"));
        auto moved = moveWorkspace(dir.path(QStringLiteral("missing.collabdesk")), copy);
        REQUIRE(!moved.ok());
        CHECK(!QFile::exists(copy));
    }
}

TEST_CASE("a move that fails removes the file it made", "[file]")
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("source.collabdesk"));
    test::createWorkspace(source).reset();
    test::rawExec(source, QStringLiteral("CREATE TABLE notes_of_another_program (x TEXT)"));
    const QString copy = dir.path(QStringLiteral("copy.collabdesk"));
    auto moved = moveWorkspace(source, copy);
    REQUIRE(!moved.ok());
    CHECK(moved.error().contains(QStringLiteral("does not know (notes_of_another_program)")));
    CHECK(!QFile::exists(copy));
    CHECK(!QFile::exists(copy + QStringLiteral("-wal")));
}

TEST_CASE("a file moved to a server and back is the same file, table by table", "[postgresql]")
{
    test::PinnedClock clock;
    TempDir dir;
    const QString file = dir.path(QStringLiteral("agency.collabdesk"));
    {
        Workspace::Options options;
        options.create = true;
        auto ws = Workspace::open(file, options);
        REQUIRE(ws.ok());
        fillForMove(*ws.value(), dir);
    }
    const auto original = fingerprintOf(file);
    test::ServerDatabase server;
    auto up = moveWorkspace(file, server.address());
    INFO(up.error().toStdString());
    REQUIRE(up.ok());
    CHECK(*up == original);

    auto opened = Workspace::open(server.address());
    REQUIRE(opened.ok());
    Workspace &ws = *opened.value();
    CHECK(fingerprintOf(ws) == original);
    // The server has its statistics of the copied tables at once (ANALYZE), not when autovacuum
    // comes round: its first queries are planned on them.
    CHECK(number(ws, QStringLiteral("SELECT count(DISTINCT tablename) FROM pg_stats WHERE schemaname = "
                                    "current_schema() AND tablename IN ('creators', 'post_metric_snapshots')")) == 2);
    // The server's id sequences moved past the copied ids: the next record takes the next id.
    for (const char *t : {"creators", "payments", "post_metric_snapshots", "attachments"}) {
        INFO(t);
        const qint64 last = number(ws, QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(t)));
        CHECK(number(ws, QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))").arg(QLatin1String(t))) ==
              last + 1);
    }
    opened.value().reset();

    const QString back = dir.path(QStringLiteral("back.collabdesk"));
    auto down = moveWorkspace(server.address(), back);
    INFO(down.error().toStdString());
    REQUIRE(down.ok());
    CHECK(fingerprintOf(back) == original);
}

TEST_CASE("an older file moves to a server as this version's schema, into a database made a workspace by init",
          "[postgresql]")
{
    TempDir dir;
    const QString old = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    test::ServerDatabase server;
    {
        Workspace::Options options;
        options.create = true;
        REQUIRE(Workspace::open(server.address(), options).ok()); // what `init` does
    }
    const QByteArray before = test::fileBytes(old);
    auto moved = moveWorkspace(old, server.address());
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
    CHECK(test::fileBytes(old) == before); // read through a private updated copy, never written
    CHECK(fingerprintOf(server.address()) == *moved);
    CHECK(table(*moved, "creators").rows > 0);
    CHECK(table(*moved, "payments").rows > 0);
}
