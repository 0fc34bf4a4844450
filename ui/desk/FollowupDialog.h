#pragma once

#include "desk/Followups.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class EditHistory;

// Adds or edits one follow-up (domain.md "Follow-ups": a dated note on a creator, brand, campaign
// or deal): the day, the note, whose it is and, when editing, whether it is done. Saves as one
// undoable step; the note's message appears only once Save was tried, and Cancel or Escape on a
// changed form asks before anything typed is thrown away.
class FollowupDialog : public QDialog
{
    Q_OBJECT
public:
    // Edits the follow-up `id`, or adds one (id 0) about initial.about / initial.recordId; a new
    // one without a day is due three days from today. `aboutLabel` names the record
    // ("Rina Wijaya in Summer Launch").
    FollowupDialog(EditHistory &history, qint64 id, const FollowupInput &initial, const QString &aboutLabel,
                   QWidget *parent = nullptr);

    // What a follow-up is about, as people say it: "Teh Segar", or "Rina Wijaya in Summer Launch" for a deal.
    static QString describe(const Followup &followup);
    static QString describeDeal(const QString &creator, const QString &campaign);
    // The note shortened to one line for undo steps and messages.
    static QString shortNote(const QString &note);

    qint64 followupId() const { return m_id; }
    QLineEdit *aboutField() const { return m_about; }
    QDateEdit *dueEdit() const { return m_due; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *managerBox() const { return m_manager; }
    QCheckBox *doneBox() const { return m_done; } // null for a new follow-up
    // The message under the note ('' while none is shown) and the reason a save failed.
    QString noteMessage() const;
    QString problem() const;
    // Whether anything differs from what the dialog opened with.
    bool isChanged() const;

    // Saves and closes; stays open with the reason when it cannot.
    void accept() override;
    // Asks before throwing away a changed form.
    void reject() override;

private:
    FollowupInput collect() const;
    bool save();
    void updateDueHint();

    EditHistory &m_history;
    qint64 m_id;
    FollowupInput m_initial;
    bool m_triedSave = false; // quiet until Save was tried once
    QLineEdit *m_about;
    QDateEdit *m_due;
    QLabel *m_dueHint;
    QPlainTextEdit *m_note;
    QLabel *m_noteMessage;
    QComboBox *m_manager;
    QCheckBox *m_done = nullptr;
    QLabel *m_problem;
};

} // namespace cd
