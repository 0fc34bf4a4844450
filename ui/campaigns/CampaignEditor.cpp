#include "CampaignEditor.h"

#include "main/FieldMessage.h"

#include "analytics/CampaignKpis.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "main/FormFields.h"
#include "main/OptionalDateEdit.h"
#include "services/Lookup.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
QString goalName(CampaignGoal goal)
{
    switch (goal) {
    case CampaignGoal::Awareness:
        return CampaignEditor::tr("Awareness");
    case CampaignGoal::FollowerGrowth:
        return CampaignEditor::tr("Follower growth");
    case CampaignGoal::Engagement:
        return CampaignEditor::tr("Engagement");
    case CampaignGoal::Traffic:
        return CampaignEditor::tr("Traffic");
    case CampaignGoal::Sales:
        return CampaignEditor::tr("Sales");
    }
    return {};
}

QString statusName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return CampaignEditor::tr("Draft");
    case CampaignStatus::Planned:
        return CampaignEditor::tr("Planned");
    case CampaignStatus::Active:
        return CampaignEditor::tr("Active");
    case CampaignStatus::Completed:
        return CampaignEditor::tr("Completed");
    case CampaignStatus::Cancelled:
        return CampaignEditor::tr("Cancelled");
    }
    return {};
}

// "so far 11 (110%)" from the campaign's figures as of today.
QString progressText(const CampaignKpis &k, const QString &kpi)
{
    const PostTotals &t = k.totals;
    QString achieved;
    if (kpi == QLatin1String("posts"))
        achieved = QLocale().toString(t.posts);
    else if (kpi == QLatin1String("views"))
        achieved = QLocale().toString(t.views);
    else if (kpi == QLatin1String("engagement_rate"))
        achieved = t.rateByFollowers() ? QStringLiteral("%1%").arg(QLocale().toString(*t.rateByFollowers(), 'f', 2))
                                       : CampaignEditor::tr("—");
    else if (kpi == QLatin1String("new_followers"))
        achieved = QLocale().toString(k.growth.after - k.growth.before);
    else if (kpi == QLatin1String("link_clicks"))
        achieved = QLocale().toString(t.linkClicks);
    else
        achieved = Money(t.revenueMinor, k.currency).format();
    for (const KpiProgress &p : k.progress)
        if (p.kpi == kpi && p.percent())
            return CampaignEditor::tr("so far %1 (%2% of the target)")
                .arg(achieved, QLocale().toString(*p.percent(), 'f', 0));
    return CampaignEditor::tr("so far %1").arg(achieved);
}

QStringList splitTags(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
}

QLineEdit *line(QWidget *parent, const QString &text, const QString &placeholder, const char *objectName)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}
} // namespace

CampaignEditor::CampaignEditor(EditHistory &history, qint64 id, const CampaignInput &initial, QWidget *parent)
    : RecordEditor(history, id, RecordImage::Kind::Campaign, parent), m_initial(initial)
{
    setObjectName(QStringLiteral("campaignEditor"));
    setWindowTitle(id ? tr("Campaign — %1").arg(initial.name) : tr("New Campaign"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(overviewTab(initial), tr("&Overview"));
    m_tabs->addTab(briefTab(initial), tr("&Brief"));
    m_tabs->addTab(targetsTab(initial), tr("&KPI Targets"));
    for (OptionalDateEdit *date : {m_start, m_end, m_windowStart})
        connect(date, &QDateEdit::dateChanged, this, &CampaignEditor::suggestDates);
    suggestDates();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    finishLayout(layout);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &CampaignEditor::scheduleCheck);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentTextChanged, this, &CampaignEditor::scheduleCheck);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, &CampaignEditor::scheduleCheck);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &CampaignEditor::scheduleCheck);
    connect(m_duration, &QSpinBox::valueChanged, this, &CampaignEditor::scheduleCheck);
    m_name->setFocus();
    resize(720, 560);
}

void CampaignEditor::suggestDates()
{
    // An empty end or posting window starts from the campaign's start when typed or picked; the
    // window's end from the window's start, else the campaign's end.
    const QDate start = optionalDate(m_start);
    m_end->setSuggestedDate(start);
    m_windowStart->setSuggestedDate(start);
    const QDate from = optionalDate(m_windowStart);
    m_windowEnd->setSuggestedDate(from.isValid() ? from : optionalDate(m_end));
}

