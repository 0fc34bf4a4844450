#include "DashboardPage.h"
#include "DashboardItems.h"
#include "KpiCellDelegate.h"

#include "analytics/Dashboard.h"
#include "charts/FollowersChart.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Money.h"
#include "common/Words.h"
#include "main/BackgroundRead.h"
#include "main/PageParts.h"
#include "main/RoleColors.h"
#include "main/WrappingLabel.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {
using namespace boardlists;
namespace {

constexpr int ProgressRole = KpiCellDelegate::PercentRole;
// The running campaigns' target columns after the name and brand: each target's key and its name
// in words, for a sentence (the headers are short, "Eng. rate"; lowered they read "eng. rate" or "er").
struct KpiColumn
{
    const char *kpi, *name;
};
constexpr KpiColumn KpiColumns[] = {{"posts", QT_TRANSLATE_NOOP("cd::DashboardPage", "posts")},
                                    {"views", QT_TRANSLATE_NOOP("cd::DashboardPage", "views")},
                                    {"engagement_rate", QT_TRANSLATE_NOOP("cd::DashboardPage", "engagement rate")},
                                    {"new_followers", QT_TRANSLATE_NOOP("cd::DashboardPage", "new followers")},
                                    {"link_clicks", QT_TRANSLATE_NOOP("cd::DashboardPage", "link clicks")},
                                    {"revenue", QT_TRANSLATE_NOOP("cd::DashboardPage", "revenue")}};

QString kpiName(int column)
{
    return DashboardPage::tr(KpiColumns[column].name);
}

// "Views: 493,000 of the 100,000 target (493%)".
QString kpiTooltip(const KpiProgress &p, const QString &currency, QString name)
{
    const QLocale locale;
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // it begins the sentence
    const auto figure = [&](double v) {
        if (p.kpi == QLatin1String("revenue"))
            return Money(qint64(std::llround(v)), currency).format();
        if (p.kpi == QLatin1String("engagement_rate"))
            return locale.toString(v, 'f', 2) + QLatin1Char('%');
        return locale.toString(qint64(std::llround(v)));
    };
    const double target = p.kpi == QLatin1String("engagement_rate") ? double(p.target) / 100.0 : double(p.target);
    if (!p.achieved)
        return DashboardPage::tr("%1: no value yet against the %2 target").arg(name, figure(target));
    return DashboardPage::tr("%1: %2 of the %3 target (%4)")
        .arg(name, figure(*p.achieved), figure(target),
             p.percent() ? locale.toString(*p.percent(), 'f', 1) + QLatin1Char('%') : QStringLiteral("—"));
}

QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(QLocale().toString(*p, 'f', 0)) : QStringLiteral("—");
}
} // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    // One reader a part, made in DashboardParts' order: they start in that order as cores free up.
    for (const DashboardPart part : DashboardParts)
        m_parts.at(index(part)) = new BackgroundRead(workspace, this);
    setObjectName(QStringLiteral("dashboardPage"));
    m_campaigns = makeList({tr("Active campaign"), tr("Brand"), tr("Posts"), tr("Views"), tr("Eng. rate"),
                            tr("New followers"), tr("Link clicks"), tr("Revenue")},
                           "dashboardCampaigns");
    // The names share what room there is rather than widening the list past its box; what is due and
    // whose in one column ("reel 2 · Rizky Utami"), as five columns left each name "Glo…".
    m_due = makeList({tr("Due"), tr("Deliverable"), tr("Campaign"), tr("Status")}, "dashboardDue", {1, 2});
    m_rates = makeList({tr("Creator"), tr("Engagement"), tr("Posts")}, "dashboardRates");
    m_costs = makeList({tr("Creator"), tr("CPE"), tr("Campaign")}, "dashboardCosts");
    // The sum of every platform (the growth domain.md defines), which the roster's Followers (the largest
    // platform) is not: the header says so. The names take the room the figures leave (in Indonesian
    // the bold group headings pushed "30 hari" out of sight at 1366x768).
    m_growth = makeList({tr("Creator"), tr("All platforms"), tr("30 days")}, "dashboardGrowth", {0});
    alignFigures(m_rates->headerItem(), {1, 2});
    alignFigures(m_costs->headerItem(), {1});
    alignFigures(m_growth->headerItem(), {1, 2});
    m_campaigns->setItemDelegate(new KpiCellDelegate(m_campaigns));
    // Bars need room that their "63%" text would not ask for: the figures' columns share what the
    // names leave, 110 px each at least (at a fixed 110 they left a blank strip at the right).
    m_campaigns->header()->setStretchLastSection(false);
    m_campaigns->header()->setMinimumSectionSize(110);
    for (int col = 2; col < m_campaigns->columnCount(); ++col) {
        m_campaigns->header()->setSectionResizeMode(col, QHeaderView::Stretch);
        m_fitted[m_campaigns].removeOne(col);
    }
    m_rosterChart = new FollowersChart(this);
    m_rosterChart->setMinimumHeight(170);
    m_warnings = makeList({tr("Creator"), tr("What to look at")}, "dashboardWarnings");
    // How late and how much in columns of their own, the names last: as one sentence a row, the days
    // came last and were cut at 1366 px ("32 days ov…"). The sentence is the row's tooltip.
    m_overdue = makeList({tr("Late"), tr("Amount"), tr("Payment")}, "dashboardOverdue", {2});
    alignFigures(m_overdue->headerItem(), {0, 1});
    const auto box = [this](const QString &title, QTreeWidget *list, const QString &hint) {
        auto *group = new QGroupBox(title, this);
        list->setAccessibleName(title); // a screen reader names the list by its box
        list->setAccessibleDescription(hint);
        auto *layout = new QVBoxLayout(group);
        auto *note = new WrappingLabel(group);
        note->setText(hint);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
        layout->addWidget(list, 1);
        return group;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Campaigns running"), m_campaigns, tr("Progress against each target set, as of today.")), 0,
                    0, 1, 3);
    // What to act on today, side by side: content due, money late, contracts and signs to check.
    m_due->setRootIsDecorated(true);
    m_due->setIndentation(12); // the groups need only a hint of a step in
    // The day ("1 Dec") at its own width: sized to contents it took the width of the group headings
    // that span the row, and the names were left "Glo…".
    m_due->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fitted[m_due].removeOne(0);
    m_due->setColumnWidth(0, m_due->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep")) + 48);
    grid->addWidget(box(tr("Due this week and late"), m_due,
                        tr("Not posted yet. A busy group is split by campaign: open one to see its posts.")),
                    1, 0);
    grid->addWidget(box(tr("Overdue payments"), m_overdue,
                        tr("Not paid by their due date, most overdue first. Open one to see its campaign.")),
                    1, 1);
    grid->addWidget(box(tr("Worth a closer look"), m_warnings,
                        tr("Exclusivities broken, usage rights ending or used past their end, and authenticity "
                           "warnings from the last 30 days (signs, not verdicts).")),
                    1, 2);
    QGroupBox *roster = box(tr("Follower growth across the roster"), m_growth,
                            tr("Followers of active creators, week by week for six months; who grew or lost most "
                               "in the last 30 days."));
    // The chart beside the list: the box's layout holds the note, then the list.
    auto *rosterLayout = static_cast<QVBoxLayout *>(roster->layout());
    rosterLayout->removeWidget(m_growth);
    auto *side = new QHBoxLayout;
    side->addWidget(m_rosterChart, 3);
    side->addWidget(m_growth, 2);
    rosterLayout->addLayout(side, 1);
    grid->addWidget(roster, 2, 0, 2, 2);
    grid->addWidget(
        box(tr("Engagement, last 90 days"), m_rates, tr("Highest and lowest rates on the basis chosen in Settings.")),
        2, 2);
    grid->addWidget(box(tr("Cost per engagement"), m_costs,
                        tr("Cost so far / engagements so far, per creator in running campaigns.")),
                    3, 2);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 4);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(3, 3);
    // Below a comfortable height the page scrolls rather than squeezing its lists to slivers.
    auto *content = new QWidget(this);
    content->setMinimumHeight(1000);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QHBoxLayout;
    heading->addWidget(makePageTitle(tr("Dashboard"), this));
    // Says the figures are being worked out; what was shown stays meanwhile.
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("dashboardStateLabel"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    heading->addWidget(m_state, 1, Qt::AlignBottom);
    layout->addLayout(heading);
    layout->addWidget(scroll, 1);
    for (BackgroundRead *read : m_parts)
        connect(read, &BackgroundRead::busyChanged, this,
                [this] { m_state->setText(isReading() ? tr("working out the figures…") : QString()); });
    showWorking();
    // Changes only mark the parts they can reach stale; those are worked out again when shown (on a
    // large workspace the whole is a second nobody should wait for on every edit elsewhere, and a
    // payment marked paid reaches two parts of six).
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QStringList &kinds) {
            for (const DashboardPart part : DashboardParts)
                if (dashboardPartDependsOn(part, kinds))
                    m_stale.insert(index(part));
            if (isVisible())
                reloadStale();
        });
    for (const DashboardPart part : DashboardParts) // worked out when first shown
        m_stale.insert(index(part));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    reloadStale();
    QWidget::showEvent(event);
}

