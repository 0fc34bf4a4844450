#include "WorkspacePaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cd {

QString defaultWorkspacePath()
{
    // GenericDataLocation + our own folder, so the path does not depend on organisation names.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("collabdesk/workspace.collabdesk"));
}

QString resolveWorkspacePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("COLLABDESK_DB");
    if (!env.isEmpty())
        return env;
    return defaultWorkspacePath();
}

void prepareDefaultFolder(const QString &path)
{
    if (path == defaultWorkspacePath())
        QDir().mkpath(QFileInfo(path).absolutePath());
}

} // namespace cd
