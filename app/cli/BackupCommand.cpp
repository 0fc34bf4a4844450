#include "Command.h"

#include "storage/Backup.h"
#include "storage/Restore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cd::cli {
namespace {

class Backup final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Write a consistent copy of the workspace to OUT, even while CollabDesk has it open.");
    }
    QString arguments() const override { return QStringLiteral("OUT [--force]"); }

protected:
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("force"), tr("Replace OUT if it exists.")});
    }
    QStringList outputs(const QCommandLineParser &parser) const override
    {
        return {parser.positionalArguments().at(1)};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QString out = parser.positionalArguments().at(1);
        QSqlDatabase db = ws.db();
        if (Status s = backup::writeCopy(db, out, parser.isSet(QStringLiteral("force"))); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        ctx.out.line(tr("Backed up %1 to %2 (%3 bytes, checked).").arg(ws.path(), out).arg(QFileInfo(out).size()));
        return Success;
    }
};

class Restore final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Restore)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return tr("Replace the workspace with a checked backup; the replaced one is kept beside it as a backup.");
    }
    QString arguments() const override { return QStringLiteral("BACKUP [--force]"); }

protected:
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("force"), tr("Replace an existing workspace (it is kept as NAME.before-restore-*.bak).")});
    }
    int run(const QCommandLineParser &parser, Context &ctx) override
    {
        const QString backupFile = parser.positionalArguments().at(1);
        if (auto checked = backup::verify(backupFile); !checked) {
            ctx.out.error(tr("%1 cannot be restored: %2").arg(backupFile, checked.error()));
            return UserError;
        }
        if (QFileInfo::exists(ctx.workspacePath) && !parser.isSet(QStringLiteral("force"))) {
            ctx.out.error(tr("this replaces the workspace %1 with %2; the current one will be kept as a backup beside "
                             "it. Run again with --force to go ahead.")
                              .arg(ctx.workspacePath, backupFile));
            return UserError;
        }
        QString kept;
        if (Status s = backup::restore(ctx.workspacePath, backupFile, &kept); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        ctx.out.line(kept.isEmpty() ? tr("Restored %1 from %2.").arg(ctx.workspacePath, backupFile)
                                    : tr("Restored %1 from %2; the previous workspace is kept at %3.")
                                          .arg(ctx.workspacePath, backupFile, kept));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeBackup()
{
    return std::make_unique<Backup>();
}
std::unique_ptr<Command> makeRestore()
{
    return std::make_unique<Restore>();
}

} // namespace cd::cli
