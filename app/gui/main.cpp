// collabdesk: the desktop app. Startup wiring only; the window lives in ui/.
#include "main/MainWindow.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CollabDesk"));
    QApplication::setOrganizationName(QStringLiteral("collabdesk"));
    QApplication::setApplicationVersion(QStringLiteral(COLLABDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.collabdesk.CollabDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.collabdesk.CollabDesk.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("collabdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Influencer campaign manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Open the workspace at PATH."), QStringLiteral("PATH")});
    parser.process(app);

    const QString path = cd::resolveWorkspacePath(parser.value(QStringLiteral("db")));
    // The default workspace's folder is ours to create; a folder the user named is not.
    if (path == cd::defaultWorkspacePath())
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto workspace = cd::openWorkspaceInteractively(nullptr, path);
    if (!workspace)
        return 1;
    cd::MainWindow window(std::move(workspace));
    window.show();
    return QApplication::exec();
}
