#pragma once

#include "common/Result.h"

#include <QString>

namespace cd::backup {

// Replaces the workspace at `workspace` with the checked copy `backupFile`. Takes the workspace's
// write lock (refused while CollabDesk or another command has it open for writing). The replaced
// workspace is kept as NAME.before-restore-<time>.bak (its path goes to *keptAt; empty when there
// was none). The backup itself is never modified.
Status restore(const QString &workspace, const QString &backupFile, QString *keptAt);

} // namespace cd::backup
