#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cd {

// One line of the contract list: who, with whom, where it stands, and the terms that matter day
// to day (the latest version's).
struct ContractSummary
{
    qint64 id = 0, participantId = 0, campaignId = 0;
    QString campaign, brand, creator, status, language;
    int version = 0;
    QDate signedDate, endDate, usageEnd, exclusivityStart, exclusivityEnd;
    bool rightsInUse = false;
    QString exclusivityCategory;
    QStringList competitors;
};

// Every contract by campaign and creator.
Result<QList<ContractSummary>> contractList(QSqlDatabase &db);
// The FROM and ORDER BY of that list: contracts `k` with their latest versions `v`, participations
// `p`, campaigns `c`, brands `b` and creators `cr`.
QByteArray contractsInListOrder();
// The `contract list --json` array of formats.md.
QJsonArray contractListToJson(const QList<ContractSummary> &contracts);

} // namespace cd
