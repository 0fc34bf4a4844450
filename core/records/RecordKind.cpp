#include "RecordKind.h"

#include "storage/Sql.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {
namespace {

using T = ColumnType;

// Lists come out of SQL joined with the unit separator (char 31), which no name contains.
// clang-format off
const char *const CreatorsQuery = R"(
SELECT c.id, c.name, a.platform, a.handle,
  (SELECT f.followers FROM follower_snapshots f WHERE f.account_id = a.id ORDER BY f.snapshot_date DESC LIMIT 1),
  c.niche, c.country, c.email, c.phone, (SELECT m.name FROM managers m WHERE m.id = c.manager_id),
  (SELECT group_concat(v, char(31)) FROM (SELECT tag AS v FROM creator_tags WHERE creator_id = c.id ORDER BY tag_key) AS ordered),
  c.notes, c.status, c.tax_type, c.npwp, c.agency_rate_bp, NULL
FROM creators c LEFT JOIN accounts a ON a.creator_id = c.id
ORDER BY c.name_key, a.platform)";

const char *const BrandsQuery = R"(
SELECT b.id, b.name, b.category,
  (SELECT group_concat(v, char(31)) FROM (SELECT name AS v FROM brand_competitors WHERE brand_id = b.id ORDER BY position) AS ordered),
  b.contact_email, b.notes, NULL
FROM brands b ORDER BY b.name_key)";

const char *const CampaignsQuery = R"(
SELECT c.id, c.name, b.name, c.goal, c.status, c.start_date, c.end_date, c.budget_minor, c.currency,
  (SELECT group_concat(v, char(31)) FROM (SELECT platform AS v FROM campaign_platforms WHERE campaign_id = c.id
                                          ORDER BY platform) AS ordered),
  c.content_type,
  (SELECT group_concat(v, char(31)) FROM (SELECT '#' || tag AS v FROM campaign_tags
                                          WHERE campaign_id = c.id AND kind = 'hashtag' ORDER BY position) AS ordered),
  (SELECT group_concat(v, char(31)) FROM (SELECT '@' || tag AS v FROM campaign_tags
                                          WHERE campaign_id = c.id AND kind = 'mention' ORDER BY position) AS ordered),
  coalesce((SELECT group_concat(v, ';') FROM (SELECT '#' || tag AS v FROM campaign_tags
                                              WHERE campaign_id = c.id AND kind = 'disclosure' ORDER BY position) AS ordered),
           CASE c.disclosure_required WHEN 1 THEN 'yes' ELSE 'no' END),
  c.post_window_start, c.post_window_end, c.kpi_posts, c.kpi_views, c.kpi_engagement_rate_bp, c.kpi_new_followers,
  c.kpi_link_clicks, c.kpi_revenue_minor, c.currency
FROM campaigns c JOIN brands b ON b.id = c.brand_id
ORDER BY c.name_key)";

const char *const ParticipantsQuery = R"(
SELECT p.id, c.name, cr.name, p.fee_minor, c.currency, p.commission_rate_bp, p.product_value_minor, p.points,
  p.point_value_minor, p.deposit_minor, p.status, p.agency_rate_bp, c.currency
FROM participants p JOIN campaigns c ON c.id = p.campaign_id JOIN creators cr ON cr.id = p.creator_id
ORDER BY c.name_key, cr.name_key)";

const char *const DeliverablesQuery = R"(
SELECT d.id, c.name, cr.name, d.platform, d.title, d.format, d.due_date, d.status, d.revision_limit,
  d.revisions_used, d.post_url, d.posted_at, d.caption, c.currency
FROM deliverables d JOIN participants p ON p.id = d.participant_id JOIN campaigns c ON c.id = p.campaign_id
  JOIN creators cr ON cr.id = p.creator_id
ORDER BY c.name_key, cr.name_key, d.platform, d.title_key)";

const char *const FollowersQuery = R"(
SELECT f.id, cr.name, a.platform, f.snapshot_date, f.followers, f.source, NULL
FROM follower_snapshots f JOIN accounts a ON a.id = f.account_id JOIN creators cr ON cr.id = a.creator_id
ORDER BY cr.name_key, a.platform, f.snapshot_date)";

const char *const PostMetricsQuery = R"(
SELECT s.id, c.name, cr.name, po.platform, po.url, po.posted_at, s.snapshot_date, s.views, s.impressions, s.reach,
  s.likes, s.comments, s.shares, s.saves, s.link_clicks, s.promo_uses, s.revenue_minor, c.currency, s.caption,
  s.source, c.currency
