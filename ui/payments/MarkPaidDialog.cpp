#include "MarkPaidDialog.h"

#include "PaymentActions.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "main/FieldMessage.h"
#include "main/FormFields.h"
#include "main/FormGuard.h"
#include "models/PaymentListModel.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

MarkPaidDialog::MarkPaidDialog(EditHistory &history, const PaymentRow &row, QWidget *parent)
    : QDialog(parent), m_history(history), m_row(row)
{
    setObjectName(QStringLiteral("markPaidDialog"));
    setWindowTitle(tr("Mark Paid"));
    const Money whole(row.amount, row.currency);
    auto *what = new QLabel(
        tr("<b>%1</b> — %2, %3: %4 %5")
            .arg(row.party().toHtmlEscaped(), row.campaign.toHtmlEscaped(),
                 PaymentListModel::kindName(row.kind).toLower(), whole.format(),
                 row.timing.due.isValid() ? tr("due %1").arg(displayDate(row.timing.due)) : tr("awaiting the brand")),
        this);
    what->setWordWrap(true);

    m_date = new QDateEdit(Clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateEntryFormat());
    m_date->setAccessibleName(tr("Paid on"));
    m_amount = new QLineEdit(whole.format(), this);
    m_amount->setAccessibleName(tr("Amount paid"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setToolTip(tr("Less than the whole amount is a partial payment: the rest stays open"));
    m_amountMessage = makeFieldMessage(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paySummaryLabel"));
    m_summary->setWordWrap(true);
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->setAccessibleName(tr("Method"));
    m_method->addItems({tr("transfer"), tr("cash"), tr("e-wallet"), tr("other")});
    m_method->setCurrentText(row.method.isEmpty() ? tr("transfer") : row.method);
    m_reference = new QLineEdit(row.reference, this);
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("Bank reference or receipt number"));
    m_proof = new QLineEdit(this);
    m_proof->setAccessibleName(tr("Proof file"));
    m_proof->setPlaceholderText(tr("Optional: a transfer receipt or screenshot"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseProofFile(this); !path.isEmpty())
            m_proof->setText(path);
    });
    auto *proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proof, 1);
    proofRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Paid &on:"), m_date);
    auto *amountColumn = new QVBoxLayout;
    amountColumn->addWidget(m_amount);
    amountColumn->addWidget(m_amountMessage);
    // Rows holding a layout get a label of their own, so the mnemonic reaches the field.
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    labelField(amountLabel, m_amount);
    form->addRow(amountLabel, amountColumn);
    form->addRow(QString(), m_summary);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    auto *proofLabel = new QLabel(tr("&Proof:"), this);
    labelField(proofLabel, m_proof);
    form->addRow(proofLabel, proofRow);
    m_error = makeFieldMessage(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Mark &Paid"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &MarkPaidDialog::update);
    connect(m_date, &QDateEdit::dateChanged, this, &MarkPaidDialog::update);
    update();
    resize(480, sizeHint().height());
    FormGuard::attach(this);
}

void MarkPaidDialog::update()
{
    const Money whole(m_row.amount, m_row.currency);
    auto amount = Money::parseDisplay(m_amount->text().trimmed(), m_row.currency);
    QString problem;
    if (!amount)
        problem = amount.error();
    else if (amount->minor() <= 0 || amount->minor() > m_row.amount)
        problem = tr("pay more than zero and at most the %1 owed").arg(whole.format());
    showFieldMessage(m_amountMessage, problem);
    m_save->setEnabled(problem.isEmpty() && m_date->date().isValid());
    if (!problem.isEmpty()) {
        m_summary->clear();
        return;
    }
    const qint64 part = amount->minor();
    QString text = part == m_row.amount ? tr("Pays the whole %1.").arg(whole.format())
                                        : tr("Pays %1 of %2; %3 stays open.")
                                              .arg(amount->format(), whole.format(),
                                                   Money(m_row.amount - part, m_row.currency).format());
    // What actually changes hands: the payer keeps the tax it withholds.
    QSqlDatabase db = m_history.workspace().db();
    const qint64 withheld =
        withholdingFor(m_row.kind, m_row.direction, part, m_row.currency, m_row.payee, MoneySettings::read(db));
    if (withheld > 0)
        text +=
            QLatin1Char(' ') +
            (m_row.direction == PaymentDirection::Receivable ? tr("Expect %1 in the bank: the brand withholds %2 tax.")
                                                             : tr("Transfer %1: %2 tax is withheld."))
                .arg(Money(part - withheld, m_row.currency).format(), Money(withheld, m_row.currency).format());
    m_summary->setText(text);
}

bool MarkPaidDialog::save()
{
    auto amount = Money::parseDisplay(m_amount->text().trimmed(), m_row.currency);
    if (!amount) {
        showFieldMessage(m_amountMessage, amount.error());
        return false;
    }
    PayInput input;
    input.date = m_date->date();
    if (amount->minor() != m_row.amount)
        input.amount = amount.value();
    input.method = m_method->currentText().trimmed();
    input.reference = m_reference->text().trimmed();
    auto done = PaymentActions::markPaid(m_history, m_row, input, m_proof->text().trimmed());
    if (!done) {
        showFieldMessage(m_error, done.error());
        return false;
    }
    m_restId = done.value();
    return true;
}

} // namespace cd