QTreeWidget *DashboardPage::makeList(const QStringList &headers, const char *objectName, const QList<int> &stretched)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(QLatin1String(objectName));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    // Every row is one line (headings and notes too): its height is measured once, not for every
    // row and column at each fill, which laid out every warning's sentence again (a tenth of the
    // GUI thread's work in an agency dashboard's reload).
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(stretched.isEmpty());
    QList<int> &fitted = m_fitted[list];
    for (int column = 0; column < list->columnCount(); ++column) {
        if (stretched.contains(column)) {
            list->header()->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (!stretched.isEmpty() || column + 1 < list->columnCount()) {
            list->header()->setSectionResizeMode(column, QHeaderView::Fixed); // fitted by putIn()
            fitted << column;
        }
    }
    // A group opened or closed shows other rows: their cells may be wider.
    for (auto signal : {&QTreeView::expanded, &QTreeView::collapsed})
        connect(list, signal, this, [this, list] { fitColumns(list, m_fitted.value(list)); });
    connect(list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant id = item->data(0, IdRole);
        if (!id.isValid())
            return;
        if (item->data(0, KindRole).toInt() == OpensCampaign)
            emit openCampaign(id.toLongLong());
        else
            emit openCreator(id.toLongLong());
    });
    return list;
}

void DashboardPage::setMine(const std::optional<ManagedIds> &mine)
{
    m_mine = mine;
    for (const DashboardPart part : DashboardParts) // someone else's figures: every part
        m_stale.insert(index(part));
    if (isVisible())
        reload();
}

