#include "WorkspaceTables.h"

#include "Sql.h"

namespace cd::tables {

const QList<Table> &all()
{
    static const QList<Table> tables = {
        {"settings", ""},
        {"brands", "id"},
        {"brand_competitors", "brand_id, position"},
        {"managers", "id"},
        {"creators", "id"},
        {"creator_tags", ""},
        {"accounts", "id"},
        {"follower_snapshots", "id"},
        {"rate_cards", "id"},
        {"audience_demographics", "id"},
        {"vetting_answers", "creator_id, question"},
        {"campaigns", "id"},
        {"campaign_platforms", ""},
        {"campaign_tags", ""},
        {"participants", "id"},
        {"deliverables", "id"},
        {"deliverable_feedback", "id"},
        {"posts", "id"},
        {"post_metric_snapshots", "id"},
        {"contracts", "id"},
        {"contract_status_changes", "id"},
        {"contract_versions", "id"},
        {"contract_version_competitors", "version_id, position"},
        {"contract_version_usage_channels", ""},
        {"invoices", "id"},
        {"payments", "id", "receivable_id"},
        {"invoice_lines", "invoice_id, position"},
        {"attachments", "id"},
        {"followups", "id"},
        {"erasures", "id"},
        {"follower_latest", "account_id", nullptr, true},
        {"post_latest", "post_id", nullptr, true},
        {"follower_rises", "snapshot_id", nullptr, true},
        {"follower_day_changes", "", nullptr, true, "change <> 0"},
    };
    return tables;
}

QString readAll(const Table &table)
{
    QString all = QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table.name));
    if (table.counted)
        all += QStringLiteral(" WHERE ") + QLatin1String(table.counted);
    return *table.order ? all + QStringLiteral(" ORDER BY ") + QLatin1String(table.order) : all;
}

bool hasIds(const Table &table)
{
    return qstrcmp(table.order, "id") == 0;
}

Result<QStringList> present(QSqlDatabase &db)
{
    auto q = sql::run(db, sql::onServer(db)
                              ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                               "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                               "'collabdesk_workspace'")
                              : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                               "LIKE 'sqlite_%'"));
    if (!q)
        return q.failure();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace cd::tables
