#pragma once

#include "storage/WorkspaceDefaults.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class QTabWidget;

namespace cd {

class ManagersForm;
class MoneySettingsForm;
class MyCreators;
class Workspace;

// Edit > Settings: the workspace's editable defaults of domain.md (tiers, currency, usage-rights
// warning, engagement baselines, authenticity warnings, the engagement-rate basis shown) and, on
// the Money tab, who pays whom, terms, fees and tax rates.
// Nothing is written until Save, and a refused value is explained without losing the input; the
// Managers tab is the exception (its changes are records, written as they are made).
// App preferences kept per user (QSettings), not in the workspace.
namespace preferences {
bool reopenLastWorkspace();
// Qt::ToolButtonStyle of the main toolbar, or -1 to hide it.
int toolbarStyle();
// The language the app starts in: "system", "en" or "id" (Translations.h reads it).
QString languageCode();
} // namespace preferences

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `myCreators`: this window's "me" and "My creators" switch; without it the Managers tab does
    // not offer the "Me" choice.
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr, MyCreators *myCreators = nullptr);

    WorkspaceDefaults values() const;
    void setValues(const WorkspaceDefaults &defaults);
    // Validates and writes; on a refusal the reason shows in the dialog and false is returned.
    bool save();
    QString problemText() const;

    QSpinBox *microTierSpinBox() const { return m_micro; }
    QLineEdit *companyNameEdit() const { return m_partyName; }
    MoneySettingsForm *moneyForm() const { return m_money; }
    ManagersForm *managersForm() const { return m_managers; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    struct BaselineRow
    {
        QCheckBox *set = nullptr;
        QDoubleSpinBox *low = nullptr;
        QDoubleSpinBox *high = nullptr;
    };

    Workspace &m_workspace;
    QSpinBox *m_micro = nullptr, *m_macro = nullptr, *m_mega = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_expiringDays = nullptr;
    QMap<Platform, BaselineRow> m_baselines;
    QSpinBox *m_likesMin = nullptr;
    QDoubleSpinBox *m_commentShareRatio = nullptr;
    QDoubleSpinBox *m_followerJump = nullptr;
    QSpinBox *m_followerJumpDays = nullptr;
    QSpinBox *m_medianFactor = nullptr;
    QSpinBox *m_medianMin = nullptr;
    QComboBox *m_basis = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_reopenLast = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_toolbar = nullptr;
    // The company on contracts (the user's agency or brand) and its revision turnaround.
    QLineEdit *m_partyName = nullptr, *m_partyAddress = nullptr, *m_partySignatory = nullptr, *m_partyTax = nullptr;
    QSpinBox *m_turnaround = nullptr;
    QLabel *m_partyTaxMessage = nullptr; // in an agency, a tax number that is no NPWP doubles PPh 23
    MoneySettingsForm *m_money = nullptr;
    ManagersForm *m_managers = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace cd
