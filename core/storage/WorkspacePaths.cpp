#include "WorkspacePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString resolved(const QString &path, int depth)
{
    const QFileInfo info(path);
    if (info.isSymLink() && depth < 16) // a loop of links ends here and is named as it is
        return resolved(info.symLinkTarget(), depth + 1);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

// Two existing names of one file (a hard link, a bind mount) have the same device and inode.
bool sameInode(const QString &a, const QString &b)
{
    struct stat sa, sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
} // namespace

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

QString resolvedPath(const QString &path)
{
    return resolved(path, 0);
}

Status checkOutputPath(const QString &out, const QString &workspacePath)
{
    const QString target = resolvedPath(out);
    const QString workspace = resolvedPath(workspacePath);
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        const QString own = workspace + QLatin1String(suffix);
        if (target == own || sameInode(target, own))
            return fail(Text::tr("%1 is the open workspace itself or one of its own files; writing there would "
                                 "destroy it. Choose another file name.")
                            .arg(out));
    }
    return {};
}

} // namespace cd
