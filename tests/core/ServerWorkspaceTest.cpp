#include "ServerDatabase.h"
#include "TestSupport.h"

#include "storage/Connection.h"
#include "storage/FileIdentity.h"
#include "storage/KeptSummaries.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>
#include <string>
#include <vector>

// Team mode's storage: server addresses, and (tagged [postgresql], run by ctest against the private
// server its fixture starts) server workspaces made, refused and written like files.
using namespace cd;
using cd::test::ServerDatabase;
using cd::test::TempDir;

namespace {

std::vector<std::string> lines(QSqlDatabase &db, const QString &statement)
{
    auto q = sql::run(db, statement);
    INFO(statement.toStdString());
    INFO((q ? QString() : q.error()).toStdString());
    REQUIRE(q.ok());
    std::vector<std::string> out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < q->record().count(); ++i)
            fields << q->value(i).toString();
        out.push_back(fields.join(QLatin1Char('|')).toStdString());
    }
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// Every column of every table, in order, as "table|position|column|type|not null|default", with
// SQLite's names for the types and defaults as SQLite writes them.
std::vector<std::string> columnsOf(QSqlDatabase &db)
{
    if (sql::onServer(db)) {
        auto rows = lines(
            db, QStringLiteral("SELECT table_name, ordinal_position, column_name, CASE data_type WHEN 'bigint' THEN "
                               "'INTEGER' WHEN 'text' THEN 'TEXT' WHEN 'bytea' THEN 'BLOB' ELSE data_type END, "
                               "CASE is_nullable WHEN 'NO' THEN 1 ELSE 0 END, coalesce(column_default, '') FROM "
                               "information_schema.columns WHERE table_schema = current_schema() AND table_name <> "
                               "'collabdesk_workspace' AND table_name IN (SELECT table_name FROM "
                               "information_schema.tables WHERE table_schema = current_schema() AND table_type = "
                               "'BASE TABLE') ORDER BY table_name, ordinal_position"));
        static const QRegularExpression cast(QStringLiteral("::(text|bigint)$"));
        // A server names the role that saved a record in updated_by (its default, and a trigger on
        // updates); a file has one person at a time and leaves it ''.
        static const QRegularExpression author(QStringLiteral("\\|updated_by\\|TEXT\\|1\\|SESSION_USER$"));
        for (std::string &row : rows)
            row = QString::fromStdString(row)
                      .remove(cast)
                      .replace(author, QStringLiteral("|updated_by|TEXT|1|''"))
                      .toStdString();
        return rows;
    }
    std::vector<std::string> out;
    for (const std::string &table :
         lines(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
        // A PRIMARY KEY column is NOT NULL on a server; SQLite writes it only where it was spelt out.
        for (const std::string &column :
             lines(db, QStringLiteral("SELECT cid + 1, name, type, CASE WHEN \"notnull\" OR pk THEN 1 ELSE 0 END, "
                                      "coalesce(dflt_value, '') FROM pragma_table_info('%1') ORDER BY cid")
                           .arg(QString::fromStdString(table))))
            out.push_back(table + '|' + column);
    }
    return out;
}

// Indexes made by name (not those behind a key or UNIQUE constraint), as "table|index".
std::vector<std::string> indexesOf(QSqlDatabase &db)
{
    return sorted(lines(
        db,
        sql::onServer(db)
            ? QStringLiteral("SELECT tablename, indexname FROM pg_indexes i WHERE schemaname = current_schema() AND "
                             "NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
            : QStringLiteral("SELECT tbl_name, name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")));
}

// UNIQUE constraints and primary keys as "table|kind|columns", and foreign keys as
// "table|column|table|column|on delete".
std::vector<std::string> keysOf(QSqlDatabase &db)
{
    if (sql::onServer(db)) {
        auto keys = lines(
            db,
            QStringLiteral(
                "SELECT c.conrelid::regclass::text, CASE c.contype WHEN 'p' THEN 'pk' ELSE 'unique' END, "
                "(SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n) "
                " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) "
                "FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = "
                "current_schema() AND c.contype IN ('p', 'u') AND c.conrelid::regclass::text <> "
                "'collabdesk_workspace'"));
        const auto references = lines(
            db, QStringLiteral(
                    "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, f.attname, "
                    "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' "
                    "ELSE 'NO ACTION' END FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace "
                    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                    "JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1] "
                    "WHERE s.nspname = current_schema() AND c.contype = 'f'"));
        keys.insert(keys.end(), references.begin(), references.end());
        return sorted(keys);
    }
    std::vector<std::string> out;
    for (const std::string &t :
         lines(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))) {
        const QString table = QString::fromStdString(t);
        // An INTEGER PRIMARY KEY is the rowid: SQLite lists no index for it.
        const auto pk = lines(db, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                                 "pragma_table_info('%1') WHERE pk > 0 ORDER BY pk)")
                                      .arg(table));
        out.push_back(t + "|pk|" + pk.at(0));
        for (const std::string &unique :
             lines(db, QStringLiteral("SELECT (SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                      "pragma_index_info(l.name) ORDER BY seqno)) FROM pragma_index_list('%1') l "
                                      "WHERE l.origin = 'u'")
                           .arg(table)))
            out.push_back(t + "|unique|" + unique);
        for (const std::string &fk : lines(db, QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete FROM "
                                                              "pragma_foreign_key_list('%1')")
                                                   .arg(table)))
            out.push_back(t + '|' + fk);
    }
    return sorted(out);
}