void DashboardPage::reload()
{
    for (const DashboardPart part : DashboardParts)
        m_stale.insert(index(part));
    reloadStale();
}

void DashboardPage::reloadStale()
{
    if (!m_workspace)
        return;
    // A new day moves every part's window (this week, the last 30 and 90 days), changed or not:
    // shown again the next morning, the dashboard had said what was due the day before.
    const QDate today = Clock::today();
    if (today != m_day)
        for (const DashboardPart part : DashboardParts)
            m_stale.insert(index(part));
    m_day = today;
    if (m_stale.isEmpty())
        return;
    // Worked out on workers, a part at a time (two at once on two cores): on an agency's workspace
    // the whole takes most of a second (every follower count for the roster's growth, the
    // authenticity warnings), which the window must not wait for, and the quick parts (what is due,
    // what is overdue) need not wait for the slow ones. What was shown stays until its part arrives.
    for (const DashboardPart part : DashboardParts) {
        if (!m_stale.contains(index(part)))
            continue;
        m_parts.at(index(part))
            ->run<DashboardData>(
                [part, today, mine = m_mine](QSqlDatabase &db) -> Result<DashboardData> {
                    DashboardData d;
                    if (Status s = addDashboardPart(db, part, today, d, mine ? &*mine : nullptr); !s)
                        return fail(s.error());
                    return d;
                },
                [this, part, today](const Result<DashboardData> &board) { showPart(part, board, today); });
    }
    m_stale.clear();
}

bool DashboardPage::isReading() const
{
    return std::ranges::any_of(m_parts, [](const BackgroundRead *read) { return read->isBusy(); });
}

