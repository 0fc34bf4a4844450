#include "Command.h"

#include "storage/Connection.h"
#include "storage/FileIdentity.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Check final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Check)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check the workspace's integrity and schema without changing it; exit 1 if it is damaged.");
    }

protected:
    int run(const QCommandLineParser &, Context &ctx) override
    {
        auto identity = identifyFile(ctx.workspacePath);
        if (!identity) {
            ctx.out.error(identity.error());
            return UserError;
        }
        if (identity->kind != FileIdentity::Kind::Workspace) {
            ctx.out.error(tr("there is no workspace at %1; create one with 'collabdesk-cli --db %1 init'")
                              .arg(ctx.workspacePath));
            return UserError;
        }
        const QString connectionName = connection::uniqueName(QStringLiteral("check"));
        const int status = checkOpen(connectionName, identity->version, ctx);
        connection::close(connectionName);
        return status;
    }

private:
    int checkOpen(const QString &connectionName, int version, Context &ctx)
    {
        auto db = connection::open(ctx.workspacePath, connectionName, connection::Access::ReadOnly);
        if (!db) {
            ctx.out.error(db.error());
            return UserError;
        }
        auto problems = connection::quickCheck(db.value());
        if (!problems) {
            ctx.out.error(tr("%1 is damaged: %2").arg(ctx.workspacePath, problems.error()));
            return UserError;
        }
        QStringList faults = problems.value();
        if (auto dangling = connection::foreignKeyProblems(db.value()))
            faults << dangling.value();
        if (!faults.isEmpty()) {
            ctx.out.error(tr("%1 is damaged:").arg(ctx.workspacePath));
            for (const QString &f : faults.mid(0, 20))
                ctx.out.error(QStringLiteral("  ") + f);
            ctx.out.error(tr("Restore a backup with 'collabdesk-cli restore BACKUP --force'."));
            return UserError;
        }
        QStringList counts;
        for (const auto &[table, label] :
             {std::pair{"brands", tr("brands")}, std::pair{"creators", tr("creators")},
              std::pair{"campaigns", tr("campaigns")}, std::pair{"participants", tr("participants")},
              std::pair{"deliverables", tr("deliverables")}, std::pair{"contracts", tr("contracts")},
              std::pair{"follower_snapshots", tr("follower snapshots")},
              std::pair{"post_metric_snapshots", tr("post metric snapshots")}, std::pair{"payments", tr("payments")}}) {
            auto n = connection::rowCount(db.value(), table);
            counts << QStringLiteral("%1 %2").arg(n ? n.value() : 0).arg(label);
        }
        ctx.out.line(tr("Workspace:   %1").arg(ctx.workspacePath));
        ctx.out.line(version == CurrentSchemaVersion
                         ? tr("Schema:      v%1 (current)").arg(version)
                         : tr("Schema:      v%1 (updated to v%2 when next opened for writing)")
                               .arg(version)
                               .arg(CurrentSchemaVersion));
        ctx.out.line(tr("Integrity:   ok"));
        ctx.out.line(tr("Records:     %1").arg(counts.join(QStringLiteral(", "))));
        if (const QString holder = Workspace::lockHolder(ctx.workspacePath); !holder.isEmpty())
            ctx.out.line(tr("In use by:   %1").arg(holder));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCheck()
{
    return std::make_unique<Check>();
}

} // namespace cd::cli