QWidget *CampaignEditor::overviewTab(const CampaignInput &in)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = line(page, in.name, tr("e.g. Ramadan Refresh 2027"), "campaignNameLineEdit");
    form->addRow(tr("&Name:"), m_name);
    m_brand = new QComboBox(page);
    m_brand->setObjectName(QStringLiteral("campaignBrandComboBox"));
    QSqlDatabase db = workspace().db();
    m_brand->addItems(lookup::allNames(db, "brands"));
    // A new campaign's brand is chosen, not the first by name (a campaign saved under the wrong
    // brand went unnoticed); with one brand there is nothing to choose.
    m_brand->setPlaceholderText(tr("Choose the brand…"));
    m_brand->setCurrentIndex(in.brand.isEmpty() && m_brand->count() != 1 ? -1 : 0);
    if (!in.brand.isEmpty())
        m_brand->setCurrentText(in.brand);
    form->addRow(tr("B&rand:"), m_brand);
    m_goal = new QComboBox(page);
    m_goal->addItem(tr("—"), QString());
    for (const QString &word : allWords<CampaignGoal>())
        m_goal->addItem(goalName(*wordFrom<CampaignGoal>(word)), word);
    m_goal->setCurrentIndex(in.goal ? m_goal->findData(wordOf(*in.goal)) : 0);
    form->addRow(tr("&Goal:"), m_goal);
    m_status = new QComboBox(page);
    for (const QString &word : allWords<CampaignStatus>())
        m_status->addItem(statusName(*wordFrom<CampaignStatus>(word)), word);
    m_status->setCurrentIndex(m_status->findData(wordOf(in.status)));
    form->addRow(tr("&Status:"), m_status);
    m_start = makeOptionalDate(page, tr("Start date"));
    setOptionalDate(m_start, in.start.isValid() ? in.start : Clock::today());
    m_end = makeOptionalDate(page, tr("End date"));
    setOptionalDate(m_end, in.end);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), page));
    dates->addWidget(m_end);
    dates->addStretch();
    auto *datesLabel = new QLabel(tr("&Dates:"), page);
    labelField(datesLabel, m_start); // a row of several fields needs its label's buddy set by hand
    form->addRow(datesLabel, dates);
    m_currency = new QComboBox(page);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("IDR"), QStringLiteral("USD"), QStringLiteral("SGD"), QStringLiteral("MYR"),
                          QStringLiteral("EUR")});
    m_currency->setCurrentText(in.currency.isEmpty() ? settings::defaultCurrency(db) : in.currency);
    m_budget = line(page, in.budget ? in.budget->format() : QString(), tr("e.g. 50.000.000"), "campaignBudgetLineEdit");
    auto *money = new QHBoxLayout;
    money->addWidget(m_budget, 1);
    money->addWidget(m_currency);
    auto *budgetLabel = new QLabel(tr("B&udget:"), page);
    labelField(budgetLabel, m_budget);
    form->addRow(budgetLabel, money);
    auto *platforms = new QHBoxLayout;
    for (const QString &word : allWords<Platform>()) {
        const Platform p = *wordFrom<Platform>(word);
        auto *box = new QCheckBox(platformDisplayName(p), page);
        box->setChecked(in.platforms.contains(p));
        m_platforms.insert(p, box);
        platforms->addWidget(box);
    }
    platforms->addStretch();
    form->addRow(tr("Platforms:"), platforms);
    m_notes = new QPlainTextEdit(in.notes, page);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("No&tes:"), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CampaignEditor::scheduleCheck);
    return page;
}

