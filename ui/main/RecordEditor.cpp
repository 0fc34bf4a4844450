#include "RecordEditor.h"

#include "FieldMessage.h"
#include "FormGuard.h"
#include "commands/EditHistory.h"
#include "desk/TeamRoles.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {
namespace {
// The pause in typing before a check that reads the store runs.
int checkDelayMs = 150;
} // namespace

void RecordEditor::setCheckDelayForTests(int milliseconds)
{
    checkDelayMs = milliseconds;
}

RecordEditor::RecordEditor(EditHistory &history, qint64 id, RecordImage::Kind kind, QWidget *parent)
    : QDialog(parent), m_history(history), m_id(id), m_kind(kind)
{
    // Read before the subclass fills the form in: a change made in between refuses a save that
    // would have been safe, never the other way round.
    if (id != 0) {
        QSqlDatabase db = workspace().db();
        // Follow-ups are records of their own, added from the form's Follow-ups tab and saved at
        // once, each its own undo step; the form never writes them, so they are not compared.
        if (auto opened = RecordImage::capture(db, kind, id))
            m_opened = opened->without(QStringLiteral("followups"));
        if (kind == RecordImage::Kind::Creator)
            m_refusal = team::whyNotChangeable(db, id);
    }
    m_problem = makeFieldMessage(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditor::reject);
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(checkDelayMs);
    connect(m_check, &QTimer::timeout, this, &RecordEditor::revalidate);
}

RecordEditor::~RecordEditor()
{
    // Focus moves while the fields are destroyed, after the subclass that checks them is gone.
    if (m_guard)
        m_guard->disconnect(this);
}

Workspace &RecordEditor::workspace() const
{
    return m_history.workspace();
}

void RecordEditor::finishLayout(QVBoxLayout *layout)
{
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_guard = FormGuard::attach(this);
    connect(m_guard, &FormGuard::fieldLeft, this, &RecordEditor::revalidate);
    revalidate();
}

bool RecordEditor::isCheckPending() const
{
    return m_check->isActive();
}

void RecordEditor::scheduleCheck()
{
    m_check->start();
}

QString RecordEditor::problemOnSave()
{
    Transaction tx(workspace());
    if (!tx)
        return tx.error();
    return write(tx).error(); // rolled back when tx goes
}

void RecordEditor::revalidate()
{
    const bool readOnly = workspace().isReadOnly() || !m_refusal.isEmpty();
    const QString problem = workspace().isReadOnly() ? tr("the workspace is open read-only; nothing can be saved")
                            : readOnly               ? m_refusal
                                                     : findProblem();
    // The form's fields are read once per check (a walk over every field), not once per message.
    const bool changed = m_guard && m_guard->isChanged();
    const int fieldsWithMessages = gateFieldMessages(changed);
    // Said once: under its field when it is about one, else on the form's line once the form was
    // changed (or Save pressed).
    const bool formSpeaks = readOnly || m_saveTried || changed;
    showFieldMessage(m_problem, formSpeaks && fieldsWithMessages == 0 ? problem : QString());
    m_problem->setProperty("problem", problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
}

int RecordEditor::gateFieldMessages(bool formChanged)
{
    // A message's text stays while its field has something to say; whether it shows is decided here.
    int speaking = 0;
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label == m_problem || !isFieldMessage(label) || label->text().isEmpty())
            continue;
        ++speaking;
        const QWidget *field = label->buddy();
        const bool touched = field ? m_guard && m_guard->isTouched(field) : formChanged;
        label->setVisible(m_saveTried || touched);
    }
    return speaking;
}

QString RecordEditor::problem() const
{
    const QString problem = m_problem->property("problem").toString();
    return problem.isEmpty() ? QString() : asSentence(problem);
}

QStringList RecordEditor::shownMessages() const
{
    QStringList shown;
    for (const QLabel *label : findChildren<QLabel *>())
        if (isFieldMessage(label) && !label->isHidden() && !label->text().isEmpty())
            shown << label->text();
    return shown;
}

void RecordEditor::accept()
{
    m_check->stop();
    m_saveTried = true;
    revalidate();
    if (workspace().isReadOnly() || !m_refusal.isEmpty())
        return;
    if (!problem().isEmpty()) {
        // The first field that says what is wrong gets the focus.
        for (QLabel *label : findChildren<QLabel *>())
            if (isFieldMessage(label) && !label->isHidden() && label->buddy()) {
                label->buddy()->setFocus(Qt::OtherFocusReason);
                break;
            }
        return;
    }
    const QString name = typedName().simplified();
    const QString text = m_id ? tr("Edit %1").arg(name) : tr("Add %1").arg(name);
    auto saved = m_history.edit(
        m_kind, m_id, text, [this](Transaction &tx) { return write(tx); }, m_opened ? &*m_opened : nullptr);
    if (!saved) {
        const QString reason = tr("not saved: %1").arg(saved.error());
        showFieldMessage(m_problem, reason);
        m_problem->setProperty("problem", reason);
        return;
    }
    m_id = saved.value();
    QDialog::accept();
}

} // namespace cd
