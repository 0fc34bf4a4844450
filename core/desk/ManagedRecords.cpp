#include "ManagedRecords.h"

#include "storage/Sql.h"

namespace cd {
namespace {

Status collect(QSqlDatabase &db, const QString &statement, qint64 managerId, QSet<qint64> &into)
{
    auto q = sql::run(db, statement, {managerId});
    if (!q)
        return fail(q.error());
    while (q->next())
        into.insert(q->value(0).toLongLong());
    return {};
}

} // namespace

Result<ManagedIds> managedIds(QSqlDatabase &db, qint64 managerId)
{
    ManagedIds ids;
    ids.managerId = managerId;
    const std::pair<const char *, QSet<qint64> *> parts[] = {
        {"SELECT id FROM creators WHERE manager_id = ?", &ids.creators},
        {"SELECT p.id FROM participants p JOIN creators c ON c.id = p.creator_id WHERE c.manager_id = ?",
         &ids.participants},
        {"SELECT DISTINCT p.campaign_id FROM participants p JOIN creators c ON c.id = p.creator_id "
         "WHERE c.manager_id = ?",
         &ids.campaigns},
        {"SELECT k.id FROM contracts k JOIN participants p ON p.id = k.participant_id "
         "JOIN creators c ON c.id = p.creator_id WHERE c.manager_id = ?",
         &ids.contracts},
    };
    for (const auto &[statement, into] : parts)
        if (Status s = collect(db, QString::fromLatin1(statement), managerId, *into); !s)
            return fail(s.error());
    return ids;
}

} // namespace cd
