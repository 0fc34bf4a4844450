#include "Command.h"

#include "records/RecordKind.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class List final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(List)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override
    {
        return tr("List the records of one kind: %1.").arg(recordKindNames().join(QStringLiteral(", ")));
    }
    QString arguments() const override { return QStringLiteral("KIND [--json]"); }

protected:
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), tr("Print a JSON array with every column (formats.md).")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString kindName = parser.positionalArguments().at(1);
        if (!findRecordKind(kindName))
            return fail(
                tr("unknown kind '%1': use one of %2").arg(kindName, recordKindNames().join(QStringLiteral(", "))));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const RecordKind *kind = findRecordKind(parser.positionalArguments().at(1));
        QSqlDatabase db = ws.db();
        auto records = readRecords(db, *kind);
        if (!records) {
            ctx.out.error(records.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json")))
            ctx.out.json(recordsToJson(records.value()));
        else
            ctx.out.text(recordsToText(records.value()));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeList()
{
    return std::make_unique<List>();
}

} // namespace cd::cli
