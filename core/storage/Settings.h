#pragma once

#include "common/Result.h"
#include "common/Tier.h"

#include <QSqlDatabase>
#include <QString>

namespace cd {

class Workspace;

// Workspace settings (domain.md's editable defaults) are key/value rows in the settings table;
// a key that was never set has its built-in default, so defaults can improve without migrations.
namespace settings {

QString value(QSqlDatabase &db, const QString &key, const QString &fallback = {});
// Writes one setting in its own transaction (signal kind "settings").
Status setValue(Workspace &ws, const QString &key, const QString &value);

// Keys of the tier thresholds: "tier.micro", "tier.macro", "tier.mega".
TierThresholds tierThresholds(QSqlDatabase &db);
// Refuses thresholds that are not increasing and positive.
Status setTierThresholds(Workspace &ws, const TierThresholds &thresholds);

// "default_currency", IDR unless set.
QString defaultCurrency(QSqlDatabase &db);

} // namespace settings
} // namespace cd
