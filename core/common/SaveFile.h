#pragma once

#include "Result.h"

#include <QSaveFile>

namespace cd {

// Commits a QSaveFile only when every byte written reached the disk; otherwise cancels it, so the
// old file stays exactly as it was. QSaveFile keeps small writes in a buffer and, in Qt 6.4,
// commit() renames the new file into place even when flushing that buffer failed (a full disk), so
// an export could put an empty file where the old one was. The error is the reason alone ("No
// space left on device"), for the caller's sentence.
Status commitWhole(QSaveFile &file);

// Flushes the file at `path` to the disk (fsync): before it is renamed into a place that matters.
// Never for a database this process has open: closing a descriptor drops the process's locks on it.
bool syncFile(const QString &path);

// Renames `from` over `to` (atomically: `to` is the old file or the new one, never neither) and
// flushes the folder, so the new name survives a power cut. The error is the system's reason.
Status renameDurably(const QString &from, const QString &to);

} // namespace cd
