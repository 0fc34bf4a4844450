#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

// A statement on SQLite's own C API, for bulk paths (imports, demo data) where Qt SQL's binding
// layer costs more than SQLite itself (engineering.md: Qt prepared statements 0.45M rows/s, the
// C API 1.1M). It runs on the same connection as Qt (QSqlDriver::handle(); Debian's Qt plugin and
// CollabDesk share one libsqlite3), so it joins the caller's transaction. SQLite-specific: keep it
// inside storage/ and services' bulk paths. On a server workspace (PostgreSQL) the same calls run
// through Qt SQL instead, so the callers keep one path for both backends.
class SqliteStatement
{
public:
    explicit SqliteStatement(const char *sql);
    // A statement made at run time (a multi-row insert, say).
    explicit SqliteStatement(QByteArray sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares on first use, then resets and clears the previous bindings.
    Status start(QSqlDatabase &db);
    // Parameters are 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString &value); // text ('' for a null QString)
    // A date as 'YYYY-MM-DD' text, written without a QString in between.
    void bind(int index, const QDate &date);
    void bind(int index, const std::optional<qint64> &value);
    void bindNull(int index);
    // Runs one step: true when a row is available, false when done; an error otherwise.
    Result<bool> step();
    // start(), `id` bound to ?1, then step(): a lookup by key, run again for each key (the names of
    // the few rows a page shows, say).
    Result<bool> firstRowFor(QSqlDatabase &db, qint64 id);
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes as SQLite holds them, valid until the next step (no copy; for
    // comparing stored words).
    QByteArrayView utf8(int column) const;
    qint64 lastInsertId() const;
    // Rows the last insert, update or delete wrote (for a statement that failed, those it wrote
    // before it failed: all or none on a server).
    qint64 changes() const;

private:
    // UTF-8 of bound text, kept until the next start() so SQLite can use it without copying.
    const char *utf8(const QString &text, int *size);
    QByteArray m_sql;
    QHash<QString, QByteArray> m_text; // repeated text (dates, sources) is converted once
    QList<QByteArray> m_once;          // text bound once
    // The text converted last (a bulk write binds the same source on every row): compared, not
    // hashed. Its bytes stay alive while held here, whatever the cache above drops.
    QString m_lastText;
    QByteArray m_lastUtf8;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    struct ThroughQt;
    std::unique_ptr<ThroughQt> m_qt; // a server's connection
};

// Runs a started `statement` to its end, handing each row to `row`; an error stops it.
template <typename Row> Status forEachRow(SqliteStatement &statement, Row &&row)
{
    for (;;) {
        auto more = statement.step();
        if (!more)
            return more.failure();
        if (!more.value())
            return {};
        row();
    }
}

} // namespace cd
