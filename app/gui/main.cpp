// collabdesk: the desktop app. Startup wiring only; the window lives in ui/.
#include "QuitOnSignal.h"
#include "common/FreeMemory.h"
#include "common/LocalSettings.h"
#include "demo/DemoGenerator.h"
#include "main/FirstRunDialog.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CollabDesk"));
    QApplication::setOrganizationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationVersion(QStringLiteral(COLLABDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.collabdesk.CollabDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.collabdesk.CollabDesk.svg")));
    const cd::UiLanguage language = cd::uiLanguageFromCode(cd::preferences::languageCode());
    cd::installTranslations(language);
    cd::applyUiLocale(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Influencer campaign manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "Open the workspace at PATH."), QStringLiteral("PATH")});
    parser.process(app);
    quitOnTerminationSignals();

    QString path = cd::startupWorkspace(parser.value(QStringLiteral("db")));
    if (path.isEmpty()) {
        cd::FirstRunDialog welcome(cd::defaultWorkspacePath());
        welcome.exec();
        if (terminationRequested())
            return 0;
        switch (welcome.choice()) {
        case cd::FirstRunDialog::Create:
            path = cd::defaultWorkspacePath();
            break;
        case cd::FirstRunDialog::Open:
            path = QFileDialog::getOpenFileName(
                nullptr, QApplication::translate("main", "Open Workspace"), QDir::homePath(),
                QApplication::translate("main", "CollabDesk workspaces (*.collabdesk *.sqlite);;All files (*)"));
            break;
        case cd::FirstRunDialog::Demo: {
            path = QFileInfo(cd::defaultWorkspacePath()).absoluteDir().filePath(QStringLiteral("demo.collabdesk"));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const cd::Status made = cd::prepareDemoWorkspace(path);
            QApplication::restoreOverrideCursor();
            if (!made) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Demo workspace"), made.error());
                return 1;
            }
            break;
        }
        case cd::FirstRunDialog::None:
            return 0;
        }
        if (path.isEmpty())
            return 0;
    }
    cd::prepareDefaultFolder(path);
    auto workspace = cd::openWorkspaceInteractively(nullptr, path);
    if (!workspace)
        return 1;
    cd::LocalSettings::set(QStringLiteral("workspace/last"), workspace->path());
    cd::MainWindow window(std::move(workspace));
    window.show();
    return QApplication::exec();
}
