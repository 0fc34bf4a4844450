#include "EditHistory.h"

#include "RecordCommand.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QUndoStack>

namespace cd {

EditHistory::EditHistory(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this))
{}

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
    m_stack->push(new RecordCommand(*this, {{before, after.value()}}, text));
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
    m_stack->push(new RecordCommand(*this, changes, text));
    return {};
}

void EditHistory::clear()
{
    m_stack->clear();
}

} // namespace cd