QWidget *CampaignEditor::briefTab(const CampaignInput &in)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_contentType = line(page, in.contentType, tr("Product review, unboxing, tutorial…"), "campaignContentLineEdit");
    form->addRow(tr("&Content:"), m_contentType);
    m_duration = new QSpinBox(page);
    m_duration->setRange(0, 24 * 3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("any length"));
    m_duration->setValue(in.durationSeconds.value_or(0));
    form->addRow(tr("&Video length:"), m_duration);
    m_caption = new QPlainTextEdit(in.captionGuidance, page);
    m_caption->setTabChangesFocus(true);
    m_caption->setPlaceholderText(tr("What the caption must say or avoid"));
    connect(m_caption, &QPlainTextEdit::textChanged, this, &CampaignEditor::scheduleCheck);
    form->addRow(tr("Caption &guidance:"), m_caption);
    m_hashtags = line(page,
                      QStringList(in.hashtags)
                          .replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("#"))
                          .join(QLatin1Char(' ')),
                      tr("#BrandTag #CampaignTag"), "campaignHashtagsLineEdit");
    form->addRow(tr("Mandatory &hashtags:"), m_hashtags);
    m_mentions = line(page,
                      QStringList(in.mentions)
                          .replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("@"))
                          .join(QLatin1Char(' ')),
                      tr("@brand.account"), "campaignMentionsLineEdit");
    form->addRow(tr("Required &mentions:"), m_mentions);
    m_disclosure = new QCheckBox(tr("Paid posts must be marked (#ad, #iklan, #sponsored, #paidpartnership)"), page);
    m_disclosure->setObjectName(QStringLiteral("campaignDisclosureCheckBox"));
    m_disclosure->setChecked(in.disclosureRequired);
    form->addRow(tr("Disclosure:"), m_disclosure);
    m_markers = line(page,
                     QStringList(in.disclosureMarkers)
                         .replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("#"))
                         .join(QLatin1Char(' ')),
                     tr("The campaign's own markers, if any"), "campaignMarkersLineEdit");
    form->addRow(tr("Own &markers:"), m_markers);
    m_windowStart = makeOptionalDate(page, tr("Posting window from"));
    setOptionalDate(m_windowStart, in.postWindowStart);
    m_windowEnd = makeOptionalDate(page, tr("Posting window to"));
    setOptionalDate(m_windowEnd, in.postWindowEnd);
    auto *window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(tr("to"), page));
    window->addWidget(m_windowEnd);
    window->addStretch();
    auto *windowLabel = new QLabel(tr("Posting &window:"), page);
    labelField(windowLabel, m_windowStart);
    form->addRow(windowLabel, window);
    return page;
}

QWidget *CampaignEditor::targetsTab(const CampaignInput &in)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto number = [&](const std::optional<qint64> &v, const char *objectName) {
        return line(page, v ? QString::number(*v) : QString(), tr("no target"), objectName);
    };
    m_posts = number(in.kpi.posts, "targetPostsLineEdit");
    m_views = number(in.kpi.views, "targetViewsLineEdit");
    m_rate = line(page, in.kpi.engagementRateBp ? QString::number(*in.kpi.engagementRateBp / 100.0) : QString(),
                  tr("no target"), "targetRateLineEdit");
    m_followers = number(in.kpi.newFollowers, "targetFollowersLineEdit");
    m_clicks = number(in.kpi.linkClicks, "targetClicksLineEdit");
    m_revenue =
        line(page, in.kpi.revenue ? in.kpi.revenue->format() : QString(), tr("no target"), "targetRevenueLineEdit");
    // Where the campaign stands today beside each target, with how it was counted on hover.
    std::optional<CampaignKpis> now;
    if (recordId() != 0) {
        QSqlDatabase db = workspace().db();
        if (auto k = campaignKpis(db, in.name, Clock::today()))
            now = k.value();
    }
    const QList<std::tuple<QString, QLineEdit *, const char *, const char *>> rows = {
        {tr("&Posts:"), m_posts, "posts", ""},
        {tr("&Views:"), m_views, "views", ""},
        {tr("&Engagement rate (%):"), m_rate, "engagement_rate", "engagement_rate_followers"},
        {tr("New &followers:"), m_followers, "new_followers", "follower_growth_pct"},
        {tr("&Link clicks:"), m_clicks, "link_clicks", ""},
        {tr("&Revenue:"), m_revenue, "revenue", ""}};
    for (const auto &[label, edit, kpi, explained] : rows) {
        if (!now) {
            form->addRow(label, edit);
            continue;
        }
        auto *status = new QLabel(progressText(*now, QLatin1String(kpi)), page);
        status->setMinimumWidth(220);
        if (*explained)
            status->setToolTip(explainKpi(*now, QLatin1String(explained)));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(status);
        auto *rowLabel = new QLabel(label, page);
        labelField(rowLabel, edit);
        form->addRow(rowLabel, row);
    }
    if (now)
        form->addRow(new QLabel(tr("Achieved so far, as of today; hover for how it is counted."), page));
    return page;
}