// The triggers, as "table|trigger"; on a server without the ones that name who saved a record
// (authorsOf), which a file does not have.
std::vector<std::string> triggersOf(QSqlDatabase &db)
{
    return sorted(lines(db, sql::onServer(db)
                                ? QStringLiteral("SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON "
                                                 "c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname NOT LIKE "
                                                 "'%\\_updated\\_by'")
                                : QStringLiteral("SELECT tbl_name, name FROM sqlite_schema WHERE type = "
                                                 "'trigger'")));
}

// The tables whose updated_by a server's trigger fills in.
std::vector<std::string> authorsOf(QSqlDatabase &db)
{
    return sorted(lines(db, QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                           "WHERE t.tgname = c.relname || '_updated_by'")));
}

std::unique_ptr<Workspace> openServer(const QString &address, bool create, Workspace::Access access)
{
    Workspace::Options options;
    options.create = create;
    options.access = access;
    auto ws = Workspace::open(address, options);
    INFO((ws ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// Creator 1 with Instagram account 1, for the follower-rise tests.
void addOneAccount(Workspace &ws)
{
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    test::exec(ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES (1, 'C', "
                                  "'c', %1, %1)")
                       .arg(t));
    test::exec(ws, QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) "
                                  "VALUES (1, 1, 'instagram', 'h', 'h', %1)")
                       .arg(t));
}

// The kept rises as "day before>day:count before>count" by day, once every summary is seen to agree
// with the counts.
std::vector<std::string> agreedRises(QSqlDatabase &db)
{
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    return lines(db, QStringLiteral("SELECT before_date || '>' || snapshot_date || ':' || before_followers || '>' || "
                                    "followers FROM follower_rises ORDER BY snapshot_date"));
}

QString openError(const QString &address, bool create, Workspace::Access access = Workspace::Access::ReadWrite)
{
    Workspace::Options options;
    options.create = create;
    options.access = access;
    auto ws = Workspace::open(address, options);
    REQUIRE_FALSE(ws.ok());
    return ws.error();
}

} // namespace

