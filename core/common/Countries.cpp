#include "Countries.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {
namespace {
// Indonesian names of the countries an Indonesian creator's audience usually comes from.
const QHash<QString, QString> &indonesianNames()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("ID"), QStringLiteral("Indonesia")},
        {QStringLiteral("MY"), QStringLiteral("Malaysia")},
        {QStringLiteral("SG"), QStringLiteral("Singapura")},
        {QStringLiteral("BN"), QStringLiteral("Brunei")},
        {QStringLiteral("PH"), QStringLiteral("Filipina")},
        {QStringLiteral("TH"), QStringLiteral("Thailand")},
        {QStringLiteral("VN"), QStringLiteral("Vietnam")},
        {QStringLiteral("TL"), QStringLiteral("Timor Leste")},
        {QStringLiteral("AU"), QStringLiteral("Australia")},
        {QStringLiteral("JP"), QStringLiteral("Jepang")},
        {QStringLiteral("KR"), QStringLiteral("Korea Selatan")},
        {QStringLiteral("CN"), QStringLiteral("Tiongkok")},
        {QStringLiteral("TW"), QStringLiteral("Taiwan")},
        {QStringLiteral("HK"), QStringLiteral("Hong Kong")},
        {QStringLiteral("IN"), QStringLiteral("India")},
        {QStringLiteral("SA"), QStringLiteral("Arab Saudi")},
        {QStringLiteral("AE"), QStringLiteral("Uni Emirat Arab")},
        {QStringLiteral("US"), QStringLiteral("Amerika Serikat")},
        {QStringLiteral("GB"), QStringLiteral("Inggris")},
        {QStringLiteral("NL"), QStringLiteral("Belanda")},
        {QStringLiteral("DE"), QStringLiteral("Jerman")},
        {QStringLiteral("FR"), QStringLiteral("Prancis")},
        {QStringLiteral("CA"), QStringLiteral("Kanada")},
        {QStringLiteral("NZ"), QStringLiteral("Selandia Baru")},
        {QStringLiteral("TR"), QStringLiteral("Turki")},
        {QStringLiteral("EG"), QStringLiteral("Mesir")},
        {QStringLiteral("QA"), QStringLiteral("Qatar")},
        {QStringLiteral("MM"), QStringLiteral("Myanmar")},
        {QStringLiteral("KH"), QStringLiteral("Kamboja")},
        {QStringLiteral("PK"), QStringLiteral("Pakistan")},
    };
    return names;
}

// A name as compared: case and runs of spaces do not matter.
QString folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Every name a country goes by (its code, Qt's English name, the Indonesian one), folded, to its code.
const QHash<QString, QString> &codesByName()
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> all;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            all.insert(folded(code), code);
            all.insert(folded(QLocale::territoryToString(territory)), code);
        }
        for (auto it = indonesianNames().cbegin(); it != indonesianNames().cend(); ++it)
            all.insert(folded(it.value()), it.key());
        return all;
    }();
    return codes;
}
} // namespace

std::optional<QString> countryCode(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QString();
    const auto found = codesByName().constFind(folded(typed));
    if (found == codesByName().cend())
        return std::nullopt;
    return found.value();
}

QString countryName(const QString &code, ContractLanguage language)
{
    const QString upper = code.trimmed().toUpper();
    if (language == ContractLanguage::Id)
        if (const auto name = indonesianNames().constFind(upper); name != indonesianNames().cend())
            return name.value();
    if (upper.size() == 2)
        if (const QLocale::Territory t = QLocale::codeToTerritory(upper); t != QLocale::AnyTerritory)
            return QLocale::territoryToString(t);
    return code;
}

QString countryName(const QString &code, const QLocale &locale)
{
    return countryName(code, locale.language() == QLocale::Indonesian ? ContractLanguage::Id : ContractLanguage::En);
}

QStringList countryNames(const QLocale &locale)
{
    QStringList names;
    for (const QString &code : QSet<QString>(codesByName().cbegin(), codesByName().cend()))
        names << countryName(code, locale);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    names.removeDuplicates();
    return names;
}

} // namespace cd
