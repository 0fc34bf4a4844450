#include "Exclusivity.h"

#include "common/Dates.h"
#include "common/IdPositions.h"
#include "common/JsonText.h"
#include "common/MoveIntoOrder.h"
#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exclusivity)
};

// One exclusivity in force or pending: a contract's latest terms.
struct Exclusive
{
    qint64 contractId = 0;
    bool pending = false;
    qint64 creatorId = 0;
    QString creator;
    qint64 brandId = 0;
    QString brand, brandKey;
    qint64 campaignId = 0;
    QString campaign;
    QString category;
    QStringList competitors;
    QSet<QString> competitorKeys;
    QDate start, end;
};

// A creator's part in a campaign.
struct Part
{
    qint64 creatorId = 0;
    qint64 campaignId = 0;
    QString campaign;
    QDate start, end;
    qint64 brandId = 0;
    QString brand, brandKey, category;
};

// Starts `q` with `params` (ids and ISO dates) bound in order.
Status start(SqliteStatement &q, QSqlDatabase &db, const QVariantList &params)
{
    if (Status s = q.start(db); !s)
        return s;
    for (int i = 0; i < params.size(); ++i) {
        if (params.at(i).typeId() == QMetaType::QString)
            q.bind(i + 1, params.at(i).toString());
        else
            q.bind(i + 1, params.at(i).toLongLong());
    }
    return {};
}

// A stored date column ('YYYY-MM-DD'), invalid for none.
QDate isoDay(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QDate() : QDate::fromString(q.text(column), Qt::ISODate);
}

class Checker
{
public:
    Status load(QSqlDatabase &db, const QString &where, const QVariantList &params);
    Status loadBrandCompetitors(QSqlDatabase &db);
    // Campaign parts matching `where`: of participants (creator set), or of campaigns alone for a
    // participation being considered (creator 0).
    enum class Of
    {
        Participants,
        Campaigns
    };
    Result<QList<Part>> parts(QSqlDatabase &db, Of of, const QString &where, const QVariantList &params);
    // The conflict of `e` with `p`, if they conflict.
    std::optional<ExclusivityConflict> check(const Exclusive &e, const Part &p) const;
    QList<Exclusive> exclusives;

private:
    QHash<qint64, QSet<QString>> m_brandCompetitors; // brand id -> competitor name keys
};

// The contracts' latest terms are read starting from the versions, each joined to its contract.
// The status is compared as an expression so that SQLite does not start from the status index and
// seek from each contract down to its versions (the large demo, in the shell: exclusivities 32-35 ms
// -> 17, rights 79-82 -> 62). A `where` naming one contract or creator still starts from that one.
Status Checker::load(QSqlDatabase &db, const QString &where, const QVariantList &params)
{
    SqliteStatement q(
        "SELECT k.id, k.status, p.creator_id, cr.name, b.id, b.name, b.name_key, c.id, c.name, v.id, "
        "v.exclusivity_category, v.exclusivity_start, v.exclusivity_end "
        "FROM contract_versions v JOIN contracts k ON k.id = v.contract_id "
        "JOIN participants p ON p.id = k.participant_id JOIN campaigns c ON c.id = p.campaign_id "
        "JOIN brands b ON b.id = c.brand_id JOIN creators cr ON cr.id = p.creator_id "
        "WHERE v.version = (SELECT max(version) FROM contract_versions WHERE contract_id = v.contract_id) "
        "AND k.status || '' IN ('sent', 'negotiating', 'signed', 'active') "
        "AND v.exclusivity_start IS NOT NULL " +
        where.toUtf8());
    if (Status s = start(q, db, params); !s)
        return s;
    QList<qint64> versions;
    Status read = forEachRow(q, [&] {
        Exclusive e;
        e.contractId = q.int64(0);
        const QByteArrayView status = q.utf8(1);
        e.pending = status == "sent" || status == "negotiating";
        e.creatorId = q.int64(2);
        e.creator = q.text(3);
        e.brandId = q.int64(4);
        e.brand = q.text(5);
        e.brandKey = q.text(6);
        e.campaignId = q.int64(7);
        e.campaign = q.text(8);
        e.category = q.text(10);
        e.start = isoDay(q, 11);
        e.end = isoDay(q, 12);
        versions << q.int64(9);
        exclusives << e;
    });
    if (!read)
        return read;
    if (exclusives.isEmpty())
        return {};
    const IdPositions byVersion(versions);
    SqliteStatement c(
        "SELECT version_id, name, name_key FROM contract_version_competitors ORDER BY version_id, position");
    if (Status s = c.start(db); !s)
        return s;
    if (Status s = forEachRow(c,
                              [&] {
                                  if (const qsizetype at = byVersion.at(c.int64(0)); at >= 0) {
                                      exclusives[at].competitors << c.text(1);
                                      exclusives[at].competitorKeys.insert(c.text(2));
                                  }
                              });
        !s)
        return s;
    return loadBrandCompetitors(db);
}

