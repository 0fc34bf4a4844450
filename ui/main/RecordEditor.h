#pragma once

#include "common/Result.h"
#include "records/RecordImage.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTimer;
class QVBoxLayout;

namespace cd {

class EditHistory;
class FormGuard;
class Transaction;
class Workspace;

// What the record editors share: the check as the user types (after a pause, since it reads the
// store), what stops saving said under the field it is about once that field is touched (or on
// Save; a new form opens without errors), the form's line for the rest, Save and Cancel (asking
// before a changed form is thrown away), and saving as one undoable step that keeps the dialog open
// with the reason when it fails.
class RecordEditor : public QDialog
{
    Q_OBJECT
public:
    ~RecordEditor() override;
    qint64 recordId() const { return m_id; }
    // The reason Save would fail (or a save failed), as shown above the buttons.
    QString problem() const;
    // Every message shown now: under fields and above the buttons (for tests).
    QStringList shownMessages() const;
    // Tests of what a check says (not of its timing) may have it run at the next event instead of
    // after the pause in typing (150 ms), which a busy machine can stretch past any fixed wait.
    static void setCheckDelayForTests(int milliseconds);
    // Whether a check is waiting for the pause in typing (tests wait for it to run).
    bool isCheckPending() const;
    // Saves and closes; on failure stays open with the reason and everything typed.
    void accept() override;

protected:
    RecordEditor(EditHistory &history, qint64 id, RecordImage::Kind kind, QWidget *parent);

    EditHistory &history() const { return m_history; }
    Workspace &workspace() const;
    // Adds the problem line and the buttons under the subclass's fields, and checks once; the form
    // as it is then is its unchanged state.
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
    // Hides field messages about untouched fields; returns how many fields have something to say.
    int gateFieldMessages(bool formChanged);

    EditHistory &m_history;
    qint64 m_id;
    RecordImage::Kind m_kind;
    // The record as it was when the form opened: a save is refused when it is not so any more
    // (someone else saved it meanwhile, on a server workspace).
    std::optional<RecordImage> m_opened;
    // Why this person may not change the record at all (another manager's creator on a server),
    // said as the form opens; '' when they may.
    QString m_refusal;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_check = nullptr;
    FormGuard *m_guard = nullptr;
    bool m_saveTried = false;
};

} // namespace cd
