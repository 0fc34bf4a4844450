#pragma once

#include <QSemaphore>
#include <QString>

#include <memory>

class QThread;

namespace cd::test {

// A new, empty database on the test server for one test, dropped afterwards (with any connection
// still open to it). The server is the one ctest's fixture starts (tests/postgresql): its address
// comes in COLLABDESK_TEST_POSTGRESQL (or COLLABDESK_TEST_WORKSPACES); without it the test fails and
// says how to run it.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // postgresql://...: the test server with this database.
    const QString &address() const { return m_address; }
    const QString &name() const { return m_name; }
    // Runs one statement in this database as the server's superuser (to set up odd cases).
    void exec(const QString &statement) const;
    // This database's address for a role of this test's own that must sign in with a password
    // (scripts/postgresql-server.sh's pg_hba asks collabdesk_password_users' members for one), its
    // password set to `password` first.
    QString addressWithPassword(const QString &password) const;
    // This database's address for the login role `role`, made first when the server does not have
    // it: a superuser (every right, for tests of two people at once), or a role with no rights
    // beyond what the test gives it (for tests of people's rights).
    enum class Rights
    {
        Superuser,
        Given
    };
    QString addressAs(const QString &role, Rights rights = Rights::Superuser) const;

private:
    // Runs role statements (PL/pgSQL) one test at a time across the whole server.
    void changeRole(const QString &statements) const;
    static constexpr int RoleLock = 0x43440001; // "CD" and 1: the tests' own advisory lock key

    QString m_server; // the maintenance database's address
    QString m_name;
    QString m_address;
};

// Another connection's transaction on a thread of its own, to race one of the app's: it runs
// `first`, lets the test go on, holds its transaction 1.5 s, then runs `then` (when given, changing
// one row) and commits.
class OtherTransaction
{
public:
    OtherTransaction(const QString &address, const QString &first, const QString &then = {});
    ~OtherTransaction();
    // Waits for it to end: whether it committed.
    bool committed();

private:
    void run(const QString &address, const QString &first, const QString &then);

    QSemaphore m_started;
    bool m_committed = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cd::test
