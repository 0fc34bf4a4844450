#include "Dashboard.h"

#include "CreatorEngagement.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "money/PaymentLedger.h"
#include "services/FollowerCounts.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/WorkspaceDefaults.h"

#include <QSet>

#include <algorithm>

namespace cd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

// Every open payment past its due date, most overdue first.
Status addOverdue(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    const MoneySettings settings = MoneySettings::read(db);
    PaymentFilter overdue; // not the whole ledger: 0.7 s of the dashboard at large
    overdue.overdueOn = today;
    auto rows = readPayments(db, settings, overdue);
    if (!rows)
        return rows.failure();
    for (const PaymentRow &r : std::as_const(rows.value())) {
        if (r.state(today) != PaymentState::Overdue || (mine && !mine->participants.contains(r.participantId)))
            continue;
        const bool receivable = r.direction == PaymentDirection::Receivable;
        d.overdue << DashboardData::Overdue{r.id,
                                            r.campaignId,
                                            r.direction,
                                            r.brand,
                                            r.campaign,
                                            r.creator,
                                            Money(receivable ? r.amount : r.net(), r.currency),
                                            daysOverdue(r.timing, today).value_or(0)};
    }
    std::stable_sort(d.overdue.begin(), d.overdue.end(), [](const auto &a, const auto &b) {
        if (a.days != b.days)
            return a.days > b.days;
        if (a.direction != b.direction) // what comes in before what goes out, on the same day
            return a.direction == PaymentDirection::Receivable;
        return a.amount.minor() > b.amount.minor();
    });
    return {};
}

Status addRosterGrowth(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    constexpr int Weeks = 26;
    const QDate first = today.addDays(-7 * (Weeks - 1));
    const QDate monthAgo = today.addDays(-30);
    QList<QDate> weeks;
    for (int w = 0; w < Weeks; ++w)
        weeks << first.addDays(7 * w);
    const std::optional<qint64> manager = mine ? std::optional(mine->managerId) : std::nullopt;
    auto accounts = rosterAccounts(db, first, monthAgo, today, manager);
    if (!accounts)
        return accounts.failure();
    // The chart follows the accounts counted since its first week, so a creator signed (or an
    // account added) since shows as no jump: the kept totals hold every account, and those counted
    // later are taken out again, each read on the chart's days.
    QList<qint64> later;
    QHash<qint64, DashboardData::Growth> growth;
    for (const RosterAccount &a : std::as_const(accounts.value())) {
        if (a.countedBy)
            ++d.rosterAccounts;
        else if (a.now >= 0)
            later << a.accountId;
        if (a.then >= 0) {
            DashboardData::Growth &g = growth[a.creatorId];
            g.creatorId = a.creatorId;
            g.creator = a.creator;
            addCount(g.before, a.then);
            addCount(g.now, a.now);
        }
    }
    if (d.rosterAccounts > 0) {
        auto kept = rosterFollowersOn(db, weeks, manager);
        if (!kept)
            return kept.failure();
        QList<qint64> totals = std::move(kept).value();
        auto counted = followerCountsOn(db, weeks, later);
        if (!counted)
            return counted.failure();
        for (const QList<qint64> &counts : std::as_const(counted.value()))
            for (int w = 0; w < Weeks; ++w)
                if (counts.at(w) > 0)
                    totals[w] = saturatingSub(totals.at(w), counts.at(w));
        for (int w = 0; w < Weeks; ++w)
            d.rosterFollowers.append({weeks.at(w), totals.at(w)});
    }
    QList<DashboardData::Growth> ranked;
    for (DashboardData::Growth &g : growth)
        if (const auto percent = ratioPercent(saturatingSub(g.now, g.before), g.before); percent && g.before > 0) {
            g.percent = *percent;
            ranked << g;
        }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.percent != b.percent ? a.percent > b.percent : a.creator < b.creator;
    });
    for (const DashboardData::Growth &g : std::as_const(ranked))
        if (g.percent > 0 && d.fastestGrowing.size() < 5)
            d.fastestGrowing << g;
    for (auto it = ranked.crbegin(); it != ranked.crend() && it->percent < 0 && d.falling.size() < 5; ++it)
        d.falling << *it;
    return {};
}

