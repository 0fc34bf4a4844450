#include "Command.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {

int Command::execute(const QStringList &args, Context &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(name(), QString(),
                                 name() + (arguments().isEmpty() ? QString() : QLatin1Char(' ') + arguments()));
    declare(parser);
    if (!parser.parse(args)) {
        ctx.out.error(parser.errorText());
        ctx.out.error(
            QCoreApplication::translate("cli", "usage: collabdesk-cli [--db PATH] %1 %2").arg(name(), arguments()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out.text(parser.helpText());
        return Success;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positionalCount() >= 0 && positional.size() != positionalCount()) {
        ctx.out.error(
            QCoreApplication::translate("cli", "usage: collabdesk-cli [--db PATH] %1 %2").arg(name(), arguments()));
        return UsageError;
    }
    return run(parser, ctx);
}

int DatabaseCommand::run(const QCommandLineParser &parser, Context &ctx)
{
    Workspace::Options options;
    options.access = writes() ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly;
    auto ws = Workspace::open(ctx.workspacePath, options);
    if (!ws) {
        ctx.out.error(ws.error());
        return UserError;
    }
    for (const QString &notice : ws.value()->notices())
        ctx.out.warning(notice);
    return runOn(*ws.value(), parser, ctx);
}

} // namespace cd::cli
