#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace cd {

// One schema step: brings a workspace from version toVersion - 1 to toVersion. It runs inside the
// transaction that the migrator opens and commits; it must not commit itself.
struct MigrationStep
{
    int toVersion = 0;
    std::function<Status(QSqlDatabase &)> apply;
};

// The steps of this build: v1 (the frozen base schema) and every later numbered migration.
// A new workspace is made by running all of them, so new and migrated files are the same.
const QList<MigrationStep> &standardMigrations();

// The steps that make a server workspace (PostgreSQL): its first schema is v5, made directly.
const QList<MigrationStep> &serverMigrations();

// Runs a SQL script from resources, statements separated by lines holding only ';;'.
Status runSqlScript(QSqlDatabase &db, const QString &resourcePath);
// The statements of such a script (each with the comments before it), in order.
Result<QStringList> sqlScriptStatements(const QString &resourcePath);

// Applies every step above `fromVersion` in one transaction, each step followed by a foreign key
// check and PRAGMA user_version (on a server: the version row of collabdesk_workspace). Stops at the first failing step
// and rolls everything back: the file is then at the version it had before.
Status applyMigrations(QSqlDatabase &db, int fromVersion, const QList<MigrationStep> &steps);

// Highest version reached by `steps`.
int targetVersion(const QList<MigrationStep> &steps);

} // namespace cd