// Ranks the creators of running campaigns by cost per engagement, in the campaigns' most common
// currency.
void addCosts(const QList<CampaignKpis> &running, const ManagedIds *mine, DashboardData &d)
{
    QHash<QString, int> currencies;
    for (const CampaignKpis &k : running)
        ++currencies[k.currency];
    for (auto it = currencies.constBegin(); it != currencies.constEnd(); ++it)
        if (d.costCurrency.isEmpty() || it.value() > currencies.value(d.costCurrency) ||
            (it.value() == currencies.value(d.costCurrency) && it.key() < d.costCurrency))
            d.costCurrency = it.key();
    QList<DashboardData::Cost> costs;
    for (qsizetype i = 0; i < running.size(); ++i) {
        const CampaignKpis &k = running.at(i);
        if (k.currency != d.costCurrency)
            continue;
        for (const CreatorKpis &c : k.creators) {
            if (mine && !mine->participants.contains(c.participantId))
                continue;
            const qint64 engagements = c.totals.engagement();
            MoneyRatio cpe = MoneyRatio::of(c.cost.minor(), 1, engagements, k.currency);
            if (cpe.hasValue() && c.cost.minor() > 0)
                costs.append({d.active.at(i).id, k.campaign, c.name, cpe, engagements});
        }
    }
    std::sort(costs.begin(), costs.end(), [](const auto &a, const auto &b) {
        return *a.cpe.scaled() != *b.cpe.scaled() ? *a.cpe.scaled() < *b.cpe.scaled() : a.creator < b.creator;
    });
    d.cheapest = costs.mid(0, 5);
    if (costs.size() > 5) {
        d.dearest = costs.mid(std::max<qsizetype>(5, costs.size() - 5));
        std::reverse(d.dearest.begin(), d.dearest.end());
    }
}
} // namespace

