#include "TeamRoles.h"

#include "Managers.h"
#include "common/Clock.h"
#include "storage/Connection.h"
#include "storage/Migrations.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::team {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
};

Status roleExists(QSqlDatabase &db, const QString &role)
{
    auto found = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
    if (!found)
        return found.failure();
    if (found->toInt() == 0)
        return fail(Text::tr("the server has no role %1; make it first (createuser --pwprompt %1)").arg(role));
    return {};
}

// GRANT takes no parameters: the role's name goes in quoted by the server itself.
Status grant(QSqlDatabase &db, const char *group, const QString &role)
{
    auto quoted = sql::scalar(db, QStringLiteral("SELECT quote_ident(?)"), {role});
    if (!quoted)
        return quoted.failure();
    // Two set-ups at the same moment (two admins, or two workspaces on one server: roles belong to
    // the server) may both add one membership; the later waits for the earlier and then meets its
    // row (unique_violation), the membership there all the same. The savepoint lets this
    // transaction go on past that.
    if (Status s = connection::exec(db, QStringLiteral("SAVEPOINT team_grant")); !s)
        return s;
    QSqlQuery q(db);
    // Nor can it be prepared: sent as it is.
    if (!q.exec(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(group), quoted->toString()))) {
        const QSqlError error = q.lastError();
        if (Status s = connection::exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT team_grant")); !s)
            return s;
        if (error.nativeErrorCode() != QLatin1String("23505"))
            return fail(sql::failure(error));
    }
    return connection::exec(db, QStringLiteral("RELEASE SAVEPOINT team_grant"));
}

Status recordRole(Transaction &tx, const QString &manager, const QString &role)
{
    QSqlDatabase &db = tx.db();
    const auto id = ManagerService::findByName(db, manager);
    if (!id)
        return fail(
            Text::tr("the workspace has no manager %1 (managers are listed in Settings, Managers)").arg(manager));
    auto holder = sql::scalar(db, QStringLiteral("SELECT name FROM managers WHERE role = ? AND id <> ?"), {role, *id});
    if (!holder)
        return holder.failure();
    if (holder->isValid())
        return fail(Text::tr("the role %1 already belongs to the manager %2").arg(role, holder->toString()));
    auto q = sql::run(db, QStringLiteral("UPDATE managers SET role = ?, updated_at = ? WHERE id = ?"),
                      {role, Clock::timestamp(), *id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("managers"));
    return {};
}

Result<QList<ManagerSignIn>> signIns(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT m.name, m.role, EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = "
                                         "m.role) FROM managers m ORDER BY m.name_key"));
    if (!q)
        return q.failure();
    QList<ManagerSignIn> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toBool()});
    return out;
}

// Policies are the tables' owner's to make, and roles a CREATEROLE role's: asked first, so that
// someone else is told so plainly instead of by the server, statement by statement.
Status maySetUp(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT session_user, t.tableowner, r.rolsuper OR (r.rolcreaterole AND "
                                         "t.tableowner = session_user) FROM pg_tables t JOIN pg_roles r ON r.rolname "
                                         "= session_user WHERE t.schemaname = current_schema() AND t.tablename = "
                                         "'creators'"));
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the workspace's tables cannot be found; run collabdesk-cli check on it"));
    if (!q->value(2).toBool())
        return fail(Text::tr("signed in as %1, you cannot set the team's roles up: that takes the workspace's owner "
                             "(%2) with the right to create roles (CREATEROLE), or a superuser")
                        .arg(q->value(0).toString(), q->value(1).toString()));
    return {};
}

Status apply(Transaction &tx, const Setup &setup)
{
    QSqlDatabase &db = tx.db();
    if (Status s = maySetUp(db); !s)
        return s;
    for (const QString &role : setup.admins)
        if (Status s = roleExists(db, role); !s)
            return s;
    for (const auto &[manager, role] : setup.managers)
        if (Status s = roleExists(db, role); !s)
            return s;
    // The set-up alters the tables (row level security takes each one whole).
    if (Status s = server::lockTables(db); !s)
        return s;
    for (const auto &[manager, role] : setup.managers) {
        if (Status s = recordRole(tx, manager, role); !s)
            return s;
    }
    if (Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/roles.sql")); !s)
        return s;
    for (const QString &role : setup.admins)
        if (Status s = grant(db, "collabdesk_admin", role); !s)
            return s;
    auto managers = signIns(db);
    if (!managers)
        return managers.failure();
    for (const ManagerSignIn &m : std::as_const(managers.value()))
        if (m.roleOnServer)
            if (Status s = grant(db, "collabdesk_manager", m.role); !s)
                return s;
    return {};
}

} // namespace

Result<QList<ManagerSignIn>> setUp(Workspace &workspace, const Setup &setup)
{
    if (!workspace.isServer())
        return fail(Text::tr("people and their rights belong to a workspace on a server; %1 is a file, which one "
                             "person at a time works in")
                        .arg(workspace.path()));
    Transaction tx(workspace);
    if (!tx)
        return fail(tx.error());
    if (Status s = apply(tx, setup); !s)
        return s.failure();
    auto managers = signIns(tx.db());
    if (!managers)
        return managers.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    return managers;
}

QString notYours(const QString &creator, bool managed)
{
    if (!managed)
        return Text::tr("%1 has no manager: you can read their records, but only an admin can change them, or make you "
                        "their manager")
            .arg(creator);
    return Text::tr("%1 is another manager's creator: you can read their records, but only their manager or an admin "
                    "can change them")
        .arg(creator);
}

Changeable changeable(QSqlDatabase &db)
{
    if (!sql::onServer(db))
        return {};
    // A superuser is a member of every role, and the tables' owner is not held by the policies:
    // both may change anything. The CASE keeps pg_has_role from a role not made yet. When this
    // cannot be asked, everything is offered: the server still refuses what is not theirs.
    auto q = sql::run(
        db, QStringLiteral(
                "SELECT CASE WHEN to_regrole('collabdesk_manager') IS NULL THEN false ELSE pg_has_role(session_user, "
                "'collabdesk_manager', 'MEMBER') AND NOT pg_has_role(session_user, 'collabdesk_admin', 'MEMBER') END "
                "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AND session_user <> (SELECT "
                "tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'creators'), "
                "(SELECT id FROM managers WHERE role <> '' AND role = session_user)"));
    if (!q || !q->next() || !q->value(0).toBool())
        return {};
    return {false, q->value(1).toLongLong()};
}

QString whyNotChangeable(QSqlDatabase &db, qint64 id)
{
    const Changeable may = changeable(db);
    if (may.everyone)
        return {};
    auto q = sql::run(db, QStringLiteral("SELECT name, manager_id FROM creators WHERE id = ?"), {id});
    if (!q || !q->next() || may.allows(q->value(1).toLongLong()))
        return {};
    return notYours(q->value(0).toString(), !q->isNull(1));
}

} // namespace cd::team