Status Checker::loadBrandCompetitors(QSqlDatabase &db)
{
    auto b = sql::run(db, QStringLiteral("SELECT brand_id, name_key FROM brand_competitors"));
    if (!b)
        return b.failure();
    while (b->next())
        m_brandCompetitors[b->value(0).toLongLong()].insert(b->value(1).toString());
    return {};
}

Result<QList<Part>> Checker::parts(QSqlDatabase &db, Of of, const QString &where, const QVariantList &params)
{
    const QByteArray from =
        of == Of::Participants
            ? "SELECT p.creator_id, c.id, c.name, c.start_date, c.end_date, b.id, b.name, b.name_key, "
              "b.category FROM participants p JOIN campaigns c ON c.id = p.campaign_id "
              "JOIN brands b ON b.id = c.brand_id "
            : "SELECT 0, c.id, c.name, c.start_date, c.end_date, b.id, b.name, b.name_key, "
              "b.category FROM campaigns c JOIN brands b ON b.id = c.brand_id ";
    SqliteStatement q(from + where.toUtf8());
    if (Status s = start(q, db, params); !s)
        return s.failure();
    QList<Part> parts;
    Status read = forEachRow(q, [&] {
        parts.append({q.int64(0), q.int64(1), q.text(2), isoDay(q, 3), isoDay(q, 4), q.int64(5), q.text(6), q.text(7),
                      q.text(8)});
    });
    if (!read)
        return read.failure();
    return parts;
}

std::optional<ExclusivityConflict> Checker::check(const Exclusive &e, const Part &p) const
{
    if (p.creatorId != e.creatorId || p.campaignId == e.campaignId || p.brandId == e.brandId)
        return std::nullopt;
    // The overlap of two inclusive periods, either of which may be open-ended.
    const QDate from = std::max(e.start, p.start);
    QDate to = e.end.isValid() ? e.end : p.end;
    if (e.end.isValid() && p.end.isValid())
        to = std::min(e.end, p.end);
    if (!from.isValid() || (to.isValid() && from > to))
        return std::nullopt;
    QString reason;
    if (!e.category.trimmed().isEmpty() && nameKey(p.category) == nameKey(e.category))
        reason = QStringLiteral("category");
    else if (e.competitorKeys.contains(p.brandKey))
        reason = QStringLiteral("named_competitor");
    else if (m_brandCompetitors.value(e.brandId).contains(p.brandKey) ||
             m_brandCompetitors.value(p.brandId).contains(e.brandKey))
        reason = QStringLiteral("brand_competitor");
    else
        return std::nullopt;
    ExclusivityConflict c;
    c.creatorId = e.creatorId;
    c.creator = e.creator;
    c.contractId = e.contractId;
    c.contractBrand = e.brand;
    c.contractCampaign = e.campaign;
    c.category = e.category;
    c.competitors = e.competitors;
    c.start = e.start;
    c.end = e.end;
    c.campaignId = p.campaignId;
    c.conflictingCampaign = p.campaign;
    c.conflictingBrand = p.brand;
    c.overlapStart = from;
    c.overlapEnd = to;
    c.reason = reason;
    c.pending = e.pending;
    return c;
}

const char *const TakingPart = "WHERE p.status NOT IN ('declined', 'cancelled') AND c.status <> 'cancelled' ";

