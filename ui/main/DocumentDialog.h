#pragma once

#include "common/Words.h"

#include <QDialog>

class QComboBox;
class QFormLayout;

namespace cd {

// The small dialog before a document is saved (a brief, report, media kit or statement): the
// fields the document asks for, its language (the app's by default, the combo focused so arrow
// keys pick and Enter goes on), a note on what it holds, and "Save PDF…".
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentDialog(const QString &title, const QString &note, QWidget *parent = nullptr);

    // Adds a field above the language.
    void addField(const QString &label, QWidget *field);

    ContractLanguage language() const;
    void setLanguage(ContractLanguage language);

private:
    QFormLayout *m_form;
    QComboBox *m_language;
    int m_fields = 0;
};

} // namespace cd
