#pragma once

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

} // namespace cd