void sortConflicts(QList<ExclusivityConflict> &conflicts)
{
    std::sort(conflicts.begin(), conflicts.end(), [](const ExclusivityConflict &a, const ExclusivityConflict &b) {
        return std::tuple(nameKey(a.creator), a.contractId, nameKey(a.conflictingCampaign)) <
               std::tuple(nameKey(b.creator), b.contractId, nameKey(b.conflictingCampaign));
    });
}

Result<QList<ExclusivityConflict>> conflictsAmong(Checker &checker, QSqlDatabase &db, const QDate &asOf)
{
    QList<ExclusivityConflict> found;
    if (checker.exclusives.isEmpty())
        return found;
    // An overlap ends by the campaign's end, so campaigns that ended before `asOf` cannot conflict as
    // of it: leaving them out keeps the daily lists fast with thousands of past participations.
    QString where = QString::fromLatin1(TakingPart);
    QVariantList params;
    if (asOf.isValid()) {
        // As a list of campaigns, so that SQLite starts from them and finds their participants by
        // index instead of looking up the campaign of every participation (large: 28-44 -> 15-23
        // ms in the shell).
        where +=
            QStringLiteral("AND p.campaign_id IN (SELECT id FROM campaigns WHERE end_date IS NULL OR end_date >= ?) ");
        params << isoDate(asOf);
    }
    auto parts = checker.parts(db, Checker::Of::Participants, where, params);
    if (!parts)
        return parts.failure();
    QHash<qint64, QList<const Part *>> byCreator;
    for (const Part &p : std::as_const(parts.value()))
        byCreator[p.creatorId] << &p;
    for (const Exclusive &e : std::as_const(checker.exclusives))
        for (const Part *p : byCreator.value(e.creatorId))
            if (auto c = checker.check(e, *p);
                c && (!asOf.isValid() || !c->overlapEnd.isValid() || c->overlapEnd >= asOf))
                found << *c;
    sortConflicts(found);
    return found;
}
} // namespace

Result<QList<ExclusivityConflict>> exclusivityConflicts(QSqlDatabase &db, const QDate &asOf)
{
    Checker checker;
    // Likewise an exclusivity that ended before `asOf`.
    const Status loaded =
        asOf.isValid() ? checker.load(db, QStringLiteral("AND (v.exclusivity_end IS NULL OR v.exclusivity_end >= ?)"),
                                      {isoDate(asOf)})
                       : checker.load(db, {}, {});
    if (!loaded)
        return loaded.failure();
    return conflictsAmong(checker, db, asOf);
}

Result<QList<ExclusivityConflict>> conflictsOfContract(QSqlDatabase &db, qint64 contractId)
{
    Checker checker;
    if (Status s = checker.load(db, QStringLiteral("AND k.id = ?"), {contractId}); !s)
        return s.failure();
    return conflictsAmong(checker, db, QDate());
}

Result<QList<ExclusivityConflict>> conflictsIfJoining(QSqlDatabase &db, qint64 creatorId, qint64 campaignId)
{
    Checker checker;
    if (Status s = checker.load(db, QStringLiteral("AND p.creator_id = ?"), {creatorId}); !s)
        return s.failure();
    QList<ExclusivityConflict> found;
    if (checker.exclusives.isEmpty())
        return found;
    auto joining = checker.parts(db, Checker::Of::Campaigns, QStringLiteral("WHERE c.id = ?"), {campaignId});
    if (!joining)
        return joining.failure();
    for (Part p : std::as_const(joining.value())) {
        p.creatorId = creatorId; // the participation being considered
        for (const Exclusive &e : std::as_const(checker.exclusives))
            if (auto c = checker.check(e, p))
                found << *c;
    }
    sortConflicts(found);
    return found;
}

