#pragma once

#include "common/Result.h"
#include "records/RecordImage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTimer;
class QVBoxLayout;

namespace cd {

class EditHistory;
class Transaction;
class Workspace;

// What the creator and brand editors share: the check as the user types (after a pause, since it
// reads the store), the line that says what stops saving, Save and Cancel, and saving as one
// undoable step that keeps the dialog open with the reason when it fails.
class RecordEditor : public QDialog
{
    Q_OBJECT
public:
    qint64 recordId() const { return m_id; }
    // The reason Save is disabled (or a save failed), as shown above the buttons.
    QString problem() const;
    // Tests of what a check says (not of its timing) may have it run at the next event instead of
    // after the pause in typing (150 ms), which a busy machine can stretch past any fixed wait.
    static void setCheckDelayForTests(int milliseconds);
    // Saves and closes; on failure stays open with the reason and everything typed.
    void accept() override;

protected:
    RecordEditor(EditHistory &history, qint64 id, RecordImage::Kind kind, QWidget *parent);

    EditHistory &history() const { return m_history; }
    Workspace &workspace() const;
    // Adds the problem line and the buttons under the subclass's fields, and checks once.
    void finishLayout(QVBoxLayout *layout);
    // Checks again after a pause in typing; connect the fields' change signals here.
    void scheduleCheck();
    // What a save would say now: write() in a transaction that is always rolled back, so the
    // service's own checks (names taken, references) speak as the user types.
    QString problemOnSave();

    // The first problem with what is typed ('' when it can be saved).
    virtual QString findProblem() = 0;
    // The record's name as typed, for the undo step ("Edit Sari Wulandari").
    virtual QString typedName() const = 0;
    // Writes the record inside `tx`; returns its id.
    virtual Result<qint64> write(Transaction &tx) = 0;

private:
    void revalidate();

    EditHistory &m_history;
    qint64 m_id;
    RecordImage::Kind m_kind;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_check = nullptr;
};

} // namespace cd
