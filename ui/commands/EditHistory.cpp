#include "EditHistory.h"

#include "RecordCommand.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace cd {

EditHistory::EditHistory(Workspace &workspace, QObject *parent, qint64 maxBytes)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this)), m_maxBytes(maxBytes)
{
    m_stack->setUndoLimit(MaxSteps);
}

void EditHistory::push(RecordCommand *command)
{
    // The new step's attached files share the buffers of the same files in the steps before it
    // (a proof file saved with every edit is held once).
    FileContents files;
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *step = stepAt(i))
            step->shareFiles(files);
    command->shareFiles(files);
    m_stack->push(command);
    // The oldest steps let go of their images until the rest fit (the newest always stays whole).
    qint64 total = byteSize();
    for (int i = 0; i < m_stack->count() - 1 && total > m_maxBytes; ++i)
        if (auto *step = stepAt(i); step && !step->isForgotten()) {
            step->forget();
            total = byteSize(); // what it shared with the steps kept is still held
        }
}

RecordCommand *EditHistory::stepAt(int index) const
{
    // QUndoStack hands out its commands const only; the history made every one of them.
    return dynamic_cast<RecordCommand *>(const_cast<QUndoCommand *>(m_stack->command(index)));
}

qint64 EditHistory::byteSize() const
{
    // A file shared by several steps is counted once: it is held once.
    QSet<QString> filesCounted;
    qint64 total = 0;
    for (int i = 0; i < m_stack->count(); ++i)
        if (const auto *step = stepAt(i))
            total += step->byteSize(&filesCounted);
    return total;
}

Result<qint64> EditHistory::edit(RecordImage::Kind kind, qint64 id, const QString &text,
                                 const std::function<Result<qint64>(Transaction &)> &work, const RecordImage *opened)
{
    Transaction tx(m_workspace);
    if (!tx)
        return fail(tx.error());
    RecordImage before;
    if (id != 0) {
        auto captured = RecordImage::captureForChange(tx, kind, id);
        if (!captured)
            return fail(captured.error());
        before = captured.value();
        if (opened && !before.holds(*opened))
            return fail(
                QCoreApplication::translate(
                    "EditHistory", "%1, after this form was opened; cancel and open it again to see that change")
                    .arg(changedSince(before, *opened)));
    }
    auto done = work(tx);
    if (!done)
        return done;
    auto after = RecordImage::capture(tx.db(), kind, done.value());
    if (!after)
        return fail(after.error());
    if (id == 0) // undoing an add removes the new record
        before = RecordImage::absent(kind, done.value());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    push(new RecordCommand(*this, {{before, after.value()}}, text));
    return done;
}

Status EditHistory::editEach(RecordImage::Kind kind, const QList<qint64> &ids, const QString &text,
                             const std::function<Status(Transaction &, qint64)> &work)
{
    Transaction tx(m_workspace);
    if (!tx)
        return fail(tx.error());
    QList<RecordCommand::Change> changes;
    for (qint64 id : ids) {
        auto before = RecordImage::captureForChange(tx, kind, id);
        if (!before)
            return fail(before.error());
        if (Status s = work(tx, id); !s)
            return s;
        auto after = RecordImage::capture(tx.db(), kind, id);
        if (!after)
            return fail(after.error());
        changes.append({before.value(), after.value()});
    }
    if (Status s = tx.commit(); !s)
        return s;
    push(new RecordCommand(*this, changes, text));
    return {};
}

QString EditHistory::changedSince(const RecordImage &now, const RecordImage &expected)
{
    // A creator's part in a campaign has no name of its own.
    QString what = expected.isEmpty() ? now.name() : expected.name();
    if (what.isEmpty())
        what = QCoreApplication::translate("EditHistory", "the record");
    if (now.isEmpty())
        return QCoreApplication::translate("EditHistory", "%1 was deleted by someone else").arg(what);
    if (expected.isEmpty())
        return QCoreApplication::translate("EditHistory", "%1 was made again by someone else").arg(what);
    const RecordImage::Saved saved = now.lastSaved();
    // Only a change to the record's own row says who and when; one to its parts (a follower
    // count, an attached file) leaves the row as it was.
    const bool ownRowChanged = saved.at != expected.lastSaved().at;
    if (!ownRowChanged || !saved.at.isValid())
        return QCoreApplication::translate("EditHistory", "%1 was changed by someone else").arg(what);
    const QString when = QLocale().toString(saved.at.toLocalTime(), QLocale::ShortFormat);
    return saved.by.isEmpty()
               ? QCoreApplication::translate("EditHistory", "%1 was changed by someone else at %2").arg(what, when)
               : QCoreApplication::translate("EditHistory", "%1 was changed by %2 at %3").arg(what, saved.by, when);
}

void EditHistory::clear()
{
    m_stack->clear();
}

} // namespace cd
