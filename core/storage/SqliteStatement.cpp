#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cd {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}
} // namespace

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status SqliteStatement::start(QSqlDatabase &db)
{
    if (!m_statement) {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return fail(tr("internal error: the workspace connection is not SQLite"));
        m_db = *static_cast<sqlite3 *const *>(handle.data());
        if (sqlite3_prepare_v2(m_db, m_sql, -1, &m_statement, nullptr) != SQLITE_OK)
            return fail(tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return {};
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    // UTF-16 as Qt holds it: SQLite converts while copying, with no QByteArray in between.
    static const char16_t empty[] = u"";
    const void *text = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
    sqlite3_bind_text16(m_statement, index, text, int(value.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return fail(tr("database error: %1").arg(why));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace cd
