#include "Compliance.h"

#include "common/Dates.h"
#include "common/JsonText.h"
#include "common/Names.h"
#include "common/Words.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Compliance)
};

bool continuesTag(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c.isMark();
}

struct Brief
{
    qint64 id = 0;
    QStringList hashtags, mentions, ownMarkers, platforms;
    bool disclosure = false;
    QDate windowStart, windowEnd; // windowEnd invalid: open-ended
};

QString tagList(const QStringList &tags, QChar sigil)
{
    QStringList shown;
    for (const QString &t : tags)
        shown << sigil + t;
    return shown.join(QStringLiteral(", "));
}

// The tags-present rule: every tag of `tags` is in the caption.
ComplianceRule tagsRule(const char *rule, const QString &caption, QChar sigil, const QStringList &tags)
{
    if (caption.trimmed().isEmpty())
        return {QLatin1String(rule), false, Text::tr("no caption recorded to check")};
    QStringList missing;
    for (const QString &t : tags)
        if (!hasWholeTag(caption, sigil, t))
            missing << t;
    if (missing.isEmpty())
        return {QLatin1String(rule), true, Text::tr("all present: %1").arg(tagList(tags, sigil))};
    return {QLatin1String(rule), false, Text::tr("missing %1").arg(tagList(missing, sigil)), missing};
}

Result<Brief> readBriefById(QSqlDatabase &db, qint64 campaignId)
{
    auto c = sql::run(db,
                      QStringLiteral("SELECT id, disclosure_required, coalesce(post_window_start, start_date), "
                                     "CASE WHEN post_window_start IS NOT NULL OR post_window_end IS NOT NULL "
                                     "THEN post_window_end ELSE end_date END FROM campaigns WHERE id = ?"),
                      {campaignId});
    if (!c)
        return c.failure();
    if (!c->next())
        return fail(Text::tr("the campaign no longer exists"));
    Brief b;
    b.id = c->value(0).toLongLong();
    b.disclosure = c->value(1).toBool();
    b.windowStart = QDate::fromString(c->value(2).toString(), Qt::ISODate);
    b.windowEnd = QDate::fromString(c->value(3).toString(), Qt::ISODate);
    auto tags = sql::run(
        db, QStringLiteral("SELECT kind, tag FROM campaign_tags WHERE campaign_id = ? ORDER BY kind, position"),
        {b.id});
    if (!tags)
        return tags.failure();
    while (tags->next()) {
        const QString kind = tags->value(0).toString();
        (kind == QLatin1String("hashtag")   ? b.hashtags
         : kind == QLatin1String("mention") ? b.mentions
                                            : b.ownMarkers)
            << tags->value(1).toString();
    }
    auto platforms =
        sql::run(db, QStringLiteral("SELECT platform FROM campaign_platforms WHERE campaign_id = ?"), {b.id});
    if (!platforms)
        return platforms.failure();
    while (platforms->next())
        b.platforms << platforms->value(0).toString();
    return b;
}

Result<Brief> readBrief(QSqlDatabase &db, const QString &campaign)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM campaigns WHERE name_key = ?"), {nameKey(campaign)});
    if (!id)
        return id.failure();
    if (id->isNull())
        return fail(
            Text::tr("there is no campaign named '%1'; `collabdesk-cli list campaigns` shows them").arg(campaign));
    return readBriefById(db, id->toLongLong());
}

// The brief's rules for one post: rules that do not apply are absent.
QList<ComplianceRule> postRules(const Brief &b, const QString &caption, const QString &platform, const QDate &posted)
{
    QList<ComplianceRule> rules;
    if (!b.hashtags.isEmpty())
        rules << tagsRule("hashtags", caption, QLatin1Char('#'), b.hashtags);
    if (!b.mentions.isEmpty())
        rules << tagsRule("mentions", caption, QLatin1Char('@'), b.mentions);
    if (b.disclosure) {
        const QStringList markers = standardDisclosureMarkers() + b.ownMarkers;
        QString found;
        for (const QString &m : markers)
            if (found.isEmpty() && hasWholeTag(caption, QLatin1Char('#'), m))
                found = m;
        rules << (found.isEmpty()
                      ? ComplianceRule{QStringLiteral("disclosure"), false,
                                       Text::tr("no disclosure marker: add one of %1")
                                           .arg(tagList(markers, QLatin1Char('#'))),
                                       markers}
                      : ComplianceRule{QStringLiteral("disclosure"), true, Text::tr("marked with #%1").arg(found)});
    }
    if (posted.isValid()) {
        const QString window = b.windowEnd.isValid()
                                   ? Text::tr("%1 to %2").arg(displayDate(b.windowStart), displayDate(b.windowEnd))
                                   : Text::tr("from %1").arg(displayDate(b.windowStart));
        const bool early = posted < b.windowStart;
        const bool late = b.windowEnd.isValid() && posted > b.windowEnd;
        rules << ComplianceRule{QStringLiteral("window"), !early && !late,
                                early  ? Text::tr("posted %1, before the window %2").arg(displayDate(posted), window)
                                : late ? Text::tr("posted %1, after the window %2").arg(displayDate(posted), window)
                                       : Text::tr("posted %1, inside the window %2").arg(displayDate(posted), window)};
    }
    const bool platformOk = b.platforms.isEmpty() || b.platforms.contains(platform);
    const QString platformName = platformDisplayName(wordFrom<Platform>(platform).value_or(Platform::Instagram));
    rules << ComplianceRule{QStringLiteral("platform"), platformOk,
                            platformOk ? Text::tr("%1 is one of the campaign's platforms").arg(platformName)
                                       : Text::tr("%1 is not one of the campaign's platforms (%2)")
                                             .arg(platformName, b.platforms.join(QStringLiteral(", ")))};
    return rules;
}
} // namespace

