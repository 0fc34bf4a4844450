#include "MoneySettingsForm.h"

#include "common/Clock.h"
#include "main/FieldMessage.h"
#include "main/PercentSpinBox.h"
#include "money/Invoices.h"
#include "storage/SettingKeys.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {
namespace {
// Basis points as setByName reads a percent: "20", "12.5", "2.25".
QString percentText(double value)
{
    const qint64 bp = std::llround(value * 100.0);
    QString text = QString::number(bp / 100);
    if (bp % 100)
        text += QLatin1Char('.') + QString::number(bp % 100).rightJustified(2, QLatin1Char('0'));
    return text;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

MoneySettingsForm::MoneySettingsForm(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("moneySettingsForm"));
    // A field with its message under it, as a form row.
    const auto row = [this](QFormLayout *form, const QString &label, QWidget *widget, const char *name,
                            QWidget *beside = nullptr) {
        Field &f = add(name, widget);
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        if (beside) {
            auto *h = new QHBoxLayout;
            h->addWidget(widget);
            h->addWidget(beside, 1);
            v->addLayout(h);
        } else {
            v->addWidget(widget);
        }
        v->addWidget(f.message);
        form->addRow(label, column);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(column)))
            labelField(l, widget);
    };

    auto *who = new QGroupBox(tr("Who pays whom"), this);
    auto *whoForm = new QFormLayout(who);
    m_perspective = new QComboBox(this);
    m_perspective->setObjectName(QStringLiteral("perspectiveComboBox"));
    m_perspective->addItem(tr("Brand: we pay creators"), QStringLiteral("brand"));
    m_perspective->addItem(tr("Agency: we invoice brands and pay our creators"), QStringLiteral("agency"));
    row(whoForm, tr("&This workspace is a:"), m_perspective, "perspective");
    whoForm->addRow(hint(tr("A brand's payments are payables to creators. An agency's are receivables from the "
                            "brand, each with the creator's share as a payable."),
                         this));

    auto *terms = new QGroupBox(tr("Payment terms"), this);
    auto *termsForm = new QFormLayout(terms);
    m_terms = new QSpinBox(this);
    m_terms->setObjectName(QStringLiteral("paymentTermsSpinBox"));
    m_terms->setRange(0, 3650);
    m_terms->setSuffix(tr(" days"));
    row(termsForm, tr("Fee &due:"), m_terms, "payment_terms_days",
        hint(tr("after the campaign ends, unless the contract says otherwise"), this));
    m_payout = new QSpinBox(this);
    m_payout->setRange(0, 3650);
    m_payout->setSuffix(tr(" days"));
    row(termsForm, tr("Pay &creators:"), m_payout, "creator_payout_days",
        hint(tr("after the brand pays (agency)"), this));

    auto *agency = new QGroupBox(tr("Agency: fee and invoices"), this);
    m_agencyGroup = agency;
    auto *agencyForm = new QFormLayout(agency);
    m_agencyRate = new PercentSpinBox(2, this);
    m_agencyRate->setObjectName(QStringLiteral("agencyRateSpinBox"));
    row(agencyForm, tr("A&gency fee:"), m_agencyRate, "agency_rate",
        hint(tr("of the gross, unless the creator or the campaign has its own"), this));
    m_vatRegistered = new QCheckBox(tr("&VAT-registered (PKP): add VAT to invoices"), this);
    m_vatRegistered->setObjectName(QStringLiteral("vatRegisteredCheckBox"));
    row(agencyForm, QString(), m_vatRegistered, "vat_registered");
    m_vatRate = new PercentSpinBox(2, this);
    // The rate invoices charge, which since 2025 is 12% on 11/12 of the price: the field holds the
    // effective 11%, and its label says so (a bare "VAT rate" beside "12% × 11/12" left people
    // unsure whether to type 12 or 11).
    row(agencyForm, tr("Effective VAT &rate:"), m_vatRate, "vat_rate",
        hint(tr("12% on 11/12 of the price = 11% of it"), this));
    m_bank = new QLineEdit(this);
    m_bank->setObjectName(QStringLiteral("bankAccountLineEdit"));
    m_bank->setPlaceholderText(tr("e.g. Bank Mandiri 123-00-0456789-0 a/n PT Kreasi Nusantara Digital"));
    row(agencyForm, tr("&Bank account:"), m_bank, "company_bank_account");
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("invoicePatternLineEdit"));
    m_pattern->setToolTip(tr("{NNNN}: the running number, counted per year; {YYYY} or {YY}: the year; {MM}: the "
                             "month"));
    m_pattern->setMinimumWidth(220);
    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("invoiceExampleLabel"));
    row(agencyForm, tr("&Invoice numbers:"), m_pattern, "invoice_pattern", m_example);
    agencyForm->addRow(hint(tr("Your company's name, address and tax number (NPWP) on invoices are the ones on "
                               "contracts, on the General tab."),
                            this));

    auto *rates = new QGroupBox(tr("Withholding tax (rupiah payments)"), this);
    auto *ratesForm = new QFormLayout(rates);
    m_pph21Base = new PercentSpinBox(2, this);
    row(ratesForm, tr("PPh 21 &base:"), m_pph21Base, "pph21_base",
        hint(tr("of the gross, taxed 5–35% by layer (a person)"), this));
    m_pph23 = new PercentSpinBox(2, this);
    row(ratesForm, tr("PPh &23:"), m_pph23, "pph23_rate",
        hint(tr("of the gross (a company); doubled without NPWP"), this));
    m_pph26 = new PercentSpinBox(2, this);
    row(ratesForm, tr("PPh 2&6:"), m_pph26, "pph26_rate", hint(tr("of the gross (a non-resident)"), this));
    auto *note = hint(tr("These rates are estimates; check with your tax adviser."), this);
    note->setObjectName(QStringLiteral("ratesNoteLabel"));
    ratesForm->addRow(note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(terms);
    // Greyed out in a brand's workspace: say why and how to use them, rather than leave a puzzle.
    m_agencyOnly = hint(tr("The agency settings below apply once this workspace is an agency (Who pays whom, "
                           "above)."),
                        this);
    m_agencyOnly->setObjectName(QStringLiteral("agencyOnlyLabel"));
    layout->addWidget(m_agencyOnly);
    layout->addWidget(agency);
    layout->addWidget(rates);
    layout->addStretch();

    connect(m_perspective, &QComboBox::currentIndexChanged, this, &MoneySettingsForm::updateState);
    connect(m_vatRegistered, &QCheckBox::toggled, this, &MoneySettingsForm::updateState);
    connect(m_pattern, &QLineEdit::textChanged, this, &MoneySettingsForm::updateState);
    load();
}

