#include "Command.h"

#include "desk/Calendar.h"
#include "storage/FileIdentity.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Calendar final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Calendar)
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override
    {
        return tr("Write due dates, posting days, payments and follow-ups as a calendar file (.ics) to subscribe to.");
    }
    QString arguments() const override { return QStringLiteral("--out FILE.ics [--manager M]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("out"), tr("The calendar file to write."), QStringLiteral("FILE.ics")});
        parser.addOption({QStringLiteral("manager"), tr("Only the creators of this manager."), QStringLiteral("M")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("out")).trimmed().isEmpty())
            return fail(tr("name the file to write with --out FILE.ics"));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        // Read-only, an older file is read through a copy updated on the fly, whose workspace id
        // would be new on every run: each export would then add every event to the calendar again.
        if (auto identity = identifyFile(ctx.workspacePath);
            identity && identity->kind == FileIdentity::Kind::Workspace && identity->version < 3) {
            ctx.out.error(tr("%1 uses schema v%2: update it once (collabdesk-cli init, or open it in CollabDesk) so "
                             "its calendar keeps the same event ids from one export to the next")
                              .arg(ctx.workspacePath)
                              .arg(identity->version));
            return UserError;
        }
        QSqlDatabase db = ws.db();
        auto manager = managerOption(db, parser);
        if (!manager) {
            ctx.out.error(manager.error());
            return UserError;
        }
        const QString out = parser.value(QStringLiteral("out"));
        auto events = writeCalendarFile(ws, manager.value(), out);
        if (!events) {
            ctx.out.error(events.error());
            return UserError;
        }
        ctx.out.line(tr("Wrote %n event(s) to %1.", nullptr, events.value()).arg(out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCalendar()
{
    return std::make_unique<Calendar>();
}

} // namespace cd::cli