Result<QList<ExclusivityConflict>> conflictsOfTerms(QSqlDatabase &db, qint64 participantId, const QString &category,
                                                    const QStringList &competitors, const QDate &start,
                                                    const QDate &end, qint64 contractId, bool pending)
{
    QList<ExclusivityConflict> found;
    if (!start.isValid())
        return found; // no start, no exclusivity
    auto who = sql::run(db,
                        QStringLiteral("SELECT p.creator_id, cr.name, b.id, b.name, b.name_key, c.id, c.name FROM "
                                       "participants p JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON "
                                       "b.id = c.brand_id JOIN creators cr ON cr.id = p.creator_id WHERE p.id = ?"),
                        {participantId});
    if (!who)
        return who.failure();
    if (!who->next())
        return found;
    Exclusive e;
    e.contractId = contractId;
    e.pending = pending;
    e.creatorId = who->value(0).toLongLong();
    e.creator = who->value(1).toString();
    e.brandId = who->value(2).toLongLong();
    e.brand = who->value(3).toString();
    e.brandKey = who->value(4).toString();
    e.campaignId = who->value(5).toLongLong();
    e.campaign = who->value(6).toString();
    e.category = category;
    e.competitors = competitors;
    for (const QString &c : competitors)
        e.competitorKeys.insert(nameKey(c));
    e.start = start;
    e.end = end;
    Checker checker;
    if (Status s = checker.loadBrandCompetitors(db); !s)
        return s.failure();
    auto parts = checker.parts(db, Checker::Of::Participants,
                               QString::fromLatin1(TakingPart) + QStringLiteral("AND p.creator_id = ?"), {e.creatorId});
    if (!parts)
        return parts.failure();
    for (const Part &p : std::as_const(parts.value()))
        if (auto c = checker.check(e, p))
            found << *c;
    sortConflicts(found);
    return found;
}

QString describeConflict(const ExclusivityConflict &c)
{
    const QString period = c.end.isValid() ? Text::tr("%1 to %2").arg(displayDate(c.start), displayDate(c.end))
                                           : Text::tr("from %1 with no end").arg(displayDate(c.start));
    const QString overlap = c.overlapEnd.isValid()
                                ? Text::tr("%1 to %2").arg(displayDate(c.overlapStart), displayDate(c.overlapEnd))
                                : Text::tr("from %1 on").arg(displayDate(c.overlapStart));
    QString why;
    if (c.reason == QLatin1String("category"))
        why = Text::tr("%1's category is %2").arg(c.conflictingBrand, c.category);
    else if (c.reason == QLatin1String("named_competitor"))
        why = Text::tr("the contract names %1 as a competitor").arg(c.conflictingBrand);
    else
        why = Text::tr("%1 and %2 list each other as competitors").arg(c.contractBrand, c.conflictingBrand);
    // Both forms hold every placeholder (an empty category fills %6 with nothing), so one arg() call
    // fills them all and a name holding "%1" stays as typed.
    const QString exclusive = c.category.trimmed().isEmpty() ? Text::tr("%1 is exclusive to %2 %3 (%4%5)%6")
                                                             : Text::tr("%1 is exclusive to %2 for %6 %3 (%4%5)");
    // A contract being drafted has no number yet.
    const QString contract = c.contractId ? Text::tr("contract %1").arg(c.contractId) : Text::tr("this contract");
    return exclusive.arg(c.creator, c.contractBrand, period, contract,
                         c.pending ? Text::tr(", not signed yet") : QString(), c.category) +
           Text::tr("; %1 (%2) overlaps %3: %4.").arg(c.conflictingCampaign, c.conflictingBrand, overlap, why);
}

QJsonArray conflictsToJson(const QList<ExclusivityConflict> &conflicts)
{
    QJsonArray out;
    for (const ExclusivityConflict &c : conflicts)
        out.append(QJsonObject{{QStringLiteral("creator"), c.creator},
                               {QStringLiteral("contract_id"), c.contractId},
                               {QStringLiteral("contract_brand"), c.contractBrand},
                               {QStringLiteral("exclusivity_category"), jsonText(c.category)},
                               {QStringLiteral("exclusivity_start"), jsonDate(c.start)},
                               {QStringLiteral("exclusivity_end"), jsonDate(c.end)},
                               {QStringLiteral("conflicting_campaign"), c.conflictingCampaign},
                               {QStringLiteral("conflicting_brand"), c.conflictingBrand},
                               {QStringLiteral("overlap_start"), jsonDate(c.overlapStart)},
                               {QStringLiteral("overlap_end"), jsonDate(c.overlapEnd)},
                               {QStringLiteral("reason"), c.reason},
                               {QStringLiteral("pending"), c.pending}});
    return out;
}