FROM post_metric_snapshots s JOIN posts po ON po.id = s.post_id JOIN participants p ON p.id = po.participant_id
  JOIN campaigns c ON c.id = p.campaign_id JOIN creators cr ON cr.id = p.creator_id
ORDER BY c.name_key, cr.name_key, po.platform, po.url_key, s.snapshot_date)";

// A contract's terms are those of its latest version.
const char *const ContractsQuery = R"(
SELECT k.id, c.name, cr.name, k.status, v.language, k.signed_date, v.end_date, v.exclusivity_category,
  (SELECT group_concat(v, char(31)) FROM (SELECT name AS v FROM contract_version_competitors WHERE version_id = v.id
                                          ORDER BY position) AS ordered),
  v.exclusivity_start, v.exclusivity_end,
  (SELECT group_concat(v, char(31)) FROM (SELECT channel AS v FROM contract_version_usage_channels
                                          WHERE version_id = v.id ORDER BY channel) AS ordered),
  v.usage_start, v.usage_end, k.rights_in_use, v.paid_ads, v.revision_rounds, v.payment_terms_days, v.kill_fee_minor,
  v.cancellation_notice_days, v.governing_law, v.turnaround_days, c.currency
FROM contracts k JOIN participants p ON p.id = k.participant_id JOIN campaigns c ON c.id = p.campaign_id
  JOIN creators cr ON cr.id = p.creator_id
  JOIN contract_versions v ON v.contract_id = k.id
   AND v.version = (SELECT max(version) FROM contract_versions WHERE contract_id = k.id)
ORDER BY c.name_key, cr.name_key)";
// The key is the id (formats.md), so rows come in id order.
const char *const PaymentsQuery = R"(
SELECT p.id, p.id, c.name, cr.name, p.kind, p.direction, p.amount_minor, c.currency, p.due_date, p.paid_date,
  p.method, p.reference, i.number, p.origin, p.notes, c.currency
FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id LEFT JOIN invoices i ON i.id = p.invoice_id
ORDER BY p.id)";
// The names a follow-up is about, and no others: a deal names its campaign and creator, a
// campaign only itself (formats.md). Keyed by id, like payments.
const char *const FollowupsQuery = R"(
SELECT f.id, f.id,
  CASE WHEN f.creator_id IS NOT NULL THEN 'creator' WHEN f.brand_id IS NOT NULL THEN 'brand'
       WHEN f.campaign_id IS NOT NULL THEN 'campaign' ELSE 'participant' END,
  cr.name, b.name, c.name, f.due_date, f.note, f.done_on IS NOT NULL, m.name, NULL
FROM followups f LEFT JOIN participants p ON p.id = f.participant_id
  LEFT JOIN creators cr ON cr.id = coalesce(f.creator_id, p.creator_id)
  LEFT JOIN campaigns c ON c.id = coalesce(f.campaign_id, p.campaign_id)
  LEFT JOIN brands b ON b.id = f.brand_id
  LEFT JOIN managers m ON m.id = f.manager_id
ORDER BY f.id)";
// clang-format on

// Messages in the "Records" context, where lupdate files them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

} // namespace

