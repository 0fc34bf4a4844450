#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace cd {

class Workspace;

// Finding named records (brands, creators, campaigns): names are compared by nameKey().
namespace lookup {

// The id of the record in `table` whose name matches `name`. `table` is a literal of this program.
std::optional<qint64> idByName(Workspace &ws, const char *table, const QString &name);

// The stored name of another record (not `selfId`) in `table` with the same name, or an empty
// string when the name is free.
Result<QString> nameTakenBy(Workspace &ws, const char *table, const QString &name, qint64 selfId);

} // namespace lookup
} // namespace cd
