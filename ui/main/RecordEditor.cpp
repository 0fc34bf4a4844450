#include "RecordEditor.h"

#include "FieldMessage.h"
#include "commands/EditHistory.h"
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

Workspace &RecordEditor::workspace() const
{
    return m_history.workspace();
}

void RecordEditor::finishLayout(QVBoxLayout *layout)
{
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    revalidate();
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
    QString problem =
        workspace().isReadOnly() ? tr("the workspace is open read-only; nothing can be saved") : findProblem();
    showFieldMessage(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

QString RecordEditor::problem() const
{
    return m_problem->text();
}

void RecordEditor::accept()
{
    m_check->stop();
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const QString name = typedName().simplified();
    const QString text = m_id ? tr("Edit %1").arg(name) : tr("Add %1").arg(name);
    auto saved = m_history.edit(m_kind, m_id, text, [this](Transaction &tx) { return write(tx); });
    if (!saved) {
        showFieldMessage(m_problem, tr("not saved: %1").arg(saved.error()));
        return;
    }
    m_id = saved.value();
    QDialog::accept();
}

} // namespace cd
