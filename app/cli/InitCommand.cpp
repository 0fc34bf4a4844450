#include "Command.h"

#include "storage/FileIdentity.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Init final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Init)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create the workspace, or bring an older one up to date."); }

protected:
    int run(const QCommandLineParser &, Context &ctx) override
    {
        auto before = identifyFile(ctx.workspacePath);
        if (!before) {
            ctx.out.error(before.error());
            return UserError;
        }
        Workspace::Options options;
        options.create = true;
        auto ws = Workspace::open(ctx.workspacePath, options);
        if (!ws) {
            ctx.out.error(ws.error());
            return UserError;
        }
        for (const QString &notice : ws.value()->notices())
            ctx.out.warning(notice);
        if (before->kind == FileIdentity::Kind::Workspace && before->version == ws.value()->schemaVersion())
            ctx.out.line(tr("%1 is already a CollabDesk workspace (schema v%2); nothing to do.")
                             .arg(ws.value()->path())
                             .arg(ws.value()->schemaVersion()));
        else if (before->kind == FileIdentity::Kind::Workspace)
            ctx.out.line(tr("Updated %1 to schema v%2.").arg(ws.value()->path()).arg(ws.value()->schemaVersion()));
        else
            ctx.out.line(
                tr("Created workspace %1 (schema v%2).").arg(ws.value()->path()).arg(ws.value()->schemaVersion()));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInit()
{
    return std::make_unique<Init>();
}

} // namespace cd::cli