bool DashboardPage::hasShown(DashboardPart part) const
{
    return m_shown.contains(index(part));
}

void DashboardPage::showWorking()
{
    // Before the first figures, each list says they are coming: empty lists under their headers
    // read as a workspace with nothing in it.
    for (QTreeWidget *list : {m_campaigns, m_due, m_rates, m_costs, m_growth, m_warnings, m_overdue}) {
        list->clear();
        auto *coming = new QTreeWidgetItem(list, {tr("Working out…")});
        coming->setFirstColumnSpanned(true);
        coming->setForeground(0, roleColor(ColorRole::Muted, list));
        fitColumns(list, m_fitted.value(list)); // to the titles
    }
}

void DashboardPage::showPart(DashboardPart part, const Result<DashboardData> &board, const QDate &today)
{
    m_shown.insert(index(part));
    if (board) {
        m_errors.remove(index(part));
        takeDashboardPart(part, DashboardData(board.value()), m_board);
    } else {
        m_errors.insert(index(part), board.error());
        takeDashboardPart(part, DashboardData(), m_board);
    }
    switch (part) {
    case DashboardPart::Campaigns:
        showCampaigns();
        break;
    case DashboardPart::Due:
        showDue(today);
        break;
    case DashboardPart::Growth:
        showGrowth();
        break;
    case DashboardPart::Engagement:
        showRates();
        showWarnings();
        break;
    case DashboardPart::Contracts:
        showWarnings();
        break;
    case DashboardPart::Overdue:
        showOverdue();
        break;
    }
    emit partShown(part);
}

void DashboardPage::addError(QTreeWidgetItem *list, DashboardPart part) const
{
    if (const auto error = m_errors.constFind(index(part)); error != m_errors.constEnd()) {
        auto *item = new QTreeWidgetItem(list, {tr("Could not work this out: %1").arg(*error)});
        item->setData(0, SpannedRole, true);
        markLate(item);
    }
}

void DashboardPage::showCampaigns()
{
    QTreeWidgetItem campaigns, costList;
    addError(&campaigns, DashboardPart::Campaigns);
    addError(&costList, DashboardPart::Campaigns);
    const QLocale locale;
    for (const DashboardData::Campaign &c : std::as_const(m_board.active)) {
        QTreeWidgetItem *item = addItem(&campaigns, {c.name, c.brand}, OpensCampaign, c.id);
        for (int i = 0; i < int(std::size(KpiColumns)); ++i) {
            const auto p = std::find_if(c.progress.cbegin(), c.progress.cend(), [&](const KpiProgress &k) {
                return k.kpi == QLatin1String(KpiColumns[i].kpi);
            });
            if (p == c.progress.cend()) {
                // No target for it: said, rather than an empty cell that reads as missing data.
                item->setText(2 + i, QStringLiteral("—"));
                item->setToolTip(2 + i, tr("No %1 target set for this campaign").arg(kpiName(i)));
                continue;
            }
            item->setText(2 + i, percent(p->percent()));
            if (p->percent())
                item->setData(2 + i, ProgressRole, *p->percent());
            // What the percent is of: 493% alone said nothing.
            item->setToolTip(2 + i, kpiTooltip(*p, c.currency, kpiName(i)));
        }
    }
    const auto addCosts = [&](const QString &group, const QList<DashboardData::Cost> &costs) {
        if (costs.isEmpty())
            return;
        addHeading(&costList, group);
        for (const DashboardData::Cost &c : costs) {
            QTreeWidgetItem *item =
                addItem(&costList, {c.creator, c.cpe.display(), c.campaign}, OpensCampaign, c.campaignId);
            item->setToolTip(1, tr("%1 engagements").arg(locale.toString(c.engagements)));
            alignFigures(item, {1});
        }
    };
    addCosts(tr("Lowest"), m_board.cheapest);
    addCosts(tr("Highest"), m_board.dearest);
    putIn(m_campaigns, campaigns, m_fitted.value(m_campaigns));
    putIn(m_costs, costList, m_fitted.value(m_costs));
}

void DashboardPage::showDue(const QDate &today)
{
    QTreeWidgetItem due;
    addError(&due, DashboardPart::Due);
    fillDue(&due, m_board.due, today);
    putIn(m_due, due, m_fitted.value(m_due));
}