namespace {
// The rights that can need a look, from the versions as Checker::load reads them: each signed,
// active, expired or terminated contract's latest version with a usage end from ?1 (as of) to ?2
// (the last day counted as ending), or before ?1 with the content still in use (most contracts of
// a busy workspace ended long ago and are no longer in use).
constexpr char RightsNeedingALook[] =
    "WHERE v.version = (SELECT max(version) FROM contract_versions WHERE contract_id = v.contract_id) "
    "AND k.status || '' IN ('signed', 'active', 'expired', 'terminated') AND v.usage_end IS NOT NULL "
    "AND (v.usage_end >= ?1 AND v.usage_end <= ?2 OR v.usage_end < ?1 AND k.rights_in_use = 1)";
constexpr char VersionsToCreators[] = "FROM contract_versions v JOIN contracts k ON k.id = v.contract_id "
                                      "JOIN participants p ON p.id = k.participant_id ";
// An alert's columns, in the order alertOf() reads them.
constexpr char AlertColumns[] =
    "SELECT k.id, v.usage_end, k.rights_in_use, v.id, p.id, p.campaign_id, p.creator_id, cr.name, cr.name_key, "
    "coalesce(cr.manager_id, 0), c.name, b.name ";
constexpr char AlertJoins[] =
    "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id JOIN creators cr ON cr.id = "
    "p.creator_id ";

// "expiring" or "expired_in_use" as of the day `daysLeft` before the usage end; empty when the
// rights need no look.
QString rightsState(qint64 daysLeft, bool inUse, int expiringDays)
{
    if (daysLeft >= 0 && daysLeft <= expiringDays)
        return QStringLiteral("expiring");
    if (daysLeft < 0 && inUse)
        return QStringLiteral("expired_in_use");
    return {};
}

// The alert of a row of AlertColumns, without its channels; none when its rights need no look.
std::optional<RightsAlert> alertOf(const SqliteStatement &q, const QDate &asOf, int expiringDays)
{
    RightsAlert a;
    a.usageEnd = QDate::fromString(q.text(1), Qt::ISODate);
    a.inUse = q.int64(2) != 0;
    a.daysLeft = asOf.daysTo(a.usageEnd);
    a.state = rightsState(a.daysLeft, a.inUse, expiringDays);
    if (a.state.isEmpty())
        return std::nullopt;
    a.contractId = q.int64(0);
    a.participantId = q.int64(4);
    a.campaignId = q.int64(5);
    a.creatorId = q.int64(6);
    a.creator = q.text(7);
    a.managerId = q.int64(9);
    a.campaign = q.text(10);
    a.brand = q.text(11);
    return a;
}

// Where rights come in the alerts' order: by usage end, then creator (the stored name key, compared
// as UTF-16: SQLite's byte order but for an emoji against a character from U+E000 to U+FFFF at the
// same place), then contract.
struct RightsPlace
{
    QDate usageEnd;
    QString nameKey;
    qint64 contractId = 0;
    bool operator<(const RightsPlace &o) const
    {
        if (usageEnd != o.usageEnd)
            return usageEnd < o.usageEnd;
        if (const int c = nameKey.compare(o.nameKey); c != 0)
            return c < 0;
        return contractId < o.contractId;
    }
};
} // namespace

Result<QList<RightsAlert>> rightsAlerts(QSqlDatabase &db, const QDate &asOf, int expiringDays)
{
    // Through SQLite's own API rather than a QVariant per value, and put in order here rather than
    // by SQLite sorting every joined row (the large demo's 9,050 alerts: 80 -> 50-60 ms).
    SqliteStatement q(QByteArray(AlertColumns) + VersionsToCreators + AlertJoins + RightsNeedingALook);
    if (Status s = q.start(db); !s)
        return s.failure();
    q.bind(1, asOf);
    q.bind(2, asOf.addDays(std::max(expiringDays, 0)));
    QList<RightsAlert> alerts;
    QList<qint64> versions;
    QList<RightsPlace> places;
    Status read = forEachRow(q, [&] {
        if (auto a = alertOf(q, asOf, expiringDays)) {
            places << RightsPlace{a->usageEnd, q.text(8), a->contractId};
            versions << q.int64(3);
            alerts << std::move(*a);
        }
    });
    if (!read)
        return read.failure();
    if (alerts.isEmpty())
        return alerts;
    QList<qsizetype> order(alerts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) { return places.at(x) < places.at(y); });
    QList<qint64> orderedVersions;
    orderedVersions.reserve(versions.size());
    for (qsizetype i : std::as_const(order))
        orderedVersions << versions.at(i);
    moveIntoOrder(alerts, std::move(order));
    const IdPositions byVersion(orderedVersions);
    SqliteStatement ch("SELECT version_id, channel FROM contract_version_usage_channels ORDER BY version_id, channel");
    if (Status s = ch.start(db); !s)
        return s.failure();
    read = forEachRow(ch, [&] {
        if (const qsizetype at = byVersion.at(ch.int64(0)); at >= 0)
            alerts[at].channels << ch.text(1);
    });
    if (!read)
        return read.failure();
    return alerts;
}

