#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

class Workspace;

// People and rights on a server workspace (schema/postgresql/roles.sql says what each role may do):
// everyone signs in with a database role of their own; a talent manager's role changes only their
// own creators' records, an admin's changes everything. A file workspace has one person at a time.
namespace team {

struct Setup
{
    QStringList admins;                          // login roles given every right
    QList<std::pair<QString, QString>> managers; // (manager's name, login role) to record
};

// A manager of the workspace and whether they can sign in as one.
struct ManagerSignIn
{
    QString manager, role; // role '' when none is recorded
    bool roleOnServer = false;
};

// Makes the admin and manager group roles (when missing), gives them their rights and the
// row-level security policies, records each manager's login role, and makes every recorded
// manager role a member of the manager group and every admin one of the admin group: all in one
// transaction. Run again as people join. Errors: a file workspace, someone other than the
// workspace's owner with CREATEROLE or a superuser, a role the server does not have, a manager the
// workspace does not have, one role for two managers.
Result<QList<ManagerSignIn>> setUp(Workspace &workspace, const Setup &setup);

// Whose creators the person signed in may change (roles.sql's row-level security), asked once
// rather than per record: every creator's on a file, on a server before `server init-roles`, and
// for its owner, a superuser or an admin; otherwise only those of the manager who signs in as them.
struct Changeable
{
    bool everyone = true;
    qint64 manager = 0; // when not everyone's: that manager's creators (0: nobody signs in as one)

    // Whether a creator managed by `creatorManager` (0: nobody) may be changed.
    bool allows(qint64 creatorManager) const { return everyone || (manager != 0 && creatorManager == manager); }
};
Changeable changeable(QSqlDatabase &db);

// What refuses a change to the creator `creator` (their name) that is another manager's, or
// nobody's (`managed` false: only an admin changes those), as a clause.
QString notYours(const QString &creator, bool managed);

// Why the person signed in may not change the creator `id` (notYours), or '' when they may: on a
// file; on a server before `server init-roles`; as its owner, a superuser, an admin, or the
// creator's manager. Asked without locking anything, as a form opens.
QString whyNotChangeable(QSqlDatabase &db, qint64 id);

} // namespace team
} // namespace cd
