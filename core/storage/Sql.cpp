#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cd::sql {

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    QSqlQuery q(db);
    streamRows(q, db);
    if (!q.prepare(statement))
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    for (const QVariant &p : params)
        q.addBindValue(bindable(p));
    if (!q.exec())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    return q;
}

Result<qint64> insert(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    auto q = run(db, statement + QStringLiteral(" RETURNING id"), params);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(
            QCoreApplication::translate("Workspace", "database error: %1").arg(QStringLiteral("no row was added")));
    return q->value(0).toLongLong();
}

Status idsFollow(QSqlDatabase &db, const char *table)
{
    if (!onServer(db))
        return {};
    auto q = run(db,
                 QStringLiteral("SELECT setval(s, greatest(coalesce((SELECT max(id) FROM %1), 0), "
                                "coalesce(pg_sequence_last_value(s), 0), 1)) "
                                "FROM (SELECT CAST(pg_get_serial_sequence(?, 'id') AS regclass) AS s) AS seq")
                     .arg(QLatin1String(table)),
                 {QString::fromLatin1(table)});
    return q ? Status() : Status(fail(q.error()));
}

Result<QSqlQuery *> Statement::run(QSqlDatabase &db, const QVariantList &params)
{
    if (!m_query) {
        m_query.emplace(db);
        streamRows(*m_query, db);
        if (!m_query->prepare(m_sql)) {
            const QString why = m_query->lastError().text();
            m_query.reset();
            return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(why));
        }
    }
    m_query->finish();
    for (int i = 0; i < params.size(); ++i)
        m_query->bindValue(i, bindable(params.at(i)));
    if (!m_query->exec())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(m_query->lastError().text()));
    return &*m_query;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    auto q = run(db, statement, params);
    if (!q)
        return fail(q.error());
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

} // namespace cd::sql
