#include "Attachments.h"

#include "common/SaveFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

#include <unistd.h>

namespace cd::attachments {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)
};

QString ownerColumn(AttachmentOwner owner)
{
    switch (owner) {
    case AttachmentOwner::Creator:
        return QStringLiteral("creator_id");
    case AttachmentOwner::Campaign:
        return QStringLiteral("campaign_id");
    case AttachmentOwner::Deliverable:
        return QStringLiteral("deliverable_id");
    case AttachmentOwner::ContractVersion:
        return QStringLiteral("contract_version_id");
    case AttachmentOwner::PostSnapshot:
        return QStringLiteral("post_snapshot_id");
    case AttachmentOwner::FollowerSnapshot:
        return QStringLiteral("follower_snapshot_id");
    case AttachmentOwner::Payment:
        return QStringLiteral("payment_id");
    }
    return {};
}

// Names the record the file was added to, so the views of it read back that record alone (a
// payment marked paid with its proof: that payment, not every payment). A snapshot's file names
// its counts as their writes do: a follower count by its account, a post's numbers by their post.
// Contracts are not named by id anywhere: a contract version's file changes "contracts".
Status touchOwner(Transaction &tx, AttachmentOwner owner, qint64 ownerId)
{
    const auto bySnapshot = [&](const QString &kind, const QString &ownerOf) -> Status {
        auto named = sql::scalar(tx.db(), ownerOf, {ownerId});
        if (!named)
            return named.failure();
        tx.touch(kind, named->toLongLong());
        return {};
    };
    switch (owner) {
    case AttachmentOwner::Creator:
        tx.touch(QStringLiteral("creators"), ownerId);
        return {};
    case AttachmentOwner::FollowerSnapshot:
        return bySnapshot(QStringLiteral("followers"),
                          QStringLiteral("SELECT account_id FROM follower_snapshots WHERE id = ?"));
    case AttachmentOwner::Campaign:
        tx.touch(QStringLiteral("campaigns"), ownerId);
        return {};
    case AttachmentOwner::Deliverable:
        tx.touch(QStringLiteral("deliverables"), ownerId);
        return {};
    case AttachmentOwner::PostSnapshot:
        return bySnapshot(QStringLiteral("post_metrics"),
                          QStringLiteral("SELECT post_id FROM post_metric_snapshots WHERE id = ?"));
    case AttachmentOwner::ContractVersion:
        tx.touch(QStringLiteral("contracts"));
        return {};
    case AttachmentOwner::Payment:
        tx.touch(QStringLiteral("payments"), ownerId);
        return {};
    }
    return {};
}
} // namespace

Result<qint64> add(Transaction &tx, AttachmentOwner owner, qint64 ownerId, const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(Text::tr("%1 is not a file: choose the screenshot or scan to keep").arg(path));
    if (info.size() > MaxBytes)
        return fail(Text::tr("%1 is %2 MiB; files kept in the workspace may be at most %3 MiB: attach a smaller "
                             "screenshot or a compressed scan")
                        .arg(info.fileName())
                        .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(MaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    if (content.isEmpty())
        return fail(Text::tr("%1 is empty: choose the screenshot or scan to keep").arg(info.fileName()));
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), content).name();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    auto q =
        sql::insert(tx.db(),
                    QStringLiteral("INSERT INTO attachments (%1, file_name, mime_type, size_bytes, sha256, content, "
                                   "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .arg(ownerColumn(owner)),
                    {ownerId, info.fileName(), mime, qint64(content.size()), sha, content,
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return fail(q.error().contains(QLatin1String("FOREIGN KEY"))
                        ? Text::tr("the record the file belongs to no longer exists")
                        : q.error());
    if (Status s = touchOwner(tx, owner, ownerId); !s)
        return s.failure();
    return q.value();
}

Result<QList<AttachmentInfo>> list(QSqlDatabase db, AttachmentOwner owner, qint64 ownerId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, file_name, mime_type, size_bytes, added_at FROM attachments "
                                     "WHERE %1 = ? ORDER BY id")
                          .arg(ownerColumn(owner)),
                      {ownerId});
    if (!q)
        return q.failure();
    QList<AttachmentInfo> files;
    while (q->next())
        files.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toLongLong(), q->value(4).toString()});
    return files;
}

Status saveCopy(QSqlDatabase db, qint64 id, const QString &path)
{
    auto content = sql::scalar(db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {id});
    if (!content)
        return content.failure();
    if (!content->isValid())
        return fail(Text::tr("the file is no longer in the workspace"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // signed contracts, IDs, proofs
    out.write(content->toByteArray());
    if (Status s = commitWhole(out); !s)
        return fail(Text::tr("cannot write %1: %2 (is the disk full?)").arg(path, s.error()));
    return {};
}

QString plainFileName(const QString &name)
{
    QString plain = QFileInfo(name).fileName();
    for (QChar &c : plain)
        if (!c.isLetterOrNumber() && c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            c = QLatin1Char('_');
    while (plain.startsWith(QLatin1Char('.')))
        plain.remove(0, 1);
    plain = plain.right(100).trimmed();
    return plain.isEmpty() ? QStringLiteral("file") : plain;
}

Result<QString> openableCopy(QSqlDatabase db, qint64 id, const QString &name)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString folder =
        QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(QStringLiteral("collabdesk-files"));
    // Owner-only before anything goes in; an existing folder must be this user's own, not a link.
    QDir().mkpath(folder);
    const QFileInfo info(folder);
    if (info.isSymLink() || info.ownerId() != ::getuid() ||
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(Text::tr("cannot make the private folder %1 to open the file from").arg(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2").arg(id).arg(plainFileName(name)));
    if (Status s = saveCopy(db, id, path); !s)
        return s.failure();
    return path;
}

} // namespace cd::attachments
