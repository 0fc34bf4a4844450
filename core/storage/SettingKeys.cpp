#include "SettingKeys.h"

#include "Settings.h"
#include "common/Percent.h"
#include "common/Words.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SettingKeys)
};

} // namespace

const QList<SettingKey> &settingKeys()
{
    using T = SettingKey::Type;
    static const QList<SettingKey> keys = {
        {"perspective", "money.perspective", T::Perspective, "brand"},
        {"payment_terms_days", "money.payment_terms_days", T::Days, "30"},
        {"creator_payout_days", "money.creator_payout_days", T::Days, "7"},
        {"turnaround_days", "contract.turnaround_days", T::Days, "3"},
        {"agency_rate", "money.agency_rate_bp", T::Percent, "2000"},
        {"vat_registered", "money.vat_registered", T::Bool, "0"},
        {"vat_rate", "money.vat_rate_bp", T::Percent, "1100"},
        {"pph23_rate", "money.pph23_rate_bp", T::Percent, "200"},
        {"pph26_rate", "money.pph26_rate_bp", T::Percent, "2000"},
        {"pph21_base", "money.pph21_base_bp", T::Percent, "5000"},
        {"company_name", "party.legal_name", T::Text, ""},
        {"company_address", "party.address", T::Text, ""},
        {"company_npwp", "party.tax_number", T::Text, ""},
        {"company_signatory", "party.signatory", T::Text, ""}, // who signs contracts for the company
        {"company_bank_account", "money.bank_account", T::Text, ""},
        {"invoice_pattern", "money.invoice_pattern", T::InvoicePattern, "INV/{YYYY}/{NNNN}"},
    };
    return keys;
}

const SettingKey *findSettingKey(QStringView name)
{
    for (const SettingKey &k : settingKeys())
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

namespace settings {

QString displayValue(QSqlDatabase &db, const SettingKey &key)
{
    const QString stored = value(db, QString::fromLatin1(key.storedKey), QString::fromLatin1(key.defaultValue));
    switch (key.type) {
    case SettingKey::Type::Percent:
        return percentText(stored.toLongLong());
    case SettingKey::Type::Bool:
        return stored == QLatin1String("1") ? QStringLiteral("yes") : QStringLiteral("no");
    default:
        return stored;
    }
}

qint64 intValue(QSqlDatabase &db, const SettingKey &key)
{
    bool ok = false;
    const qint64 v = value(db, QString::fromLatin1(key.storedKey)).toLongLong(&ok);
    return ok ? v : QByteArray(key.defaultValue).toLongLong();
}

Status setByName(Workspace &ws, const SettingKey &key, const QString &text)
{
    const QString name = QString::fromLatin1(key.name);
    QString stored = text.trimmed();
    switch (key.type) {
    case SettingKey::Type::Perspective: {
        auto p = parseWord<Perspective>(stored);
        if (!p)
            return fail(Text::tr("%1 must be brand or agency (got '%2')").arg(name, text));
        stored = wordOf(*p);
        break;
    }
    case SettingKey::Type::Days: {
        bool ok = false;
        const int days = stored.toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return fail(Text::tr("%1 must be a whole number of days from 0 to 3650 (got '%2')").arg(name, text));
        stored = QString::number(days);
        break;
    }
    case SettingKey::Type::Percent: {
        const auto bp = parsePercentBp(stored);
        if (!bp)
            return fail(Text::tr("%1 must be a percent from 0 to 100 with at most two decimals, like 20 or 2.5 "
                                 "(got '%2')")
                            .arg(name, text));
        stored = QString::number(*bp);
        break;
    }
    case SettingKey::Type::Bool: {
        const QString t = stored.toLower();
        if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            stored = QStringLiteral("1");
        else if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            stored = QStringLiteral("0");
        else
            return fail(Text::tr("%1 must be yes or no (got '%2')").arg(name, text));
        break;
    }
    case SettingKey::Type::InvoicePattern:
        if (stored.count(QStringLiteral("{NNNN}")) != 1)
            return fail(Text::tr("%1 must hold {NNNN} once, where the invoice's running number goes, like "
                                 "INV/{YYYY}/{NNNN} (got '%2')")
                            .arg(name, text));
        break;
    case SettingKey::Type::Text:
        break;
    }
    return setValue(ws, QString::fromLatin1(key.storedKey), stored);
}

} // namespace settings
} // namespace cd