TEST_CASE("a server address is read as libpq reads it and shown without its password")
{
    auto a = ServerAddress::parse(
        QStringLiteral("postgresql://anna@db.example.com:6543/agency?sslmode=verify-full&connect_timeout=5"));
    REQUIRE(a.ok());
    CHECK(a->host == QStringLiteral("db.example.com"));
    CHECK(a->port == 6543);
    CHECK(a->user == QStringLiteral("anna"));
    CHECK(a->password.isEmpty());
    CHECK(a->database == QStringLiteral("agency"));
    CHECK(a->settings == QStringLiteral("sslmode=verify-full;connect_timeout=5"));
    CHECK(a->display() ==
          QStringLiteral("postgresql://anna@db.example.com:6543/agency?sslmode=verify-full&connect_timeout=5"));

    // A socket folder, the user and port as settings; shown so that it reads back the same.
    auto local = ServerAddress::parse(QStringLiteral("postgres:///agency?host=/run/postgresql&user=budi&port=5433"));
    REQUIRE(local.ok());
    CHECK(local->host == QStringLiteral("/run/postgresql"));
    CHECK(local->user == QStringLiteral("budi"));
    CHECK(local->port == 5433);
    CHECK(local->password.isEmpty());
    auto again = ServerAddress::parse(local->display());
    REQUIRE(again.ok());
    CHECK(again->host == local->host);
    CHECK(again->user == local->user);
    CHECK(again->port == local->port);
    CHECK(again->database == local->database);
    CHECK(ServerAddress::looksLike(local->display()));

    CHECK(ServerAddress::looksLike(QStringLiteral("  PostgreSQL://x/y")));
    CHECK_FALSE(ServerAddress::looksLike(QStringLiteral("/home/anna/postgresql://x")));
    CHECK_FALSE(ServerAddress::looksLike(QStringLiteral("agency.collabdesk")));
}

TEST_CASE("a server address that cannot work says what is wrong")
{
    const auto error = [](const char *text) {
        auto a = ServerAddress::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(a.ok());
        return a.error();
    };
    CHECK(error("postgresql://db.example.com").contains(QStringLiteral("does not name a database")));
    CHECK(error("postgresql://db.example.com/").contains(QStringLiteral("postgresql://anna@db.example.com/agency")));
    CHECK(error("postgresql://db.example.com/agency?service=x").contains(QStringLiteral("'service'")));
    CHECK(error("postgresql://db.example.com/agency?port=70000").contains(QStringLiteral("1 to 65535")));
    CHECK(error("postgresql://db.example.com/agency?port=x").contains(QStringLiteral("1 to 65535")));
    // QPSQL passes settings on as one string: a space would smuggle in another setting.
    CHECK(error("postgresql://db.example.com/agency?sslmode=disable%20host%3Devil")
              .contains(QStringLiteral("unusable value")));
    // A password never comes from the command line (formats.md), and is not shown back.
    const QString password = error("postgresql://anna:s3cret@db.example.com/agency");
    CHECK(password.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(password.contains(QStringLiteral("s3cret")));
    CHECK(error("postgresql://db.example.com/agency?password=s3cret").contains(QStringLiteral("~/.pgpass")));
}

TEST_CASE("a server workspace is made in an empty database and opened again as it was", "[postgresql]")
{
    ServerDatabase server;
    {
        auto ws = openServer(server.address(), true, Workspace::Access::ReadWrite);
        CHECK(ws->isServer());
        CHECK(ws->schemaVersion() == CurrentSchemaVersion);
        CHECK(ws->displayName() == server.name());
        CHECK(ws->path() == server.address());
        CHECK(ws->notices().isEmpty());
        QSqlDatabase db = ws->db();
        CHECK(sql::onServer(db));
        CHECK(lines(db, QStringLiteral("SELECT application_id, version FROM collabdesk_workspace")) ==
              std::vector<std::string>{std::to_string(ApplicationId) + "|" + std::to_string(CurrentSchemaVersion)});
        // The session settings every connection starts with (ServerConnection's setup).
        CHECK(lines(db, QStringLiteral("SELECT current_setting('jit'), current_setting('lock_timeout')")) ==
              std::vector<std::string>{"off|10s"});
    }
    auto reopened = openServer(server.address(), false, Workspace::Access::ReadOnly);
    CHECK(reopened->schemaVersion() == CurrentSchemaVersion);
    CHECK(reopened->isReadOnly());
    // A reading connection is read-only on the server itself, not only by CollabDesk's word.
    QSqlDatabase db = reopened->db();
    auto write = sql::run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().contains(QStringLiteral("read-only transaction")));
}

