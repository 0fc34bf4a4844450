#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace cd {

// The C++ half of schema step 3 (schema/v3.sql is the other): every distinct free-text manager of
// the creators becomes a manager record (names matched by nameKey, the first spelling kept), each
// creator points at theirs, the text column goes, and the workspace gets its UUID.
Status migrateToV3(QSqlDatabase &db);

// Gives the workspace its UUID (settings key workspace_id) unless it has one: calendar UIDs and
// other stable names are made from it. A server workspace gets it when it is made.
Status giveWorkspaceId(QSqlDatabase &db);

} // namespace cd
