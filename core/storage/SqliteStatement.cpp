#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
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
            return fail(Text::tr("internal error: the workspace connection is not SQLite"));
        m_db = *static_cast<sqlite3 *const *>(handle.data());
        if (sqlite3_prepare_v2(m_db, m_sql.constData(), int(m_sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return fail(Text::tr("database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
        return {};
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_once.clear();
    if (m_text.size() > 1024) // a file of distinct captions must not grow this without end
        m_text.clear();
    return {};
}

const char *SqliteStatement::utf8(const QString &text, int *size)
{
    auto known = m_text.constFind(text);
    if (known == m_text.constEnd()) {
        if (m_text.size() > 1024) {
            m_once.append(text.toUtf8());
            *size = int(m_once.last().size());
            return m_once.last().constData();
        }
        known = m_text.insert(text, text.toUtf8());
    }
    *size = int(known->size());
    return known->constData();
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    // UTF-8 (the workspace's encoding) that stays put until the next start(): SQLite neither
    // copies nor converts it, which costs more than the insert itself in bulk work.
    int size = 0;
    const char *text = value.isEmpty() ? "" : utf8(value, &size);
    sqlite3_bind_text(m_statement, index, text, size, SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QDate &date)
{
    const int year = date.year();
    if (!date.isValid() || year < 1 || year > 9999) {
        bind(index, date.toString(Qt::ISODate));
        return;
    }
    // 'YYYY-MM-DD' by hand: QDate::toString formats through vasprintf, a tenth of an import's time.
    char text[10];
    const int parts[] = {year / 100, year % 100, date.month(), date.day()};
    const int at[] = {0, 2, 5, 8};
    for (int i = 0; i < 4; ++i) {
        text[at[i]] = char('0' + parts[i] / 10);
        text[at[i] + 1] = char('0' + parts[i] % 10);
    }
    text[4] = text[7] = '-';
    sqlite3_bind_text(m_statement, index, text, 10, SQLITE_TRANSIENT);
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
    return fail(Text::tr("database error: %1").arg(why));
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

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace cd