TEST_CASE("a server workspace has the tables keys indexes and triggers of a file", "[postgresql]")
{
    TempDir dir;
    auto file = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    ServerDatabase server;
    auto ws = openServer(server.address(), true, Workspace::Access::ReadWrite);
    QSqlDatabase lite = file->db();
    QSqlDatabase pg = ws->db();

    const auto columns = columnsOf(lite);
    CHECK(columns.size() > 250); // every table's columns, not an empty comparison
    CHECK(columnsOf(pg) == columns);
    const auto indexes = indexesOf(lite);
    CHECK(indexes.size() == 37);
    CHECK(indexesOf(pg) == indexes);
    const auto keys = keysOf(lite);
    CHECK(std::count_if(keys.begin(), keys.end(), [](const std::string &k) { return k.find("|pk|") != k.npos; }) == 34);
    CHECK(keysOf(pg) == keys);
    const auto triggers = triggersOf(lite);
    CHECK(triggers.size() == 25);
    CHECK(triggersOf(pg) == triggers);
    const QString views = QStringLiteral("SELECT %1 FROM %2 ORDER BY 1");
    CHECK(lines(pg, views.arg(QStringLiteral("table_name"), QStringLiteral("information_schema.views WHERE "
                                                                           "table_schema = current_schema()"))) ==
          std::vector<std::string>{"account_posts", "follower_rise_steps", "post_figures", "roster_accounts"});
    CHECK(lines(lite, views.arg(QStringLiteral("name"), QStringLiteral("sqlite_schema WHERE type = 'view'"))) ==
          std::vector<std::string>{"account_posts", "follower_rise_steps", "post_figures", "roster_accounts"});
    CHECK(authorsOf(pg) == std::vector<std::string>{"brands", "campaigns", "contracts", "creators", "deliverables",
                                                    "followups", "managers", "participants", "payments"});
}

TEST_CASE("a database that is not an empty one or a workspace is refused and left as it was", "[postgresql]")
{
    SECTION("empty without init")
    {
        ServerDatabase server;
        const QString error = openError(server.address(), false);
        CHECK(error.contains(QStringLiteral("is empty")));
        CHECK(error.contains(QStringLiteral("init")));
        CHECK(openError(server.address(), true, Workspace::Access::ReadOnly).contains(QStringLiteral("is empty")));
    }
    SECTION("another program's tables")
    {
        ServerDatabase server;
        server.exec(QStringLiteral("CREATE TABLE ledger (id integer)"));
        const QString error = openError(server.address(), true);
        CHECK(error.contains(QStringLiteral("not a CollabDesk workspace's (ledger)")));
        // Nothing was added: the name CollabDesk would have used is still free, and ledger is there.
        server.exec(QStringLiteral("CREATE TABLE collabdesk_workspace (x integer)"));
        server.exec(QStringLiteral("SELECT id FROM ledger"));
    }
    SECTION("a newer schema")
    {
        ServerDatabase server;
        openServer(server.address(), true, Workspace::Access::ReadWrite).reset();
        server.exec(QStringLiteral("UPDATE collabdesk_workspace SET version = %1").arg(CurrentSchemaVersion + 1));
        CHECK(openError(server.address(), false)
                  .contains(QStringLiteral("newer CollabDesk (workspace schema v%1").arg(CurrentSchemaVersion + 1)));
    }
    SECTION("no such database or server")
    {
        ServerDatabase server;
        QString missing = server.address();
        missing.replace(server.name(), QStringLiteral("cd_no_such_database"));
        const QString error = openError(missing, false);
        CHECK(error.startsWith(QStringLiteral("cannot connect to postgresql://")));
        CHECK(error.contains(QStringLiteral("\"cd_no_such_database\" does not exist")));
    }
}

