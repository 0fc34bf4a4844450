#include "SchemaV3.h"

#include "Migrations.h"
#include "Sql.h"
#include "common/Clock.h"
#include "common/Names.h"

#include <QHash>
#include <QUuid>

namespace cd {

Status migrateToV3(QSqlDatabase &db)
{
    if (Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/v3.sql")); !s)
        return s;
    auto creators =
        sql::run(db, QStringLiteral("SELECT id, manager FROM creators WHERE trim(manager) <> '' ORDER BY id"));
    if (!creators)
        return creators.failure();
    QHash<QString, qint64> managerByKey;
    const QString now = Clock::timestamp();
    while (creators->next()) {
        const QString name = cleanName(creators->value(1).toString());
        const QString key = nameKey(name);
        auto found = managerByKey.constFind(key);
        qint64 managerId = 0;
        if (found != managerByKey.constEnd()) {
            managerId = *found;
        } else {
            auto q = sql::insert(db,
                                 QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {name.left(MaxNameLength), key, now, now});
            if (!q)
                return q.failure();
            managerId = q.value();
            managerByKey.insert(key, managerId);
        }
        if (auto q = sql::run(db, QStringLiteral("UPDATE creators SET manager_id = ? WHERE id = ?"),
                              {managerId, creators->value(0)});
            !q)
            return q.failure();
    }
    if (auto q = sql::run(db, QStringLiteral("ALTER TABLE creators DROP COLUMN manager")); !q)
        return q.failure();
    return giveWorkspaceId(db);
}

Status giveWorkspaceId(QSqlDatabase &db)
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto q = sql::run(
            db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('workspace_id', ?) ON CONFLICT DO NOTHING"),
            {uuid});
        !q)
        return q.failure();
    return {};
}

} // namespace cd