Result<CampaignInput> CampaignEditor::collect() const
{
    CampaignInput in = m_initial;
    in.name = m_name->text();
    in.brand = m_brand->currentText();
    in.goal = wordFrom<CampaignGoal>(m_goal->currentData().toString());
    in.status = wordFrom<CampaignStatus>(m_status->currentData().toString()).value_or(CampaignStatus::Draft);
    in.start = optionalDate(m_start);
    in.end = optionalDate(m_end);
    in.currency = m_currency->currentText().trimmed().toUpper();
    if (!isKnownCurrency(in.currency))
        return fail(tr("'%1' is not a currency code; use one such as IDR or USD").arg(m_currency->currentText()));
    in.budget.reset();
    if (!m_budget->text().trimmed().isEmpty()) {
        auto budget = Money::parseDisplay(m_budget->text().trimmed(), in.currency);
        if (!budget)
            return fail(tr("budget: %1").arg(budget.error()));
        in.budget = budget.value();
    }
    in.platforms.clear();
    for (auto it = m_platforms.cbegin(); it != m_platforms.cend(); ++it)
        if (it.value()->isChecked())
            in.platforms << it.key();
    in.notes = m_notes->toPlainText();
    in.contentType = m_contentType->text();
    in.durationSeconds = m_duration->value() > 0 ? std::optional<int>(m_duration->value()) : std::nullopt;
    in.captionGuidance = m_caption->toPlainText();
    in.hashtags = splitTags(m_hashtags->text());
    in.mentions = splitTags(m_mentions->text());
    in.disclosureMarkers = splitTags(m_markers->text());
    in.disclosureRequired = m_disclosure->isChecked() || !in.disclosureMarkers.isEmpty();
    in.postWindowStart = optionalDate(m_windowStart);
    in.postWindowEnd = optionalDate(m_windowEnd);
    const std::pair<QLineEdit *, std::optional<qint64> *> counts[] = {{m_posts, &in.kpi.posts},
                                                                      {m_views, &in.kpi.views},
                                                                      {m_followers, &in.kpi.newFollowers},
                                                                      {m_clicks, &in.kpi.linkClicks}};
    const QString names[] = {tr("posts target"), tr("views target"), tr("new followers target"),
                             tr("link clicks target")};
    for (int i = 0; i < 4; ++i) {
        auto n = optionalCount(counts[i].first, names[i]);
        if (!n)
            return fail(n.error());
        *counts[i].second = n.value();
    }
    in.kpi.engagementRateBp.reset();
    if (const QString rate =
            m_rate->text().trimmed().remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.'));
        !rate.isEmpty()) {
        bool ok = false;
        const double percent = rate.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(tr("the engagement rate target is a percent from 0 to 100, such as 4 or 4.5"));
        in.kpi.engagementRateBp = int(std::lround(percent * 100));
    }
    in.kpi.revenue.reset();
    if (!m_revenue->text().trimmed().isEmpty()) {
        auto revenue = Money::parseDisplay(m_revenue->text().trimmed(), in.currency);
        if (!revenue)
            return fail(tr("revenue target: %1").arg(revenue.error()));
        in.kpi.revenue = revenue.value();
    }
    return in;
}

QString CampaignEditor::findProblem()
{
    auto in = collect();
    if (!in)
        return in.error();
    if (m_brand->count() == 0)
        return tr("add a brand first (Brands page): a campaign belongs to one");
    if (m_brand->currentIndex() < 0)
        return tr("Choose the campaign's brand.");
    return CampaignService(workspace()).check(in.value(), recordId()).error();
}

QString CampaignEditor::typedName() const
{
    return m_name->text();
}

Result<qint64> CampaignEditor::write(Transaction &tx)
{
    auto in = collect();
    if (!in)
        return fail(in.error());
    CampaignService campaigns(workspace());
    if (recordId() == 0)
        return campaigns.insert(tx, in.value());
    if (Status s = campaigns.change(tx, recordId(), in.value()); !s)
        return fail(s.error());
    return recordId();
}

} // namespace cd
