#include "SqliteStatement.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cctype>

#include <sqlite3.h>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

// The same statement through Qt SQL, for a server's connection: values are collected by bind()
// and sent when step() is first called.
struct SqliteStatement::ThroughQt
{
    explicit ThroughQt(QSqlDatabase &connection)
        : query(connection), db(connection) {} // read whole: see sql::streamRows
    QSqlQuery query;
    QSqlDatabase db;
    QVariantList values;
    bool sent = false;
    mutable QByteArray text; // the column utf8() last returned

    void set(int index, const QVariant &value)
    {
        if (values.size() < index)
            values.resize(index);
        values[index - 1] = value;
    }
};

namespace {
// PostgreSQL's $n for each of SQLite's parameters, numbered as SQLite numbers them: ?N is N, a bare
// ? one more than the largest number so far (so "?1 ... ?" is "$1 ... $2"; Qt would make the bare
// one $1 again). Quoted text is left alone.
QByteArray numberedParameters(const QByteArray &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int largest = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql.at(i);
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '?') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && std::isdigit(static_cast<unsigned char>(sql.at(end))))
            ++end;
        const int n = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : largest + 1;
        largest = std::max(largest, n);
        out += '$' + QByteArray::number(n);
        i = end - 1;
    }
    return out;
}
} // namespace

SqliteStatement::SqliteStatement(const char *sql) : m_sql(sql) {}

SqliteStatement::SqliteStatement(QByteArray sql) : m_sql(std::move(sql)) {}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Status SqliteStatement::start(QSqlDatabase &db)
{
    if (m_qt || (!m_statement && db.driverName() == QLatin1String("QPSQL"))) {
        if (!m_qt) {
            m_qt = std::make_unique<ThroughQt>(db);
            if (!m_qt->query.prepare(QString::fromUtf8(numberedParameters(m_sql)))) {
                const QString why = sql::failure(m_qt->query.lastError());
                m_qt.reset();
                return fail(why);
            }
        }
        m_qt->query.finish();
        m_qt->values.clear();
        m_qt->sent = false;
        return {};
    }
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
    if (text.size() != m_lastText.size() || text != m_lastText) {
        auto known = m_text.constFind(text);
        if (known == m_text.constEnd()) {
            if (m_text.size() > 1024)
                m_once.append(text.toUtf8());
            else
                known = m_text.insert(text, text.toUtf8());
        }
        m_lastUtf8 = known == m_text.constEnd() ? m_once.last() : *known;
        m_lastText = text;
    }
    *size = int(m_lastUtf8.size());
    return m_lastUtf8.constData();
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_qt)
        return m_qt->set(index, value);
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    // UTF-8 (the workspace's encoding) that stays put until the next start(): SQLite neither
    // copies nor converts it, which costs more than the insert itself in bulk work.
    if (m_qt)
        return m_qt->set(index, value.isNull() ? QStringLiteral("") : value);
    int size = 0;
    const char *text = value.isEmpty() ? "" : utf8(value, &size);
    sqlite3_bind_text(m_statement, index, text, size, SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QDate &date)
{
    const int year = date.year();
    if (m_qt || !date.isValid() || year < 1 || year > 9999) {
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
    if (m_qt)
        return m_qt->set(index, QVariant());
    sqlite3_bind_null(m_statement, index);
}

Result<bool> SqliteStatement::step()
{
    if (m_qt) {
        if (!m_qt->sent) {
            for (int i = 0; i < m_qt->values.size(); ++i)
                m_qt->query.bindValue(i, m_qt->values.at(i));
            m_qt->sent = true;
            if (!m_qt->query.exec())
                return fail(sql::failure(m_qt->query.lastError()));
        }
        return m_qt->query.isSelect() && m_qt->query.next();
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return fail(Text::tr("database error: %1").arg(why));
}

Result<bool> SqliteStatement::firstRowFor(QSqlDatabase &db, qint64 id)
{
    if (Status s = start(db); !s)
        return s.failure();
    bind(1, id);
    return step();
}

bool SqliteStatement::isNull(int column) const
{
    if (m_qt)
        return m_qt->query.isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    if (m_qt) // a sum on a server is numeric, read as a double: exact up to 2^53
        return m_qt->query.value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    if (m_qt)
        return m_qt->query.value(column).toString();
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    if (m_qt) {
        m_qt->text = m_qt->query.value(column).toString().toUtf8();
        return m_qt->text;
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_qt) { // the identity value the last insert of this connection took
        QSqlQuery q(m_qt->db);
        return q.exec(QStringLiteral("SELECT lastval()")) && q.next() ? q.value(0).toLongLong() : 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteStatement::changes() const
{
    if (m_qt)
        return std::max(0, m_qt->query.numRowsAffected());
    return sqlite3_changes64(m_db);
}

} // namespace cd
