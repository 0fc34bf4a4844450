// collabdesk-cli: the same core as the app, for scripts, batch work and headless machines.
#include "Command.h"
#include "common/FreeMemory.h"

#include "storage/WorkspacePaths.h"

#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>

#include <vector>

using namespace cd::cli;

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(makeInit());
    all.push_back(makeCheck());
    all.push_back(makeBackup());
    all.push_back(makeRestore());
    all.push_back(makeDemo());
    all.push_back(makeImport());
    all.push_back(makeExport());
    all.push_back(makeList());
    all.push_back(makeKpi());
    all.push_back(makeCompliance());
    all.push_back(makeBrief());
    all.push_back(makeChart());
    all.push_back(makeContract());
    all.push_back(makeConflicts());
    all.push_back(makeRights());
    all.push_back(makeSettings());
    all.push_back(makePayments());
    all.push_back(makeAgeing());
    all.push_back(makeInvoice());
    all.push_back(makeStatement());
    all.push_back(makeToday());
    all.push_back(makePipeline());
    all.push_back(makeCalendar());
    all.push_back(makeReport());
    all.push_back(makeMediaKit());
    all.push_back(makeErase());
    all.push_back(makeMove());
    all.push_back(makeServer());
    return all;
}

QString usage(const std::vector<std::unique_ptr<Command>> &all)
{
    QString text =
        QCoreApplication::translate("cli", "Usage: collabdesk-cli [--db PATH] COMMAND [ARGS...]\n\n"
                                           "The workspace is --db PATH, else $COLLABDESK_DB, else %1.\n\nCommands:\n")
            .arg(cd::defaultWorkspacePath());
    for (const auto &c : all)
        text += QStringLiteral("  %1  %2\n")
                    .arg((c->name() + QLatin1Char(' ') + c->arguments()).leftJustified(24), c->summary());
    text += QCoreApplication::translate("cli", "\n'collabdesk-cli COMMAND --help' describes one command.\n");
    return text;
}

// The command word: the first argument that is not --db or its value.
QString commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (qstrncmp(argv[i], "--db=", 5) != 0)
            return QString::fromLocal8Bit(argv[i]);
    }
    return {};
}

// Qt's own messages on stderr in the shape formats.md gives warnings ("warning: ..."), so that a
// script reading stderr sees one shape. Two say only how a headless run was started (no session's
// runtime folder; the offscreen platform that draws documents cannot size windows) and are left out.
void qtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")) ||
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    QTextStream(stderr) << (type == QtFatalMsg || type == QtCriticalMsg ? "error: " : "warning: ") << message << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    qInstallMessageHandler(qtMessage);
    // Documents need fonts, so those commands run a GUI application on the offscreen platform
    // (no display needed); everything else stays on QtCore.
    std::unique_ptr<QCoreApplication> application;
    const QString word = commandWord(argc, argv);
    if (rendersDocuments(word) || drawsCharts(word)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (drawsCharts(word))
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("collabdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLABDESK_VERSION));
    cd::installTranslations();

    Context ctx;
    const auto all = commands();
    QStringList rest;
    QString db;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                ctx.out.error(QCoreApplication::translate("cli", "--db needs a file path"));
                return UsageError;
            }
            db = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            db = a.mid(5);
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h") ||
        rest.first() == QLatin1String("help")) {
        if (rest.size() >= 2)
            rest = {rest.at(1), QStringLiteral("--help")};
        else {
            (rest.isEmpty() ? ctx.out.error(usage(all)) : ctx.out.text(usage(all)));
            return rest.isEmpty() ? UsageError : Success;
        }
    }
    if (rest.first() == QLatin1String("--version")) {
        ctx.out.line(QStringLiteral("collabdesk-cli %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    ctx.workspacePath = cd::resolveWorkspacePath(db);
    cd::prepareDefaultFolder(ctx.workspacePath);
    for (const auto &c : all)
        if (c->name() == rest.first())
            return c->execute(QStringList{QStringLiteral("collabdesk-cli")} + rest, ctx);
    ctx.out.error(QCoreApplication::translate("cli", "unknown command '%1'").arg(rest.first()));
    ctx.out.error(usage(all));
    return UsageError;
}
