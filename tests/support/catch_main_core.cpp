// Catch's main for tests without a display, compiled once into a library (Catch is slow to build).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collabdesk"));
    cd::installTranslations(cd::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
