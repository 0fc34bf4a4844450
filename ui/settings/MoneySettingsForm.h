#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

struct SettingKey;
class Workspace;

// Settings > Money: the workspace's money settings (core/storage/SettingKeys.h): who pays whom,
// payment terms, the agency's fee, VAT, withholding rates, the bank account and invoice numbers.
// The company's name, address and NPWP are the contracts' company fields, edited beside this form.
// Nothing is written until save(); a refused value is explained beside its field.
class MoneySettingsForm : public QWidget
{
    Q_OBJECT
public:
    MoneySettingsForm(Workspace &workspace, QWidget *parent = nullptr);

    // Shows what the workspace holds.
    void load();
    // The built-in rates and days (perspective, bank account and invoice pattern stay).
    void restoreDefaults();
    // Writes what changed through settings::setByName; false when a value is refused (the reason
    // shows beside its field and in problem()).
    bool save();
    QString problem() const { return m_problem; }
    // What already stops a save, as said beside its field (a pattern without {NNNN}); '' when none.
    QString typedProblem() const;

    QComboBox *perspectiveBox() const { return m_perspective; }
    QDoubleSpinBox *agencyRateBox() const { return m_agencyRate; }
    QSpinBox *paymentTermsBox() const { return m_terms; }
    QLineEdit *invoicePatternEdit() const { return m_pattern; }
    QLabel *invoiceExample() const { return m_example; }

private:
    struct Field
    {
        const SettingKey *key = nullptr;
        QWidget *widget = nullptr;
        QLabel *message = nullptr;
        QString loaded; // the text as loaded, so only changed values are written
    };
    QString textOf(const Field &field) const;
    void setText(Field &field, const QString &text);
    Field &add(const char *name, QWidget *widget);
    void updateState();

    Workspace &m_workspace;
    QList<Field> m_fields;
    QComboBox *m_perspective;
    QSpinBox *m_terms, *m_payout;
    QDoubleSpinBox *m_agencyRate, *m_vatRate, *m_pph21Base, *m_pph23, *m_pph26;
    QCheckBox *m_vatRegistered;
    QLineEdit *m_bank, *m_pattern;
    QLabel *m_example;
    QWidget *m_agencyGroup;
    QLabel *m_agencyOnly = nullptr; // why the agency group is greyed out
    QString m_problem;
};

} // namespace cd
