// Catch's main for widget tests. Test discovery runs the binary at build time, outside ctest's
// environment and possibly without a display, so it picks the offscreen platform itself.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data of the tests go to ~/.qttest, never into the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("collabdesk"));
    QApplication::setOrganizationName(QStringLiteral("collabdesk-tests"));
    cd::installTranslations();
    QSettings().clear(); // every run starts from a first start

    return Catch::Session().run(argc, argv);
}