Result<RightsAlertsHead> firstRightsAlerts(QSqlDatabase &db, const QDate &asOf, int expiringDays, int perState,
                                           const QSet<qint64> *contracts)
{
    // Which rights and in what order from the versions and the creators' name keys alone: no seek
    // into campaigns and brands, no names and no channels for the thousands not shown.
    SqliteStatement q(QByteArray("SELECT k.id, v.usage_end, k.rights_in_use, v.id, cr.name_key ") + VersionsToCreators +
                      "JOIN creators cr ON cr.id = p.creator_id " + RightsNeedingALook);
    if (Status s = q.start(db); !s)
        return s.failure();
    q.bind(1, asOf);
    q.bind(2, asOf.addDays(std::max(expiringDays, 0)));
    struct Found
    {
        RightsPlace place;
        qint64 versionId = 0;
    };
    QList<Found> ended, ending;
    RightsAlertsHead head;
    Status read = forEachRow(q, [&] {
        const qint64 contract = q.int64(0);
        if (contracts && !contracts->contains(contract))
            return;
        const QDate end = QDate::fromString(q.text(1), Qt::ISODate);
        const qint64 daysLeft = asOf.daysTo(end);
        if (rightsState(daysLeft, q.int64(2) != 0, expiringDays).isEmpty())
            return;
        ++head.total;
        (daysLeft < 0 ? ended : ending) << Found{{end, q.text(4), contract}, q.int64(3)};
    });
    if (!read)
        return read.failure();
    // The few shown, each read whole by its version: a seek each.
    SqliteStatement one(QByteArray(AlertColumns) + VersionsToCreators + AlertJoins + "WHERE v.id = ?1");
    SqliteStatement ch("SELECT channel FROM contract_version_usage_channels WHERE version_id = ?1 ORDER BY channel");
    for (QList<Found> *found : {&ended, &ending}) {
        const qsizetype shown = std::min<qsizetype>(std::max(perState, 0), found->size());
        std::partial_sort(found->begin(), found->begin() + shown, found->end(),
                          [](const Found &a, const Found &b) { return a.place < b.place; });
        for (qsizetype i = 0; i < shown; ++i) {
            auto row = one.firstRowFor(db, found->at(i).versionId);
            if (!row)
                return row.failure();
            auto alert = row.value() ? alertOf(one, asOf, expiringDays) : std::nullopt;
            if (!alert) // changed by a write between the two reads: the next read after it says
                continue;
            if (Status s = ch.start(db); !s)
                return s.failure();
            ch.bind(1, found->at(i).versionId);
            if (Status s = forEachRow(ch, [&] { alert->channels << ch.text(0); }); !s)
                return s.failure();
            head.alerts << std::move(*alert);
        }
    }
    return head;
}

QJsonArray rightsToJson(const QList<RightsAlert> &alerts)
{
    QJsonArray out;
    for (const RightsAlert &a : alerts)
        out.append(QJsonObject{{QStringLiteral("contract_id"), a.contractId},
                               {QStringLiteral("creator"), a.creator},
                               {QStringLiteral("brand"), a.brand},
                               {QStringLiteral("campaign"), a.campaign},
                               {QStringLiteral("usage_channels"), QJsonArray::fromStringList(a.channels)},
                               {QStringLiteral("usage_end"), jsonDate(a.usageEnd)},
                               {QStringLiteral("days_left"), a.daysLeft},
                               {QStringLiteral("rights_in_use"), a.inUse},
                               {QStringLiteral("state"), a.state}});
    return out;
}

} // namespace cd
