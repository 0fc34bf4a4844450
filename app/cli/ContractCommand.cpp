#include "Command.h"

#include "common/Dates.h"
#include "contracts/ContractList.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Contract final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Contract)
public:
    QString name() const override { return QStringLiteral("contract"); }
    QString summary() const override
    {
        return tr("Contracts: 'list' shows every contract with its status, version and the terms that matter day "
                  "to day.");
    }
    QString arguments() const override { return QStringLiteral("list [--json]"); }

protected:
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString what = parser.positionalArguments().at(1);
        if (what != QLatin1String("list"))
            return fail(tr("unknown contract command '%1': use contract list").arg(what));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        auto contracts = contractList(db);
        if (!contracts) {
            ctx.out.error(contracts.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(contractListToJson(contracts.value()));
            return Success;
        }
        QString out;
        for (const ContractSummary &c : contracts.value()) {
            QStringList terms;
            if (c.exclusivityStart.isValid())
                terms << tr("exclusive %1%2 from %3%4")
                             .arg(c.exclusivityCategory,
                                  c.competitors.isEmpty()
                                      ? QString()
                                      : tr(" (not %1)").arg(c.competitors.join(QStringLiteral(", "))),
                                  isoDate(c.exclusivityStart),
                                  c.exclusivityEnd.isValid() ? tr(" to %1").arg(isoDate(c.exclusivityEnd)) : QString());
            if (c.usageEnd.isValid())
                terms << tr("usage to %1%2").arg(isoDate(c.usageEnd), c.rightsInUse ? tr(", in use") : QString());
            out += tr("%1  %2 — %3 (%4)  %5 v%6%7%8\n")
                       .arg(QString::number(c.id).rightJustified(5), c.campaign, c.creator, c.brand, c.status,
                            QString::number(c.version),
                            c.signedDate.isValid() ? tr(", signed %1").arg(isoDate(c.signedDate)) : QString(),
                            terms.isEmpty() ? QString() : QStringLiteral("; ") + terms.join(QStringLiteral("; ")));
        }
        if (out.isEmpty())
            out = tr("No contracts yet.\n");
        ctx.out.text(out);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeContract()
{
    return std::make_unique<Contract>();
}

} // namespace cd::cli
