#include "Connection.h"

#include "StopToken.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

#include <sqlite3.h>

namespace cd::connection {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// SQLite counts every allocation under one process-wide mutex unless told not to: the dashboard's
// parts, read on two workers at once, took 10-25% longer with the count on (agency, every part:
// 163-190 ms against 137-155 ms; large 797-903 ms against 768-826 ms). Nothing here reads the count
// (no soft heap limit). It can be set only before SQLite starts, so before the first connection;
// were SQLite started first, the call is refused and nothing changes.
void configureSqliteOnce()
{
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    (void)configured;
}
} // namespace

QString uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("cd-%1-%2").arg(prefix).arg(++counter);
}

Result<QSqlDatabase> open(const QString &path, const QString &name, Access access)
{
    configureSqliteOnce();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return fail(Text::tr("the SQLite driver for Qt is missing: install the package libqt6sql6-sqlite"));
    db.setDatabaseName(path);
    // A busy timeout lets a reader wait out another process's short write instead of failing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        close(name);
        return fail(Text::tr("cannot open %1: %2").arg(path, why));
    }
    if (access != Access::ReadOnly) {
        QStringList pragmas = {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")};
        if (access == Access::ReadWrite)
            pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
        for (const QString &pragma : std::as_const(pragmas)) {
            if (Status s = exec(db, pragma); !s) {
                db.close();
                db = QSqlDatabase();
                close(name);
                return s.failure();
            }
        }
    }
    return db;
}

void close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QStringList> quickCheck(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(Text::tr("the integrity check could not run: %1").arg(q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Status rollBack(const QString &path)
{
    const QString name = uniqueName(QStringLiteral("roll-back"));
    Status result;
    {
        auto db = open(path, name, Access::ReadWrite);
        if (!db)
            result = fail(Text::tr("%1 has a change a crash left half-written, and rolling it back failed: %2")
                              .arg(path, db.error()));
    }
    close(name);
    return result;
}

Result<QStringList> checkFile(const QString &path, StopToken *stop)
{
    const Sidecars before(path);
    const QString name = uniqueName(QStringLiteral("check"));
    Result<QStringList> problems = QStringList();
    {
        auto db = open(path, name, Access::ReadOnly);
        QSqlDatabase none;
        const StopToken::Watch watch(stop, db ? db.value() : none);
        problems = db ? quickCheck(db.value()) : Result<QStringList>(fail(db.error()));
    }
    close(name);
    if (!problems || !problems->isEmpty())
        before.removeMadeSince();
    return problems;
}

Sidecars::Sidecars(const QString &path)
    : m_path(path), m_hadLog(QFileInfo::exists(path + QStringLiteral("-wal"))),
      m_hadIndex(QFileInfo::exists(path + QStringLiteral("-shm")))
{}

void Sidecars::removeMadeSince() const
{
    const QString log = m_path + QStringLiteral("-wal");
    if (m_hadLog || QFileInfo(log).size() > 0)
        return; // a log with anything in it is the database's, never ours to drop
    QFile::remove(log);
    if (!m_hadIndex)
        QFile::remove(m_path + QStringLiteral("-shm"));
}

Result<QStringList> foreignKeyProblems(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(Text::tr("the reference check could not run: %1").arg(q.lastError().text()));
    QStringList problems;
    while (q.next())
        problems << Text::tr("row %1 of %2 points at a missing %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    return problems;
}

Result<qint64> rowCount(QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toLongLong();
}

QStringList missingTables(QSqlDatabase &db, int version)
{
    // Every version keeps the tables of the ones before it.
    static const QStringList v1 = {QStringLiteral("settings"),
                                   QStringLiteral("brands"),
                                   QStringLiteral("brand_competitors"),
                                   QStringLiteral("creators"),
                                   QStringLiteral("creator_tags"),
                                   QStringLiteral("accounts"),
                                   QStringLiteral("follower_snapshots"),
                                   QStringLiteral("rate_cards"),
                                   QStringLiteral("audience_demographics"),
                                   QStringLiteral("vetting_answers"),
                                   QStringLiteral("campaigns"),
                                   QStringLiteral("campaign_platforms"),
                                   QStringLiteral("campaign_tags"),
                                   QStringLiteral("participants"),
                                   QStringLiteral("deliverables"),
                                   QStringLiteral("deliverable_feedback"),
                                   QStringLiteral("posts"),
                                   QStringLiteral("post_metric_snapshots"),
                                   QStringLiteral("contracts"),
                                   QStringLiteral("contract_status_changes"),
                                   QStringLiteral("contract_versions"),
                                   QStringLiteral("contract_version_competitors"),
                                   QStringLiteral("contract_version_usage_channels"),
                                   QStringLiteral("payments"),
                                   QStringLiteral("attachments")};
    QStringList present;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        while (q.next())
            present << q.value(0).toString();
    static const QStringList added[] = {{QStringLiteral("invoices"), QStringLiteral("invoice_lines")},
                                        {QStringLiteral("managers"), QStringLiteral("followups")},
                                        {QStringLiteral("erasures")},
                                        {QStringLiteral("follower_latest"), QStringLiteral("post_latest")},
                                        {},
                                        {QStringLiteral("follower_rises")},
                                        {QStringLiteral("follower_day_changes")},
                                        {}};
    QStringList expected = v1;
    for (int v = 2; v <= version && v - 2 < int(std::size(added)); ++v)
        expected += added[v - 2];
    QStringList missing;
    for (const QString &t : std::as_const(expected))
        if (!present.contains(t))
            missing << t;
    return missing;
}

Status exec(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(Text::tr("%1 failed: %2").arg(what.isEmpty() ? sql : what, q.lastError().text()));
    return {};
}

LargerPageCache::LargerPageCache(QSqlDatabase &db, int kibibytes) : m_db(db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 was = q.value(0).toLongLong();
    // Negative: KiB; positive: pages.
    qint64 wasKibibytes = -was;
    if (was > 0) {
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return;
        wasKibibytes = was * q.value(0).toLongLong() / 1024;
    }
    if (wasKibibytes >= kibibytes)
        return; // never made smaller
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes)))
        m_was = was;
}

LargerPageCache::~LargerPageCache()
{
    if (m_was)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_was));
}

} // namespace cd::connection
