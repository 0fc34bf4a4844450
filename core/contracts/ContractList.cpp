#include "ContractList.h"

#include "common/Dates.h"
#include "common/JsonText.h"
#include "common/SharedValues.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QJsonObject>

namespace cd {
QByteArray contractsInListOrder()
{
    return QByteArrayLiteral("FROM contracts k JOIN contract_versions v ON v.contract_id = k.id AND v.version = "
                             "(SELECT max(version) FROM contract_versions WHERE contract_id = k.id) "
                             "JOIN participants p ON p.id = k.participant_id JOIN campaigns c ON c.id = p.campaign_id "
                             "JOIN brands b ON b.id = c.brand_id JOIN creators cr ON cr.id = p.creator_id "
                             "ORDER BY c.name_key, cr.name_key");
}

// Through SQLite's own API: Qt SQL's values for the large demo's 23,140 contracts, 17 columns each,
// cost 70-80 of the read's 180 ms.
Result<QList<ContractSummary>> contractList(QSqlDatabase &db)
{
    SqliteStatement q(QByteArrayLiteral("SELECT k.id, k.participant_id, c.id, c.name, b.name, cr.name, k.status, "
                                        "v.language, v.version, k.signed_date, v.end_date, v.usage_end, "
                                        "k.rights_in_use, v.exclusivity_category, v.exclusivity_start, "
                                        "v.exclusivity_end, v.id ") +
                      contractsInListOrder());
    if (Status s = q.start(db); !s)
        return s.failure();
    QList<ContractSummary> out;
    if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM contracts")))
        out.reserve(n->toLongLong());
    QHash<qint64, qsizetype> byVersion;
    // Campaigns, brands, statuses and languages repeat from contract to contract (at large 23,140
    // contracts held 211,116 strings, 5.4 MiB, in the Contracts list all session long).
    SharedValues<QString> shared;
    Status read = forEachRow(q, [&] {
        ContractSummary s;
        s.id = q.int64(0);
        s.participantId = q.int64(1);
        s.campaignId = q.int64(2);
        s.campaign = shared(q.text(3));
        s.brand = shared(q.text(4));
        s.creator = shared(q.text(5));
        s.status = shared(q.text(6));
        s.language = shared(q.text(7));
        s.version = int(q.int64(8));
        s.signedDate = dateFromIsoUtf8(q.utf8(9));
        s.endDate = dateFromIsoUtf8(q.utf8(10));
        s.usageEnd = dateFromIsoUtf8(q.utf8(11));
        s.rightsInUse = q.int64(12) != 0;
        s.exclusivityCategory = shared(q.text(13));
        s.exclusivityStart = dateFromIsoUtf8(q.utf8(14));
        s.exclusivityEnd = dateFromIsoUtf8(q.utf8(15));
        byVersion.insert(q.int64(16), out.size());
        out.append(std::move(s));
    });
    if (!read)
        return read.failure();
    SqliteStatement c("SELECT version_id, name FROM contract_version_competitors ORDER BY version_id, position");
    if (Status s = c.start(db); !s)
        return s.failure();
    read = forEachRow(c, [&] {
        if (auto at = byVersion.constFind(c.int64(0)); at != byVersion.constEnd())
            out[*at].competitors << shared(c.text(1));
    });
    if (!read)
        return read.failure();
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
                               {QStringLiteral("exclusivity_category"), jsonText(s.exclusivityCategory)},
                               {QStringLiteral("exclusivity_competitors"), QJsonArray::fromStringList(s.competitors)},
                               {QStringLiteral("exclusivity_start"), jsonDate(s.exclusivityStart)},
                               {QStringLiteral("exclusivity_end"), jsonDate(s.exclusivityEnd)}});
    return out;
}

} // namespace cd