namespace {
Status addCampaigns(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    auto active =
        sql::run(db, QStringLiteral("SELECT c.id, c.name, b.name FROM campaigns c JOIN brands b ON b.id = c.brand_id "
                                    "WHERE c.status = 'active' ORDER BY c.start_date, c.name_key"));
    if (!active)
        return active.failure();
    // My Creators: only the manager's running campaigns are worked out.
    auto kpis = runningCampaignKpis(db, today, mine ? std::optional(mine->managerId) : std::nullopt);
    if (!kpis)
        return kpis.failure();
    QHash<qint64, qsizetype> kpisOf;
    for (qsizetype i = 0; i < kpis->size(); ++i)
        kpisOf.insert(kpis->at(i).campaignId, i);
    QList<CampaignKpis> running; // in step with d.active
    while (active->next()) {
        DashboardData::Campaign c{
            active->value(0).toLongLong(), active->value(1).toString(), active->value(2).toString(), {}, {}};
        if (mine && !mine->campaigns.contains(c.id))
            continue;
        CampaignKpis k;
        if (const qsizetype i = kpisOf.value(c.id, -1); i >= 0) // not when made active since the KPIs were read
            k = std::move((*kpis)[i]);
        c.progress = k.progress;
        c.currency = k.currency;
        d.active << c;
        running << std::move(k);
    }
    addCosts(running, mine, d);
    return {};
}

// Not posted yet and due by the end of this week (Sunday), late ones included. The open statuses
// are named as schema v8's deliverables_open index names them, so that it finds them.
Status addDue(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    auto due = sql::run(
        db,
        QStringLiteral("SELECT c.id, d.id, c.name, cr.name, d.title, d.status, d.due_date, cr.id FROM deliverables d "
                       "JOIN participants p ON p.id = d.participant_id JOIN campaigns c ON c.id = p.campaign_id "
                       "JOIN creators cr ON cr.id = p.creator_id WHERE d.due_date IS NOT NULL AND d.due_date <= ? "
                       "AND d.status IN ('planned', 'draft_submitted', 'revision_requested', 'approved') "
                       "AND p.status NOT IN ('declined', 'cancelled') "
                       "AND c.status NOT IN ('completed', 'cancelled') ORDER BY d.due_date, c.name_key, d.title_key"),
        {isoDate(sunday)});
    if (!due)
        return due.failure();
    while (due->next()) {
        if (mine && !mine->creators.contains(due->value(7).toLongLong()))
            continue;
        const QDate day = QDate::fromString(due->value(6).toString(), Qt::ISODate);
        d.due << DashboardData::Due{due->value(0).toLongLong(),
                                    due->value(1).toLongLong(),
                                    due->value(2).toString(),
                                    due->value(3).toString(),
                                    due->value(4).toString(),
                                    due->value(5).toString(),
                                    day,
                                    day < today};
    }
    return {};
}

// The best and worst 90-day rates, and the authenticity warnings (whose outliers compare the same
// rates: read once, 0.3 s a read at large).
Status addEngagement(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    const WorkspaceDefaults defaults = settings::defaults(db);
    auto platforms = creatorEngagementByPlatform(db, today);
    if (!platforms)
        return platforms.failure();
    const QHash<qint64, CreatorEngagement> rates = byCreator(platforms.value());
    SqliteStatement active("SELECT id FROM creators WHERE status = 'active'");
    if (Status s = active.start(db); !s)
        return s;
    QList<DashboardData::Rate> ranked;
    QSet<qint64> shownCreators; // active (and mine): archived creators are out of the daily views
    const Status read = forEachRow(active, [&] {
        const qint64 id = active.int64(0);
        if (mine && !mine->creators.contains(id))
            return;
        shownCreators.insert(id);
        if (auto it = rates.constFind(id); it != rates.constEnd())
            if (auto p = it->by(defaults.engagementBasis).percent())
                ranked << DashboardData::Rate{id, {}, *p, it->posts};
    });
    if (!read)
        return read;
    std::sort(ranked.begin(), ranked.end(),
              [](const DashboardData::Rate &a, const DashboardData::Rate &b) { return a.percent > b.percent; });
    d.best = ranked.mid(0, 5);
    if (ranked.size() > 5) {
        d.worst = ranked.mid(std::max<qsizetype>(5, ranked.size() - 5));
        std::reverse(d.worst.begin(), d.worst.end());
    }
    // Names for the ten shown only, not for every active creator (20,000 at large).
    SqliteStatement named("SELECT name FROM creators WHERE id = ?1");
    for (QList<DashboardData::Rate> *shown : {&d.best, &d.worst})
        for (DashboardData::Rate &r : *shown) {
            auto row = named.firstRowFor(db, r.creatorId);
            if (!row)
                return row.failure();
            if (row.value())
                r.creator = named.text(0);
        }
    auto warnings = authenticityWarnings(db, defaults, today, std::nullopt, today.addDays(-30), &platforms.value());
    if (!warnings)
        return warnings.failure();
    for (const AuthenticityWarning &w : std::as_const(warnings.value()))
        if (shownCreators.contains(w.creatorId))
            d.warnings << w;
    return {};
}

Status addContracts(QSqlDatabase &db, const QDate &today, const ManagedIds *mine, DashboardData &d)
{
    auto conflicts = exclusivityConflicts(db, today);
    if (!conflicts)
        return conflicts.failure();
    for (const ExclusivityConflict &c : std::as_const(conflicts.value()))
        if (!mine || mine->creators.contains(c.creatorId))
            d.conflicts << c;
    // Only the few shown are read whole (the GUI thread had copied and freed all 9,025 of the large
    // demo's at each show), with how many there are.
    auto rights = firstRightsAlerts(db, today, settings::defaults(db).rightsExpiringDays, DashboardData::RightsShown,
                                    mine ? &mine->contracts : nullptr);
    if (!rights)
        return rights.failure();
    d.rights = std::move(rights->alerts);
    d.rightsTotal = rights->total;
    return {};
}
} // namespace