const QList<RecordKind> &recordKinds()
{
    static const QList<RecordKind> kinds = {
        {"brands",
         {{"name", T::Text, true},
          {"category", T::Text, true},
          {"competitors", T::List, true},
          {"contact_email", T::Text, true},
          {"notes", T::Note}},
         BrandsQuery},
        {"creators",
         {{"name", T::Text, true},
          {"platform", T::Word, true},
          {"handle", T::Text, true},
          {"followers", T::Count, true},
          {"niche", T::Text, true},
          {"country", T::Text, true},
          {"email", T::Text},
          {"phone", T::Text},
          {"manager", T::Text, true},
          {"tags", T::List},
          {"notes", T::Note},
          {"status", T::Word, true},
          {"tax_type", T::Word},
          {"npwp", T::Text},
          {"agency_rate", T::Percent}},
         CreatorsQuery},
        {"campaigns",
         {{"name", T::Text, true},         {"brand", T::Text, true},       {"goal", T::Word},
          {"status", T::Word, true},       {"start_date", T::Date, true},  {"end_date", T::Date, true},
          {"budget", T::Money, true},      {"currency", T::Text, true},    {"platforms", T::List, true},
          {"content_type", T::Text},       {"hashtags", T::List},          {"mentions", T::List},
          {"disclosure", T::Text},         {"post_window_start", T::Date}, {"post_window_end", T::Date},
          {"kpi_posts", T::Count},         {"kpi_views", T::Count},        {"kpi_engagement_rate", T::Percent},
          {"kpi_new_followers", T::Count}, {"kpi_link_clicks", T::Count},  {"kpi_revenue", T::Money}},
         CampaignsQuery},
        {"participants",
         {{"campaign", T::Text, true},
          {"creator", T::Text, true},
          {"fee", T::Money, true},
          {"currency", T::Text, true},
          {"commission_rate", T::Percent, true},
          {"product_value", T::Money, true},
          {"points", T::Count},
          {"point_value", T::Money},
          {"deposit", T::Money, true},
          {"status", T::Word, true},
          {"agency_rate", T::Percent}},
         ParticipantsQuery},
        {"deliverables",
         {{"campaign", T::Text, true},
          {"creator", T::Text, true},
          {"platform", T::Word, true},
          {"title", T::Text, true},
          {"format", T::Word, true},
          {"due_date", T::Date, true},
          {"status", T::Word, true},
          {"revision_limit", T::Count},
          {"revisions_used", T::Count},
          {"post_url", T::Text},
          {"posted_at", T::Date},
          {"caption", T::Note}},
         DeliverablesQuery},
        {"contracts",
         {{"campaign", T::Text, true},
          {"creator", T::Text, true},
          {"status", T::Word, true},
          {"language", T::Word, true},
          {"signed_date", T::Date, true},
          {"end_date", T::Date, true},
          {"exclusivity_category", T::Text},
          {"exclusivity_competitors", T::List},
          {"exclusivity_start", T::Date},
          {"exclusivity_end", T::Date},
          {"usage_channels", T::List},
          {"usage_start", T::Date},
          {"usage_end", T::Date, true},
          {"rights_in_use", T::Bool},
          {"paid_ads", T::Bool},
          {"revision_rounds", T::Count},
          {"payment_terms_days", T::Count},
          {"kill_fee", T::Money},
          {"cancellation_notice_days", T::Count},
          {"governing_law", T::Text},
          {"turnaround_days", T::Count}},
         ContractsQuery},
        {"payments",
         {{"id", T::Count, true},
          {"campaign", T::Text, true},
          {"creator", T::Text, true},
          {"kind", T::Word, true},
          {"direction", T::Word, true},
          {"amount", T::Money, true},
          {"currency", T::Text},
          {"due_date", T::Date, true},
          {"paid_date", T::Date, true},
          {"method", T::Note},
          {"reference", T::Note},
          {"invoice", T::Text, true},
          {"origin", T::Word},
          {"notes", T::Note}},
         PaymentsQuery},
        {"followups",
         {{"id", T::Count, true},
          {"about", T::Word, true},
          {"creator", T::Text, true},
          {"brand", T::Text, true},
          {"campaign", T::Text, true},
          {"due_date", T::Date, true},
          {"note", T::Note, true},
          {"done", T::Bool, true},
          {"manager", T::Text, true}},
         FollowupsQuery},
        {"followers",
         {{"creator", T::Text, true},
          {"platform", T::Word, true},
          {"date", T::Date, true},
          {"followers", T::Count, true},
          {"source", T::Text, true}},
         FollowersQuery},
        {"post_metrics",
         {{"campaign", T::Text, true},
          {"creator", T::Text, true},
          {"platform", T::Word, true},
          {"post_url", T::Text, true},
          {"posted_at", T::Date},
          {"date", T::Date, true},
          {"views", T::Count, true},
          {"impressions", T::Count},
          {"reach", T::Count},
          {"likes", T::Count, true},
          {"comments", T::Count, true},
          {"shares", T::Count, true},
          {"saves", T::Count},
          {"link_clicks", T::Count},
          {"promo_uses", T::Count},
          {"revenue", T::Money},
          {"currency", T::Text},
          {"caption", T::Note},
          {"source", T::Text}},
         PostMetricsQuery},
    };
    return kinds;
}

