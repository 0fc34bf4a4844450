#include "FollowupDialog.h"

#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "desk/Managers.h"
#include "main/Ask.h"
#include "main/FieldMessage.h"
#include "main/FormGuard.h"
#include "models/PaymentListModel.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {
namespace {
// A field message that keeps its line when hidden, so the form does not jump when it appears.
QLabel *reservedMessage(QWidget *parent)
{
    QLabel *label = makeFieldMessage(parent);
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    return label;
}
} // namespace

FollowupDialog::FollowupDialog(EditHistory &history, qint64 id, const FollowupInput &initial, const QString &aboutLabel,
                               QWidget *parent)
    : QDialog(parent), m_history(history), m_id(id), m_initial(initial)
{
    setObjectName(QStringLiteral("followupDialog"));
    setWindowTitle(id ? tr("Edit Follow-up") : tr("New Follow-up"));
    // Three days out: soon enough to matter, late enough to give the other side time to answer.
    if (!m_initial.due.isValid())
        m_initial.due = Clock::today().addDays(3);

    m_about = new QLineEdit(aboutLabel, this);
    m_about->setObjectName(QStringLiteral("followupAboutLineEdit"));
    m_about->setAccessibleName(tr("About"));
    m_about->setReadOnly(true);
    // Read as a fact, not a field: no frame, the window's colour (and still selectable).
    m_about->setFrame(false);
    QPalette aboutPalette = m_about->palette();
    aboutPalette.setColor(QPalette::Base, aboutPalette.color(QPalette::Window));
    m_about->setPalette(aboutPalette);
    m_about->setFocusPolicy(Qt::NoFocus);
    m_about->setToolTip(tr("The %1 this follow-up belongs to").arg(wordLabel(m_initial.about).toLower()));

    m_due = new QDateEdit(m_initial.due, this);
    m_due->setObjectName(QStringLiteral("followupDueDateEdit"));
    m_due->setAccessibleName(tr("Follow up on"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(dateEntryFormat());
    m_dueHint = new QLabel(this);
    m_dueHint->setObjectName(QStringLiteral("followupDueHintLabel"));
    m_dueHint->setForegroundRole(QPalette::PlaceholderText);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_dueHint, 1);

    m_note = new QPlainTextEdit(m_initial.note, this);
    m_note->setObjectName(QStringLiteral("followupNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What to follow up on: a call to make, a reply to chase, a rate to confirm"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_noteMessage = reservedMessage(this);
    m_noteMessage->setObjectName(QStringLiteral("followupNoteMessage"));
    auto *noteColumn = new QVBoxLayout;
    noteColumn->setSpacing(2);
    noteColumn->addWidget(m_note, 1);
    noteColumn->addWidget(m_noteMessage);

    m_manager = new QComboBox(this);
    m_manager->setObjectName(QStringLiteral("followupManagerComboBox"));
    m_manager->setAccessibleName(tr("Whose follow-up"));
    // Unassigned means the creator's manager for a creator or a deal, and anyone's otherwise
    // (FollowupFilter's rule for "my" follow-ups).
    const bool aboutCreator =
        m_initial.about == FollowupAbout::Creator || m_initial.about == FollowupAbout::Participant;
    m_manager->addItem(aboutCreator ? tr("Whoever manages the creator") : tr("Anyone"));
    QSqlDatabase db = m_history.workspace().db();
    if (auto managers = ManagerService::list(db))
        for (const Manager &m : managers.value())
            m_manager->addItem(m.name, m.id);
    if (m_initial.managerId)
        m_manager->setCurrentIndex(std::max(0, m_manager->findData(*m_initial.managerId)));

    auto *form = new QFormLayout;
    form->addRow(tr("About:"), m_about);
    // Rows holding a layout get a label of their own, so the mnemonic reaches the field.
    auto *dueLabel = new QLabel(tr("&Due:"), this);
    labelField(dueLabel, m_due);
    form->addRow(dueLabel, dueRow);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    labelField(noteLabel, m_note);
    form->addRow(noteLabel, noteColumn);
    form->addRow(tr("&Manager:"), m_manager);
    if (m_id) {
        m_done = new QCheckBox(
            m_initial.doneOn.isValid() ? tr("D&one on %1").arg(displayDate(m_initial.doneOn)) : tr("D&one"), this);
        m_done->setObjectName(QStringLiteral("followupDoneCheckBox"));
        m_done->setChecked(m_initial.doneOn.isValid());
        form->addRow(QString(), m_done);
    }

    m_problem = makeFieldMessage(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowupDialog::reject);
    if (m_history.workspace().isReadOnly()) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        showFieldMessage(m_problem, tr("the workspace is open read-only; nothing can be saved"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_due, &QDateEdit::dateChanged, this, &FollowupDialog::updateDueHint);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        // Once Save was tried, the message follows the typing (and goes when the note is there).
        if (m_triedSave)
            showFieldMessage(m_noteMessage, m_note->toPlainText().trimmed().isEmpty()
                                                ? tr("say what to follow up on: the note is empty")
                                                : QString());
    });
    updateDueHint();
    m_note->setFocus();
    resize(520, sizeHint().height());
    FormGuard::attach(this, FormGuard::Closing::DialogAsks);
}

QString FollowupDialog::describeDeal(const QString &creator, const QString &campaign)
{
    return tr("%1 in %2").arg(creator, campaign);
}

QString FollowupDialog::describe(const Followup &f)
{
    switch (f.input.about) {
    case FollowupAbout::Creator:
        return f.creator;
    case FollowupAbout::Brand:
        return f.brand;
    case FollowupAbout::Campaign:
        return f.campaign;
    case FollowupAbout::Participant:
        break;
    }
    return describeDeal(f.creator, f.campaign);
}

QString FollowupDialog::shortNote(const QString &note)
{
    const QString line = note.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 48 ? line.left(47) + QChar(0x2026) : line;
}

void FollowupDialog::updateDueHint()
{
    // The weekday and the distance from today: "7 Mar 2026" alone does not say whether it is soon.
    const QDate due = m_due->date();
    const qint64 days = Clock::today().daysTo(due);
    const QString weekday = QLocale().dayName(due.dayOfWeek());
    QString when;
    if (days == 0)
        when = tr("today");
    else if (days == 1)
        when = tr("tomorrow");
    else if (days > 0)
        when = tr("in %n day(s)", nullptr, int(days));
    else
        when = tr("%n day(s) ago", nullptr, int(-days));
    m_dueHint->setText(tr("%1, %2").arg(weekday, when));
}

FollowupInput FollowupDialog::collect() const
{
    FollowupInput in = m_initial;
    in.due = m_due->date();
    in.note = m_note->toPlainText();
    const QVariant manager = m_manager->currentData();
    in.managerId = manager.isValid() ? std::optional<qint64>(manager.toLongLong()) : std::nullopt;
    // A follow-up already done keeps its day; one ticked now is done today.
    if (m_done && m_done->isChecked())
        in.doneOn = m_initial.doneOn.isValid() ? m_initial.doneOn : Clock::today();
    else
        in.doneOn = QDate();
    return in;
}

bool FollowupDialog::isChanged() const
{
    const FollowupInput now = collect();
    return now.due != m_initial.due || now.note != m_initial.note || now.managerId != m_initial.managerId ||
           now.doneOn.isValid() != m_initial.doneOn.isValid();
}

QString FollowupDialog::noteMessage() const
{
    return m_noteMessage->isHidden() ? QString() : m_noteMessage->text();
}

QString FollowupDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool FollowupDialog::save()
{
    m_triedSave = true;
    const FollowupInput in = collect();
    if (in.note.trimmed().isEmpty()) {
        showFieldMessage(m_noteMessage, tr("say what to follow up on: the note is empty"));
        m_note->setFocus();
        return false;
    }
    showFieldMessage(m_noteMessage, QString());
    FollowupService followups(m_history.workspace());
    const QString text = (m_id ? tr("Edit follow-up: %1") : tr("Add follow-up: %1")).arg(shortNote(in.note));
    auto saved = m_history.edit(RecordImage::Kind::Followup, m_id, text, [&](Transaction &tx) -> Result<qint64> {
        if (m_id == 0)
            return followups.insert(tx, in);
        if (Status s = followups.change(tx, m_id, in); !s)
            return fail(s.error());
        return m_id;
    });
    if (!saved) {
        showFieldMessage(m_problem, tr("not saved: %1").arg(saved.error()));
        return false;
    }
    m_id = saved.value();
    return true;
}

void FollowupDialog::accept()
{
    if (save())
        QDialog::accept();
}

void FollowupDialog::reject()
{
    if (isChanged()) {
        const auto answer = ask::question(this, tr("Discard Changes"),
                                          m_id ? tr("Discard your changes to this follow-up?")
                                               : tr("Discard this follow-up? It is not saved yet."),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                                          {{QMessageBox::Yes, tr("Discard")}, {QMessageBox::No, tr("Keep Editing")}});
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

} // namespace cd
