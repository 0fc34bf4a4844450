#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cd {

class Workspace;

// The workspace settings people set by name (formats.md's `settings` keys), each with its stored
// key, kind and built-in default. One table serves the CLI, the Settings page and MoneySettings.
struct SettingKey
{
    enum class Type
    {
        Perspective, // brand | agency
        Days,        // whole days >= 0
        Percent,     // a percent with at most two decimals ("20", "11", "2.5"); stored in basis points
        Bool,        // yes | no
        Text,
        InvoicePattern // text with {NNNN} (and optionally {YYYY}, {YY}, {MM})
    };
    const char *name;      // as people and the CLI name it: "agency_rate"
    const char *storedKey; // the settings table's key
    Type type;
    const char *defaultValue; // in the stored form (basis points for percents)
};

const QList<SettingKey> &settingKeys();
const SettingKey *findSettingKey(QStringView name);

namespace settings {
// The value of `key` in the form people write it ("20" for 20%, "yes"), the default when unset.
QString displayValue(QSqlDatabase &db, const SettingKey &key);
// Checks `text` against the key's type and stores it (its own transaction). Errors say what is
// expected: "agency_rate must be a percent between 0 and 100 with at most two decimals (got '20x')".
Status setByName(Workspace &ws, const SettingKey &key, const QString &text);
// The stored value (default when unset), as an integer for Days/Percent/Bool keys.
qint64 intValue(QSqlDatabase &db, const SettingKey &key);
} // namespace settings

} // namespace cd
