#include "SettingsDialog.h"

#include "common/LocalSettings.h"
#include "main/FieldMessage.h"
#include "main/FormGuard.h"
#include "money/MoneySettings.h"

#include "ManagersForm.h"
#include "MoneySettingsForm.h"
#include "contracts/ContractText.h"
#include "main/PercentSpinBox.h"
#include "storage/Settings.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(minimum, maximum);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(true);
    return s;
}

int hundredths(const QDoubleSpinBox *s)
{
    return int(std::lround(s->value() * 100.0));
}
} // namespace

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent, MyCreators *myCreators)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Settings — %1").arg(workspace.displayName()));

    auto *tiers = new QGroupBox(tr("Tiers by followers (of a creator's largest platform)"), this);
    auto *tierForm = new QFormLayout(tiers);
    m_micro = spinBox(this, 1, 1'000'000'000);
    m_micro->setObjectName(QStringLiteral("microTierSpinBox"));
    m_macro = spinBox(this, 1, 1'000'000'000);
    m_mega = spinBox(this, 1, 1'000'000'000);
    tierForm->addRow(tr("Micro from:"), m_micro);
    tierForm->addRow(tr("Macro from:"), m_macro);
    tierForm->addRow(tr("Mega from:"), m_mega);

    auto *general = new QGroupBox(tr("Currency and dates"), this);
    auto *generalForm = new QFormLayout(general);
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("SGD"),
                          QStringLiteral("MYR"), QStringLiteral("PHP"), QStringLiteral("THB"), QStringLiteral("AUD")});
    m_expiringDays = spinBox(this, 1, 365, tr(" days"));
    m_basis = new QComboBox(this);
    m_basis->addItem(tr("followers at posting time"), QStringLiteral("followers"));
    m_basis->addItem(tr("reach"), QStringLiteral("reach"));
    m_basis->addItem(tr("impressions"), QStringLiteral("impressions"));
    generalForm->addRow(tr("Default currency for new campaigns:"), m_currency);
    generalForm->addRow(tr("Warn before usage rights end:"), m_expiringDays);
    generalForm->addRow(tr("Engagement rate shown by:"), m_basis);

    auto *baselines = new QGroupBox(tr("Engagement-rate baselines (normal range per platform)"), this);
    auto *grid = new QGridLayout(baselines);
    grid->addWidget(new QLabel(tr("From"), this), 0, 2);
    grid->addWidget(new QLabel(tr("To"), this), 0, 3);
    int row = 1;
    for (const QString &word : allWords<Platform>()) {
        const Platform p = *wordFrom<Platform>(word);
        BaselineRow r{new QCheckBox(platformDisplayName(p), this), new PercentSpinBox(2, this),
                      new PercentSpinBox(2, this)};
        r.low->setAccessibleName(tr("%1 baseline from").arg(platformDisplayName(p)));
        r.high->setAccessibleName(tr("%1 baseline to").arg(platformDisplayName(p)));
        connect(r.set, &QCheckBox::toggled, r.low, &QWidget::setEnabled);
        connect(r.set, &QCheckBox::toggled, r.high, &QWidget::setEnabled);
        grid->addWidget(r.set, row, 0, 1, 2);
        grid->addWidget(r.low, row, 2);
        grid->addWidget(r.high, row, 3);
        m_baselines.insert(p, r);
        ++row;
    }

    auto *warnings = new QGroupBox(tr("Authenticity warnings"), this);
    auto *warnForm = new QFormLayout(warnings);
    m_likesMin = spinBox(this, 1, 100'000'000, tr(" likes"));
    m_commentShareRatio = new PercentSpinBox(2, this);
    m_followerJump = new PercentSpinBox(2, this);
    m_followerJump->setRange(0.01, 1000.0);
    m_followerJumpDays = spinBox(this, 1, 365, tr(" days"));
    m_medianFactor = spinBox(this, 2, 100, QStringLiteral("×"));
    m_medianMin = spinBox(this, 2, 1000, tr(" creators"));
    warnForm->addRow(tr("Posts with at least:"), m_likesMin);
    warnForm->addRow(tr("…whose comments + shares are under:"), m_commentShareRatio);
    warnForm->addRow(tr("Followers up more than:"), m_followerJump);
    warnForm->addRow(tr("…between snapshots at most:"), m_followerJumpDays);
    warnForm->addRow(tr("Engagement this far off the tier's median:"), m_medianFactor);
    warnForm->addRow(tr("…when that median has at least:"), m_medianMin);

    auto *company = new QGroupBox(tr("Your company, on contracts and invoices"), this);
    auto *companyForm = new QFormLayout(company);
    m_partyName = new QLineEdit(this);
    m_partyName->setPlaceholderText(tr("legal name, e.g. PT Kreasi Nusantara Digital"));
    m_partyAddress = new QLineEdit(this);
    m_partySignatory = new QLineEdit(this);
    m_partySignatory->setPlaceholderText(tr("name and title, e.g. Dewi Lestari, Director"));
    m_partyTax = new QLineEdit(this);
    m_partyTax->setObjectName(QStringLiteral("partyTaxLineEdit"));
    m_partyTax->setPlaceholderText(tr("e.g. NPWP 0012 3456 7890 1000 (16 digits)"));
    m_turnaround = spinBox(this, 1, 60, tr(" days"));
    companyForm->addRow(tr("&Legal name:"), m_partyName);
    companyForm->addRow(tr("A&ddress:"), m_partyAddress);
    companyForm->addRow(tr("&Signs:"), m_partySignatory);
    m_partyTaxMessage = makeFieldMessage(this, m_partyTax);
    m_partyTaxMessage->setObjectName(QStringLiteral("partyTaxMessage"));
    addFieldRow(companyForm, tr("Ta&x number:"), m_partyTax, m_partyTaxMessage);
    companyForm->addRow(tr("Re&vision turnaround:"), m_turnaround);

    auto *app = new QGroupBox(tr("This computer"), this);
    auto *appForm = new QFormLayout(app);
    m_reopenLast = new QCheckBox(tr("&Reopen the last workspace at start"), this);
    m_reopenLast->setObjectName(QStringLiteral("reopenLastCheckBox"));
    m_reopenLast->setChecked(preferences::reopenLastWorkspace());
    m_toolbar = new QComboBox(this);
    m_toolbar->setObjectName(QStringLiteral("toolbarComboBox"));
    m_toolbar->addItem(tr("Icons and text"), int(Qt::ToolButtonTextBesideIcon));
    m_toolbar->addItem(tr("Icons only"), int(Qt::ToolButtonIconOnly));
    m_toolbar->addItem(tr("Hidden"), -1);
    m_toolbar->setCurrentIndex(std::max(0, m_toolbar->findData(preferences::toolbarStyle())));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language by its own name, as people look for it in a list.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences::languageCode())));
    auto *restart = new QLabel(tr("The new language is used from the next start of CollabDesk."), this);
    restart->setObjectName(QStringLiteral("languageRestartLabel"));
    restart->setWordWrap(true);
    restart->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, restart,
            [this, restart] { restart->setVisible(m_language->currentData() != preferences::languageCode()); });
    appForm->addRow(m_reopenLast);
    appForm->addRow(tr("&Language:"), m_language);
    appForm->addRow(QString(), restart);
    appForm->addRow(tr("&Toolbar:"), m_toolbar);
    // A read-only workspace keeps its defaults; this computer's preferences still save.
    for (QWidget *group :
         {static_cast<QWidget *>(tiers), static_cast<QWidget *>(general), static_cast<QWidget *>(company)})
        group->setEnabled(!workspace.isReadOnly());

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        setValues(WorkspaceDefaults());
        m_money->restoreDefaults();
    });

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(tiers);
    left->addWidget(general);
    left->addWidget(company);
    left->addWidget(app);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(baselines);
    right->addWidget(warnings);
    right->addStretch(); // the boxes keep their height; the column's spare room goes below them
    columns->addLayout(left);
    columns->addLayout(right);
    auto *generalPage = new QWidget(this);
    generalPage->setLayout(columns);
    m_money = new MoneySettingsForm(workspace, this);
    m_tabs = new QTabWidget(this);
    // Each tab scrolls when the screen is shorter than it (at 1366x768 the buttons were off screen).
    const auto scrolled = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    m_tabs->addTab(scrolled(generalPage), tr("&General"));
    m_tabs->addTab(scrolled(m_money), tr("&Money"));
    m_managers = new ManagersForm(workspace, myCreators, this);
    // "Mana&gers" would share G with "&General"; N is free on every tab.
    m_tabs->addTab(m_managers, tr("Ma&nagers"));
    // Restore Defaults puts back the General and Money settings; managers have no defaults, and on
    // their tab, whose changes are saved as they are made, the button read as undoing them.
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setToolTip(tr("Puts the General and Money settings back to their defaults; Save keeps them"));
    connect(m_tabs, &QTabWidget::currentChanged, defaults,
            [this, defaults] { defaults->setEnabled(m_tabs->currentWidget() != m_managers); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    QSqlDatabase db = workspace.db();
    setValues(settings::defaults(db));
    const OwnParty party = ownParty(db);
    m_partyName->setText(party.legalName);
    m_partyAddress->setText(party.address);
    m_partySignatory->setText(party.signatory);
    m_partyTax->setText(party.taxNumber);
    // An agency's brands withhold PPh 23 at double the rate without an NPWP: said as it is typed
    // (any text used to count as one; another country's number is fine on a brand's contracts).
    if (MoneySettings::read(db).isAgency()) {
        const auto checkNpwp = [this] {
            const QString text = m_partyTax->text().trimmed();
            showFieldMessage(m_partyTaxMessage,
                             text.isEmpty() || MoneySettings::isNpwp(text)
                                 ? QString()
                                 : tr("not an NPWP (16 digits): brands withhold PPh 23 from you at double the rate"));
        };
        connect(m_partyTax, &QLineEdit::textChanged, this, checkNpwp);
        checkNpwp();
    }
    // Each shows its beginning: set text leaves the cursor at its end, and a long address opened on
    // "ngka, Mampang Prapatan…".
    for (QLineEdit *field : {m_partyName, m_partyAddress, m_partySignatory, m_partyTax})
        field->setCursorPosition(0);
    m_turnaround->setValue(
        settings::value(db, QStringLiteral("contract.turnaround_days"), QStringLiteral("3")).toInt());
    FormGuard::attach(this);
    // As large as its pages ask, within the screen: the buttons stay in reach.
    const QSize wanted(std::max(generalPage->sizeHint().width(), m_money->sizeHint().width()) + 48,
                       std::max(generalPage->sizeHint().height(), m_money->sizeHint().height()) +
                           buttons->sizeHint().height() + 96);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(wanted.boundedTo(screen->availableGeometry().size() * 0.92));
}

void SettingsDialog::setValues(const WorkspaceDefaults &d)
{
    m_micro->setValue(int(d.tiers.micro));
    m_macro->setValue(int(d.tiers.macro));
    m_mega->setValue(int(d.tiers.mega));
    m_currency->setCurrentText(d.currency);
    m_expiringDays->setValue(d.rightsExpiringDays);
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(d.engagementBasis)));
    for (auto it = m_baselines.begin(); it != m_baselines.end(); ++it) {
        const EngagementBaseline b = d.baselines.value(it.key());
        it->set->setChecked(b.lowBp.has_value());
        it->low->setEnabled(b.lowBp.has_value());
        it->high->setEnabled(b.lowBp.has_value());
        it->low->setValue(b.lowBp.value_or(0) / 100.0);
        it->high->setValue(b.highBp.value_or(0) / 100.0);
    }
    m_likesMin->setValue(int(d.suspiciousLikesMin));
    m_commentShareRatio->setValue(d.commentShareRatioBp / 100.0);
    m_followerJump->setValue(d.followerJumpBp / 100.0);
    m_followerJumpDays->setValue(d.followerJumpDays);
    m_medianFactor->setValue(d.medianFactor);
    m_medianMin->setValue(d.medianMinCreators);
    m_problem->clear();
}