TEST_CASE("changes to a server workspace commit or roll back whole and keep the summaries", "[postgresql]")
{
    ServerDatabase server;
    auto ws = openServer(server.address(), true, Workspace::Access::ReadWrite);
    QSqlDatabase db = ws->db();
    const auto write = [&](const QStringList &statements, bool keep) {
        Transaction tx(*ws);
        REQUIRE(tx);
        for (const QString &s : statements) {
            auto q = sql::run(tx.db(), s);
            INFO((q ? QString() : q.error()).toStdString());
            REQUIRE(q.ok());
        }
        if (keep)
            REQUIRE(tx.commit().ok());
    };
    const QString stamp = QStringLiteral("'2026-11-23T09:00:00Z'");
    write({QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES (1, 'Sari', "
                          "'sari', %1, %1)")
               .arg(stamp),
           QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) VALUES "
                          "(7, 1, 'tiktok', '@sari', 'sari', %1)")
               .arg(stamp),
           // Out of date order: the kept latest must be 3 March whatever the order of arrival.
           QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                          "(7, '2026-03-01', 1000), (7, '2026-03-03', 1300), (7, '2026-03-02', 1200)")},
          true);
    CHECK(lines(db, QStringLiteral("SELECT account_id, snapshot_date, followers FROM follower_latest")) ==
          std::vector<std::string>{"7|2026-03-03|1300"});

    // A transaction dropped without commit leaves nothing behind, its summary change included.
    write({QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                          "(7, '2026-03-09', 9000)")},
          false);
    CHECK(lines(db, QStringLiteral("SELECT count(*) FROM follower_snapshots")) == std::vector<std::string>{"3"});
    CHECK(lines(db, QStringLiteral("SELECT followers FROM follower_latest")) == std::vector<std::string>{"1300"});

    // Removing the latest reads the previous one; moving a snapshot's date moves the summary.
    write({QStringLiteral("DELETE FROM follower_snapshots WHERE snapshot_date = '2026-03-03'")}, true);
    CHECK(lines(db, QStringLiteral("SELECT snapshot_date, followers FROM follower_latest")) ==
          std::vector<std::string>{"2026-03-02|1200"});
    write({QStringLiteral("UPDATE follower_snapshots SET snapshot_date = '2026-03-05' WHERE followers = 1000")}, true);
    CHECK(lines(db, QStringLiteral("SELECT snapshot_date, followers FROM follower_latest")) ==
          std::vector<std::string>{"2026-03-05|1000"});
    // The schema's own checks hold on the server too: a date that is not YYYY-MM-DD is refused.
    auto bad = sql::run(db, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) "
                                           "VALUES (7, 'tomorrow', 5)"));
    CHECK_FALSE(bad.ok());
    // Erasing the creator cascades through the account to its snapshots and their summary.
    write({QStringLiteral("DELETE FROM creators WHERE id = 1")}, true);
    CHECK(lines(db, QStringLiteral("SELECT count(*) FROM follower_latest")) == std::vector<std::string>{"0"});

    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("a dropped summary trigger on a server is named and made again", "[postgresql]")
{
    ServerDatabase server;
    auto ws = openServer(server.address(), true, Workspace::Access::ReadWrite);
    server.exec(QStringLiteral("DROP TRIGGER follower_latest_insert ON follower_snapshots"));
    QSqlDatabase db = ws->db();
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems.value() ==
          QStringList{
              QStringLiteral("the trigger follower_latest_insert, which keeps the summaries up to date, is missing")});
    Transaction tx(*ws);
    REQUIRE(summaries::rebuild(tx.db()).ok());
    REQUIRE(tx.commit().ok());
    problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK(triggersOf(db).size() == 25);
}

