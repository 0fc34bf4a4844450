#include "FileIdentity.h"

#include "Connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString damaged(const QString &path, const QString &why)
{
    return Text::tr("%1 is damaged (%2). It was left unchanged. Restore a backup with 'collabdesk-cli restore' "
                    "or open another workspace.")
        .arg(path, why);
}
} // namespace

Result<FileIdentity> identifyFile(const QString &path, int maxVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileIdentity{FileIdentity::Kind::Missing, 0};
    if (info.isDir())
        return fail(Text::tr("%1 is a folder, not a workspace file").arg(path));
    if (info.size() == 0)
        return FileIdentity{FileIdentity::Kind::Empty, 0};

    // The 100-byte SQLite header tells "not SQLite" and "another application" without SQLite.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(Text::tr("%1 is not a CollabDesk workspace (it is not a SQLite database). It was left unchanged.")
                        .arg(path));
    const quint32 headerAppId = qFromBigEndian<quint32>(header.constData() + 68);
    // A header id of 0 may still be ours with the real header in the write-ahead log: ask SQLite.
    if (headerAppId != 0 && headerAppId != ApplicationId)
        return fail(Text::tr("%1 belongs to another application (SQLite application id 0x%2), not CollabDesk. "
                             "It was left unchanged.")
                        .arg(path)
                        .arg(headerAppId, 8, 16, QLatin1Char('0')));

    // Reading cannot roll back what a crash left half-written; a writer does it first.
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return fail(Text::tr("%1 holds a change a crash left half-written (%1-journal). Open it for writing once, in "
                             "CollabDesk or with 'collabdesk-cli --db %1 init', to roll the change back; everything "
                             "saved before it stays.")
                        .arg(path));
    const connection::Sidecars sidecars(path);
    const QString name = connection::uniqueName(QStringLiteral("identify"));
    Result<FileIdentity> result = fail(QString());
    {
        auto db = connection::open(path, name, connection::Access::ReadOnly);
        if (!db) {
            sidecars.removeMadeSince();
            return fail(damaged(path, db.error()));
        }
        QSqlQuery q(db.value());
        if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version), "
                                   "(SELECT count(*) FROM sqlite_master)")) ||
            !q.next()) {
            result = fail(damaged(path, q.lastError().text()));
        } else {
            const quint32 appId = q.value(0).toUInt();
            const int version = q.value(1).toInt();
            if (appId != ApplicationId) {
                result = fail(q.value(2).toInt() == 0
                                  ? Text::tr("%1 is an empty SQLite database, not a CollabDesk workspace. It was left "
                                             "unchanged; choose a new file name to create a workspace.")
                                        .arg(path)
                                  : Text::tr("%1 is not a CollabDesk workspace (a SQLite database of another "
                                             "application). It was left unchanged.")
                                        .arg(path));
            } else if (version > maxVersion) {
                result =
                    fail(Text::tr("%1 was saved by a newer CollabDesk (workspace schema v%2; this version reads up "
                                  "to v%3). It was left unchanged: update CollabDesk to open it.")
                             .arg(path)
                             .arg(version)
                             .arg(maxVersion));
            } else if (version < 1) {
                result = fail(damaged(path, Text::tr("it has no schema version")));
            } else if (const QStringList missing = connection::missingTables(db.value(), version); !missing.isEmpty()) {
                result = fail(damaged(path, Text::tr("tables missing: %1").arg(missing.join(QStringLiteral(", ")))));
            } else {
                result = FileIdentity{FileIdentity::Kind::Workspace, version};
            }
        }
        q.finish();
    }
    connection::close(name);
    if (!result)
        sidecars.removeMadeSince(); // a refused file is left as it was found
    return result;
}

} // namespace cd
