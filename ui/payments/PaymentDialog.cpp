#include "PaymentDialog.h"

#include "PaymentActions.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/FieldMessage.h"
#include "main/FormFields.h"
#include "main/FormGuard.h"
#include "models/ParticipantListModel.h"
#include "models/PaymentListModel.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {
namespace {
// A field with its message under it; the row's label is made here so its mnemonic reaches the field.
std::pair<QLabel *, QVBoxLayout *> withMessage(const QString &label, QWidget *field, QLabel *message)
{
    auto *name = new QLabel(label, field->parentWidget());
    labelField(name, field);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(message);
    return {name, column};
}
} // namespace

PaymentDialog::PaymentDialog(EditHistory &history, const std::optional<PaymentRow> &row, bool asNew, QWidget *parent)
    : QDialog(parent), m_history(history)
{
    setObjectName(QStringLiteral("paymentDialog"));
    const bool editing = row && !asNew;
    setWindowTitle(editing ? tr("Edit Payment") : tr("New Payment"));
    QSqlDatabase db = history.workspace().db();
    const MoneySettings settings = MoneySettings::read(db);
    if (editing) {
        m_id = row->id;
        m_paid = row->isPaid();
    }
    auto *form = new QFormLayout;
    m_whoMessage = makeFieldMessage(this);
    if (editing) {
        m_participant = row->participantId;
        m_currency = row->currency;
        form->addRow(tr("For:"), new QLabel(tr("%1 in %2 (%3)").arg(row->creator, row->campaign, row->brand), this));
    } else {
        m_participants = new ParticipantListModel(&history.workspace(), this);
        m_campaign = new QComboBox(this);
        m_campaign->setAccessibleName(tr("Campaign"));
        m_campaign->addItem(tr("Choose a campaign…"), 0);
        // Unreadable, the list stays empty and the form cannot be saved (it needs a campaign).
        const auto choices = CampaignService(history.workspace()).choices();
        for (const CampaignService::Choice &c : choices ? choices.value() : QList<CampaignService::Choice>())
            m_campaign->addItem(tr("%1 (%2)").arg(c.name, c.brand), c.id);
        m_creator = new QComboBox(this);
        m_creator->setAccessibleName(tr("Creator"));
        form->addRow(tr("&Campaign:"), m_campaign);
        const auto [creatorLabel, creatorColumn] = withMessage(tr("C&reator:"), m_creator, m_whoMessage);
        form->addRow(creatorLabel, creatorColumn);
        connect(m_campaign, &QComboBox::currentIndexChanged, this, &PaymentDialog::fillCreators);
        connect(m_creator, &QComboBox::currentIndexChanged, this, &PaymentDialog::validate);
        m_creator->setEnabled(false); // until a campaign is chosen
    }
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    for (int k = 0; k <= int(PaymentKind::Other); ++k)
        m_kind->addItem(PaymentListModel::kindName(PaymentKind(k)), k);
    m_kind->setCurrentIndex(m_kind->findData(int(row ? row->kind : PaymentKind::Fee)));
    form->addRow(tr("&Kind:"), m_kind);
    m_direction = new QComboBox(this);
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("Receivable: the brand pays the agency"), int(PaymentDirection::Receivable));
    m_direction->addItem(tr("Payable: the agency pays the creator"), int(PaymentDirection::Payable));
    m_direction->setCurrentIndex(m_direction->findData(int(row ? row->direction : settings.termsDirection())));
    // A brand workspace has payables only, so there is nothing to choose.
    if (settings.isAgency())
        form->addRow(tr("&Direction:"), m_direction);
    else
        m_direction->hide();
    m_amount = new QLineEdit(this);
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("Gross, before tax is withheld"));
    if (row)
        m_amount->setText(Money(row->amount, row->currency).format());
    m_amountMessage = makeFieldMessage(this);
    const auto [amountLabel, amountColumn] = withMessage(tr("&Amount:"), m_amount, m_amountMessage);
    form->addRow(amountLabel, amountColumn);
    m_due = makeOptionalDate(this, tr("Due date"));
    m_due->setDisplayFormat(dateEntryFormat());
    setOptionalDate(m_due, row ? row->timing.due : Clock::today().addDays(settings.paymentTermsDays));
    form->addRow(tr("D&ue:"), m_due);
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->setAccessibleName(tr("Method"));
    m_method->addItems({QString(), tr("transfer"), tr("cash"), tr("e-wallet"), tr("other")});
    m_method->setCurrentText(row ? row->method : QString());
    form->addRow(tr("&Method:"), m_method);
    m_reference = new QLineEdit(row ? row->reference : QString(), this);
    m_reference->setAccessibleName(tr("Reference"));
    form->addRow(tr("&Reference:"), m_reference);
    m_notes = new QPlainTextEdit(row ? row->notes : QString(), this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Notes:"), m_notes);
    m_error = makeFieldMessage(this);
    if (m_paid) {
        // A paid row is a tax record: only how it was paid and the note change (PaymentService).
        for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_direction, m_amount, m_due})
            w->setEnabled(false);
        auto *note = new QLabel(tr("Paid on %1: only method, reference and notes can change. Undo the payment to "
                                   "change the rest.")
                                    .arg(displayDate(row->timing.paid)),
                                this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    } else if (editing && row->invoiceId) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_direction, m_amount})
            w->setEnabled(false);
        auto *note = new QLabel(
            tr("On invoice %1: void the invoice to change the amount or kind.").arg(row->invoiceNumber), this);
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { m_amountTouched = true; });
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    if (row && asNew && m_campaign)
        choose(row->campaignId, row->participantId);
    validate();
    resize(520, sizeHint().height());
    FormGuard::attach(this);
}

