// Catch's main for widget tests. Test discovery runs the binary at build time, outside ctest's
// environment and possibly without a display, so it picks the offscreen platform itself.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"
#include "common/LocalSettings.h"

#include <QApplication>
#include <QTemporaryDir>

// What a test wrote into this computer's settings is in the file before the next test begins
// (LocalSettings writes on a thread of its own).
struct SettingsWritten : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &) override { cd::LocalSettings::waitForWrites(); }
};
CATCH_REGISTER_LISTENER(SettingsWritten)

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each test process (ctest runs several at once) gets its own settings, data and cache folders,
    // so tests never see each other's recent files or the user's own, nor push the user's workspaces
    // out of the notes of cleanly closed files (which spare them a check on the next start).
    QTemporaryDir home;
    for (const char *folder : {"CONFIG", "DATA", "CACHE"})
        qputenv(QByteArray("XDG_") + folder + "_HOME",
                QFile::encodeName(home.filePath(QString::fromLatin1(folder).toLower())));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("collabdesk"));
    QApplication::setOrganizationName(QStringLiteral("collabdesk-tests"));
    // Tests read English words and English numbers ("12,500") whatever the machine's language.
    cd::installTranslations(cd::UiLanguage::English);
    cd::applyUiLocale(cd::UiLanguage::English);
    const int failed = Catch::Session().run(argc, argv);
    cd::LocalSettings::waitForWrites();
    return failed;
}
