#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QDialog;

namespace cd {

// What every form dialog does with the keyboard and on closing, in one place: Ctrl+Enter saves
// from any field (in a notes box Enter starts a new line), and Cancel, Escape or the window's close
// button ask before a changed form is thrown away. A dialog's own reject() called from code closes
// it without asking.
class FormGuard : public QObject
{
    Q_OBJECT
public:
    enum class Closing
    {
        AskIfChanged,
        DialogAsks // the dialog's own reject() asks in its own words
    };
    // Watches `dialog` (and is deleted with it). The form as it is now, and again when the dialog is
    // first shown, is what "changed" is measured against.
    static FormGuard *attach(QDialog *dialog, Closing closing = Closing::AskIfChanged);

    // Takes the form as it is now as unchanged (after a save that keeps the dialog open).
    void takeSnapshot();
    bool isChanged() const;
    // Whether one field differs from the snapshot, or has had the focus and lost it.
    bool isTouched(const QWidget *field) const;
    // True when the dialog may close: nothing changed, or the person chose to discard the changes.
    bool mayDiscard();

signals:
    // The focus left a field of the form (its message may show now).
    void fieldLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FormGuard(QDialog *dialog, Closing closing);
    void save();
    void cancel();

    QDialog *m_dialog;
    QHash<const QWidget *, QString> m_snapshot;
    QSet<const QWidget *> m_visited;
    Closing m_closing;
    bool m_shown = false;
};

// The values of a form's fields (text fields, choices, dates, ticks, editable grids) by field.
QHash<const QWidget *, QString> formState(const QWidget *root);

} // namespace cd
