#include "ProfileForm.h"

#include "common/Countries.h"
#include "common/Names.h"
#include "main/FieldMessage.h"
#include "services/CreatorProfile.h"
#include "services/Validation.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>

namespace cd {

ProfileForm::ProfileForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_name = addLine(form, tr("&Name:"), "creatorNameLineEdit", &m_nameMessage);
    m_name->setPlaceholderText(tr("As the creator is known, e.g. Sari Wulandari"));
    m_niche = addLine(form, tr("N&iche:"), "creatorNicheLineEdit", nullptr);
    m_niche->setPlaceholderText(tr("Beauty, food, tech…"));
    m_country = addLine(form, tr("&Country:"), "creatorCountryLineEdit", &m_countryMessage);
    m_country->setPlaceholderText(tr("Indonesia, Malaysia… or a code: ID, MY"));
    // Countries are kept as codes: the form offers the names and shows the one a code stands for.
    auto *countries = new QCompleter(countryNames(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    countries->setCompletionMode(QCompleter::PopupCompletion);
    m_country->setCompleter(countries);
    m_manager = addLine(form, tr("&Manager:"), "creatorManagerLineEdit", &m_managerHint);
    m_manager->setPlaceholderText(tr("Pick a manager or type a new name"));
    // Any part of the name finds the manager ("lestari" finds Dewi Lestari), whatever its case.
    m_managerCompleter = new QCompleter(new QStringListModel(this), this);
    m_managerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_managerCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_managerCompleter->setFilterMode(Qt::MatchContains);
    m_manager->setCompleter(m_managerCompleter);
    m_managerHint->setObjectName(QStringLiteral("creatorManagerHintLabel"));
    // News, not a problem: in the hints' quiet colour rather than the messages' red.
    m_managerHint->setForegroundRole(QPalette::PlaceholderText);
    m_email = addLine(form, tr("&Email:"), "creatorEmailLineEdit", &m_emailMessage);
    m_phone = addLine(form, tr("&Phone:"), "creatorPhoneLineEdit", &m_phoneMessage);
    m_email->setPlaceholderText(tr("e.g. sari@example.com"));
    m_phone->setPlaceholderText(tr("e.g. +62 812 3456 7890"));
    m_tags = addLine(form, tr("&Tags:"), "creatorTagsLineEdit", nullptr);
    m_tags->setPlaceholderText(tr("Separated by commas: hijab, skincare, Jakarta"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("creatorNotesEdit"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
    m_archived = new QCheckBox(tr("&Archived: hidden from daily views, history kept"), this);
    m_archived->setObjectName(QStringLiteral("creatorArchivedCheckBox"));
    form->addRow(QString(), m_archived);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ProfileForm::changed);
    connect(m_archived, &QCheckBox::toggled, this, &ProfileForm::changed);
}

QLineEdit *ProfileForm::addLine(QFormLayout *form, const QString &label, const char *objectName, QLabel **message)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    if (message)
        *message = makeFieldMessage(this, edit);
    addFieldRow(form, label, edit, message ? *message : nullptr);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        check();
        emit changed();
    });
    return edit;
}

void ProfileForm::check()
{
    const Status name = checkName(cleanName(m_name->text()), tr("creator name"));
    showFieldMessage(m_nameMessage, m_name->text().isEmpty() ? tr("A creator needs a name.") : name.error());
    showFieldMessage(m_emailMessage, validation::email(m_email->text().trimmed()).error());
    showFieldMessage(m_phoneMessage, validation::phone(m_phone->text().trimmed()).error());
    showFieldMessage(m_countryMessage, countryCode(m_country->text())
                                           ? QString()
                                           : tr("No country is called that: type its name or its two-letter code."));
    updateManagerHint();
}

void ProfileForm::setManagerNames(const QStringList &names)
{
    static_cast<QStringListModel *>(m_managerCompleter->model())->setStringList(names);
    m_managerKeys.emplace();
    for (const QString &name : names)
        m_managerKeys->insert(nameKey(name));
    updateManagerHint();
}

void ProfileForm::updateManagerHint()
{
    // The service matches managers by name key, so "dewi  LESTARI" is Dewi Lestari, not someone new.
    const QString key = nameKey(m_manager->text());
    const bool isNew = m_managerKeys && !key.isEmpty() && !m_managerKeys->contains(key);
    m_managerHint->setText(isNew ? tr("New manager: will be added to Settings > Managers.") : QString());
    m_managerHint->setVisible(isNew);
}

QString ProfileForm::problem() const
{
    for (QLabel *message : {m_nameMessage, m_countryMessage, m_emailMessage, m_phoneMessage})
        if (!message->text().isEmpty())
            return message->text();
    return {};
}

void ProfileForm::setArchivable(bool archivable)
{
    m_archived->setVisible(archivable);
}

void ProfileForm::load(const CreatorProfile &profile)
{
    const CreatorInput &d = profile.details;
    m_name->setText(d.name);
    m_niche->setText(d.niche);
    m_country->setText(countryName(countryCode(d.country).value_or(d.country)));
    m_manager->setText(d.manager);
    m_email->setText(d.email);
    m_phone->setText(d.phone);
    m_tags->setText(d.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(d.notes);
    m_archived->setChecked(d.status == CreatorStatus::Archived);
    check();
}

void ProfileForm::store(CreatorProfile &profile) const
{
    CreatorInput &d = profile.details;
    d.name = m_name->text();
    d.niche = m_niche->text();
    d.country = m_country->text();
    d.manager = m_manager->text();
    d.email = m_email->text();
    d.phone = m_phone->text();
    d.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(',')))
        if (!tag.trimmed().isEmpty())
            d.tags << tag.trimmed();
    d.notes = m_notes->toPlainText();
    d.status = m_archived->isChecked() ? CreatorStatus::Archived : CreatorStatus::Active;
}

} // namespace cd
