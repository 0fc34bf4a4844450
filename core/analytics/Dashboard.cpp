#include "Dashboard.h"

#include "CreatorEngagement.h"
#include "common/Dates.h"
#include "storage/Sql.h"
#include "storage/WorkspaceDefaults.h"

#include <algorithm>

namespace cd {

Result<DashboardData> dashboard(QSqlDatabase &db, const QDate &today)
{
    DashboardData d;
    auto active =
        sql::run(db, QStringLiteral("SELECT c.id, c.name, b.name FROM campaigns c JOIN brands b ON b.id = c.brand_id "
                                    "WHERE c.status = 'active' ORDER BY c.start_date, c.name_key"));
    if (!active)
        return fail(active.error());
    while (active->next()) {
        DashboardData::Campaign c{
            active->value(0).toLongLong(), active->value(1).toString(), active->value(2).toString(), {}};
        if (auto k = campaignKpis(db, c.name, today))
            c.progress = k->progress;
        d.active << c;
    }
    // Not posted yet and due by the end of this week (Sunday), late ones included.
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    auto due = sql::run(
        db,
        QStringLiteral("SELECT c.id, d.id, c.name, cr.name, d.title, d.status, d.due_date FROM deliverables d "
                       "JOIN participants p ON p.id = d.participant_id JOIN campaigns c ON c.id = p.campaign_id "
                       "JOIN creators cr ON cr.id = p.creator_id WHERE d.due_date IS NOT NULL AND d.due_date <= ? "
                       "AND d.status NOT IN ('posted', 'verified') AND p.status NOT IN ('declined', 'cancelled') "
                       "AND c.status NOT IN ('completed', 'cancelled') ORDER BY d.due_date, c.name_key, d.title_key"),
        {isoDate(sunday)});
    if (!due)
        return fail(due.error());
    while (due->next()) {
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
    const WorkspaceDefaults defaults = settings::defaults(db);
    auto rates = creatorEngagement(db, today);
    if (!rates)
        return fail(rates.error());
    auto names = sql::run(db, QStringLiteral("SELECT id, name FROM creators WHERE status = 'active'"));
    if (!names)
        return fail(names.error());
    QList<DashboardData::Rate> ranked;
    while (names->next())
        if (auto it = rates->constFind(names->value(0).toLongLong()); it != rates->constEnd())
            if (auto p = it->by(defaults.engagementBasis).percent())
                ranked << DashboardData::Rate{names->value(0).toLongLong(), names->value(1).toString(), *p, it->posts};
    std::sort(ranked.begin(), ranked.end(),
              [](const DashboardData::Rate &a, const DashboardData::Rate &b) { return a.percent > b.percent; });
    d.best = ranked.mid(0, 5);
    if (ranked.size() > 5) {
        d.worst = ranked.mid(std::max<qsizetype>(5, ranked.size() - 5));
        std::reverse(d.worst.begin(), d.worst.end());
    }
    auto warnings = authenticityWarnings(db, defaults, today, std::nullopt, today.addDays(-30));
    if (!warnings)
        return fail(warnings.error());
    d.warnings = warnings.value();
    return d;
}

} // namespace cd
