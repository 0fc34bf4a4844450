#include "CreatorEditor.h"

#include "AccountsForm.h"
#include "AudienceForm.h"
#include "CreatorsPage.h"
#include "MoneyTab.h"
#include "ProfileForm.h"
#include "RateCardForm.h"
#include "VettingForm.h"
#include "analytics/Series.h"
#include "charts/FollowersChart.h"
#include "charts/PostRateChart.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "desk/FollowupsPanel.h"
#include "desk/Managers.h"
#include "main/ColumnFit.h"
#include "main/StatusChip.h"
#include "money/MoneySettings.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceDefaults.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

CreatorEditor::CreatorEditor(EditHistory &history, qint64 id, const CreatorProfile &initial, QWidget *parent)
    : RecordEditor(history, id, RecordImage::Kind::Creator, parent), m_initial(initial)
{
    setObjectName(QStringLiteral("creatorEditor"));
    setWindowTitle(id ? tr("Creator — %1").arg(initial.details.name) : tr("New Creator"));
    QSqlDatabase db = workspace().db();
    m_tabs = new QTabWidget(this);
    m_profile = new ProfileForm(this);
    if (auto managers = ManagerService::list(db)) {
        QStringList names;
        for (const Manager &m : managers.value())
            names << m.name;
        m_profile->setManagerNames(names);
    }
    m_accounts = new AccountsForm(this);
    m_rates = new RateCardForm(
        settings::defaultCurrency(db), settings::tierThresholds(db),
        [this](Platform p) { return m_accounts->followers(p); }, this);
    m_audience = new AudienceForm(this);
    m_vetting = new VettingForm(MoneySettings::read(db).isAgency(), this);
    m_money = new MoneyTab(workspace(), id, this);
    m_money->setObjectName(QStringLiteral("creatorMoneyTab"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(m_accounts, tr("&Accounts"));
    m_tabs->addTab(m_rates, tr("&Rates"));
    m_tabs->addTab(m_audience, tr("A&udience"));
    m_tabs->addTab(m_vetting, tr("&Vetting"));
    m_tabs->addTab(m_money, tr("Mone&y"));
    if (id)
        m_tabs->addTab(campaignsTab(), tr("Ca&mpaigns"));
    m_tabs->addTab(followupsTab(id, initial.details.name), tr("&Follow-ups"));
    if (m_followups) {
        // The open count in the tab's title says there is something to do without opening it.
        const auto title = [this](int open) {
            m_tabs->setTabText(m_tabs->indexOf(m_followups),
                               open > 0 ? tr("&Follow-ups (%1)").arg(open) : tr("&Follow-ups"));
        };
        title(m_followups->openCount());
        connect(m_followups, &FollowupsPanel::openCountChanged, this, title);
    }
    if (id) {
        // A year of each platform's followers, from the snapshots up to today.
        m_followers = new FollowersChart(this);
        if (auto series = followerSeries(db, id, Clock::today().addDays(-365), Clock::today()))
            m_followers->setSeries(series.value());
        m_postRates = new PostRateChart(this);
        if (auto rates = postRates(db, id, Clock::today().addDays(-365), Clock::today()))
            m_postRates->setRates(rates.value(), settings::defaults(db).baselines);
        auto *growth = new QWidget(this);
        auto *charts = new QVBoxLayout(growth);
        charts->addWidget(m_followers, 1);
        charts->addWidget(m_postRates, 1);
        m_tabs->addTab(growth, tr("&Growth"));
    }

    m_profile->load(initial);
    // Archiving is for a creator one has worked with: a new one is active.
    m_profile->setArchivable(recordId() != 0);
    m_accounts->load(initial.accounts);
    m_rates->load(initial.rates);
    m_audience->load(initial);
    m_vetting->load(initial.vetting);
    m_money->load(initial);

    auto *layout = new QVBoxLayout(this);
    if (id) {
        auto *top = new QHBoxLayout;
        top->addWidget(makeSummary(initial, settings::tierThresholds(db)), 1);
        // The creator's document for brands, beside who they are; it reads what is saved.
        auto *mediaKit = new QPushButton(tr("Media &Kit as PDF…"), this);
        mediaKit->setObjectName(QStringLiteral("mediaKitButton"));
        mediaKit->setToolTip(tr("A one-page media kit for brands from what is saved: platforms, engagement, growth, "
                                "audience, latest collaborations and rate card"));
        connect(mediaKit, &QPushButton::clicked, this,
                [this, id, name = initial.details.name] { CreatorsPage::askForMediaKit(this, workspace(), id, name); });
        top->addWidget(mediaKit, 0, Qt::AlignTop);
        layout->addLayout(top);
    }
    layout->addWidget(m_tabs, 1);
    finishLayout(layout);
    connect(m_profile, &ProfileForm::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_accounts, &AccountsForm::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_rates, &RateCardForm::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_audience, &AudienceForm::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_vetting, &VettingForm::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_money, &MoneyTab::changed, this, &CreatorEditor::scheduleCheck);
    connect(m_accounts, &AccountsForm::changed, m_rates, &RateCardForm::updateEstimates);
    m_profile->nameField()->setFocus();
    // Wide enough at 1366 px for the Money and Campaigns tabs' names (at 900 they were cut).
    resize(1040, 660);
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
    label->setToolTip(tr("The tier of their largest account, each platform's followers, their niche and the "
                         "vetting score"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget *CreatorEditor::campaignsTab()
{
    constexpr int StatusWordRole = Qt::UserRole + 1; // the stored word, for the chip's colour
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("creatorCampaignsTable"));
    table->setAccessibleName(tr("Campaigns with this creator"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false); // the names take what is left (fitColumnsToWidth)
    // One line a row, names elided with the whole name on hover: wrapped, they were squeezed into
    // two lines of a row's height at 1366 px.
    table->setWordWrap(false);
    const QStringList headers = {tr("Campaign"), tr("Brand"), tr("Campaign status"), tr("Dates"), tr("Creator status"),
                                 tr("Fee"),      tr("Done")};
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeaderItem(6)->setToolTip(tr("Deliverables done, of all the creator has in the campaign"));
    auto campaigns = CreatorProfileService(workspace()).campaigns(recordId());
    const QList<CreatorCampaign> list = campaigns ? campaigns.value() : QList<CreatorCampaign>();
    table->setRowCount(int(list.size()));
    const QLocale locale;
    for (int r = 0; r < list.size(); ++r) {
        const CreatorCampaign &c = list[r];
        const QString dates = c.end.isValid() ? tr("%1 – %2").arg(displayDate(c.start), displayDate(c.end))
                                              : tr("from %1").arg(displayDate(c.start));
        // Statuses as every list shows them: a chip with the label in the app's language (the stored
        // word showed here, in English in either language).
        const QStringList cells = {c.campaign,
                                   c.brand,
                                   wordLabel(c.status),
                                   dates,
                                   wordLabel(c.participation),
                                   c.fee ? c.fee->format() : QString(),
                                   tr("%1 of %2").arg(c.deliverablesDone).arg(c.deliverables)};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(r, col, new QTableWidgetItem(cells[col]));
        for (const int col : {0, 1})
            table->item(r, col)->setToolTip(cells[col]);
        table->item(r, 6)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->item(r, 2)->setData(StatusWordRole, wordOf(c.status));
        table->item(r, 4)->setData(StatusWordRole, wordOf(c.participation));
        table->item(r, 5)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const int column : {2, 4})
        table->setItemDelegateForColumn(column, new StatusChipDelegate(StatusWordRole, table));
    table->resizeColumnsToContents();
    for (const int column : {2, 4})
        table->setColumnWidth(column, table->columnWidth(column) + StatusChipDelegate::ExtraWidth);
    // The names give up width before the figures do: the last column was off to the right.
    fitColumnsToWidth(table, {0, 1});
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

QWidget *CreatorEditor::followupsTab(qint64 id, const QString &name)
{
    if (!id) {
        // A follow-up needs a stored creator to belong to.
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        auto *hint = new QLabel(tr("Save the creator first to add follow-ups."), page);
        hint->setObjectName(QStringLiteral("creatorFollowupsHint"));
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
        layout->addStretch();
        return page;
    }
    m_followups = new FollowupsPanel(&history(), FollowupAbout::Creator, this);
    m_followups->setRecord(id, name);
    return m_followups;
}

CreatorProfile CreatorEditor::collect() const
{
    CreatorProfile p = m_initial;
    m_profile->store(p);
    m_accounts->store(p);
    m_rates->store(p);
    m_audience->store(p);
    m_vetting->store(p);
    m_money->store(p);
    return p;
}

QString CreatorEditor::findProblem()
{
    const QList<std::pair<QWidget *, QString>> local = {{m_profile, m_profile->problem()},
                                                        {m_accounts, m_accounts->problem()},
                                                        {m_rates, m_rates->problem()},
                                                        {m_audience, m_audience->problem()},
                                                        {m_money, m_money->problem()}};
    for (const auto &[tab, message] : local)
        if (!message.isEmpty())
            return tr("%1: %2").arg(m_tabs->tabText(m_tabs->indexOf(tab)).remove(QLatin1Char('&')), message);
    return CreatorProfileService(workspace()).validate(recordId(), collect()).error();
}

QString CreatorEditor::typedName() const
{
    return m_profile->nameField()->text();
}

Result<qint64> CreatorEditor::write(Transaction &tx)
{
    return CreatorProfileService(workspace()).save(tx, recordId(), collect());
}

} // namespace cd
