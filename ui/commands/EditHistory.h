#pragma once

#include "common/Result.h"
#include "records/RecordImage.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace cd {

class RecordCommand;
class Transaction;
class Workspace;

// The undo history of one open workspace. Every edit made in the app goes through edit() or
// editEach(), which write in one transaction and push an undoable command when it commits.
class EditHistory : public QObject
{
    Q_OBJECT
public:
    // The history's bounds: the last 100 steps, and the images of at most 64 MiB of them (a step
    // past that can no longer be undone; a record with big attached files weighs megabytes).
    static constexpr int MaxSteps = 100;
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    explicit EditHistory(Workspace &workspace, QObject *parent = nullptr, qint64 maxBytes = MaxBytes);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack *stack() const { return m_stack; }

    // Runs `work` on the record `id` of `kind` (0: a new record; work returns the id it made) and
    // makes it one undoable step named `text`. On error nothing is written or pushed. With
    // `opened` (the record as a form read it, perhaps without the parts it never writes), the save
    // is refused when the record does not hold it as it was then: someone else changed it since,
    // and saving would undo their change unseen.
    Result<qint64> edit(RecordImage::Kind kind, qint64 id, const QString &text,
                        const std::function<Result<qint64>(Transaction &)> &work, const RecordImage *opened = nullptr);
    // The same for several records in one step ("Archive 3 creators"); all or nothing.
    Status editEach(RecordImage::Kind kind, const QList<qint64> &ids, const QString &text,
                    const std::function<Status(Transaction &, qint64)> &work);

    // How a record that is not as `expected` any more changed, as a clause: "Sari was changed by
    // rina at 2/12/26 15:40" (who and when as the store says; "by someone else" when it does not
    // know who), or that it was deleted, or that it came back after a delete.
    static QString changedSince(const RecordImage &now, const RecordImage &expected);

    // The memory the steps' images hold now, in bytes (each attached file once).
    qint64 byteSize() const;

    // Forgets every step (after an import or restore changed records outside the history).
    void clear();

signals:
    // An undo or redo could not be made; says why, for the status bar or a message box.
    void failed(const QString &message);

private:
    void push(RecordCommand *command);
    RecordCommand *stepAt(int index) const;

    Workspace &m_workspace;
    QUndoStack *m_stack;
    qint64 m_maxBytes;
};

} // namespace cd
