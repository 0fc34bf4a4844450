#include "Managers.h"

#include "common/Clock.h"
#include "common/Names.h"
#include "services/Lookup.h"
#include "services/Validation.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace cd {

Result<QList<Manager>> ManagerService::list(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT m.id, m.name, m.email, "
                                         "(SELECT count(*) FROM creators c WHERE c.manager_id = m.id), m.role "
                                         "FROM managers m ORDER BY m.name_key"));
    if (!q)
        return q.failure();
    QList<Manager> managers;
    while (q->next())
        managers.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                         q->value(4).toString()});
    return managers;
}

std::optional<qint64> ManagerService::findByName(QSqlDatabase &db, const QString &name)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM managers WHERE name_key = ?"), {nameKey(name)});
    if (!id || !id->isValid())
        return std::nullopt;
    return id->toLongLong();
}

std::optional<qint64> ManagerService::signedIn(QSqlDatabase &db)
{
    if (!sql::onServer(db))
        return std::nullopt;
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM managers WHERE role <> '' AND role = session_user"));
    if (!id || !id->isValid())
        return std::nullopt;
    return id->toLongLong();
}

QString ManagerService::nameOf(QSqlDatabase &db, qint64 id)
{
    return lookup::nameById(db, "managers", id);
}

Status ManagerService::validate(QSqlDatabase &db, const QString &name, const QString &email, qint64 selfId)
{
    if (Status s = checkName(cleanName(name), tr("manager name")); !s)
        return s;
    if (Status s = validation::email(email.trimmed()); !s)
        return s;
    auto other = sql::scalar(db, QStringLiteral("SELECT name FROM managers WHERE name_key = ? AND id <> ?"),
                             {nameKey(name), selfId});
    if (!other)
        return other.failure();
    if (other->isValid())
        return fail(tr("a manager named '%1' already exists; manager names must be unique (ignoring case and spaces)")
                        .arg(other->toString()));
    return {};
}

Result<qint64> ManagerService::add(const QString &name, const QString &email)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) -> Result<qint64> {
        if (Status s = validate(tx.db(), name, email, 0); !s)
            return s.failure();
        const QString now = Clock::timestamp();
        auto q = sql::insert(tx.db(),
                             QStringLiteral("INSERT INTO managers (name, name_key, email, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {cleanName(name), nameKey(name), email.trimmed(), now, now});
        if (!q)
            return q.failure();
        tx.touch(QStringLiteral("managers"));
        return q.value();
    });
}

Status ManagerService::update(qint64 id, const QString &name, const QString &email)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) -> Status {
        if (Status s = validate(tx.db(), name, email, id); !s)
            return s;
        auto q = sql::run(tx.db(),
                          QStringLiteral("UPDATE managers SET name = ?, name_key = ?, email = ?, updated_at = ? "
                                         "WHERE id = ?"),
                          {cleanName(name), nameKey(name), email.trimmed(), Clock::timestamp(), id});
        if (!q)
            return q.failure();
        if (q->numRowsAffected() != 1)
            return fail(tr("the manager no longer exists"));
        // The roster shows the manager's name.
        tx.touch(QStringLiteral("managers"));
        tx.touch(QStringLiteral("creators"));
        return {};
    });
}

Status ManagerService::remove(qint64 id)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) -> Status {
        auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM managers WHERE id = ?"), {id});
        if (!q)
            return q.failure();
        tx.touch(QStringLiteral("managers"));
        tx.touch(QStringLiteral("creators"));
        return {};
    });
}

Result<std::optional<qint64>> ManagerService::idForName(Transaction &tx, const QString &name)
{
    const QString clean = cleanName(name);
    if (clean.isEmpty())
        return std::optional<qint64>();
    if (auto id = findByName(tx.db(), clean))
        return id;
    if (Status s = checkName(clean, tr("manager name")); !s)
        return s.failure();
    const QString now = Clock::timestamp();
    auto q = sql::insert(
        tx.db(), QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)"),
        {clean, nameKey(clean), now, now});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("managers"));
    return std::optional<qint64>(q.value());
}

} // namespace cd