namespace {
// A workspace made now and taken back to what schema v6 left: no v7, v8, v9, v10 or v11 objects, one
// account with counts written without them (+25%, then +0.5%), and the team's roles there.
void makeVersion6(ServerDatabase &server)
{
    {
        auto made = openServer(server.address(), true, Workspace::Access::ReadWrite);
        addOneAccount(*made);
    }
    for (const char *statement :
         {"DROP INDEX follower_snapshots_counts", "DROP TRIGGER post_figures_fill ON post_latest",
          "DROP TRIGGER post_figures_counts ON post_metric_snapshots",
          "DROP TRIGGER post_figures_follower_insert ON follower_snapshots",
          "DROP TRIGGER post_figures_follower_delete ON follower_snapshots",
          "DROP TRIGGER post_figures_follower_update ON follower_snapshots",
          "DROP TRIGGER post_figures_account ON accounts", "DROP TRIGGER post_figures_account_delete ON accounts",
          "DROP TRIGGER post_figures_post ON posts", "DROP TRIGGER post_figures_participant ON participants",
          "DROP FUNCTION post_figures_fill()", "DROP FUNCTION post_figures_counts()",
          "DROP FUNCTION post_figures_follower()", "DROP FUNCTION post_figures_account()",
          "DROP FUNCTION post_figures_post()", "DROP FUNCTION post_figures_participant()",
          "DROP FUNCTION post_figures_of_account(bigint, text)", "DROP FUNCTION post_figures_redo(bigint[])",
          "DROP VIEW account_posts", "DROP VIEW post_figures", "DROP FUNCTION post_followers_at(bigint)",
          "ALTER TABLE post_latest DROP COLUMN likes, DROP COLUMN comments, DROP COLUMN shares, DROP COLUMN saves, "
          "DROP COLUMN reach, DROP COLUMN impressions, DROP COLUMN revenue_minor, DROP COLUMN followers_at_post, "
          "DROP COLUMN views, DROP COLUMN link_clicks, DROP COLUMN promo_uses",
          "DROP TRIGGER follower_day_changes_insert ON follower_snapshots",
          "DROP TRIGGER follower_day_changes_delete ON follower_snapshots",
          "DROP TRIGGER follower_day_changes_update ON follower_snapshots",
          "DROP TRIGGER follower_day_changes_creator ON creators",
          "DROP TRIGGER follower_day_changes_creator_delete ON creators",
          "DROP TRIGGER follower_day_changes_account ON accounts",
          "DROP TRIGGER follower_day_changes_account_delete ON accounts", "DROP FUNCTION follower_day_changes_insert()",
          "DROP FUNCTION follower_day_changes_delete()", "DROP FUNCTION follower_day_changes_update()",
          "DROP FUNCTION follower_day_changes_creator()", "DROP FUNCTION follower_day_changes_account()",
          "DROP FUNCTION follower_day_changes_redo(follower_snapshots[], follower_snapshots[])",
          "DROP FUNCTION follower_day_changes_move(bigint[], bigint, integer)", "DROP VIEW roster_accounts",
          "DROP INDEX deliverables_open", "DROP TABLE follower_day_changes",
          "DROP TRIGGER follower_rises_insert ON follower_snapshots",
          "DROP TRIGGER follower_rises_delete ON follower_snapshots",
          "DROP TRIGGER follower_rises_update ON follower_snapshots", "DROP FUNCTION follower_rises_insert()",
          "DROP FUNCTION follower_rises_delete()", "DROP FUNCTION follower_rises_update()",
          "DROP FUNCTION follower_rises_redo(bigint[], bigint[], text[])",
          "DROP FUNCTION follower_snapshot_after(bigint, text)", "DROP VIEW follower_rise_steps",
          "DROP TABLE follower_rises", "UPDATE collabdesk_workspace SET version = 6",
          "INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES (1, '2026-03-01', 8000), "
          "(1, '2026-03-08', 10000), (1, '2026-03-15', 10050)",
          // The team's roles, as `server init-roles` makes them (they belong to the whole server).
          // Another test may make them at the same moment: the loser of that race sees unique_violation.
          "DO $$ BEGIN BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_admin') THEN CREATE "
          "ROLE collabdesk_admin NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; "
          "BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_manager') THEN CREATE ROLE "
          "collabdesk_manager NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; "
          "END $$"})
        server.exec(QString::fromLatin1(statement));
}

} // namespace

