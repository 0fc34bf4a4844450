#include "ContractList.h"

#include "common/Dates.h"
#include "common/SharedValues.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonObject>

namespace cd {
Result<QList<ContractSummary>> contractList(QSqlDatabase &db)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT k.id, k.participant_id, c.id, c.name, b.name, cr.name, k.status, v.language, "
                           "v.version, k.signed_date, v.end_date, v.usage_end, k.rights_in_use, "
                           "v.exclusivity_category, v.exclusivity_start, v.exclusivity_end, v.id "
                           "FROM contracts k JOIN contract_versions v ON v.contract_id = k.id AND v.version = "
                           "(SELECT max(version) FROM contract_versions WHERE contract_id = k.id) "
                           "JOIN participants p ON p.id = k.participant_id JOIN campaigns c ON c.id = p.campaign_id "
                           "JOIN brands b ON b.id = c.brand_id JOIN creators cr ON cr.id = p.creator_id "
                           "ORDER BY c.name_key, cr.name_key"));
    if (!q)
        return fail(q.error());
    QList<ContractSummary> out;
    QHash<qint64, qsizetype> byVersion;
    // Campaigns, brands, statuses and languages repeat from contract to contract (at large 23,140
    // contracts held 211,116 strings, 5.4 MiB, in the Contracts list all session long).
    SharedValues<QString> shared;
    while (q->next()) {
        ContractSummary s;
        s.id = q->value(0).toLongLong();
        s.participantId = q->value(1).toLongLong();
        s.campaignId = q->value(2).toLongLong();
        s.campaign = shared(q->value(3).toString());
        s.brand = shared(q->value(4).toString());
        s.creator = shared(q->value(5).toString());
        s.status = shared(q->value(6).toString());
        s.language = shared(q->value(7).toString());
        s.version = q->value(8).toInt();
        s.signedDate = dateFromSql(q->value(9));
        s.endDate = dateFromSql(q->value(10));
        s.usageEnd = dateFromSql(q->value(11));
        s.rightsInUse = q->value(12).toInt() != 0;
        s.exclusivityCategory = shared(q->value(13).toString());
        s.exclusivityStart = dateFromSql(q->value(14));
        s.exclusivityEnd = dateFromSql(q->value(15));
        byVersion.insert(q->value(16).toLongLong(), out.size());
        out << s;
    }
    auto c = sql::run(db, QStringLiteral("SELECT version_id, name FROM contract_version_competitors "
                                         "ORDER BY version_id, position"));
    if (!c)
        return fail(c.error());
    while (c->next())
        if (auto at = byVersion.constFind(c->value(0).toLongLong()); at != byVersion.constEnd())
            out[*at].competitors << shared(c->value(1).toString());
    return out;
}

QJsonArray contractListToJson(const QList<ContractSummary> &contracts)
{
    QJsonArray out;
    for (const ContractSummary &s : contracts)
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("campaign"), s.campaign},
                               {QStringLiteral("brand"), s.brand},
                               {QStringLiteral("creator"), s.creator},
                               {QStringLiteral("status"), s.status},
                               {QStringLiteral("version"), s.version},
                               {QStringLiteral("language"), s.language},
                               {QStringLiteral("signed_date"), jsonDate(s.signedDate)},
                               {QStringLiteral("end_date"), jsonDate(s.endDate)},
                               {QStringLiteral("usage_end"), jsonDate(s.usageEnd)},
                               {QStringLiteral("rights_in_use"), s.rightsInUse},
                               {QStringLiteral("exclusivity_category"), s.exclusivityCategory},
                               {QStringLiteral("exclusivity_competitors"), QJsonArray::fromStringList(s.competitors)},
                               {QStringLiteral("exclusivity_start"), jsonDate(s.exclusivityStart)},
                               {QStringLiteral("exclusivity_end"), jsonDate(s.exclusivityEnd)}});
    return out;
}

} // namespace cd
