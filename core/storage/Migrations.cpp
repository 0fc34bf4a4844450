#include "Migrations.h"

#include "Connection.h"
#include "FileIdentity.h"
#include "KeptSummaries.h"
#include "SchemaV3.h"
#include "ServerConnection.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
} // namespace

Result<QStringList> sqlScriptStatements(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("internal error: schema script %1 is missing from the program").arg(resourcePath));
    const QString script = QString::fromUtf8(file.readAll());
    static const QRegularExpression separator(QStringLiteral("^;;\\s*$"), QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString &statement : script.split(separator, Qt::SkipEmptyParts)) {
        // Skip chunks that hold only comments and blank lines.
        bool hasSql = false;
        for (const QString &line : statement.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("--")))
                hasSql = true;
        if (hasSql)
            statements << statement;
    }
    return statements;
}

Status runSqlScript(QSqlDatabase &db, const QString &resourcePath)
{
    auto statements = sqlScriptStatements(resourcePath);
    if (!statements)
        return statements.failure();
    for (const QString &statement : std::as_const(statements.value())) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return fail(Text::tr("schema statement failed: %1\n%2").arg(q.lastError().text(), statement.trimmed()));
    }
    return {};
}

const QList<MigrationStep> &standardMigrations()
{
    static const QList<MigrationStep> steps = {
        {1, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v1.sql")); }},
        {2, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v2.sql")); }},
        {3, migrateToV3},
        {4, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v4.sql")); }},
        {5,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/v5.sql"));
             return s ? summaries::rebuild(db, 5) : s;
         }},
        {6, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v6.sql")); }},
        {7,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/v7.sql"));
             return s ? summaries::rebuildRises(db) : s;
         }},
        {8,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/v8.sql"));
             return s ? summaries::rebuildDayChanges(db) : s;
         }},
        {9,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/v9.sql"));
             return s ? summaries::rebuildFigures(db, 9) : s;
         }},
        {10, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v10.sql")); }},
        {11, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/v11.sql")); }},
    };
    return steps;
}

const QList<MigrationStep> &serverMigrations()
{
    static const QList<MigrationStep> steps = {
        {5,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v5.sql"));
             return s ? giveWorkspaceId(db) : s;
         }},
        {6, [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v6.sql")); }},
        {7,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v7.sql"));
             return s ? summaries::rebuildRises(db) : s;
         }},
        {8,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v8.sql"));
             return s ? summaries::rebuildDayChanges(db) : s;
         }},
        {9,
         [](QSqlDatabase &db) {
             Status s = runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v9.sql"));
             return s ? summaries::rebuildFigures(db, 9) : s;
         }},
        {10,
         [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v10.sql")); }},
        {11,
         [](QSqlDatabase &db) { return runSqlScript(db, QStringLiteral(":/collabdesk/schema/postgresql/v11.sql")); }},
    };
    return steps;
}

int targetVersion(const QList<MigrationStep> &steps)
{
    int v = 0;
    for (const auto &s : steps)
        v = std::max(v, s.toVersion);
    return v;
}

namespace {
// A file turns its foreign keys off outside the transaction (table rebuilds need it) and takes the
// write lock at once. A server's DDL is transactional too and its foreign keys are always checked;
// the advisory lock makes a second person's update wait for the first instead of failing halfway.
Status beginSteps(QSqlDatabase &db, bool server)
{
    if (!server) {
        if (Status s = connection::exec(db, QStringLiteral("PRAGMA foreign_keys=OFF")); !s)
            return s;
        return connection::exec(db, QStringLiteral("BEGIN IMMEDIATE"), Text::tr("starting the migration"));
    }
    if (Status s = connection::exec(db, QStringLiteral("BEGIN"), Text::tr("starting the migration")); !s)
        return s;
    auto locked = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(ApplicationId)});
    if (!locked)
        return locked.failure();
    return server::lockTables(db); // the steps alter them
}

// After each step: a file checks the foreign keys its rebuilds could not; both record the version.
Status finishStep(QSqlDatabase &db, bool server, int version)
{
    if (server) {
        auto stamped = sql::run(db,
                                QStringLiteral("INSERT INTO collabdesk_workspace (application_id, version) VALUES "
                                               "(?, ?) ON CONFLICT (one_row) DO UPDATE SET version = excluded.version"),
                                {qint64(ApplicationId), version});
        return stamped ? Status() : fail(stamped.error());
    }
    QSqlQuery fk(db);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return fail(fk.lastError().text());
    if (fk.next())
        return fail(Text::tr("the step left a row in %1 pointing at a missing record").arg(fk.value(0).toString()));
    // user_version is an integer from this program, not user text
    return connection::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}
} // namespace

Status applyMigrations(QSqlDatabase &db, int fromVersion, const QList<MigrationStep> &steps)
{
    const bool server = sql::onServer(db);
    // One transaction for every step: a step that fails leaves the workspace as it was before the
    // first, never at a version in between that this build would not open either.
    Status result = beginSteps(db, server);
    int failedAt = 0;
    for (const MigrationStep &step : steps) {
        if (!result)
            break;
        if (step.toVersion <= fromVersion)
            continue;
        failedAt = step.toVersion;
        result = step.apply(db);
        if (result)
            result = finishStep(db, server, step.toVersion);
    }
    if (result)
        result = connection::exec(db, QStringLiteral("COMMIT"));
    if (!result) {
        (void)connection::exec(db, QStringLiteral("ROLLBACK"));
        result =
            failedAt > 0
                ? fail(Text::tr("updating the workspace to schema v%1 failed: %2").arg(failedAt).arg(result.error()))
                : result;
    }
    if (!server)
        (void)connection::exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    return result;
}

} // namespace cd
