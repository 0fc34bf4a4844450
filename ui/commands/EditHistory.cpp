#include "EditHistory.h"

#include "RecordCommand.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QUndoStack>

namespace cd {

EditHistory::EditHistory(Workspace &workspace, QObject *parent, qint64 maxBytes)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this)), m_maxBytes(maxBytes)
{
    m_stack->setUndoLimit(MaxSteps);
}

void EditHistory::push(RecordCommand *command)
{
    m_stack->push(command);
    // The oldest steps let go of their images until the rest fit (the newest always stays whole).
    qint64 total = byteSize();
    for (int i = 0; i < m_stack->count() - 1 && total > m_maxBytes; ++i) {
        // QUndoStack hands out its commands const only; the history made every one of them.
        auto *step = dynamic_cast<RecordCommand *>(const_cast<QUndoCommand *>(m_stack->command(i)));
        if (step && !step->isForgotten()) {
            total -= step->byteSize();
            step->forget();
        }
    }
}

qint64 EditHistory::byteSize() const
{
    qint64 total = 0;
    for (int i = 0; i < m_stack->count(); ++i)
        if (const auto *step = dynamic_cast<const RecordCommand *>(m_stack->command(i)))
            total += step->byteSize();
    return total;
}

Result<qint64> EditHistory::edit(RecordImage::Kind kind, qint64 id, const QString &text,
                                 const std::function<Result<qint64>(Transaction &)> &work)
{
    Transaction tx(m_workspace);
    if (!tx)
        return fail(tx.error());
    RecordImage before;
    if (id != 0) {
        auto captured = RecordImage::capture(tx.db(), kind, id);
        if (!captured)
            return fail(captured.error());
        before = captured.value();
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
        auto before = RecordImage::capture(tx.db(), kind, id);
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

void EditHistory::clear()
{
    m_stack->clear();
}

} // namespace cd
