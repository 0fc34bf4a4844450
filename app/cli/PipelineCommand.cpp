#include "Command.h"

#include "common/Clock.h"
#include "desk/DealPipeline.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `pipeline`: how many deals are in each stage of the board and what they are worth, per currency.
class Pipeline final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
public:
    QString name() const override { return QStringLiteral("pipeline"); }
    QString summary() const override
    {
        return tr("Deals per stage (offer, negotiating, contracted, in production, delivered, invoiced, paid, lost) "
                  "with their count and gross per currency.");
    }
    QString arguments() const override { return QStringLiteral("[--manager M] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("manager"), tr("Only the deals of the creators this manager manages."),
                          QStringLiteral("M")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        auto manager = managerOption(db, parser);
        if (!manager) {
            ctx.out.error(manager.error());
            return UserError;
        }
        DealFilter filter;
        filter.managerId = manager.value();
        auto all = deals(db, filter, Clock::today());
        if (!all) {
            ctx.out.error(all.error());
            return UserError;
        }
        const QList<StageSummary> stages = summarise(all.value());
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(pipelineToJson(stages));
            return Success;
        }
        QList<QStringList> table{{tr("stage"), tr("deals"), tr("gross")}};
        for (const StageSummary &s : stages) {
            QStringList gross;
            for (const Money &m : s.grossByCurrency)
                gross << m.format();
            table << QStringList{wordOf(s.stage), QString::number(s.count),
                                 gross.isEmpty() ? QStringLiteral("-") : gross.join(QStringLiteral(", "))};
        }
        ctx.out.text(tableText(table, {false, true, false}));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makePipeline()
{
    return std::make_unique<Pipeline>();
}

} // namespace cd::cli