WorkspaceDefaults SettingsDialog::values() const
{
    WorkspaceDefaults d;
    d.tiers = {m_micro->value(), m_macro->value(), m_mega->value()};
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.rightsExpiringDays = m_expiringDays->value();
    d.engagementBasis = m_basis->currentData().toString();
    for (auto it = m_baselines.cbegin(); it != m_baselines.cend(); ++it)
        d.baselines[it.key()] =
            it->set->isChecked() ? EngagementBaseline{hundredths(it->low), hundredths(it->high)} : EngagementBaseline{};
    d.suspiciousLikesMin = m_likesMin->value();
    d.commentShareRatioBp = hundredths(m_commentShareRatio);
    d.followerJumpBp = hundredths(m_followerJump);
    d.followerJumpDays = m_followerJumpDays->value();
    d.medianFactor = m_medianFactor->value();
    d.medianMinCreators = m_medianMin->value();
    return d;
}

bool SettingsDialog::save()
{
    LocalSettings::set(QStringLiteral("app/reopenLast"), m_reopenLast->isChecked());
    LocalSettings::set(QStringLiteral("app/toolbar"), m_toolbar->currentData().toInt());
    LocalSettings::set(QStringLiteral("app/language"), m_language->currentData().toString());
    if (m_workspace.isReadOnly())
        return true;
    // A money field already refused as typed: nothing is written, so no half-saved settings.
    if (const QString money = m_money->typedProblem(); !money.isEmpty()) {
        m_tabs->setCurrentWidget(m_money);
        m_problem->setText(tr("Not saved: %1").arg(money));
        return false;
    }
    Status saved = settings::saveDefaults(m_workspace, values());
    if (saved)
        saved = setOwnParty(
            m_workspace, {m_partyName->text(), m_partyAddress->text(), m_partySignatory->text(), m_partyTax->text()});
    if (saved)
        saved = settings::setValue(m_workspace, QStringLiteral("contract.turnaround_days"),
                                   QString::number(m_turnaround->value()));
    if (!saved) {
        m_problem->setText(tr("Not saved: %1.").arg(saved.error()));
        return false;
    }
    if (!m_money->save()) {
        m_tabs->setCurrentWidget(m_money);
        m_problem->setText(tr("Not saved: %1").arg(m_money->problem()));
        return false;
    }
    m_problem->clear();
    return true;
}

namespace preferences {
bool reopenLastWorkspace()
{
    return LocalSettings::value(QStringLiteral("app/reopenLast"), true).toBool();
}

int toolbarStyle()
{
    return LocalSettings::value(QStringLiteral("app/toolbar"), int(Qt::ToolButtonTextBesideIcon)).toInt();
}
QString languageCode()
{
    const QString code = LocalSettings::value(QStringLiteral("app/language")).toString();
    return code == QLatin1String("en") || code == QLatin1String("id") ? code : QStringLiteral("system");
}
} // namespace preferences

QString SettingsDialog::problemText() const
{
    return m_problem->text();
}

} // namespace cd
