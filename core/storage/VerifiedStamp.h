#pragma once

#include <QString>

namespace cd::verified {

// Integrity checks cost seconds on a large workspace (2.1 s for 180 MB), too long to run on every
// open, yet a file must never be written before it is known to be whole. So CollabDesk notes each
// workspace it closes cleanly: its device, inode, size and change time (which the file system
// updates on any write, and which no program can set back). A file that still matches its note
// was last written by CollabDesk itself and needs no check; anything else is checked first.
// The notes live in the user's cache folder ($XDG_CACHE_HOME/collabdesk/verified.ini), at most 64.

// Whether `path` is exactly as CollabDesk last closed it.
bool isUnchanged(const QString &path);
// Notes `path` as it is now (after a clean close).
void record(const QString &path);

} // namespace cd::verified
