#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd::tables {

// One table of a workspace of the current schema, as a move copies and checks it.
struct Table
{
    const char *name;
    // Integer columns that order the rows uniquely (an id, or a parent id and a position): rows are
    // read in this order and hashed as they come. Empty for tables keyed by text, whose order would
    // differ between SQLite (bytes) and PostgreSQL (the database's collation): their rows are sorted
    // in memory before hashing (they are small).
    const char *order;
    // A column pointing at a row of the same table (payments.receivable_id): written in a second
    // pass, once every row it may point at is there.
    const char *selfReference = nullptr;
    // Kept by triggers from other tables (follower_latest, post_latest): never copied, since the
    // destination's triggers build it from the copied rows; checked all the same.
    bool summary = false;
    // The rows that count, when not all do: follower_day_changes may keep a day whose changes came
    // to 0, which a summary made afresh does not hold; both mean the same.
    const char *counted = nullptr;
};

// Every table of the current schema (but collabdesk_workspace, which says what the database is),
// parents before the tables that refer to them.
const QList<Table> &all();

// SELECT of every row of `table`, in its key order when it has one.
QString readAll(const Table &table);
// Whether `table` has an id column (its rows are ordered by it), so an id sequence on a server.
bool hasIds(const Table &table);

// The tables in `db`, by name (a file's, or the server schema's), for checking that a workspace
// holds exactly the tables all() names.
Result<QStringList> present(QSqlDatabase &db);

} // namespace cd::tables
