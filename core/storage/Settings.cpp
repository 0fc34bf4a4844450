#include "Settings.h"

#include "Sql.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace cd::settings {

QString value(QSqlDatabase &db, const QString &key, const QString &fallback)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v && !v->isNull() ? v->toString() : fallback;
}

namespace {
Status write(Transaction &tx, const QString &key, const QString &value)
{
    auto q = sql::run(tx.db(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    return q ? Status() : fail(q.error());
}
} // namespace

Status setValue(Workspace &ws, const QString &key, const QString &v)
{
    Transaction tx(ws);
    if (!tx)
        return fail(tx.error());
    if (Status s = write(tx, key, v); !s)
        return s;
    tx.touch(QStringLiteral("settings"));
    return tx.commit();
}

TierThresholds tierThresholds(QSqlDatabase &db)
{
    TierThresholds t;
    const auto read = [&](const char *key, qint64 fallback) {
        bool ok = false;
        const qint64 v = value(db, QString::fromLatin1(key)).toLongLong(&ok);
        return ok ? v : fallback;
    };
    TierThresholds read_{read("tier.micro", t.micro), read("tier.macro", t.macro), read("tier.mega", t.mega)};
    return read_.isValid() ? read_ : t;
}

Status setTierThresholds(Workspace &ws, const TierThresholds &t)
{
    if (!t.isValid())
        return fail(QCoreApplication::translate(
                        "Settings", "tier thresholds must grow: micro (%1) < macro (%2) < mega (%3), all above 0")
                        .arg(t.micro)
                        .arg(t.macro)
                        .arg(t.mega));
    Transaction tx(ws);
    if (!tx)
        return fail(tx.error());
    for (const auto &[key, v] :
         {std::pair{"tier.micro", t.micro}, std::pair{"tier.macro", t.macro}, std::pair{"tier.mega", t.mega}})
        if (Status s = write(tx, QString::fromLatin1(key), QString::number(v)); !s)
            return s;
    tx.touch(QStringLiteral("settings"));
    return tx.commit();
}

QString defaultCurrency(QSqlDatabase &db)
{
    return value(db, QStringLiteral("default_currency"), QStringLiteral("IDR"));
}

} // namespace cd::settings
