#include "Lookup.h"

#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

namespace cd::lookup {

std::optional<qint64> idByName(Workspace &ws, const char *table, const QString &name)
{
    QSqlDatabase db = ws.db();
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE name_key = ?").arg(QLatin1String(table)),
                          {nameKey(name)});
    if (!id || id->isNull())
        return std::nullopt;
    return id->toLongLong();
}

Result<QString> nameTakenBy(Workspace &ws, const char *table, const QString &name, qint64 selfId)
{
    QSqlDatabase db = ws.db();
    auto other =
        sql::scalar(db, QStringLiteral("SELECT name FROM %1 WHERE name_key = ? AND id <> ?").arg(QLatin1String(table)),
                    {nameKey(name), selfId});
    if (!other)
        return fail(other.error());
    return other->isNull() ? QString() : other->toString();
}

} // namespace cd::lookup
