#include "Command.h"

#include "storage/FileIdentity.h"
#include "storage/ServerAddress.h"
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
        if (ServerAddress::looksLike(ctx.workspacePath))
            return initServer(ctx);
        auto before = identifyFile(ctx.workspacePath);
        if (!before) {
            ctx.out.error(before.error());
            return UserError;
        }
        auto ws = openWorkspace(ctx, true, true);
        if (!ws)
            return UserError;
        const bool existed = before->kind == FileIdentity::Kind::Workspace;
        return said(ctx, *ws, !existed, existed && before->version != ws->schemaVersion());
    }

private:
    // The open itself identifies the database: an empty one is made a workspace, a foreign one refused.
    int initServer(Context &ctx)
    {
        auto ws = openWorkspace(ctx, true, true);
        if (!ws)
            return UserError;
        return said(ctx, *ws, ws->wasCreated(), !ws->wasCreated() && !ws->notices().isEmpty());
    }

    int said(Context &ctx, const Workspace &ws, bool created, bool updated)
    {
        if (created)
            ctx.out.line(tr("Created workspace %1 (schema v%2).").arg(ws.path()).arg(ws.schemaVersion()));
        else if (updated)
            ctx.out.line(tr("Updated %1 to schema v%2.").arg(ws.path()).arg(ws.schemaVersion()));
        else
            ctx.out.line(tr("%1 is already a CollabDesk workspace (schema v%2); nothing to do.")
                             .arg(ws.path())
                             .arg(ws.schemaVersion()));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInit()
{
    return std::make_unique<Init>();
}

} // namespace cd::cli
