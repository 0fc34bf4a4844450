#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

// A talent manager of the workspace (domain.md "The talent manager's desk"): each creator has at
// most one. Which manager is "me" is chosen per computer (the app's settings, keyed by the
// workspace id), never stored in the workspace.
struct Manager
{
    qint64 id = 0;
    QString name, email;
    int creators = 0; // creators managed (when listed)
    QString role;     // the database role they sign in as on a server ('' when none; team::setUp records it)
};

class ManagerService
{
    Q_DECLARE_TR_FUNCTIONS(ManagerService)
public:
    explicit ManagerService(Workspace &workspace) : m_ws(workspace) {}

    // Every manager by name, with how many creators each manages.
    static Result<QList<Manager>> list(QSqlDatabase &db);
    // The manager named `name` (ignoring case and spacing).
    static std::optional<qint64> findByName(QSqlDatabase &db, const QString &name);
    // The manager's name; empty when there is none with that id.
    static QString nameOf(QSqlDatabase &db, qint64 id);
    // On a server, the manager who signs in as the connection's role (managers.role, which
    // `server init-roles` records); none on a file.
    static std::optional<qint64> signedIn(QSqlDatabase &db);

    // Errors: a missing or overlong name, a name already used, a malformed email.
    Result<qint64> add(const QString &name, const QString &email);
    Status update(qint64 id, const QString &name, const QString &email);
    // Their creators and follow-ups are left without a manager; nothing else changes.
    Status remove(qint64 id);

    // The manager called `name`, added when there is none (creator editing and imports name a
    // manager by name); nullopt for an empty name.
    static Result<std::optional<qint64>> idForName(Transaction &tx, const QString &name);

private:
    Status validate(QSqlDatabase &db, const QString &name, const QString &email, qint64 selfId);
    Workspace &m_ws;
};

} // namespace cd
