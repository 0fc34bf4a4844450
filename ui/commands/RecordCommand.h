#pragma once

#include "records/RecordImage.h"

#include <QList>
#include <QUndoCommand>

#include <utility>

namespace cd {

class EditHistory;

// One undoable edit of one or more records (add, edit, archive, delete, or several at once),
// kept as each record's image before and after. Undo writes the "before" images back, redo the
// "after" ones, in one transaction; when a record was changed since by something else (an
// import), nothing is written, the history says why and drops the command.
class RecordCommand : public QUndoCommand
{
public:
    using Change = std::pair<RecordImage, RecordImage>; // before, after
    RecordCommand(EditHistory &history, QList<Change> changes, const QString &text);

    void undo() override;
    void redo() override;

    // The memory its images hold (see RecordImage::byteSize); attached files already in
    // `filesCounted` count nothing, and the ones counted here are added.
    qint64 byteSize(QSet<QString> *filesCounted = nullptr) const;
    // Makes its images share attached files with the ones `files` holds (see FileContents).
    void shareFiles(FileContents &files);
    // Lets go of the images to bound the history's memory: undoing it then says it is too old.
    void forget();
    bool isForgotten() const { return m_forgotten; }
    const QList<Change> &changes() const { return m_changes; }

private:
    bool apply(bool forward);

    EditHistory &m_history;
    QList<Change> m_changes;
    bool m_forgotten = false;
    bool m_skipFirstRedo = true; // the edit was made before the command was pushed
};

} // namespace cd
