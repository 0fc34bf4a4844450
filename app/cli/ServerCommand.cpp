#include "Command.h"
#include "Output.h"

#include "desk/TeamRoles.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `server init-roles`: people and rights on a server workspace (team::setUp says what each role may
// do). Run by the workspace's owner, again whenever someone joins.
class ServerCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Server)
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override
    {
        return tr("On a server workspace, set up who may change what: admins change everything, each talent manager "
                  "changes only their own creators' records and reads the rest.");
    }
    QString arguments() const override
    {
        return QStringLiteral("init-roles [--admin ROLE]... [--manager NAME=ROLE]...");
    }

protected:
    bool writes() const override { return true; }
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("admin"), tr("A login role that may change everything (repeat for several)."),
                          QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("manager"),
                          tr("A talent manager of the workspace, by name, and the login role they sign in as "
                             "(repeat for several)."),
                          QStringLiteral("NAME=ROLE")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString what = parser.positionalArguments().at(1);
        if (what != QLatin1String("init-roles"))
            return fail(tr("unknown server command '%1': use server init-roles").arg(what));
        for (const QString &pair : parser.values(QStringLiteral("manager"))) {
            const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
            if (equals <= 0 || equals == pair.size() - 1)
                return fail(tr("--manager takes the manager's name and their role as NAME=ROLE, not %1").arg(pair));
        }
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        team::Setup setup;
        setup.admins = parser.values(QStringLiteral("admin"));
        for (const QString &pair : parser.values(QStringLiteral("manager"))) {
            const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
            setup.managers.append({pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed()});
        }
        auto managers = team::setUp(ws, setup);
        if (!managers) {
            ctx.out.error(managers.error());
            return UserError;
        }
        ctx.out.line(tr("Roles ready on %1: collabdesk_admin changes everything; collabdesk_manager reads "
                        "everything and changes only its own creators' records.")
                         .arg(ws.path()));
        for (const QString &admin : std::as_const(setup.admins))
            ctx.out.line(tr("%1 is an admin.").arg(admin));
        QList<QStringList> lines = {{tr("Manager"), tr("Role"), tr("Signs in")}};
        for (const team::ManagerSignIn &m : std::as_const(managers.value()))
            lines << QStringList{m.manager, m.role,
                                 m.role.isEmpty() ? tr("no: give a role with --manager NAME=ROLE")
                                 : m.roleOnServer ? tr("yes")
                                                  : tr("no: the server has no such role")};
        ctx.out.text(tableText(lines, {false, false, false}));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeServer()
{
    return std::make_unique<ServerCommand>();
}

} // namespace cd::cli
