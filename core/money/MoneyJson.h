#pragma once

#include "PaymentLedger.h"

#include <QJsonArray>

namespace cd {

// `payments --json` (formats.md) as JSON text: one object per row, status and bucket as of
// `asOf`. Written directly, not through QJsonObject: 50,000 rows in a fraction of the time.
QByteArray paymentsJson(const QList<PaymentRow> &rows, const QDate &asOf);
// `ageing --json` (formats.md).
QJsonArray ageingToJson(const QList<AgeingRow> &rows);

} // namespace cd
