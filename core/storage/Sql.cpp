#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace cd::sql {

QString failure(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return QCoreApplication::translate("Workspace",
                                           "the server refused a change your role may not make (a talent manager "
                                           "changes only their own creators' records; an admin can make it): %1")
            .arg(error.databaseText());
    return QCoreApplication::translate("Workspace", "database error: %1").arg(error.text());
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    QSqlQuery q(db);
    streamRows(q, db);
    if (!q.prepare(statement))
        return fail(failure(q.lastError()));
    for (const QVariant &p : params)
        q.addBindValue(bindable(p));
    if (!q.exec())
        return fail(failure(q.lastError()));
    return q;
}

Result<qint64> insert(QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    auto q = run(db, statement + QStringLiteral(" RETURNING id"), params);
    if (!q)
        return q.failure();
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
    if (m_query && m_connection != db.connectionName())
        m_query.reset();
    if (!m_query) {
        m_connection = db.connectionName();
        m_query.emplace(db);
        streamRows(*m_query, db);
        if (!m_query->prepare(m_sql)) {
            const QString why = failure(m_query->lastError());
            m_query.reset();
            return fail(why);
        }
    }
    m_query->finish();
    for (int i = 0; i < params.size(); ++i)
        m_query->bindValue(i, bindable(params.at(i)));
    if (!m_query->exec())
        return fail(failure(m_query->lastError()));
    return &*m_query;
}

namespace {
// INSERT of `rows` rows of `columns`.
QString insertRows(const QString &table, const QStringList &columns, qsizetype rows)
{
    const QString one =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(','))) +
           QStringList(rows, one).join(QLatin1Char(','));
}
} // namespace

RowBatch::RowBatch(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)),
      // On SQLite one row a statement, prepared once: batches prepared anew for each small group
      // (the demo's snapshots, post by post) cost more to prepare than they saved (the agency demo
      // took 2.5 times as long), though a long-lived one is faster (a move into a file: 46 s, not
      // 60 s). A server gets a few hundred rows a statement (PostgreSQL takes 65,535 parameters).
      m_rowsPerStatement(onServer(m_db) ? std::clamp(16'000 / int(std::max<qsizetype>(m_columns.size(), 1)), 1, 500)
                                        : 1)
{}

Status RowBatch::add(const QVariantList &row)
{
    m_values += row;
    if (m_values.size() < m_rowsPerStatement * m_columns.size())
        return {};
    if (!m_full) {
        m_full.emplace(m_db);
        if (!m_full->prepare(insertRows(m_table, m_columns, m_rowsPerStatement))) {
            const QString why = failure(m_full->lastError());
            m_full.reset();
            return fail(why);
        }
    }
    return write(*m_full);
}

Status RowBatch::finish()
{
    if (m_values.isEmpty())
        return {};
    QSqlQuery rest(m_db);
    if (!rest.prepare(insertRows(m_table, m_columns, m_values.size() / m_columns.size())))
        return fail(failure(rest.lastError()));
    return write(rest);
}

Status RowBatch::write(QSqlQuery &query)
{
    for (int i = 0; i < m_values.size(); ++i)
        query.bindValue(i, bindable(m_values.at(i)));
    m_values.clear();
    if (!query.exec())
        return fail(failure(query.lastError()));
    return {};
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
        return q.failure();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

} // namespace cd::sql
