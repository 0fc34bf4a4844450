#include "DocumentDialog.h"

#include "DocumentLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace cd {

DocumentDialog::DocumentDialog(const QString &title, const QString &note, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout(this)), m_language(new QComboBox(this))
{
    setWindowTitle(title);
    m_language->setObjectName(QStringLiteral("documentLanguageComboBox"));
    m_language->addItem(tr("English"), int(ContractLanguage::En));
    m_language->addItem(tr("Bahasa Indonesia"), int(ContractLanguage::Id));
    setLanguage(defaultDocumentLanguage());
    m_language->setFocus();
    m_form->addRow(tr("&Language:"), m_language);
    auto *text = new QLabel(note, this);
    text->setWordWrap(true);
    m_form->addRow(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentDialog::reject);
    m_form->addRow(buttons);
}

void DocumentDialog::addField(const QString &label, QWidget *field)
{
    m_form->insertRow(m_fields++, label, field);
    if (m_fields == 1)
        field->setFocus(); // the first thing asked is the first thing typed
}

ContractLanguage DocumentDialog::language() const
{
    return ContractLanguage(m_language->currentData().toInt());
}

void DocumentDialog::setLanguage(ContractLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

} // namespace cd
