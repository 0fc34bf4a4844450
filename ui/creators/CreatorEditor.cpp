#include "CreatorEditor.h"

#include "AccountsForm.h"
#include "AudienceForm.h"
#include "ProfileForm.h"
#include "RateCardForm.h"
#include "VettingForm.h"
#include "commands/EditHistory.h"
#include "main/FieldMessage.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

CreatorEditor::CreatorEditor(EditHistory &history, qint64 id, const CreatorProfile &initial, QWidget *parent)
    : QDialog(parent), m_history(history), m_id(id), m_initial(initial)
{
    setObjectName(QStringLiteral("creatorEditor"));
    setWindowTitle(id ? tr("Creator — %1").arg(initial.details.name) : tr("New Creator"));
    QSqlDatabase db = history.workspace().db();
    m_tabs = new QTabWidget(this);
    m_profile = new ProfileForm(this);
    m_accounts = new AccountsForm(this);
    m_rates = new RateCardForm(
        settings::defaultCurrency(db), settings::tierThresholds(db),
        [this](Platform p) { return m_accounts->followers(p); }, this);
    m_audience = new AudienceForm(this);
    m_vetting = new VettingForm(this);
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_accounts, tr("&Accounts"));
    m_tabs->addTab(m_rates, tr("&Rates"));
    m_tabs->addTab(m_audience, tr("A&udience"));
    m_tabs->addTab(m_vetting, tr("&Vetting"));
    if (id)
        m_tabs->addTab(campaignsTab(), tr("Ca&mpaigns"));

    m_profile->load(initial);
    m_accounts->load(initial.accounts);
    m_rates->load(initial.rates);
    m_audience->load(initial);
    m_vetting->load(initial.vetting);

    auto *layout = new QVBoxLayout(this);
    if (id)
        layout->addWidget(makeSummary(initial, settings::tierThresholds(db)));
    m_problem = makeFieldMessage(this);
    m_problem->setObjectName(QStringLiteral("creatorProblemLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreatorEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreatorEditor::reject);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // Checks that read the store wait for a pause in typing.
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(150);
    connect(m_check, &QTimer::timeout, this, &CreatorEditor::revalidate);
    for (auto *form : std::initializer_list<QObject *>{m_profile, m_accounts, m_rates, m_audience, m_vetting})
        connect(form, SIGNAL(changed()), m_check, SLOT(start()));
    connect(m_accounts, &AccountsForm::changed, m_rates, &RateCardForm::updateEstimates);
    revalidate();
    m_profile->nameField()->setFocus();
    resize(820, 600);
}

QLabel *CreatorEditor::makeSummary(const CreatorProfile &profile, const TierThresholds &thresholds)
{
    // Who this is at a glance: tier, each platform's audience and the vetting score.
    QStringList facts;
    qint64 largest = -1;
    for (const AccountEdit &a : profile.accounts) {
        if (a.latestFollowers)
            largest = std::max(largest, *a.latestFollowers);
        facts << (a.latestFollowers
                      ? tr("%1 %2").arg(platformDisplayName(a.platform), QLocale().toString(*a.latestFollowers))
                      : platformDisplayName(a.platform));
    }
    if (largest >= 0)
        facts.prepend(tierDisplayName(tierFor(largest, thresholds)));
    if (!profile.details.niche.isEmpty())
        facts << profile.details.niche;
    facts << tr("vetting %1").arg(m_vetting->scoreText());
    auto *label =
        new QLabel(QStringLiteral("<span style='font-size:large'><b>%1</b></span><br>%2")
                       .arg(profile.details.name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()),
                   this);
    label->setObjectName(QStringLiteral("creatorSummaryLabel"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget *CreatorEditor::campaignsTab()
{
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("creatorCampaignsTable"));
    table->setAccessibleName(tr("Campaigns with this creator"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const QStringList headers = {tr("Campaign"),       tr("Brand"), tr("Campaign status"),  tr("Dates"),
                                 tr("Creator status"), tr("Fee"),   tr("Deliverables done")};
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    auto campaigns = CreatorProfileService(m_history.workspace()).campaigns(m_id);
    const QList<CreatorCampaign> list = campaigns ? campaigns.value() : QList<CreatorCampaign>();
    table->setRowCount(int(list.size()));
    const QLocale locale;
    for (int r = 0; r < list.size(); ++r) {
        const CreatorCampaign &c = list[r];
        const QString dates = c.end.isValid() ? tr("%1 – %2").arg(locale.toString(c.start, QLocale::ShortFormat),
                                                                  locale.toString(c.end, QLocale::ShortFormat))
                                              : tr("from %1").arg(locale.toString(c.start, QLocale::ShortFormat));
        const QStringList cells = {c.campaign,
                                   c.brand,
                                   wordOf(c.status),
                                   dates,
                                   wordOf(c.participation),
                                   c.fee ? c.fee->format() : QString(),
                                   tr("%1 of %2").arg(c.deliverablesDone).arg(c.deliverables)};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    table->resizeColumnsToContents();
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        campaigns ? (list.isEmpty() ? tr("Not in any campaign yet.") : tr("Past and current campaigns, newest first."))
                  : campaigns.error(),
        page);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    return page;
}

CreatorProfile CreatorEditor::collect() const
{
    CreatorProfile p = m_initial;
    m_profile->store(p);
    m_accounts->store(p);
    m_rates->store(p);
    m_audience->store(p);
    m_vetting->store(p);
    return p;
}

void CreatorEditor::revalidate()
{
    QString problem;
    const QList<std::pair<QWidget *, QString>> local = {{m_profile, m_profile->problem()},
                                                        {m_accounts, m_accounts->problem()},
                                                        {m_rates, m_rates->problem()},
                                                        {m_audience, m_audience->problem()}};
    for (const auto &[tab, message] : local)
        if (problem.isEmpty() && !message.isEmpty())
            problem = tr("%1: %2").arg(m_tabs->tabText(m_tabs->indexOf(tab)).remove(QLatin1Char('&')), message);
    if (problem.isEmpty())
        problem = CreatorProfileService(m_history.workspace()).validate(m_id, collect()).error();
    if (m_history.workspace().isReadOnly())
        problem = tr("the workspace is open read-only; nothing can be saved");
    showFieldMessage(m_problem, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

QString CreatorEditor::problem() const
{
    return m_problem->text();
}

void CreatorEditor::accept()
{
    m_check->stop();
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const CreatorProfile profile = collect();
    const QString text = m_id ? tr("Edit %1").arg(profile.details.name.simplified())
                              : tr("Add %1").arg(profile.details.name.simplified());
    CreatorProfileService profiles(m_history.workspace());
    auto saved = m_history.edit(RecordImage::Kind::Creator, m_id, text,
                                [&](Transaction &tx) { return profiles.save(tx, m_id, profile); });
    if (!saved) {
        showFieldMessage(m_problem, tr("not saved: %1").arg(saved.error()));
        return;
    }
    m_id = saved.value();
    QDialog::accept();
}

} // namespace cd