bool dashboardPartDependsOn(DashboardPart part, const QStringList &changedKinds)
{
    // What each part never reads. Posts are written under "post_metrics" and, when a deliverable is
    // posted, "deliverables"; accounts under "creators" and "followers"; a creator's manager under
    // "creators" and "managers" (whose creators are mine comes through setMine, not here).
    // In DashboardPart's order.
    static const QStringList unrelated[] = {
        {QStringLiteral("followups")}, // Campaigns
        {                              // Due
         QStringLiteral("payments"), QStringLiteral("invoices"), QStringLiteral("followups"),
         QStringLiteral("post_metrics"), QStringLiteral("followers"), QStringLiteral("contracts"),
         QStringLiteral("brands"), QStringLiteral("settings"), QStringLiteral("managers")},
        {// Growth
         QStringLiteral("payments"), QStringLiteral("invoices"), QStringLiteral("followups"),
         QStringLiteral("deliverables"), QStringLiteral("post_metrics"), QStringLiteral("contracts"),
         QStringLiteral("brands"), QStringLiteral("campaigns"), QStringLiteral("participants"),
         QStringLiteral("settings")},
        {// Engagement
         QStringLiteral("payments"), QStringLiteral("invoices"), QStringLiteral("followups"),
         QStringLiteral("contracts")},
        {// Contracts
         QStringLiteral("payments"), QStringLiteral("invoices"), QStringLiteral("deliverables"),
         QStringLiteral("followups"), QStringLiteral("post_metrics"), QStringLiteral("followers")},
        {// Overdue
         QStringLiteral("followups"), QStringLiteral("deliverables"), QStringLiteral("post_metrics"),
         QStringLiteral("followers"), QStringLiteral("contracts")}};
    static_assert(std::size(unrelated) == std::size(DashboardParts));
    const QStringList &never = unrelated[std::size_t(part)];
    return std::ranges::any_of(changedKinds, [&never](const QString &kind) { return !never.contains(kind); });
}

Status addDashboardPart(QSqlDatabase &db, DashboardPart part, const QDate &today, DashboardData &d,
                        const ManagedIds *mine)
{
    switch (part) {
    case DashboardPart::Campaigns:
        return addCampaigns(db, today, mine, d);
    case DashboardPart::Due:
        return addDue(db, today, mine, d);
    case DashboardPart::Growth:
        return addRosterGrowth(db, today, mine, d);
    case DashboardPart::Engagement:
        return addEngagement(db, today, mine, d);
    case DashboardPart::Contracts:
        return addContracts(db, today, mine, d);
    case DashboardPart::Overdue:
        return addOverdue(db, today, mine, d);
    }
    return {};
}

void takeDashboardPart(DashboardPart part, DashboardData &&from, DashboardData &into)
{
    switch (part) {
    case DashboardPart::Campaigns:
        into.active = std::move(from.active);
        into.cheapest = std::move(from.cheapest);
        into.dearest = std::move(from.dearest);
        into.costCurrency = std::move(from.costCurrency);
        return;
    case DashboardPart::Due:
        into.due = std::move(from.due);
        return;
    case DashboardPart::Growth:
        into.rosterFollowers = std::move(from.rosterFollowers);
        into.rosterAccounts = from.rosterAccounts;
        into.fastestGrowing = std::move(from.fastestGrowing);
        into.falling = std::move(from.falling);
        return;
    case DashboardPart::Engagement:
        into.best = std::move(from.best);
        into.worst = std::move(from.worst);
        into.warnings = std::move(from.warnings);
        return;
    case DashboardPart::Contracts:
        into.conflicts = std::move(from.conflicts);
        into.rights = std::move(from.rights);
        into.rightsTotal = from.rightsTotal;
        return;
    case DashboardPart::Overdue:
        into.overdue = std::move(from.overdue);
        return;
    }
}

Result<DashboardData> dashboard(QSqlDatabase &db, const QDate &today, const ManagedIds *mine)
{
    DashboardData d;
    for (const DashboardPart part : DashboardParts)
        if (Status s = addDashboardPart(db, part, today, d, mine); !s)
            return s.failure();
    return d;
}

QString describeOverdue(const DashboardData::Overdue &o)
{
    if (o.direction == PaymentDirection::Receivable)
        return Text::tr("%1 owes %2 — %n day(s) overdue (%3 / %4)", nullptr, o.days)
            .arg(o.brand, o.amount.format(), o.campaign, o.creator);
    return Text::tr("Pay %1 %2 net — %n day(s) overdue (%3)", nullptr, o.days)
        .arg(o.creator, o.amount.format(), o.campaign);
}

} // namespace cd
