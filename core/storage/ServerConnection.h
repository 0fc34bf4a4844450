#pragma once

#include "ServerAddress.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace cd::server {

// Opens a connection to the workspace at `address` under the unique connection name `name`
// (remove it with connection::close(name)). A reading connection's transactions are read-only
// on the server itself. Waits at most 10 s for a row another person's transaction holds.
Result<QSqlDatabase> open(const ServerAddress &address, const QString &name, bool readOnly);

// True when `error` (from open) says the server wants a password it was not given, or refused the
// one given: the app then asks for it (libpq's messages are English here: it has no Indonesian).
bool needsPassword(const QString &error);

// What a database is, found without writing to it.
struct Identity
{
    enum class Kind
    {
        Empty,    // nothing in its schema: a workspace may be made in it
        Workspace // a CollabDesk workspace of schema `version`
    };
    Kind kind = Kind::Empty;
    int version = 0;
};

// Refuses (with what it holds and what to do) a database that is neither empty nor a CollabDesk
// workspace this build can open: other tables, another program's, or a newer schema.
Result<Identity> identify(QSqlDatabase &db, const QString &shownAddress, int maxVersion);

// Takes every table of the workspace (ACCESS EXCLUSIVE, until the transaction ends): for a
// transaction that alters tables (a schema step, the team's set-up), before it writes anything.
// An autovacuum ANALYZE holding one table while it waited for a row such a transaction had already
// written met it in a deadlock (seen in CI right after a demo was written). Waiting before writing
// anything, the transaction holds up nobody who could be waiting for it, and the server cancels an
// autovacuum in its way. A database with no tables yet takes nothing.
Status lockTables(QSqlDatabase &db);

} // namespace cd::server
