#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace cd {

void installTranslations()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QLocale(), QStringLiteral("collabdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("collabdesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace cd