void DashboardPage::showRates()
{
    QTreeWidgetItem rateList;
    addError(&rateList, DashboardPart::Engagement);
    const QLocale locale;
    const auto addRates = [&](const QString &group, const QList<DashboardData::Rate> &rates) {
        if (rates.isEmpty())
            return;
        addHeading(&rateList, group);
        for (const DashboardData::Rate &r : rates)
            alignFigures(addItem(&rateList,
                                 {r.creator, QStringLiteral("%1%").arg(locale.toString(r.percent, 'f', 2)),
                                  locale.toString(r.posts)},
                                 OpensCreator, r.creatorId),
                         {1, 2});
    };
    addRates(tr("Highest"), m_board.best);
    addRates(tr("Lowest"), m_board.worst);
    putIn(m_rates, rateList, m_fitted.value(m_rates));
}

void DashboardPage::showGrowth()
{
    QTreeWidgetItem growth;
    addError(&growth, DashboardPart::Growth);
    const QLocale locale;
    const QList<std::pair<QDate, qint64>> &weekly = m_board.rosterFollowers;
    m_rosterChart->setLines(tr("Followers of %n account(s)", nullptr, m_board.rosterAccounts),
                            weekly.isEmpty() ? QList<FollowersChart::CountLine>{}
                                             : QList<FollowersChart::CountLine>{{tr("All active creators"), weekly}},
                            {}, false, false); // one line, named by the title: its legend cut the months to "A…"
    const auto addGrowth = [&](const QString &group, const QList<DashboardData::Growth> &rows) {
        if (rows.isEmpty())
            return;
        addHeading(&growth, group);
        for (const DashboardData::Growth &g : rows) {
            QTreeWidgetItem *item =
                addItem(&growth,
                        {g.creator, locale.toString(g.now),
                         QStringLiteral("%1%2%").arg(g.percent > 0 ? QStringLiteral("+") : QString(),
                                                     locale.toString(g.percent, 'f', 1))},
                        OpensCreator, g.creatorId);
            item->setToolTip(2, tr("%1 followers 30 days ago").arg(locale.toString(g.before)));
            alignFigures(item, {1, 2});
        }
    };
    addGrowth(tr("Growing fastest"), m_board.fastestGrowing);
    addGrowth(tr("Losing followers"), m_board.falling);
    putIn(m_growth, growth, m_fitted.value(m_growth));
}

