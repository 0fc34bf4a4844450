#include "DocumentLanguage.h"

#include <QLocale>
#include <QStringList>

namespace cd {

ContractLanguage documentLanguageFor(const QString &uiLanguage)
{
    // Only the language part counts: an Indonesian speaker abroad ("id-SG") still reads Indonesian.
    const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0)
                                 .section(QLatin1Char('_'), 0, 0)
                                 .section(QLatin1Char('.'), 0, 0)
                                 .trimmed()
                                 .toLower();
    // "in" is Indonesian's withdrawn ISO 639 code, which Java and older Android systems still report.
    return language == QLatin1String("id") || language == QLatin1String("in") ? ContractLanguage::Id
                                                                              : ContractLanguage::En;
}

ContractLanguage defaultDocumentLanguage()
{
    const QStringList languages = QLocale().uiLanguages();
    return languages.isEmpty() ? ContractLanguage::En : documentLanguageFor(languages.first());
}

} // namespace cd
