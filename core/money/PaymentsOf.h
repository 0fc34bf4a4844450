#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace cd {

// The ids of every payment of these creators' deals (receivables and payables alike: a creator's
// name shows on both), for reading back the rows a change to the creators reaches.
Result<QList<qint64>> paymentsOfCreators(QSqlDatabase &db, const QList<qint64> &creators);
// The same for the deals of these campaigns (their name, brand and dates show on every payment).
Result<QList<qint64>> paymentsOfCampaigns(QSqlDatabase &db, const QList<qint64> &campaigns);

} // namespace cd