// Contracts (from the Contracts part) and authenticity (from the Engagement part) share a list:
// made again from both whenever either arrives, the other's part as last shown (or still coming).
void DashboardPage::showWarnings()
{
    QTreeWidgetItem warnings;
    const QLocale locale;
    addError(&warnings, DashboardPart::Contracts);
    if (!hasShown(DashboardPart::Contracts))
        addComing(&warnings);
    // Contracts first: a broken exclusivity or rights in use after their end cost money.
    if (!m_board.conflicts.isEmpty())
        addHeading(&warnings, tr("Exclusivity"));
    // The row names its creator in the first column, so the line starts with what is wrong rather than
    // with the creator's name again (the whole sentence was cut after it at 1366 px); the sentence is
    // the tooltip.
    for (const ExclusivityConflict &c : std::as_const(m_board.conflicts)) {
        QString what = c.category.trimmed().isEmpty()
                           ? tr("%1 (%2) overlaps the exclusivity to %3")
                                 .arg(c.conflictingCampaign, c.conflictingBrand, c.contractBrand)
                           : tr("%1 (%2) overlaps the exclusivity to %3 for %4")
                                 .arg(c.conflictingCampaign, c.conflictingBrand, c.contractBrand, c.category);
        if (c.pending)
            what = tr("%1, not signed yet").arg(what);
        addItem(&warnings, {c.creator, what}, OpensCampaign, c.campaignId)->setToolTip(1, describeConflict(c));
    }
    // The ten longest used past their end and the ten ending soonest (the part sends only those):
    // an agency has thousands (1,804 in the agency demo), all listed on Today, and a list that long
    // is not read here. With how many there are in all when some are left for Today.
    const qsizetype more = m_board.rightsTotal - m_board.rights.size();
    if (!m_board.rights.isEmpty())
        addHeading(&warnings,
                   more > 0 ? tr("Usage rights · %1").arg(locale.toString(m_board.rightsTotal)) : tr("Usage rights"));
    // Under the "Usage rights" heading, when first, then whose content; the sentence with the brand is
    // the tooltip.
    for (const RightsAlert &r : std::as_const(m_board.rights)) {
        const bool expiring = r.state == QLatin1String("expiring");
        QString what, sentence;
        if (expiring) {
            const QString when = r.daysLeft == 0 ? tr("today") : tr("in %n day(s)", nullptr, int(r.daysLeft));
            what = tr("Ends %1 (%2) · %3").arg(when, displayDate(r.usageEnd), r.campaign);
            sentence =
                tr("%1's rights to the %2 content end %3 (%4)").arg(r.brand, r.campaign, when, displayDate(r.usageEnd));
        } else {
            const QString days = tr("%n day(s)", nullptr, int(-r.daysLeft));
            what = tr("Ended %1 ago, in use · %2").arg(days, r.campaign);
            sentence = tr("%1's rights to the %2 content ended %3 ago, and the content is still in use")
                           .arg(r.brand, r.campaign, days);
        }
        QTreeWidgetItem *item = addItem(&warnings, {r.creator, what}, OpensCampaign, r.campaignId);
        item->setToolTip(1, sentence);
        if (!expiring)
            markLate(item);
    }
    if (more > 0) {
        auto *note = new QTreeWidgetItem(&warnings, {tr("…and %n more on the Today page", nullptr, int(more))});
        note->setData(0, SpannedRole, true);
    }
    if (!m_board.warnings.isEmpty() && (!m_board.conflicts.isEmpty() || !m_board.rights.isEmpty()))
        addHeading(&warnings, tr("Authenticity"));
    addError(&warnings, DashboardPart::Engagement);
    if (!hasShown(DashboardPart::Engagement))
        addComing(&warnings);
    for (const AuthenticityWarning &w : std::as_const(m_board.warnings))
        addItem(&warnings, {w.creator, w.explanation}, OpensCreator, w.creatorId)->setToolTip(1, w.explanation);
    putIn(m_warnings, warnings, m_fitted.value(m_warnings));
}

void DashboardPage::addComing(QTreeWidgetItem *list) const
{
    auto *coming = new QTreeWidgetItem(list, {tr("Working out…")});
    coming->setData(0, SpannedRole, true);
    coming->setForeground(0, roleColor(ColorRole::Muted, m_warnings));
}

void DashboardPage::showOverdue()
{
    QTreeWidgetItem overdue;
    addError(&overdue, DashboardPart::Overdue);
    // The ten most overdue; the rest are on the Payments page.
    constexpr int Shown = 10;
    for (int i = 0; i < std::min<int>(Shown, int(m_board.overdue.size())); ++i) {
        const DashboardData::Overdue &o = m_board.overdue.at(i);
        const bool payable = o.direction == PaymentDirection::Payable;
        QTreeWidgetItem *item = addItem(&overdue,
                                        {tr("%n day(s)", nullptr, o.days),
                                         payable ? tr("%1 net").arg(o.amount.format()) : o.amount.format(),
                                         payable ? tr("Pay %1 · %2").arg(o.creator, o.campaign)
                                                 : tr("%1 owes · %2 / %3").arg(o.brand, o.campaign, o.creator)},
                                        OpensCampaign, o.campaignId);
        const QString sentence = describeOverdue(o);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, sentence);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        markLate(item);
    }
    const auto addNote = [&overdue](const QString &text) {
        auto *note = new QTreeWidgetItem(&overdue, {text});
        note->setData(0, SpannedRole, true);
    };
    if (m_board.overdue.size() > Shown)
        addNote(tr("…and %n more on the Payments page", nullptr, int(m_board.overdue.size()) - Shown));
    if (m_board.overdue.isEmpty() && !m_errors.contains(index(DashboardPart::Overdue)))
        addNote(tr("Nothing overdue today."));
    putIn(m_overdue, overdue, m_fitted.value(m_overdue));
}

} // namespace cd
