#include "ServerDatabase.h"

#include "TestSupport.h"
#include "storage/Connection.h"
#include "storage/ServerConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace cd::test {
namespace {

// Runs `statement` in `database` (empty: the maintenance database) of the server at `server`
// through a connection of its own; returns what went wrong, or nothing. Throws nothing, so the
// destructor may use it.
QString execOn(const QString &server, const QString &database, const QString &statement)
{
    auto address = ServerAddress::parse(server);
    if (!address)
        return address.error();
    if (!database.isEmpty())
        address->database = database;
    const QString name = connection::uniqueName(QStringLiteral("test-server"));
    QString error;
    {
        auto db = server::open(address.value(), name, false);
        if (!db)
            error = db.error();
        else if (QSqlQuery q(db.value()); !q.exec(statement))
            error = statement + QStringLiteral(": ") + q.lastError().text();
    }
    connection::close(name);
    return error;
}

} // namespace

ServerDatabase::ServerDatabase() : m_server(qEnvironmentVariable("COLLABDESK_TEST_POSTGRESQL"))
{
    if (m_server.isEmpty()) // the whole suite on the server (TestSupport's createWorkspace)
        m_server = qEnvironmentVariable("COLLABDESK_TEST_WORKSPACES");
    INFO("This test needs the private PostgreSQL server that ctest starts (run it through ctest or "
         "scripts/test.sh), or COLLABDESK_TEST_POSTGRESQL set to a server's maintenance database address.");
    REQUIRE(!m_server.isEmpty());
    static int counter = 0;
    // A name of digits and letters made here, never input: safe to write into the statement.
    m_name = QStringLiteral("cd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString created = execOn(m_server, {}, QStringLiteral("CREATE DATABASE %1").arg(m_name));
    INFO(created.toStdString());
    REQUIRE(created.isEmpty());
    auto address = ServerAddress::parse(m_server);
    REQUIRE(address.ok());
    address->database = m_name;
    m_address = address->display();
}

ServerDatabase::~ServerDatabase()
{
    // A database left behind goes with the test server's folder at the end of the run.
    (void)execOn(m_server, {}, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

void ServerDatabase::exec(const QString &statement) const
{
    const QString error = execOn(m_server, m_name, statement);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

QString ServerDatabase::addressWithPassword(const QString &password) const
{
    // A role of this test's own, so two tests setting their passwords at once never sign in with
    // each other's; the server asks the group's members for one (scripts/postgresql-server.sh).
    const QString role = m_name + QStringLiteral("_pw");
    const QString address = addressAs(role);
    // Names and a password of the test's own making, never input: safe to write into the statement.
    changeRole(QStringLiteral("IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'collabdesk_password_users') THEN "
                              "CREATE ROLE collabdesk_password_users NOLOGIN; END IF; "
                              "GRANT collabdesk_password_users TO %1; ALTER ROLE %1 PASSWORD '%2'")
                   .arg(role, password));
    return address;
}

QString ServerDatabase::addressAs(const QString &role, Rights rights) const
{
    // A role name of the test's own making, never input: safe to write into the statement. Roles
    // belong to the whole server: an earlier test's is given the rights this one asks for.
    changeRole(
        QStringLiteral("IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; "
                       "END IF; ALTER ROLE %1 %2")
            .arg(role, rights == Rights::Superuser ? QStringLiteral("SUPERUSER") : QStringLiteral("NOSUPERUSER")));
    auto address = ServerAddress::parse(m_address);
    REQUIRE(address.ok());
    address->user = role;
    return address->display();
}

void ServerDatabase::changeRole(const QString &statements) const
{
    // Tests run side by side on one server, and two changing one role at once make the server
    // refuse one ("tuple concurrently updated"), so every test's role change waits its turn behind
    // one lock. Advisory locks belong to a database: all take it in the maintenance database.
    const QString error = execOn(
        m_server, {},
        QStringLiteral("DO $$ BEGIN PERFORM pg_advisory_xact_lock(%1); %2; END $$").arg(RoleLock).arg(statements));
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

OtherTransaction::OtherTransaction(const QString &address, const QString &first, const QString &then)
    : m_thread(QThread::create([this, address, first, then] { run(address, first, then); }))
{
    m_thread->start();
    m_started.acquire();
}

OtherTransaction::~OtherTransaction()
{
    m_thread->wait();
}

bool OtherTransaction::committed()
{
    REQUIRE(m_thread->wait(10'000));
    return m_committed;
}

void OtherTransaction::run(const QString &address, const QString &first, const QString &then)
{
    const QString name = connection::uniqueName(QStringLiteral("test-other"));
    {
        auto db = server::open(ServerAddress::parse(address).value(), name, false);
        if (db && db->transaction()) {
            QSqlQuery q(db.value());
            const bool began = q.exec(first);
            m_started.release();
            QThread::msleep(1500);
            m_committed = began && (then.isEmpty() || (q.exec(then) && q.numRowsAffected() == 1)) && db->commit();
        } else {
            m_started.release();
        }
    }
    connection::close(name);
}

} // namespace cd::test
