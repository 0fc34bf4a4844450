#pragma once

#include "Output.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QCommandLineParser>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cd {
class Workspace;
}

namespace cd::cli {

// Exit statuses of formats.md.
enum Exit
{
    Success = 0,
    UserError = 1,
    UsageError = 2
};

struct Context
{
    QString workspacePath; // resolved: --db, $COLLABDESK_DB or the default
    Output out;
};

// One CLI command: declares its own arguments and help, parses, runs.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments as shown in help ("OUT", "KIND").
    virtual QString arguments() const { return {}; }

    // Parses `args` (command name first) and runs. Returns the exit status.
    int execute(const QStringList &args, Context &ctx);

protected:
    virtual void declare(QCommandLineParser &parser) { Q_UNUSED(parser); }
    // Exact number of positional arguments expected (-1: any).
    virtual int positionalCount() const { return 0; }
    // Checks arguments before anything is opened; an error is a usage error (exit 2).
    virtual Status checkArguments(const QCommandLineParser &parser) const
    {
        Q_UNUSED(parser);
        return {};
    }
    virtual int run(const QCommandLineParser &parser, Context &ctx) = 0;
};

// A command on an open workspace (KeePassXC's DatabaseCommand): opens it read-only or for
// writing, reports open errors the same way for every command, then runs on it.
class DatabaseCommand : public Command
{
protected:
    virtual bool writes() const { return false; }
    // Whether a missing workspace file is created (as init would) rather than refused.
    virtual bool createsWorkspace() const { return false; }
    virtual int runOn(Workspace &workspace, const QCommandLineParser &parser, Context &ctx) = 0;
    // The files the command will write: the values of --pdf, --png, --svg and --out by default.
    // Each is refused before anything runs when it is the workspace or one of its own files.
    virtual QStringList outputs(const QCommandLineParser &parser) const;

private:
    int run(const QCommandLineParser &parser, Context &ctx) final;
};

// Opens the context's workspace for a command, printing the open's error (then returns null) or
// its notices as warnings.
std::unique_ptr<Workspace> openWorkspace(Context &ctx, bool writes, bool create = false);

std::unique_ptr<Command> makeInit();
std::unique_ptr<Command> makeCheck();
std::unique_ptr<Command> makeBackup();
std::unique_ptr<Command> makeRestore();
std::unique_ptr<Command> makeList();
std::unique_ptr<Command> makeDemo();
std::unique_ptr<Command> makeImport();
std::unique_ptr<Command> makeExport();
std::unique_ptr<Command> makeKpi();
std::unique_ptr<Command> makeCompliance();
std::unique_ptr<Command> makeBrief();
std::unique_ptr<Command> makeChart();
std::unique_ptr<Command> makeContract();
std::unique_ptr<Command> makeConflicts();
std::unique_ptr<Command> makeRights();
std::unique_ptr<Command> makeSettings();
std::unique_ptr<Command> makePayments();
std::unique_ptr<Command> makeAgeing();
std::unique_ptr<Command> makeInvoice();
std::unique_ptr<Command> makeStatement();
std::unique_ptr<Command> makeToday();
std::unique_ptr<Command> makePipeline();
std::unique_ptr<Command> makeCalendar();
std::unique_ptr<Command> makeReport();
std::unique_ptr<Command> makeMediaKit();
std::unique_ptr<Command> makeErase();
std::unique_ptr<Command> makeMove();
std::unique_ptr<Command> makeServer();

// The date of option `name` (YYYY-MM-DD), or `fallback` when it is not given. An error names the
// option.
Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback = {});
// The manager named by option --manager (0 when it is not given): "My creators" for the desk's
// commands. An unknown name is an error that lists the managers there are.
Result<qint64> managerOption(QSqlDatabase &db, const QCommandLineParser &parser);
// The creator named by option --creator; an unknown name is an error that says how to list them.
Result<qint64> creatorOption(Workspace &ws, const QCommandLineParser &parser);
// --lang en|id for a document, described in help by `description`: its language, by default the
// app's (defaultDocumentLanguage); languageValue reads it, or says what is wrong with it.
QCommandLineOption languageOption(const QString &description);
Result<ContractLanguage> languageValue(const QCommandLineParser &parser);
// True for commands that draw documents (they need fonts, so a GUI application offscreen).
bool rendersDocuments(const QString &command);
// True for commands that draw the app's charts (Qt Charts needs a widgets application).
bool drawsCharts(const QString &command);

} // namespace cd::cli