TEST_CASE("a server workspace of schema v6 is updated to v11 with its follower rises day changes and post figures "
          "found its counts index made and the team's rights on them",
          "[postgresql]")
{
    ServerDatabase server;
    makeVersion6(server);
    auto ws = openServer(server.address(), false, Workspace::Access::ReadWrite);
    CHECK(ws->schemaVersion() == 11);
    REQUIRE(ws->notices().size() == 1);
    CHECK(ws->notices().first() == QStringLiteral("The workspace was updated from schema v6 to v11."));
    QSqlDatabase db = ws->db();
    CHECK(lines(db, QStringLiteral("SELECT substring(indexdef from '\\(.*\\)') FROM pg_indexes WHERE schemaname = "
                                   "current_schema() AND indexname = 'follower_snapshots_counts'")) ==
          std::vector<std::string>{"(account_id, snapshot_date, followers)"});
    CHECK(agreedRises(db) == std::vector<std::string>{"2026-03-01>2026-03-08:8000>10000"});
    // Creator 1 has no manager: 8,000 counted on 1 Mar, then steps of +2,000 and +50.
    CHECK(lines(db, QStringLiteral("SELECT manager_id || ':' || day || ':' || change FROM follower_day_changes "
                                   "ORDER BY day")) ==
          std::vector<std::string>{"0:2026-03-01:8000", "0:2026-03-08:2000", "0:2026-03-15:50"});
    CHECK(triggersOf(db).size() == 25);
    CHECK(lines(db, QStringLiteral("SELECT has_table_privilege('collabdesk_manager', 'follower_rises', 'INSERT, "
                                   "DELETE') AND has_table_privilege('collabdesk_admin', 'follower_rise_steps', "
                                   "'SELECT') AND has_table_privilege('collabdesk_manager', 'follower_day_changes', "
                                   "'INSERT, UPDATE') AND has_table_privilege('collabdesk_manager', 'roster_accounts', "
                                   "'SELECT') AND has_table_privilege('collabdesk_manager', 'post_figures', 'SELECT') "
                                   "AND has_table_privilege('collabdesk_admin', 'account_posts', 'SELECT')")) ==
          std::vector<std::string>{"true"});
}

