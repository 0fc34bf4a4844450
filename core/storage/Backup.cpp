#include "Backup.h"

#include "Connection.h"
#include "FileIdentity.h"
#include "WorkspacePaths.h"
#include "common/SaveFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace cd::backup {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};
// Temporary copies beside `target` left by backups that were killed: their process is gone.
void removeDeadTemporaries(const QFileInfo &target)
{
    QDir dir = target.absoluteDir();
    const QString prefix = target.fileName() + QStringLiteral(".tmp-");
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        bool number = false;
        const qint64 pid = name.mid(prefix.size()).toLongLong(&number);
        if (number && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            dir.remove(name);
    }
}
} // namespace

Result<int> verify(const QString &path)
{
    auto identity = identifyFile(path);
    if (!identity)
        return identity.failure();
    if (identity->kind != FileIdentity::Kind::Workspace)
        return fail(Text::tr("%1 is not a CollabDesk workspace or backup").arg(path));
    auto problems = connection::checkFile(path);
    if (!problems)
        return problems.failure();
    if (!problems->isEmpty())
        return fail(Text::tr("%1 is damaged: %2").arg(path, problems->mid(0, 3).join(QStringLiteral("; "))));
    return identity->version;
}

Status writeCopy(QSqlDatabase &db, const QString &out, bool overwrite)
{
    // Even with overwrite: the copy must never land on the database it is a copy of.
    if (Status s = checkOutputPath(out, db.databaseName()); !s)
        return s;
    const QFileInfo target(out);
    if (target.exists() && !overwrite)
        return fail(Text::tr("%1 already exists; choose another name or add --force to replace it").arg(out));
    if (target.exists() && target.isDir())
        return fail(Text::tr("%1 is a folder; give a file name for the backup").arg(out));
    if (!target.absoluteDir().exists())
        return fail(Text::tr("the folder %1 does not exist").arg(target.absolutePath()));

    // Created empty with owner-only permissions before SQLite fills it (VACUUM INTO accepts an
    // empty file), so a backup of private data is never readable by others, even briefly.
    removeDeadTemporaries(target);
    const QString tmp = target.absoluteFilePath() + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(tmp);
    {
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Text::tr("cannot create %1: %2").arg(tmp, f.errorString()));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmp);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        QFile::remove(tmp);
        return fail(Text::tr("writing the backup %1 failed: %2 (is the disk full?)").arg(out, why));
    }
    if (auto checked = verify(tmp); !checked) {
        QFile::remove(tmp);
        return fail(Text::tr("the backup could not be verified, so %1 was not written: %2").arg(out, checked.error()));
    }
    // VACUUM INTO leaves its file to the system's cache: it is made to last before it takes the name.
    if (!syncFile(tmp)) {
        QFile::remove(tmp);
        return fail(Text::tr("writing the backup %1 failed: it could not be flushed to the disk").arg(out));
    }
    if (Status s = renameDurably(tmp, target.absoluteFilePath()); !s) {
        QFile::remove(tmp);
        return fail(Text::tr("cannot rename the backup into place at %1: %2").arg(out, s.error()));
    }
    return {};
}

QString preMigrationPath(const QString &workspace, int version)
{
    return workspace + QStringLiteral(".pre-v%1.bak").arg(version);
}

void prunePreMigration(const QString &workspace, int keep)
{
    const QFileInfo info(workspace);
    QDir dir = info.absoluteDir();
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.pre-v(\\d+)\\.bak$").arg(QRegularExpression::escape(info.fileName())));
    QList<std::pair<int, QString>> found;
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            found.append({m.captured(1).toInt(), name});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = keep; i < found.size(); ++i)
        dir.remove(found.at(i).second);
}

QString beforeRestorePath(const QString &workspace)
{
    const QString stem = workspace + QStringLiteral(".before-restore-%1")
                                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Two restores within one second must not share a name: the second would replace the first's copy.
    QString name = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = stem + QStringLiteral("-%1.bak").arg(n);
    return name;
}

} // namespace cd::backup