const RecordKind *findRecordKind(QStringView name)
{
    for (const RecordKind &k : recordKinds())
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

QStringList recordKindNames()
{
    QStringList names;
    for (const RecordKind &k : recordKinds())
        names << QString::fromLatin1(k.name);
    return names;
}

Result<RecordRows> readRecords(QSqlDatabase &db, const RecordKind &kind)
{
    QSqlQuery q(db);
    sql::streamRows(q, db);
    // The queries read best with SQLite's char(31); PostgreSQL spells it chr(31), and a literal is
    // the same to both.
    if (!q.exec(QString::fromLatin1(kind.query).replace(QLatin1String("char(31)"), QStringLiteral("'\u001f'"))))
        return fail(Text::tr("reading %1 failed: %2").arg(QLatin1String(kind.name), q.lastError().text()));
    RecordRows out{&kind, {}};
    const int n = int(kind.columns.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n + 2);
        row << q.value(0);
        for (int i = 0; i < n; ++i) {
            QVariant v = q.value(i + 1);
            if (kind.columns.at(i).type == T::List)
                v = v.isNull() ? QStringList() : v.toString().split(QChar(31));
            row << v;
        }
        row << q.value(n + 1);
        out.rows << row;
    }
    return out;
}

QString cellText(const QVariant &value, ColumnType type, const QString &currency)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (type) {
    case T::Money:
        return Money(value.toLongLong(), currency).toPlain();
    case T::Percent: {
        // Hundredths of a percent: 450 -> "4.5", 1000 -> "10".
        return QString::number(double(value.toLongLong()) / 100.0);
    }
    case T::List:
        return value.toStringList().join(QLatin1Char(';'));
    case T::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case T::Count:
        return QString::number(value.toLongLong());
    case T::Text:
    case T::Note:
    case T::Word:
    case T::Date:
        return value.toString();
    }
    return value.toString();
}

QJsonArray recordsToJson(const RecordRows &records)
{
    QJsonArray out;
    const auto &columns = records.kind->columns;
    for (const QVariantList &row : records.rows) {
        QJsonObject obj;
        obj.insert(QStringLiteral("id"), row.at(0).toLongLong());
        const QString currency = row.constLast().toString();
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant &v = row.at(i + 1);
            const Column &c = columns.at(i);
            QJsonValue j;
            if (c.type == T::List) {
                j = QJsonArray::fromStringList(v.toStringList());
            } else if (v.isNull() || (c.type != T::Bool && v.toString().isEmpty())) {
                j = QJsonValue::Null;
            } else if (c.type == T::Count) {
                j = v.toLongLong();
            } else if (c.type == T::Percent) {
                j = double(v.toLongLong()) / 100.0;
            } else if (c.type == T::Bool) {
                j = v.toBool();
            } else {
                j = cellText(v, c.type, currency);
            }
            obj.insert(QLatin1String(c.name), j);
        }
        out.append(obj);
    }
    return out;
}

QString recordsToText(const RecordRows &records)
{
    constexpr int MaxCell = 40;
    const auto &columns = records.kind->columns;
    QList<int> shown;
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).inTextList)
            shown << i;
    QList<QStringList> table;
    QStringList header;
    for (int i : shown)
        header << QString::fromLatin1(columns.at(i).name);
    table << header;
    for (const QVariantList &row : records.rows) {
        QStringList cells;
        for (int i : shown) {
            QString text = cellText(row.at(i + 1), columns.at(i).type, row.constLast().toString()).simplified();
            if (text.size() > MaxCell)
                text = text.left(MaxCell - 1) + QChar(0x2026);
            cells << text;
        }
        table << cells;
    }
    QList<qsizetype> widths(shown.size(), 0);
    for (const QStringList &r : table)
        for (int c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], r.at(c).size());
    QString out;
    for (const QStringList &r : table) {
        QString line;
        for (int c = 0; c < r.size(); ++c) {
            const bool numeric = columns.at(shown.at(c)).type == T::Count || columns.at(shown.at(c)).type == T::Money ||
                                 columns.at(shown.at(c)).type == T::Percent;
            line += numeric && &r != &table.first() ? r.at(c).rightJustified(widths.at(c))
                                                    : r.at(c).leftJustified(widths.at(c));
            if (c + 1 < r.size())
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line;
        out += QLatin1Char('\n');
    }
    out += QCoreApplication::translate("Records", "%n row(s)", nullptr, int(records.rows.size())) + QLatin1Char('\n');
    return out;
}

} // namespace cd
