#include "Command.h"

#include "ContractDocument.h"
#include "common/Dates.h"
#include "contracts/ContractList.h"
#include "contracts/ContractService.h"
#include "contracts/ContractText.h"
#include "services/ParticipantService.h"
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
                  "to day; 'export' writes one as a PDF (drafted from its terms in English or Bahasa Indonesia).");
    }
    QString arguments() const override
    {
        return QStringLiteral("list [--json] | export (--id N | --campaign C --creator X) [--version V] "
                              "[--lang en|id] --pdf OUT.pdf");
    }

protected:
    int positionalCount() const override { return 1; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
        parser.addOption(
            {QStringLiteral("id"), tr("The contract, by its id (contract list shows it)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("campaign"), tr("The contract's campaign, by name."), QStringLiteral("C")});
        parser.addOption({QStringLiteral("creator"), tr("The contract's creator, by name."), QStringLiteral("X")});
        parser.addOption(
            {QStringLiteral("version"), tr("The version to export (default the latest)."), QStringLiteral("V")});
        parser.addOption(
            {QStringLiteral("lang"), tr("The language: en or id (default the version's)."), QStringLiteral("LANG")});
        parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("OUT")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString what = parser.positionalArguments().at(1);
        if (what == QLatin1String("list"))
            return {};
        if (what != QLatin1String("export"))
            return fail(tr("unknown contract command '%1': use contract list or contract export").arg(what));
        const bool byId = parser.isSet(QStringLiteral("id"));
        const bool byNames = parser.isSet(QStringLiteral("campaign")) && parser.isSet(QStringLiteral("creator"));
        if (byId == byNames)
            return fail(tr("name the contract with --id N, or with --campaign C --creator X"));
        bool ok = true;
        if (byId)
            parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            return fail(tr("--id takes a contract's number, as contract list shows it"));
        if (parser.isSet(QStringLiteral("version")) && (parser.value(QStringLiteral("version")).toInt(&ok) < 1 || !ok))
            return fail(tr("--version takes a version number, 1 or more"));
        if (parser.isSet(QStringLiteral("lang")))
            if (auto l = parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))); !l)
                return fail(l.error());
        if (parser.value(QStringLiteral("pdf")).trimmed().isEmpty())
            return fail(tr("name the file to write with --pdf OUT.pdf"));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        if (parser.positionalArguments().at(1) == QLatin1String("export"))
            return exportPdf(ws, parser, ctx);
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

private:
    int exportPdf(Workspace &ws, const QCommandLineParser &parser, Context &ctx)
    {
        QSqlDatabase db = ws.db();
        qint64 id = parser.value(QStringLiteral("id")).toLongLong();
        if (!parser.isSet(QStringLiteral("id"))) {
            const auto participant = ParticipantService(ws).find(parser.value(QStringLiteral("campaign")),
                                                                 parser.value(QStringLiteral("creator")));
            auto found = participant ? ContractService::forParticipant(db, participant->first)
                                     : Result<std::optional<ContractRecord>>(std::nullopt);
            if (!found || !found.value()) {
                ctx.out.error(
                    found ? tr("%1 has no contract for %2")
                                .arg(parser.value(QStringLiteral("creator")), parser.value(QStringLiteral("campaign")))
                          : found.error());
                return UserError;
            }
            id = found.value()->id;
        }
        std::optional<ContractLanguage> language;
        if (parser.isSet(QStringLiteral("lang")))
            language = parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))).value();
        const QString out = parser.value(QStringLiteral("pdf"));
        const int version =
            parser.isSet(QStringLiteral("version")) ? parser.value(QStringLiteral("version")).toInt() : 0;
        auto text = contractTextOf(ws, id, version, language);
        if (!text) {
            ctx.out.error(text.error());
            return UserError;
        }
        auto pages = writeContractPdf(ws, id, version, out, language);
        if (!pages) {
            ctx.out.error(pages.error());
            return UserError;
        }
        for (const QString &missing : std::as_const(text->missing))
            ctx.out.warning(tr("the contract lacks %1").arg(missing));
        ctx.out.text(tr("Wrote %1 (%n page(s))\n", nullptr, pages.value()).arg(out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeContract()
{
    return std::make_unique<Contract>();
}

} // namespace cd::cli
