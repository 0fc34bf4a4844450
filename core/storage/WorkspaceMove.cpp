#include "WorkspaceMove.h"

#include "Connection.h"
#include "KeptSummaries.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "Transaction.h"
#include "Workspace.h"
#include "WorkspacePaths.h"
#include "WorkspaceTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

Error databaseError(const QSqlQuery &q)
{
    return fail(Text::tr("database error: %1").arg(q.lastError().text()));
}

// Where a workspace is, in one spelling: a server address without its password, or a file's
// resolved path (the one name the workspace, its lock and its log go by).
QString placeOf(const QString &address)
{
    if (ServerAddress::looksLike(address)) {
        auto parsed = ServerAddress::parse(address);
        return parsed ? parsed->display() : address;
    }
    return resolvedPath(address);
}

// A read of the source in one snapshot, whatever others commit meanwhile; ended (rolled back:
// it wrote nothing) with this object.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(sql::onServer(db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                                            : QStringLiteral("BEGIN"));
        if (!m_active)
            m_error = Text::tr("cannot read the source: %1").arg(q.lastError().text());
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const QString &error() const { return m_error; }
    explicit operator bool() const { return m_active; }

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_active = false;
};

// The tables this build knows, exactly: a workspace holding others (or missing one) is not moved,
// since a copy would leave something out.
Status holdsKnownTables(QSqlDatabase &db, const QString &place)
{
    auto present = tables::present(db);
    if (!present)
        return present.failure();
    QStringList known;
    for (const tables::Table &t : tables::all())
        known << QLatin1String(t.name);
    QStringList unknown;
    for (const QString &name : std::as_const(present.value()))
        if (!known.contains(name))
            unknown << name;
    QStringList missing;
    for (const QString &name : std::as_const(known))
        if (!present->contains(name))
            missing << name;
    if (!unknown.isEmpty())
        return fail(Text::tr("%1 holds tables this version of CollabDesk does not know (%2); nothing was copied")
                        .arg(place, unknown.join(QStringLiteral(", "))));
    if (!missing.isEmpty())
        return fail(Text::tr("%1 lacks the tables %2; run collabdesk-cli check on it")
                        .arg(place, missing.join(QStringLiteral(", "))));
    return {};
}

// The destination holds no records: settings aside (made with a new workspace, then replaced by
// the source's), every table is empty.
Status isEmpty(QSqlDatabase &db, const QString &place)
{
    QStringList holding;
    for (const tables::Table &t : tables::all()) {
        if (t.summary || qstrcmp(t.name, "settings") == 0)
            continue;
        auto rows = connection::rowCount(db, t.name);
        if (!rows)
            return rows.failure();
        if (*rows > 0)
            holding << QStringLiteral("%1 (%2)").arg(QLatin1String(t.name)).arg(*rows);
    }
    if (holding.isEmpty())
        return {};
    return fail(Text::tr("%1 already holds records: %2. A move copies into a new file or an empty database only, so "
                         "that nothing is overwritten: name another destination.")
                    .arg(place, holding.join(QStringLiteral(", "))));
}

// Copies one table's rows in key order (a payment's pointer to a later one in a second pass).
Status copyTable(QSqlDatabase &from, QSqlDatabase &to, const tables::Table &table)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(tables::readAll(table)))
        return databaseError(read);
    const QSqlRecord record = read.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const int later = table.selfReference ? int(record.indexOf(QLatin1String(table.selfReference))) : -1;
    const int id = int(record.indexOf(QStringLiteral("id")));
    sql::RowBatch rows(to, QLatin1String(table.name), columns);
    QList<std::pair<QVariant, QVariant>> laterValues; // (id, value) for the second pass
    QVariantList row;
    while (read.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            const bool null = read.isNull(i);
            if (i == later && !null)
                laterValues.append({read.value(id), read.value(i)});
            row << (null || i == later ? QVariant() : read.value(i));
        }
        if (Status s = rows.add(row); !s)
            return s;
    }
    if (read.lastError().isValid())
        return databaseError(read);
    if (Status s = rows.finish(); !s)
        return s;
    if (later >= 0) {
        QSqlQuery update(to);
        if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                .arg(QLatin1String(table.name), QLatin1String(table.selfReference))))
            return databaseError(update);
        for (const auto &[rowId, value] : std::as_const(laterValues)) {
            update.bindValue(0, value);
            update.bindValue(1, rowId);
            if (!update.exec())
                return databaseError(update);
        }
    }
    return tables::hasIds(table) ? sql::idsFollow(to, table.name) : Status();
}

