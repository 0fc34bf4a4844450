#include "CampaignService.h"

#include "Lookup.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/TypedCount.h"
#include "money/Invoices.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {
namespace {
// Messages in the "CampaignService" context, where lupdate files them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)
};

QString stripPrefix(const QString &tag, QChar prefix)
{
    QString t = tag.trimmed();
    while (t.startsWith(prefix))
        t.remove(0, 1);
    return t;
}

Status checkTags(const QStringList &tags, QChar prefix, const QString &what)
{
    for (const QString &tag : tags) {
        const QString t = stripPrefix(tag, prefix);
        if (t.isEmpty())
            return fail(Text::tr("an empty %1 was given").arg(what));
        if (t.size() > 100 || t.contains(QLatin1Char(' ')) || t.contains(QLatin1Char('#')) ||
            t.contains(QLatin1Char('@')))
            return fail(Text::tr("'%1' is not a %2: one word, e.g. %3TehSegar").arg(tag, what, prefix));
    }
    return {};
}
} // namespace

Result<QList<CampaignService::Choice>> CampaignService::choices()
{
    QSqlDatabase db = m_ws.db();
    auto q = sql::run(db, QStringLiteral("SELECT c.id, c.name, b.name FROM campaigns c JOIN brands b ON b.id = "
                                         "c.brand_id ORDER BY c.name_key"));
    if (!q)
        return q.failure();
    QList<Choice> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

std::optional<qint64> CampaignService::findByName(const QString &name)
{
    return lookup::idByName(m_ws, "campaigns", name);
}

QString CampaignService::currencyOf(qint64 id)
{
    QSqlDatabase db = m_ws.db();
    auto c = sql::scalar(db, QStringLiteral("SELECT currency FROM campaigns WHERE id = ?"), {id});
    return c ? c->toString() : QString();
}

Status CampaignService::check(const CampaignInput &input, qint64 selfId)
{
    auto brand = validate(input, selfId);
    return brand ? Status() : Status(brand.failure());
}

Status CampaignService::remove(Transaction &tx, qint64 id)
{
    if (Status s = checkNotInvoiced(tx.db(), id); !s)
        return s;
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(Text::tr("the campaign no longer exists"));
    for (const char *kind : {"campaigns", "participants", "deliverables", "post_metrics", "contracts", "payments"})
        tx.touch(QLatin1String(kind));
    return {};
}

Result<qint64> CampaignService::validate(const CampaignInput &in, qint64 selfId)
{
    const QString name = cleanName(in.name);
    if (Status s = checkName(name, Text::tr("campaign name")); !s)
        return failIn("name", s.error());
    if (!in.start.isValid())
        return failIn("start_date", Text::tr("a start date is required"));
    if (in.end.isValid() && in.end < in.start)
        return failIn(
            "end_date",
            Text::tr("the end date %1 is before the start date %2").arg(displayDate(in.end), displayDate(in.start)));
    if (in.postWindowStart.isValid() && in.postWindowEnd.isValid() && in.postWindowEnd < in.postWindowStart)
        return failIn("post_window_end", Text::tr("the posting window ends (%1) before it starts (%2)")
                                             .arg(displayDate(in.postWindowEnd), displayDate(in.postWindowStart)));
    if (!isKnownCurrency(in.currency))
        return failIn("currency",
                      Text::tr("unknown currency '%1': use an ISO 4217 code such as IDR or USD").arg(in.currency));
    for (const auto &[amount, what, field] : {std::tuple{in.budget, Text::tr("budget"), "budget"},
                                              std::tuple{in.kpi.revenue, Text::tr("revenue target"), "kpi_revenue"}}) {
        if (!amount)
            continue;
        if (amount->currency() != in.currency)
            return failIn(field, Text::tr("the %1 is in %2 but the campaign is in %3; a campaign has one currency")
                                     .arg(what, amount->currency(), in.currency));
        if (amount->isNegative())
            return failIn(field, Text::tr("the %1 cannot be negative").arg(what));
    }
    for (const auto &[value, what, field] :
         {std::tuple{in.kpi.posts, Text::tr("posts target"), "kpi_posts"},
          std::tuple{in.kpi.views, Text::tr("views target"), "kpi_views"},
          std::tuple{in.kpi.newFollowers, Text::tr("new followers target"), "kpi_new_followers"},
          std::tuple{in.kpi.linkClicks, Text::tr("link clicks target"), "kpi_link_clicks"}}) {
        if (value && *value < 0)
            return failIn(field, Text::tr("the %1 cannot be negative").arg(what));
        if (value && *value > MaxTypedCount)
            return failIn(field, Text::tr("the %1 (%2) is more than %3; check the number")
                                     .arg(what, QLocale().toString(*value), maxTypedCountText()));
    }
    if (in.kpi.engagementRateBp && (*in.kpi.engagementRateBp < 0 || *in.kpi.engagementRateBp > 10000))
        return failIn("kpi_engagement_rate", Text::tr("the engagement rate target must be between 0% and 100%"));
    if (in.durationSeconds && (*in.durationSeconds <= 0 || *in.durationSeconds > 24 * 3600))
        return fail(Text::tr("the video duration must be between 1 second and 24 hours"));
    if (Status s = checkTags(in.hashtags, QLatin1Char('#'), Text::tr("hashtag")); !s)
        return failIn("hashtags", s.error());
    if (Status s = checkTags(in.disclosureMarkers, QLatin1Char('#'), Text::tr("disclosure marker")); !s)
        return failIn("disclosure", s.error());
    if (Status s = checkTags(in.mentions, QLatin1Char('@'), Text::tr("mention")); !s)
        return failIn("mentions", s.error());
    for (const QString &text : {in.captionGuidance, in.notes})
        if (Status s = checkText(text, Text::tr("text")); !s)
            return s.failure();
    if (in.contentType.size() > MaxNameLength)
        return failIn("content_type", Text::tr("the content type is longer than %1 characters").arg(MaxNameLength));

    QSqlDatabase db = m_ws.db();
    auto brand = sql::scalar(db, QStringLiteral("SELECT id FROM brands WHERE name_key = ?"), {nameKey(in.brand)});
    if (!brand)
        return brand.failure();
    if (brand->isNull())
        return failIn("brand", cleanName(in.brand).isEmpty()
                                   ? Text::tr("a campaign needs a brand")
                                   : Text::tr("unknown brand '%1': add the brand first").arg(cleanName(in.brand)));
    auto other = lookup::nameTakenBy(m_ws, "campaigns", name, selfId);
    if (!other)
        return other.failure();
    if (!other->isEmpty())
        return failIn(
            "name", Text::tr("a campaign named '%1' already exists; campaign names must be unique").arg(other.value()));
    return brand->toLongLong();
}

Status CampaignService::write(Transaction &tx, qint64 id, const CampaignInput &in)
{
    for (const char *table : {"campaign_platforms", "campaign_tags"})
        if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM %1 WHERE campaign_id = ?").arg(QLatin1String(table)),
                              {id});
            !q)
            return q.failure();
    for (Platform p : in.platforms)
        if (auto q =
                sql::run(tx.db(), QStringLiteral("INSERT INTO campaign_platforms VALUES (?, ?) ON CONFLICT DO NOTHING"),
                         {id, wordOf(p)});
            !q)
            return q.failure();
    const auto writeTags = [&](const QStringList &tags, const char *kind, QChar prefix) -> Status {
        int position = 0;
        for (const QString &tag : tags) {
            const QString t = stripPrefix(tag, prefix);
            auto q = sql::run(tx.db(),
                              QStringLiteral("INSERT INTO campaign_tags (campaign_id, kind, position, tag, tag_key) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                              {id, QLatin1String(kind), position++, t, t.toCaseFolded()});
            if (!q)
                return q.failure();
        }
        return {};
    };
    if (Status s = writeTags(in.hashtags, "hashtag", QLatin1Char('#')); !s)
        return s;
    if (Status s = writeTags(in.mentions, "mention", QLatin1Char('@')); !s)
        return s;
    return writeTags(in.disclosureMarkers, "disclosure", QLatin1Char('#'));
}

namespace {
QVariantList campaignValues(const CampaignInput &in, qint64 brandId)
{
    const auto minor = [](const std::optional<Money> &m) { return m ? QVariant(m->minor()) : QVariant(); };
    return {cleanName(in.name),
            nameKey(in.name),
            brandId,
            in.goal ? QVariant(wordOf(*in.goal)) : QVariant(),
            wordOf(in.status),
            sqlDate(in.start),
            sqlDate(in.end),
            minor(in.budget),
            in.currency,
            in.contentType.trimmed(),
            sql::optional(in.durationSeconds),
            in.captionGuidance,
            int(in.disclosureRequired || !in.disclosureMarkers.isEmpty()),
            sqlDate(in.postWindowStart),
            sqlDate(in.postWindowEnd),
            sql::optional(in.kpi.posts),
            sql::optional(in.kpi.views),
            sql::optional(in.kpi.engagementRateBp),
            sql::optional(in.kpi.newFollowers),
            sql::optional(in.kpi.linkClicks),
            minor(in.kpi.revenue),
            in.notes};
}
const char *const CampaignColumns =
    "name, name_key, brand_id, goal, status, start_date, end_date, budget_minor, currency, "
    "content_type, duration_seconds, caption_guidance, disclosure_required, "
    "post_window_start, post_window_end, kpi_posts, kpi_views, kpi_engagement_rate_bp, "
    "kpi_new_followers, kpi_link_clicks, kpi_revenue_minor, notes";
} // namespace

Result<qint64> CampaignService::insert(Transaction &tx, const CampaignInput &in)
{
    auto brandId = validate(in, 0);
    if (!brandId)
        return brandId.failure();
    QVariantList values = campaignValues(in, *brandId);
    const QString now = Clock::timestamp();
    values << now << now;
    auto q = sql::insert(tx.db(),
                         QStringLiteral("INSERT INTO campaigns (%1, created_at, updated_at) VALUES (%2)")
                             .arg(QLatin1String(CampaignColumns),
                                  QStringLiteral("?, ").repeated(values.size() - 1) + QStringLiteral("?")),
                         values);
    if (!q)
        return q.failure();
    const qint64 id = q.value();
    if (Status s = write(tx, id, in); !s)
        return s.failure();
    tx.touch(QStringLiteral("campaigns"), id);
    return id;
}

Status CampaignService::change(Transaction &tx, qint64 id, const CampaignInput &in)
{
    auto brandId = validate(in, id);
    if (!brandId)
        return brandId.failure();
    // Changing the currency would reinterpret every stored amount of the campaign.
    auto currency = sql::scalar(tx.db(), QStringLiteral("SELECT currency FROM campaigns WHERE id = ?"), {id});
    if (!currency)
        return currency.failure();
    if (currency->isNull())
        return fail(Text::tr("the campaign no longer exists"));
    if (currency->toString() != in.currency)
        return failIn(
            "currency",
            Text::tr("the campaign's currency is %1 and cannot be changed once set").arg(currency->toString()));
    QString assignments = QString::fromLatin1(CampaignColumns).replace(QStringLiteral(", "), QStringLiteral(" = ?, ")) +
                          QStringLiteral(" = ?");
    QVariantList values = campaignValues(in, *brandId);
    values << Clock::timestamp() << id;
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE campaigns SET %1, updated_at = ? WHERE id = ?").arg(assignments),
                      values);
    if (!q)
        return q.failure();
    if (Status s = write(tx, id, in); !s)
        return s;
    tx.touch(QStringLiteral("campaigns"), id);
    return {};
}

