#include "ServerConnection.h"

#include "Connection.h"
#include "FileIdentity.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cd::server {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

Result<QSqlDatabase> open(const ServerAddress &address, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        connection::close(name);
        return fail(Text::tr("the PostgreSQL driver for Qt is missing: install the package libqt6sql6-psql"));
    }
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setDatabaseName(address.database);
    QStringList settings = {QStringLiteral("application_name=CollabDesk")};
    if (!address.settings.contains(QLatin1String("connect_timeout=")))
        settings << QStringLiteral("connect_timeout=10");
    if (!address.settings.isEmpty())
        settings << address.settings;
    db.setConnectOptions(settings.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        connection::close(name);
        return fail(Text::tr("cannot connect to %1: %2").arg(address.display(), why));
    }
    // No just-in-time compiling: the app's statements are many short ones, and the few that the
    // planner thinks large (the dashboard's follower counts on 27 days of 10,664 accounts) spent 190 ms
    // compiling to save nothing (0.85 s to run either way).
    QStringList setup = {QStringLiteral("SET lock_timeout = '10s'"), QStringLiteral("SET jit = off")};
    if (readOnly)
        setup << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString &statement : std::as_const(setup))
        if (Status s = connection::exec(db, statement); !s) {
            db.close();
            db = QSqlDatabase();
            connection::close(name);
            return s.failure();
        }
    return db;
}

bool needsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}

Result<Identity> identify(QSqlDatabase &db, const QString &shownAddress, int maxVersion)
{
    // Every relation in the schema the connection writes to (the user's search_path, normally public).
    auto relations = sql::run(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                 "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN "
                                                 "('r', 'v', 'm', 'p', 'f') ORDER BY c.relname"));
    if (!relations)
        return relations.failure();
    QStringList names;
    while (relations->next())
        names << relations->value(0).toString();
    if (names.isEmpty())
        return Identity{};
    if (!names.contains(QStringLiteral("collabdesk_workspace")))
        return fail(Text::tr("the database %1 already holds tables that are not a CollabDesk workspace's (%2). "
                             "CollabDesk makes its workspace only in an empty database: create one with "
                             "'createdb NAME' and use its address.")
                        .arg(shownAddress, names.mid(0, 5).join(QStringLiteral(", "))));
    auto row = sql::run(db, QStringLiteral("SELECT application_id, version FROM collabdesk_workspace"));
    if (!row)
        return row.failure();
    if (!row->next() || row->value(0).toLongLong() != ApplicationId)
        return fail(Text::tr("the database %1 belongs to another program (its collabdesk_workspace table is not "
                             "CollabDesk's); it was left unchanged")
                        .arg(shownAddress));
    const int version = row->value(1).toInt();
    if (version > maxVersion)
        return fail(Text::tr("%1 was saved by a newer CollabDesk (workspace schema v%2; this version reads up "
                             "to v%3). It was left unchanged: update CollabDesk to open it.")
                        .arg(shownAddress)
                        .arg(version)
                        .arg(maxVersion));
    return Identity{Identity::Kind::Workspace, version};
}

Status lockTables(QSqlDatabase &db)
{
    return connection::exec(
        db, QStringLiteral("DO $$ DECLARE tables text; BEGIN SELECT string_agg(format('%I', tablename), ', ' ORDER BY "
                           "tablename) INTO tables FROM pg_tables WHERE schemaname = current_schema(); IF tables IS "
                           "NOT NULL THEN EXECUTE 'LOCK TABLE ' || tables || ' IN ACCESS EXCLUSIVE MODE'; END IF; "
                           "END $$"));
}

} // namespace cd::server