void PaymentDialog::choose(qint64 campaignId, qint64 participantId)
{
    if (!m_campaign)
        return;
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
    m_creator->setCurrentIndex(std::max(0, m_creator->findData(participantId)));
}

void PaymentDialog::fillCreators()
{
    const qint64 campaign = m_campaign->currentData().toLongLong();
    m_participants->setCampaign(campaign);
    const QSignalBlocker blocker(m_creator);
    m_creator->clear();
    m_creator->setEnabled(campaign != 0);
    if (campaign && m_participants->rowCount() == 0)
        m_creator->addItem(tr("No creators in this campaign yet"), 0);
    for (int r = 0; r < m_participants->rowCount(); ++r) {
        const QModelIndex name = m_participants->index(r, ParticipantListModel::Creator);
        m_creator->addItem(name.data().toString(), name.data(ParticipantListModel::IdRole));
    }
    validate();
}

QString PaymentDialog::currency() const
{
    return m_participants ? m_participants->currency() : m_currency;
}

qint64 PaymentDialog::participant() const
{
    return m_creator ? m_creator->currentData().toLongLong() : m_participant;
}

void PaymentDialog::validate()
{
    QString who;
    if (m_campaign && m_campaign->currentData().toLongLong() == 0)
        who = tr("choose the campaign and the creator the payment is for");
    else if (participant() == 0)
        who = tr("add the creator to the campaign first (Campaigns page)");
    showFieldMessage(m_whoMessage, m_campaign && m_campaign->currentIndex() > 0 ? who : QString());
    QString amount;
    const QString typed = m_amount->text().trimmed();
    if (typed.isEmpty())
        amount = tr("give the gross amount");
    else if (!currency().isEmpty()) {
        if (auto money = Money::parseDisplay(typed, currency()); !money)
            amount = money.error();
        else if (money->minor() <= 0)
            amount = tr("the amount must be more than zero");
    }
    // Quiet until asked: an untouched empty amount says nothing yet.
    showFieldMessage(m_amountMessage, m_amountTouched || !typed.isEmpty() ? amount : QString());
    m_save->setEnabled(who.isEmpty() && amount.isEmpty() && !m_history.workspace().isReadOnly());
}

bool PaymentDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return false;
    PaymentInput input;
    input.participantId = participant();
    input.kind = PaymentKind(m_kind->currentData().toInt());
    input.direction = PaymentDirection(m_direction->currentData().toInt());
    auto amount = Money::parseDisplay(m_amount->text().trimmed(), currency());
    if (!amount)
        return false;
    input.amount = amount.value();
    input.due = optionalDate(m_due);
    input.method = m_method->currentText().trimmed();
    input.reference = m_reference->text().trimmed();
    input.notes = m_notes->toPlainText();
    if (m_id) {
        // A drafted payable keeps the receivable it was drafted for.
        QSqlDatabase db = m_history.workspace().db();
        if (auto stored = readPayment(db, MoneySettings::read(db), m_id))
            input.receivableId = stored->receivableId;
    }
    auto saved = PaymentActions::save(m_history, m_id, input);
    if (!saved) {
        showFieldMessage(m_error, saved.error());
        return false;
    }
    m_id = saved.value();
    return true;
}

} // namespace cd
