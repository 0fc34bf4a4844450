#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace cd {

class Transaction;

// The record a file kept inside the workspace belongs to (one of the attachments table's owners).
enum class AttachmentOwner
{
    Creator,
    Campaign,
    Deliverable,
    ContractVersion,
    PostSnapshot,
    FollowerSnapshot,
    Payment,
};

struct AttachmentInfo
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString addedAt; // ISO date and time, UTC
};

// Files kept inside the workspace file (proof screenshots, signed scans), so a workspace moved or
// backed up carries them along and a story's numbers keep their proof after the story is gone.
namespace attachments {

// Large enough for a phone screenshot or a scanned contract; the workspace is not a video store.
constexpr qint64 MaxBytes = 25 * 1024 * 1024;

// Copies the file at `path` into the workspace under `owner` `ownerId`. Errors: unreadable,
// empty or too large files.
Result<qint64> add(Transaction &tx, AttachmentOwner owner, qint64 ownerId, const QString &path);
// The files of one record, oldest first.
Result<QList<AttachmentInfo>> list(QSqlDatabase db, AttachmentOwner owner, qint64 ownerId);
// Writes attachment `id` to `path` whole (QSaveFile): for opening or saving a copy.
Status saveCopy(QSqlDatabase db, qint64 id, const QString &path);
// Writes attachment `id`, stored as `name`, to a private folder only this user can enter
// ($XDG_RUNTIME_DIR/collabdesk-files, 0700) for another program to open it, and returns its path.
// The stored name is reduced to a plain file name: it can never reach outside that folder.
Result<QString> openableCopy(QSqlDatabase db, qint64 id, const QString &name);
// `name` as a harmless file name: no folders, no leading dots, only letters, digits, spaces and
// ._- (anything else becomes _), at most 100 characters; "file" when nothing is left.
QString plainFileName(const QString &name);

} // namespace attachments
} // namespace cd
