#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace cd {

// The C++ half of schema step 3 (schema/v3.sql is the other): every distinct free-text manager of
// the creators becomes a manager record (names matched by nameKey, the first spelling kept), each
// creator points at theirs, the text column goes, and the workspace gets its UUID.
Status migrateToV3(QSqlDatabase &db);

} // namespace cd
