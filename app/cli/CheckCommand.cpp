#include "Command.h"

#include "storage/Connection.h"
#include "storage/FileIdentity.h"
#include "storage/KeptSummaries.h"
#include "storage/ServerAddress.h"
#include "storage/Transaction.h"
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
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("repair"),
                          tr("Make the kept summaries (latest follower counts and post numbers) again from the "
                             "snapshots when they disagree; the only change check ever makes.")});
    }

    int run(const QCommandLineParser &parser, Context &ctx) override
    {
        bool summariesDisagree = false;
        const int status = ServerAddress::looksLike(ctx.workspacePath) ? checkServer(ctx, summariesDisagree)
                                                                       : checkFile(ctx, summariesDisagree);
        if (summariesDisagree && parser.isSet(QStringLiteral("repair")))
            return repairSummaries(ctx);
        return status;
    }

private:
    int checkFile(Context &ctx, bool &summariesDisagree)
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
        const int status = checkOpen(connectionName, identity->version, ctx, summariesDisagree);
        connection::close(connectionName);
        return status;
    }

    // A server keeps its own integrity (constraints and foreign keys are always enforced; pg_amcheck
    // checks its files): what is left to check is the schema and the summaries.
    int checkServer(Context &ctx, bool &summariesDisagree)
    {
        auto ws = openWorkspace(ctx, false);
        if (!ws)
            return UserError;
        QSqlDatabase db = ws->db();
        return report(db, ws->schemaVersion(), ws->path(),
                      tr("Integrity:   kept by the server (constraints always enforced)"), ctx, summariesDisagree);
    }

    int checkOpen(const QString &connectionName, int version, Context &ctx, bool &summariesDisagree)
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
        return report(db.value(), version, ctx.workspacePath, tr("Integrity:   ok"), ctx, summariesDisagree);
    }

    // `shown` names the workspace (a server's address without its password).
    int report(QSqlDatabase &db, int version, const QString &shown, const QString &integrity, Context &ctx,
               bool &summariesDisagree)
    {
        QStringList counts;
        for (const auto &[table, label] :
             {std::pair{"brands", tr("brands")}, std::pair{"creators", tr("creators")},
              std::pair{"campaigns", tr("campaigns")}, std::pair{"participants", tr("participants")},
              std::pair{"deliverables", tr("deliverables")}, std::pair{"contracts", tr("contracts")},
              std::pair{"follower_snapshots", tr("follower snapshots")},
              std::pair{"post_metric_snapshots", tr("post metric snapshots")}, std::pair{"payments", tr("payments")}}) {
            auto n = connection::rowCount(db, table);
            counts << QStringLiteral("%1 %2").arg(n ? n.value() : 0).arg(label);
        }
        ctx.out.line(tr("Workspace:   %1").arg(shown));
        ctx.out.line(version == CurrentSchemaVersion
                         ? tr("Schema:      v%1 (current)").arg(version)
                         : tr("Schema:      v%1 (updated to v%2 when next opened for writing)")
                               .arg(version)
                               .arg(CurrentSchemaVersion));
        ctx.out.line(integrity);
        if (version >= 5) {
            auto disagreements = summaries::problems(db, 20, version);
            if (!disagreements) {
                ctx.out.error(disagreements.error());
                return UserError;
            }
            if (!disagreements->isEmpty()) {
                summariesDisagree = true;
                ctx.out.error(tr("%1's kept summaries disagree with its snapshots:").arg(shown));
                for (const QString &line : std::as_const(disagreements.value()))
                    ctx.out.error(QStringLiteral("  ") + line);
                ctx.out.error(tr("The snapshots themselves are whole. Make the summaries again with "
                                 "'collabdesk-cli --db %1 check --repair'.")
                                  .arg(shown));
                return UserError;
            }
            ctx.out.line(tr("Summaries:   agree with the snapshots"));
        }
        ctx.out.line(tr("Records:     %1").arg(counts.join(QStringLiteral(", "))));
        if (const QString holder = Workspace::lockHolder(shown); !holder.isEmpty())
            ctx.out.line(tr("In use by:   %1").arg(holder));
        return Success;
    }

    int repairSummaries(Context &ctx)
    {
        auto workspace = openWorkspace(ctx, true);
        if (!workspace)
            return UserError;
        const Status done = writeInTransaction(*workspace, [](Transaction &tx) {
            tx.touch(QStringLiteral("followers"));
            tx.touch(QStringLiteral("post_metrics"));
            return summaries::rebuild(tx.db());
        });
        if (!done) {
            ctx.out.error(tr("the summaries could not be made again: %1").arg(done.error()));
            return UserError;
        }
        ctx.out.line(tr("Summaries:   made again from the snapshots"));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCheck()
{
    return std::make_unique<Check>();
}

} // namespace cd::cli