MoneySettingsForm::Field &MoneySettingsForm::add(const char *name, QWidget *widget)
{
    Field f;
    f.key = findSettingKey(QString::fromLatin1(name));
    Q_ASSERT(f.key);
    f.widget = widget;
    f.message = makeFieldMessage(this);
    m_fields.append(f);
    return m_fields.last();
}

QString MoneySettingsForm::textOf(const Field &f) const
{
    if (auto *combo = qobject_cast<QComboBox *>(f.widget))
        return combo->currentData().toString();
    if (auto *spin = qobject_cast<QSpinBox *>(f.widget))
        return QString::number(spin->value());
    if (auto *percent = qobject_cast<QDoubleSpinBox *>(f.widget))
        return percentText(percent->value());
    if (auto *check = qobject_cast<QCheckBox *>(f.widget))
        return check->isChecked() ? QStringLiteral("yes") : QStringLiteral("no");
    if (auto *line = qobject_cast<QLineEdit *>(f.widget))
        return line->text().trimmed();
    return {};
}

void MoneySettingsForm::setText(Field &f, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(f.widget))
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
    else if (auto *spin = qobject_cast<QSpinBox *>(f.widget))
        spin->setValue(text.toInt());
    else if (auto *percent = qobject_cast<QDoubleSpinBox *>(f.widget))
        percent->setValue(text.toDouble());
    else if (auto *check = qobject_cast<QCheckBox *>(f.widget))
        check->setChecked(text == QLatin1String("yes"));
    else if (auto *line = qobject_cast<QLineEdit *>(f.widget))
        line->setText(text);
}

void MoneySettingsForm::load()
{
    QSqlDatabase db = m_workspace.db();
    for (Field &f : m_fields) {
        setText(f, settings::displayValue(db, *f.key));
        f.loaded = textOf(f);
        showFieldMessage(f.message, QString());
    }
    m_problem.clear();
    setEnabled(!m_workspace.isReadOnly());
    updateState();
}

void MoneySettingsForm::restoreDefaults()
{
    for (Field &f : m_fields) {
        const QString name = QString::fromLatin1(f.key->name);
        if (name == QLatin1String("perspective") || name == QLatin1String("company_bank_account") ||
            name == QLatin1String("invoice_pattern"))
            continue;
        QString value = QString::fromLatin1(f.key->defaultValue);
        if (f.key->type == SettingKey::Type::Percent)
            value = QString::number(value.toLongLong() / 100.0);
        else if (f.key->type == SettingKey::Type::Bool)
            value = value == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no");
        setText(f, value);
    }
}

void MoneySettingsForm::updateState()
{
    const bool agency = m_perspective->currentData().toString() == QLatin1String("agency");
    m_agencyGroup->setEnabled(agency);
    m_agencyOnly->setVisible(!agency);
    m_payout->setEnabled(agency);
    m_vatRate->setEnabled(agency && m_vatRegistered->isChecked());
    // The number the next invoice of this year would get, were it the first.
    const QString pattern = m_pattern->text().trimmed();
    m_example->setText(pattern.count(QStringLiteral("{NNNN}")) == 1
                           ? tr("e.g. %1").arg(Invoices::numberFor(pattern, Clock::today(), 1))
                           : QString());
    for (Field &f : m_fields)
        if (f.widget == m_pattern)
            showFieldMessage(f.message, pattern.count(QStringLiteral("{NNNN}")) == 1
                                            ? QString()
                                            : tr("Put {NNNN} once where the running number goes, like "
                                                 "INV/{YYYY}/{NNNN}."));
}

QString MoneySettingsForm::typedProblem() const
{
    // Only the pattern is checked as typed; a refusal on Save is said again on the next Save.
    for (const Field &f : m_fields)
        if (f.widget == m_pattern)
            return f.message->text();
    return {};
}

bool MoneySettingsForm::save()
{
    m_problem.clear();
    if (m_workspace.isReadOnly())
        return true;
    // A field already explained as typed stops the save before anything is written.
    if (m_problem = typedProblem(); !m_problem.isEmpty())
        return false;
    // The one field that can be refused goes first, so a refusal writes nothing.
    std::stable_sort(m_fields.begin(), m_fields.end(), [](const Field &a, const Field &b) {
        return (a.key->type == SettingKey::Type::InvoicePattern) > (b.key->type == SettingKey::Type::InvoicePattern);
    });
    for (Field &f : m_fields) {
        const QString text = textOf(f);
        if (text == f.loaded)
            continue;
        if (Status s = settings::setByName(m_workspace, *f.key, text); !s) {
            showFieldMessage(f.message, s.error());
            m_problem = asSentence(s.error());
            return false;
        }
        showFieldMessage(f.message, QString());
        f.loaded = text;
    }
    return true;
}

} // namespace cd
