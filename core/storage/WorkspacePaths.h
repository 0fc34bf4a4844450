#pragma once

#include "common/Result.h"

#include <QString>

namespace cd {

// The default workspace shared by the GUI and the CLI:
// $XDG_DATA_HOME/collabdesk/workspace.collabdesk (~/.local/share/collabdesk/... by default).
QString defaultWorkspacePath();

// The workspace a command or the app uses: `explicitPath` (--db) if given, else $COLLABDESK_DB,
// else the default one.
QString resolveWorkspacePath(const QString &explicitPath);

// Creates the default workspace's folder when `path` is the default workspace (that folder is
// ours); a folder the user named is never created behind their back.
void prepareDefaultFolder(const QString &path);

// `path` absolute with every symbolic link resolved (of the file and of its folders), so two names
// of one file compare equal; a file that does not exist yet keeps its name inside its resolved
// folder, and a dangling link names its target. The workspace, its lock and its log are all
// found from this one name, whatever name the user gave.
QString resolvedPath(const QString &path);

// Refuses `out` as a file to write when it is the workspace at `workspacePath` or one of the
// files SQLite and the lock keep beside it (-wal, -shm, -journal, .lock), under any name: a
// relative path, a symbolic link, a hard link.
Status checkOutputPath(const QString &out, const QString &workspacePath);

} // namespace cd
