#pragma once

#include "contracts/ContractService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cd {

// The structured terms of a contract version: language and template, dates, exclusivity, usage
// rights, revisions, payment, cancellation and law. Reads and writes ContractTerms; says what is
// wrong with what was typed.
class ContractTermsForm : public QWidget
{
    Q_OBJECT
public:
    ContractTermsForm(const QStringList &templates, const QString &currency, QWidget *parent = nullptr);

    void load(const ContractTerms &terms);
    // The typed terms (body and template name as loaded); an error names the field.
    Result<ContractTerms> terms() const;
    void setReadOnly(bool readOnly);
    // The templates offered (after one was imported).
    void setTemplates(const QStringList &templates);

    QLineEdit *killFeeEdit() const { return m_killFee; }
    QLineEdit *categoryEdit() const { return m_category; }
    QLineEdit *competitorsEdit() const { return m_competitors; }
    QDateEdit *exclusivityStartEdit() const { return m_exclusivityStart; }
    QDateEdit *exclusivityEndEdit() const { return m_exclusivityEnd; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *templateBox() const { return m_template; }

signals:
    void changed();

private:
    void addTemplates(const QStringList &templates);

    QString m_currency;
    ContractTerms m_loaded;
    QComboBox *m_language, *m_template;
    QDateEdit *m_end, *m_exclusivityStart, *m_exclusivityEnd, *m_usageStart, *m_usageEnd;
    QLineEdit *m_category, *m_competitors, *m_revisions, *m_paymentDays, *m_noticeDays, *m_turnaround, *m_killFee,
        *m_law;
    QList<QCheckBox *> m_channels;
    QCheckBox *m_paidAds;
};

} // namespace cd