bool hasWholeTag(QStringView text, QChar sigil, QStringView tag)
{
    if (tag.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(sigil); at >= 0; at = text.indexOf(sigil, at + 1)) {
        const qsizetype end = at + 1 + tag.size();
        if (end > text.size())
            return false;
        if (text.mid(at + 1, tag.size()).compare(tag, Qt::CaseInsensitive) == 0 &&
            (end == text.size() || !continuesTag(text.at(end))))
            return true;
    }
    return false;
}

QStringList standardDisclosureMarkers()
{
    return {QStringLiteral("ad"), QStringLiteral("iklan"), QStringLiteral("sponsored"),
            QStringLiteral("paidpartnership")};
}

bool DeliverableCompliance::pass() const
{
    return std::all_of(rules.cbegin(), rules.cend(), [](const ComplianceRule &r) { return r.pass; });
}

Result<QList<DeliverableCompliance>> briefCompliance(QSqlDatabase &db, const QString &campaign)
{
    auto brief = readBrief(db, campaign);
    if (!brief)
        return brief.failure();
    const Brief &b = brief.value();
    // A deliverable's own caption, else the caption of its post's latest snapshot.
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT d.id, c.name, d.title, d.platform, d.post_url, d.posted_at, "
            "CASE WHEN d.caption <> '' THEN d.caption ELSE coalesce((SELECT s.caption FROM posts po "
            " JOIN post_metric_snapshots s ON s.post_id = po.id WHERE po.participant_id = d.participant_id "
            " AND po.platform = d.platform AND po.url_key = d.post_url_key AND d.post_url_key <> '' "
            " ORDER BY s.snapshot_date DESC LIMIT 1), '') END "
            "FROM deliverables d JOIN participants p ON p.id = d.participant_id JOIN creators c ON c.id = p.creator_id "
            "WHERE p.campaign_id = ? ORDER BY c.name_key, d.title_key, d.platform"),
        {b.id});
    if (!q)
        return q.failure();
    QList<DeliverableCompliance> results;
    while (q->next()) {
        const QString caption = q->value(6).toString();
        const QDate posted = QDate::fromString(q->value(5).toString().left(10), Qt::ISODate);
        if (caption.trimmed().isEmpty() && !posted.isValid())
            continue; // nothing to check yet
        DeliverableCompliance d;
        d.deliverableId = q->value(0).toLongLong();
        d.creator = q->value(1).toString();
        d.title = q->value(2).toString();
        d.platform = q->value(3).toString();
        d.postUrl = q->value(4).toString();
        d.postedAt = posted;
        d.rules = postRules(b, caption, d.platform, posted);
        results << d;
    }
    return results;
}

Result<QList<ComplianceRule>> postCompliance(QSqlDatabase &db, qint64 campaignId, const QString &caption,
                                             const QString &platform, const QDate &posted)
{
    auto brief = readBriefById(db, campaignId);
    if (!brief)
        return brief.failure();
    return postRules(brief.value(), caption, platform, posted);
}

QJsonArray complianceToJson(const QList<DeliverableCompliance> &results)
{
    QJsonArray array;
    for (const DeliverableCompliance &d : results) {
        QJsonArray rules;
        for (const ComplianceRule &r : d.rules)
            rules.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                     {QStringLiteral("pass"), r.pass},
                                     {QStringLiteral("detail"), r.detail}});
        array.append(QJsonObject{
            {QStringLiteral("creator"), d.creator},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("platform"), d.platform},
            {QStringLiteral("post_url"), jsonText(d.postUrl)},
            {QStringLiteral("posted_at"), d.postedAt.isValid() ? QJsonValue(isoDate(d.postedAt)) : QJsonValue()},
            {QStringLiteral("pass"), d.pass()},
            {QStringLiteral("rules"), rules}});
    }
    return array;
}

} // namespace cd
