#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cd::sql {

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    for (const QVariant &p : params) {
        // A null QString is "no text" to people but NULL to SQLite; text columns hold ''.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(p);
    }
    if (!q.exec())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    return q;
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
