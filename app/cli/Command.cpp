#include "Command.h"

#include "DocumentLanguage.h"

#include "common/Dates.h"
#include "desk/Managers.h"
#include "services/CreatorService.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

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
    if (Status s = checkArguments(parser); !s) {
        ctx.out.error(s.error());
        return UsageError;
    }
    return run(parser, ctx);
}

std::unique_ptr<Workspace> openWorkspace(Context &ctx, bool writes, bool create)
{
    Workspace::Options options;
    options.access = writes ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly;
    options.create = create;
    auto ws = Workspace::open(ctx.workspacePath, options);
    if (!ws) {
        ctx.out.error(ws.error());
        return nullptr;
    }
    for (const QString &notice : ws.value()->notices())
        ctx.out.warning(notice);
    return std::move(ws).value();
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback)
{
    if (!parser.isSet(name))
        return fallback;
    return parseIsoDate(parser.value(name), QStringLiteral("--") + name);
}

QCommandLineOption languageOption(const QString &description)
{
    return {QStringLiteral("lang"), description, QStringLiteral("LANG")};
}

Result<ContractLanguage> languageValue(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lang")))
        return defaultDocumentLanguage();
    // Words' own message would call it a "contract language"; this is any document's.
    if (auto language = wordFrom<ContractLanguage>(parser.value(QStringLiteral("lang"))))
        return *language;
    return fail(QCoreApplication::translate("cli", "unknown language '%1' for --lang: use en or id")
                    .arg(parser.value(QStringLiteral("lang"))));
}

Result<qint64> managerOption(QSqlDatabase &db, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("manager")))
        return qint64(0);
    const QString name = parser.value(QStringLiteral("manager"));
    if (auto id = ManagerService::findByName(db, name))
        return *id;
    auto managers = ManagerService::list(db);
    if (!managers)
        return fail(managers.error());
    QStringList names;
    for (const Manager &m : managers.value())
        names << m.name;
    return fail(
        names.isEmpty()
            ? QCoreApplication::translate("cli", "no manager named '%1': this workspace has no managers yet").arg(name)
            : QCoreApplication::translate("cli", "no manager named '%1'; the managers are: %2")
                  .arg(name, names.join(QStringLiteral(", "))));
}

Result<qint64> creatorOption(Workspace &ws, const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("creator"));
    if (const auto id = CreatorService(ws).findByName(name))
        return *id;
    return fail(QCoreApplication::translate("cli", "there is no creator named '%1'; `collabdesk-cli list creators` "
                                                   "shows them")
                    .arg(name));
}

QStringList DatabaseCommand::outputs(const QCommandLineParser &parser) const
{
    QStringList files;
    const QStringList given = parser.optionNames();
    for (const QString &option :
         {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("out")})
        if (given.contains(option))
            files << parser.value(option);
    return files;
}

int DatabaseCommand::run(const QCommandLineParser &parser, Context &ctx)
{
    for (const QString &file : outputs(parser))
        if (Status s = checkOutputPath(file, ctx.workspacePath); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
    auto ws = openWorkspace(ctx, writes(), createsWorkspace());
    return ws ? runOn(*ws, parser, ctx) : UserError;
}

} // namespace cd::cli
