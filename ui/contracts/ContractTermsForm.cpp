#include "ContractTermsForm.h"

#include "main/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace cd {
namespace {
// Names separated by commas, as the brand editor lists a brand's competitors; a semicolon, which
// this field asked for before, still separates too.
QString listText(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList listOf(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    QStringList out;
    for (const QString &part : text.split(separator))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString countText(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QString();
}
} // namespace

ContractTermsForm::ContractTermsForm(const QStringList &templates, const QString &currency, QWidget *parent)
    : QWidget(parent), m_currency(currency)
{
    m_language = new QComboBox(this);
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Bahasa Indonesia"), QStringLiteral("id"));
    m_template = new QComboBox(this);
    addTemplates(templates);
    m_end = makeOptionalDate(this, tr("Contract ends"));
    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("e.g. beverages"));
    m_competitors = new QLineEdit(this);
    m_competitors->setPlaceholderText(tr("Separated by commas: Teh Botol, Frestea"));
    m_exclusivityStart = makeOptionalDate(this, tr("Exclusivity starts"));
    m_exclusivityEnd = makeOptionalDate(this, tr("Exclusivity ends (not set: open-ended)"));
    m_usageStart = makeOptionalDate(this, tr("Usage starts"));
    m_usageEnd = makeOptionalDate(this, tr("Usage ends"));
    m_paidAds = new QCheckBox(tr("Paid ads allowed"), this);
    m_revisions = new QLineEdit(this);
    m_paymentDays = new QLineEdit(this);
    m_noticeDays = new QLineEdit(this);
    m_turnaround = new QLineEdit(this);
    m_turnaround->setPlaceholderText(tr("as in Settings"));
    m_turnaround->setToolTip(tr("Days the creator has to deliver a requested revision; empty: the number in "
                                "Settings"));
    m_killFee = new QLineEdit(this);
    m_killFee->setPlaceholderText(tr("in %1").arg(currency));
    m_law = new QLineEdit(this);
    m_law->setPlaceholderText(tr("e.g. the Republic of Indonesia"));
    for (QLineEdit *e : {m_revisions, m_paymentDays, m_noticeDays})
        e->setMaximumWidth(90);
    m_turnaround->setMaximumWidth(160); // its hint whole in Indonesian too ("sesuai Pengaturan")

    auto *general = new QFormLayout;
    general->addRow(tr("&Language:"), m_language);
    general->addRow(tr("&Template:"), m_template);
    general->addRow(tr("Contract &ends:"), m_end);
    general->addRow(tr("&Revision rounds:"), m_revisions);
    general->addRow(tr("Revision t&urnaround (days):"), m_turnaround);
    general->addRow(tr("Pay&ment within (days):"), m_paymentDays);
    general->addRow(tr("Cancellation &notice (days):"), m_noticeDays);
    general->addRow(tr("&Kill fee:"), m_killFee);
    general->addRow(tr("Governing la&w:"), m_law);

    auto *exclusivity = new QGroupBox(tr("Exclusivity"), this);
    auto *exclusivityForm = new QFormLayout(exclusivity);
    exclusivityForm->addRow(tr("Ca&tegory:"), m_category);
    exclusivityForm->addRow(tr("Com&petitors:"), m_competitors);
    exclusivityForm->addRow(tr("&From:"), m_exclusivityStart);
    exclusivityForm->addRow(tr("T&o:"), m_exclusivityEnd);

    auto *usage = new QGroupBox(tr("Content usage rights"), this);
    auto *usageForm = new QFormLayout(usage);
    auto *channels = new QGridLayout;
    const QStringList words = ContractService::usageChannelWords();
    const QStringList names = {tr("Organic social"), tr("Website"), tr("Email"), tr("Print"), tr("Outdoor")};
    for (int i = 0; i < words.size(); ++i) {
        const QString label =
            i < names.size() ? names.at(i) : platformDisplayName(wordFrom<Platform>(words.at(i)).value());
        auto *box = new QCheckBox(label, usage);
        box->setProperty("channel", words.at(i));
        channels->addWidget(box, i / 4, i % 4);
        m_channels << box;
        connect(box, &QCheckBox::toggled, this, &ContractTermsForm::changed);
    }
    usageForm->addRow(tr("Channels:"), channels);
    usageForm->addRow(QString(), m_paidAds);
    usageForm->addRow(tr("Fro&m:"), m_usageStart);
    usageForm->addRow(tr("&Until:"), m_usageEnd);

    auto *right = new QVBoxLayout;
    right->addWidget(exclusivity);
    right->addWidget(usage);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(general, 1);
    layout->addLayout(right, 1);

    for (QComboBox *b : {m_language, m_template})
        connect(b, &QComboBox::currentIndexChanged, this, &ContractTermsForm::changed);
    for (QDateEdit *d : {m_end, m_exclusivityStart, m_exclusivityEnd, m_usageStart, m_usageEnd})
        connect(d, &QDateEdit::dateChanged, this, &ContractTermsForm::changed);
    for (QLineEdit *e :
         {m_category, m_competitors, m_revisions, m_paymentDays, m_noticeDays, m_turnaround, m_killFee, m_law})
        connect(e, &QLineEdit::textChanged, this, &ContractTermsForm::changed);
    connect(m_paidAds, &QCheckBox::toggled, this, &ContractTermsForm::changed);
}

void ContractTermsForm::load(const ContractTerms &t)
{
    const QSignalBlocker block(this);
    m_loaded = t;
    m_language->setCurrentIndex(m_language->findData(wordOf(t.language)));
    const int templateIndex =
        m_template->findData(t.templateName.isEmpty() ? QStringLiteral("standard") : t.templateName);
    m_template->setCurrentIndex(std::max(0, templateIndex));
    setOptionalDate(m_end, t.endDate);
    m_category->setText(t.exclusivityCategory);
    m_competitors->setText(listText(t.competitors));
    setOptionalDate(m_exclusivityStart, t.exclusivityStart);
    setOptionalDate(m_exclusivityEnd, t.exclusivityEnd);
    for (QCheckBox *box : std::as_const(m_channels))
        box->setChecked(t.usageChannels.contains(box->property("channel").toString()));
    m_paidAds->setChecked(t.paidAds);
    setOptionalDate(m_usageStart, t.usageStart);
    setOptionalDate(m_usageEnd, t.usageEnd);
    m_revisions->setText(countText(t.revisionRounds));
    m_paymentDays->setText(countText(t.paymentTermsDays));
    m_noticeDays->setText(countText(t.cancellationNoticeDays));
    m_turnaround->setText(countText(t.turnaroundDays));
    // With its currency, as money reads everywhere else ("197.50" left it to guess rupiah or dollars).
    m_killFee->setText(t.killFee ? t.killFee->format() : QString());
    m_law->setText(t.governingLaw);
}

Result<ContractTerms> ContractTermsForm::terms() const
{
    ContractTerms t = m_loaded;
    t.language =
        m_language->currentData().toString() == QLatin1String("id") ? ContractLanguage::Id : ContractLanguage::En;
    t.templateName = m_template->currentData().toString();
    t.endDate = optionalDate(m_end);
    t.exclusivityCategory = m_category->text().trimmed();
    t.competitors = listOf(m_competitors->text());
    t.exclusivityStart = optionalDate(m_exclusivityStart);
    t.exclusivityEnd = optionalDate(m_exclusivityEnd);
    t.usageChannels.clear();
    for (QCheckBox *box : m_channels)
        if (box->isChecked())
            t.usageChannels << box->property("channel").toString();
    t.paidAds = m_paidAds->isChecked();
    t.usageStart = optionalDate(m_usageStart);
    t.usageEnd = optionalDate(m_usageEnd);
    const std::pair<QLineEdit *, std::optional<qint64> *> counts[] = {{m_revisions, &t.revisionRounds},
                                                                      {m_paymentDays, &t.paymentTermsDays},
                                                                      {m_noticeDays, &t.cancellationNoticeDays},
                                                                      {m_turnaround, &t.turnaroundDays}};
    const QString names[] = {tr("revision rounds"), tr("payment days"), tr("notice days"), tr("revision turnaround")};
    for (int i = 0; i < 4; ++i) {
        auto n = optionalCount(counts[i].first, names[i]);
        if (!n)
            return fail(n.error());
        *counts[i].second = n.value();
    }
    t.killFee.reset();
    if (!m_killFee->text().trimmed().isEmpty()) {
        auto fee = Money::parseDisplay(m_killFee->text().trimmed(), m_currency);
        if (!fee)
            return fail(tr("kill fee: %1").arg(fee.error()));
        t.killFee = fee.value();
    }
    t.governingLaw = m_law->text().trimmed();
    if (Status s = ContractService::validate(t, m_currency); !s)
        return fail(s.error());
    return t;
}

void ContractTermsForm::setTemplates(const QStringList &templates)
{
    const QString current = m_template->currentData().toString();
    const QSignalBlocker block(m_template);
    m_template->clear();
    addTemplates(templates);
    m_template->setCurrentIndex(std::max(0, m_template->findData(current)));
}

// The built-in template by a name for people ("Standard"); the user's own by the names they gave.
void ContractTermsForm::addTemplates(const QStringList &templates)
{
    for (const QString &name : templates)
        m_template->addItem(name == QLatin1String("standard") ? tr("Standard") : name, name);
}

void ContractTermsForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w) ||
            qobject_cast<QCheckBox *>(w))
            w->setEnabled(!readOnly);
    // A hint in an empty field of a signed contract reads as its terms ("Teh Botol, Frestea" as the
    // competitors): hidden while the terms cannot change.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        const QVariant kept = edit->property("cdPlaceholder");
        if (readOnly && !edit->placeholderText().isEmpty()) {
            edit->setProperty("cdPlaceholder", edit->placeholderText());
            edit->setPlaceholderText(QString());
        } else if (!readOnly && kept.isValid()) {
            edit->setPlaceholderText(kept.toString());
            edit->setProperty("cdPlaceholder", QVariant());
        }
    }
}

} // namespace cd
