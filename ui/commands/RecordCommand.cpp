#include "RecordCommand.h"

#include "EditHistory.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {

RecordCommand::RecordCommand(EditHistory &history, QList<Change> changes, const QString &text)
    : m_history(history), m_changes(std::move(changes))
{
    setText(text);
}

qint64 RecordCommand::byteSize(QSet<QString> *filesCounted) const
{
    qint64 bytes = 0;
    for (const auto &[before, after] : m_changes)
        bytes += before.byteSize(filesCounted) + after.byteSize(filesCounted);
    return bytes;
}

void RecordCommand::shareFiles(FileContents &files)
{
    for (auto &[before, after] : m_changes) {
        files.share(before);
        files.share(after);
    }
}

void RecordCommand::forget()
{
    m_changes.clear();
    m_changes.squeeze();
    m_forgotten = true;
}

void RecordCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

void RecordCommand::redo()
{
    if (std::exchange(m_skipFirstRedo, false))
        return;
    if (!apply(true))
        setObsolete(true);
}

bool RecordCommand::apply(bool forward)
{
    const QString action = forward ? QCoreApplication::translate("EditHistory", "Cannot redo “%1”")
                                   : QCoreApplication::translate("EditHistory", "Cannot undo “%1”");
    if (m_forgotten) {
        emit m_history.failed(QStringLiteral("%1: %2.").arg(
            action.arg(text()),
            QCoreApplication::translate("EditHistory", "it is too old; the history keeps the last %1 MiB of changes")
                .arg(EditHistory::MaxBytes / (1024 * 1024))));
        return false;
    }
    Transaction tx(m_history.workspace());
    Status status = tx ? Status() : fail(tx.error());
    for (const auto &[before, after] : m_changes) {
        if (!status)
            break;
        const RecordImage &expected = forward ? before : after;
        const RecordImage &target = forward ? after : before;
        auto now = RecordImage::captureForChange(tx, expected.kind(), expected.id());
        if (!now)
            status = fail(now.error());
        else if (!now->sameContent(expected))
            status = fail(EditHistory::changedSince(now.value(), expected));
        else if (Status s = target.restore(tx); !s)
            status =
                fail(s.error().contains(QLatin1String("UNIQUE"))
                         ? QCoreApplication::translate("EditHistory", "another record now has the name or handle of %1")
                               .arg(target.name())
                         : s.error());
    }
    if (status)
        status = tx.commit();
    if (!status)
        emit m_history.failed(QStringLiteral("%1: %2.").arg(action.arg(text()), status.error()));
    return status.ok();
}

} // namespace cd
