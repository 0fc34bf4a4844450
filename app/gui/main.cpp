// collabdesk: the desktop app. Startup wiring only; the window lives in ui/.
#include "QuitOnSignal.h"
#include "main/MainWindow.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CollabDesk"));
    QApplication::setOrganizationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationVersion(QStringLiteral(COLLABDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.collabdesk.CollabDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.collabdesk.CollabDesk.svg")));
    cd::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Influencer campaign manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QApplication::translate("main", "Open the workspace at PATH."), QStringLiteral("PATH")});
    parser.process(app);
    quitOnTerminationSignals();

    const QString path = cd::resolveWorkspacePath(parser.value(QStringLiteral("db")));
    cd::prepareDefaultFolder(path);
    auto workspace = cd::openWorkspaceInteractively(nullptr, path);
    if (!workspace)
        return 1;
    cd::MainWindow window(std::move(workspace));
    window.show();
    return QApplication::exec();
}
