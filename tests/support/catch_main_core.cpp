// Catch's main for tests without a display, compiled once into a library (Catch is slow to build).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Workspaces tests open and close are noted in the cache folder (verified::record): a folder
    // of this process's own keeps them out of the user's notes, and tests out of each other's.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("collabdesk"));
    cd::installTranslations(cd::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
