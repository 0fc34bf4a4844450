#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cd {

UiLanguage uiLanguageFromCode(const QString &code)
{
    // Only the language part counts ("id-SG", "id_ID.UTF-8"); "in" is Indonesian's withdrawn ISO 639
    // code, which Java and older Android systems still report.
    const QString language =
        code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0).toLower();
    if (language == QLatin1String("id") || language == QLatin1String("in"))
        return UiLanguage::Indonesian;
    if (language == QLatin1String("en"))
        return UiLanguage::English;
    return UiLanguage::System;
}

UiLanguage resolvedUiLanguage(UiLanguage language)
{
    if (language != UiLanguage::System)
        return language;
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && uiLanguageFromCode(languages.first()) == UiLanguage::Indonesian
               ? UiLanguage::Indonesian
               : UiLanguage::English;
}

QLocale uiLocale(UiLanguage language)
{
    if (resolvedUiLanguage(language) == UiLanguage::Indonesian)
        return QLocale(QLocale::Indonesian, QLocale::Indonesia);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

namespace {
// The translators installed by the last installTranslations(), replaced by the next one (a test
// switching languages) rather than stacked.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void install(const QString &name)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        installed() << translator;
    } else {
        delete translator;
    }
}
} // namespace

void installTranslations(UiLanguage language)
{
    for (QTranslator *previous : std::as_const(installed())) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    installed().clear();
    const bool indonesian = resolvedUiLanguage(language) == UiLanguage::Indonesian;
    // Installed first, asked last: our own words win over Qt's for the same text.
    if (indonesian)
        install(QStringLiteral("qtbase_id"));
    install(indonesian ? QStringLiteral("collabdesk_id") : QStringLiteral("collabdesk_en"));
}

void applyUiLocale(UiLanguage language)
{
    QLocale::setDefault(uiLocale(language));
}

} // namespace cd