Result<qint64> CampaignService::add(const CampaignInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insert(tx, in); });
}

Status CampaignService::update(qint64 id, const CampaignInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return change(tx, id, in); });
}

CampaignInput CampaignService::normalized(CampaignInput in)
{
    in.name = cleanName(in.name);
    in.brand = cleanName(in.brand);
    in.contentType = in.contentType.trimmed();
    QList<Platform> platforms;
    for (Platform p : std::as_const(in.platforms))
        if (!platforms.contains(p))
            platforms << p;
    std::sort(platforms.begin(), platforms.end());
    in.platforms = platforms;
    const auto strip = [](QStringList &tags, QChar prefix) {
        QStringList out, keys;
        for (const QString &t : std::as_const(tags)) {
            const QString s = stripPrefix(t, prefix);
            if (!keys.contains(s.toCaseFolded())) {
                keys << s.toCaseFolded();
                out << s;
            }
        }
        tags = out;
    };
    strip(in.hashtags, QLatin1Char('#'));
    strip(in.mentions, QLatin1Char('@'));
    strip(in.disclosureMarkers, QLatin1Char('#'));
    in.disclosureRequired = in.disclosureRequired || !in.disclosureMarkers.isEmpty();
    return in;
}

Result<CampaignInput> CampaignService::load(qint64 id)
{
    QSqlDatabase db = m_ws.db();
    auto q = sql::run(db,
                      QStringLiteral("SELECT c.name, b.name, c.goal, c.status, c.start_date, c.end_date, c.currency, "
                                     "c.budget_minor, c.content_type, c.duration_seconds, c.caption_guidance, "
                                     "c.disclosure_required, c.post_window_start, c.post_window_end, c.kpi_posts, "
                                     "c.kpi_views, c.kpi_new_followers, c.kpi_link_clicks, c.kpi_engagement_rate_bp, "
                                     "c.kpi_revenue_minor, c.notes FROM campaigns c JOIN brands b ON b.id = c.brand_id "
                                     "WHERE c.id = ?"),
                      {id});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the campaign no longer exists"));
    const auto v = [&](int i) { return q->value(i); };
    const auto optCount = [&](int i) { return v(i).isNull() ? std::optional<qint64>() : v(i).toLongLong(); };
    CampaignInput in;
    in.name = v(0).toString();
    in.brand = v(1).toString();
    in.goal = v(2).isNull() ? std::nullopt : wordFrom<CampaignGoal>(v(2).toString());
    in.status = wordFrom<CampaignStatus>(v(3).toString()).value_or(CampaignStatus::Draft);
    in.start = QDate::fromString(v(4).toString(), Qt::ISODate);
    in.end = QDate::fromString(v(5).toString(), Qt::ISODate);
    in.currency = v(6).toString();
    in.budget = v(7).isNull() ? std::nullopt : std::optional<Money>(Money(v(7).toLongLong(), in.currency));
    in.contentType = v(8).toString();
    in.durationSeconds = v(9).isNull() ? std::nullopt : std::optional<int>(v(9).toInt());
    in.captionGuidance = v(10).toString();
    in.disclosureRequired = v(11).toBool();
    in.postWindowStart = QDate::fromString(v(12).toString(), Qt::ISODate);
    in.postWindowEnd = QDate::fromString(v(13).toString(), Qt::ISODate);
    in.kpi.posts = optCount(14);
    in.kpi.views = optCount(15);
    in.kpi.newFollowers = optCount(16);
    in.kpi.linkClicks = optCount(17);
    in.kpi.engagementRateBp = v(18).isNull() ? std::nullopt : std::optional<int>(v(18).toInt());
    in.kpi.revenue = v(19).isNull() ? std::nullopt : std::optional<Money>(Money(v(19).toLongLong(), in.currency));
    in.notes = v(20).toString();
    auto platforms =
        sql::run(db, QStringLiteral("SELECT platform FROM campaign_platforms WHERE campaign_id = ?"), {id});
    if (!platforms)
        return platforms.failure();
    while (platforms->next())
        if (auto p = wordFrom<Platform>(platforms->value(0).toString()))
            in.platforms << *p;
    auto tags = sql::run(
        db, QStringLiteral("SELECT kind, tag FROM campaign_tags WHERE campaign_id = ? ORDER BY kind, position"), {id});
    if (!tags)
        return tags.failure();
    while (tags->next()) {
        const QString kind = tags->value(0).toString();
        QStringList &list = kind == QLatin1String("hashtag")   ? in.hashtags
                            : kind == QLatin1String("mention") ? in.mentions
                                                               : in.disclosureMarkers;
        list << tags->value(1).toString();
    }
    return normalized(in);
}

} // namespace cd