TEST_CASE("a server workspace updated while another transaction holds a table and then writes waits, and both "
          "succeed",
          "[postgresql]")
{
    ServerDatabase server;
    makeVersion6(server);
    // As an autovacuum ANALYZE that holds a table while it waits for a row: the other holds
    // accounts (which v8 and v9 give triggers), then writes the version row the update stamps after
    // each step. Had the update stamped v7 before waiting for accounts, each would wait for the other
    // (the server's "deadlock detected").
    test::OtherTransaction other(server.address(), QStringLiteral("LOCK TABLE accounts IN SHARE UPDATE EXCLUSIVE MODE"),
                                 QStringLiteral("UPDATE collabdesk_workspace SET version = version"));
    Workspace::Options options;
    auto ws = Workspace::open(server.address(), options);
    CHECK(other.committed());
    INFO((ws ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    CHECK(ws.value()->schemaVersion() == 11);
}

TEST_CASE("two people changing follower counts of one account at once leave the rises as one after the other would",
          "[postgresql]")
{
    ServerDatabase server;
    auto mine = openServer(server.address(), true, Workspace::Access::ReadWrite);
    addOneAccount(*mine);
    test::exec(*mine, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                     "(1, '2026-03-01', 10000), (1, '2026-03-05', 12000), (1, '2026-03-10', 13000)"));
    // I remove the count of 5 Mar and have not committed when someone else adds 7 Mar (11,000): the
    // step ending on 10 Mar is mine (from 1 Mar) and theirs (from 7 Mar) at once. Without a turn per
    // account theirs failed on the kept row mine had just written.
    Transaction tx(*mine);
    REQUIRE(tx);
    REQUIRE(
        sql::run(tx.db(), QStringLiteral("DELETE FROM follower_snapshots WHERE snapshot_date = '2026-03-05'")).ok());
    std::atomic<bool> theirsDone = false;
    QString theirs = QStringLiteral("not run");
    // A QThread: the server connection's notifier wants one.
    std::unique_ptr<QThread> other(QThread::create([&] {
        auto ws = Workspace::open(server.address(), Workspace::Options());
        theirs = ws ? QString() : ws.error();
        if (ws)
            if (Status s = writeInTransaction(*ws.value(),
                                              [](Transaction &t2) -> Status {
                                                  auto q = sql::run(
                                                      t2.db(), QStringLiteral("INSERT INTO follower_snapshots "
                                                                              "(account_id, snapshot_date, "
                                                                              "followers) VALUES (1, '2026-03-07', "
                                                                              "11000)"));
                                                  return q ? Status() : fail(q.error());
                                              });
                !s)
                theirs = s.error();
        theirsDone = true;
    }));
    other->start();
    QThread::msleep(500);
    CHECK_FALSE(theirsDone); // waiting for my transaction
    REQUIRE(tx.commit().ok());
    other->wait();
    CHECK(theirs.isEmpty());
    QSqlDatabase db = mine->db();
    CHECK(agreedRises(db) ==
          std::vector<std::string>{"2026-03-01>2026-03-07:10000>11000", "2026-03-07>2026-03-10:11000>13000"});
    // And the roster's day changes as the counts 10,000, 11,000 and 13,000 give them (5 Mar's +2,000
    // and 10 Mar's +1,000 gone with the removed count).
    CHECK(lines(db, QStringLiteral("SELECT day || ':' || change FROM follower_day_changes WHERE change <> 0 "
                                   "ORDER BY day")) ==
          std::vector<std::string>{"2026-03-01:10000", "2026-03-07:1000", "2026-03-10:2000"});
}

TEST_CASE("a server that asks for a password opens with the one given, for every connection, and never shows it",
          "[postgresql]")
{
    ServerDatabase server;
    const QString shown = server.addressWithPassword(QStringLiteral("kopi-susu-42"));
    const auto attempt = [&](const QString &password) {
        Workspace::Options options;
        options.create = true;
        options.password = password;
        return Workspace::open(shown, options);
    };
    auto none = attempt({});
    REQUIRE_FALSE(none.ok());
    CHECK(server::needsPassword(none.error()));
    auto wrong = attempt(QStringLiteral("kopi-susu-41"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(server::needsPassword(wrong.error()));
    CHECK_FALSE(wrong.error().contains(QStringLiteral("kopi-susu")));

    auto ws = attempt(QStringLiteral("kopi-susu-42"));
    INFO((ws ? QString() : ws.error()).toStdString());
    REQUIRE(ws.ok());
    CHECK((*ws)->path() == shown);
    CHECK_FALSE((*ws)->path().contains(QStringLiteral("kopi")));
    // A worker's reading connection signs in with the same password.
    const QString name = connection::uniqueName(QStringLiteral("test-reader"));
    {
        auto reader = (*ws)->readerOpener()(name);
        INFO((reader ? QString() : reader.error()).toStdString());
        CHECK(reader.ok());
    }
    connection::close(name);
    // Other failures are not taken for a password question.
    QString missing = server.address();
    missing.replace(server.name(), QStringLiteral("cd_no_such_database"));
    CHECK_FALSE(server::needsPassword(openError(missing, false)));
}