Result<QList<TableFingerprint>> copyAll(Workspace &source, Workspace &destination, const QString &toPlace,
                                        const MoveProgress &onTable)
{
    QSqlDatabase from = source.db();
    if (Status s = holdsKnownTables(from, source.path()); !s)
        return s.failure();
    ReadSnapshot snapshot(from);
    if (!snapshot)
        return fail(snapshot.error());

    Transaction tx(destination);
    if (!tx)
        return fail(tx.error());
    QSqlDatabase &to = tx.db();
    if (Status s = holdsKnownTables(to, toPlace); !s)
        return s.failure();
    if (Status s = isEmpty(to, toPlace); !s)
        return s.failure();
    if (auto cleared = sql::run(to, QStringLiteral("DELETE FROM settings")); !cleared)
        return cleared.failure();
    // The summaries are made once from the copied records, not row by row as each is copied: a
    // server's triggers took 6 ms a follower count for its rises (the agency demo's 554,528 would
    // have taken an hour), and a file's would have worked out every snapshot's kept row.
    if (Status s = summaries::pauseUntilCommit(tx); !s)
        return s.failure();
    for (const tables::Table &table : tables::all()) {
        if (table.summary)
            continue;
        if (onTable) {
            auto rows = connection::rowCount(from, table.name);
            onTable(QLatin1String(table.name), rows ? *rows : 0);
        }
        if (Status s = copyTable(from, to, table); !s)
            return fail(Text::tr("copying %1 failed, and nothing was written to %2: %3")
                            .arg(QLatin1String(table.name), toPlace, s.error()));
    }
    if (Status s = summaries::resumeNow(tx); !s)
        return s.failure();
    auto before = fingerprint(from);
    if (!before)
        return before.failure();
    auto after = fingerprint(to);
    if (!after)
        return after.failure();
    if (const QStringList differ = differences(*before, *after); !differ.isEmpty())
        return fail(Text::tr("the copy does not match the source, so nothing was written to %1: %2")
                        .arg(toPlace, differ.join(QStringLiteral("; "))));
    if (Status s = tx.commit(); !s)
        return s.failure();
    // A server plans its queries by its statistics of each table, which a bulk copy leaves empty
    // until autovacuum comes round: gathered now, the first reports are not planned blind (the
    // agency demo's KPIs took 28-36 ms a campaign just after a move, against 0.3-0.5 ms in a file).
    if (sql::onServer(to))
        (void)connection::exec(to, QStringLiteral("ANALYZE"));
    return before;
}

// Removes a destination file this move made and could not fill (with SQLite's files beside it).
void removeMadeFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

Result<QList<TableFingerprint>> moveWorkspace(const QString &from, const QString &to, const MoveProgress &onTable)
{
    const QString toPlace = placeOf(to);
    if (placeOf(from) == toPlace)
        return fail(Text::tr("the source and the destination are the same workspace (%1); name another destination")
                        .arg(toPlace));
    auto source = Workspace::open(from, Workspace::Access::ReadOnly);
    if (!source)
        return source.failure();
    Workspace::Options options;
    options.create = true;
    auto destination = Workspace::open(to, options);
    if (!destination)
        return destination.failure();
    const bool madeFile = destination.value()->wasCreated() && !destination.value()->isServer();
    const QString destinationFile = destination.value()->path();
    auto copied = copyAll(*source.value(), *destination.value(), toPlace, onTable);
    if (!copied && madeFile) {
        destination.value().reset();
        removeMadeFile(destinationFile);
    }
    return copied;
}

} // namespace cd
