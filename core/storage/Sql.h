#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd::sql {

// True for a server workspace's connection (PostgreSQL), false for a file's (SQLite). Statements
// are written once for both where SQL allows; the few that differ ask this.
inline bool onServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// The join to write where the order of the tables must be kept: SQLite reads a CROSS JOIN's left
// table as the outer loop (its planner hint); PostgreSQL's planner chooses for itself, and there a
// CROSS JOIN takes no ON.
inline QLatin1StringView orderedJoin(const QSqlDatabase &db)
{
    return onServer(db) ? QLatin1StringView("JOIN") : QLatin1StringView("CROSS JOIN");
}

// A query that reads its rows as they come, where that is safe: a file's (SQLite steps through
// them). On a server Qt reads a forward-only result row by row from the connection, and any other
// statement run on it meanwhile (a lookup inside a loop over rows) discards the rest: there every
// result is read whole first.
inline void streamRows(QSqlQuery &query, const QSqlDatabase &db)
{
    query.setForwardOnly(!onServer(db));
}

// What a failed statement says. A server that refuses a right (SQLSTATE 42501: a table the role
// may not write, or a row its row-level security keeps) is told apart from a broken statement.
QString failure(const QSqlError &error);

// Prepares `statement`, binds `params` positionally ('?') and runs it. Values from people are
// always bound, never pasted into SQL. The error names the failing statement's purpose.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &params = {});

// Runs an INSERT of one row into a table with an id column and returns the new row's id (RETURNING,
// which both SQLite and PostgreSQL understand; Qt's lastInsertId() has nothing for PostgreSQL).
Result<qint64> insert(QSqlDatabase &db, const QString &statement, const QVariantList &params = {});

// After rows of `table` (a name from code, never input) were written with ids of their own: on a
// server, moves the table's id sequence past them, so the next row added there does not take an
// id already used (a file takes the largest id plus one by itself). Never moves it back, which
// could hand out an id another session is still writing.
Status idsFollow(QSqlDatabase &db, const char *table);

// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &params = {});

// A statement prepared once and run many times, for loops over thousands of rows (preparing
// costs more than running). Owned by one object on one thread and one connection; each run()
// ends the previous run's result, so read a result fully before running the statement again.
class Statement
{
public:
    explicit Statement(QString statement) : m_sql(std::move(statement)) {}
    Result<QSqlQuery *> run(QSqlDatabase &db, const QVariantList &params);

private:
    QString m_sql;
    QString m_connection; // prepared on this one: another connection prepares it again
    std::optional<QSqlQuery> m_query;
};

// Rows written to one table, on a server many to a statement: a statement per row costs a round
// trip there, which bounds bulk writes (a move, the demo's snapshots). Values
// are bound, never pasted. Writes what it holds when a statement's worth is in, and on finish();
// what was added but not finished is not written. One connection, one thread.
class RowBatch
{
public:
    // `table` and `columns` come from code, never from input.
    RowBatch(QSqlDatabase db, QString table, QStringList columns);
    // One row: a value per column, in order.
    Status add(const QVariantList &row);
    Status finish();

private:
    Status write(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full; // prepared once, for a full statement's worth of rows
};

// The value to bind for `value`: a null QString is "no text" to people but NULL to SQLite, and
// text columns hold '' instead.
QVariant bindable(const QVariant &value);

// NULL for an absent optional value.
template <typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace cd::sql
