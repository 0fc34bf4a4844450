#include "Command.h"

#include "StatementDocument.h"
#include "common/Money.h"
#include "money/CreatorStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cd::cli {
namespace {

// `statement`: what the agency owes one creator for a period, as JSON or a PDF per currency.
class Statement final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    QString name() const override { return QStringLiteral("statement"); }
    QString summary() const override
    {
        return tr("A creator's statement for a period (agency workspaces): gross, agency fee, share, tax withheld, "
                  "paid and owed, as JSON or a PDF.");
    }
    QString arguments() const override
    {
        return QStringLiteral("--creator X --from D --to D (--json | --pdf OUT [--lang en|id])");
    }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("creator"), tr("The creator, by name."), QStringLiteral("X")});
        parser.addOption({QStringLiteral("from"), tr("The period's first day."), QStringLiteral("D")});
        parser.addOption({QStringLiteral("to"), tr("The period's last day."), QStringLiteral("D")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
        parser.addOption({QStringLiteral("pdf"),
                          tr("The PDF file to write (one per currency: -USD.pdf and so on "
                             "after the first)."),
                          QStringLiteral("OUT")});
        parser.addOption(
            {QStringLiteral("lang"), tr("The PDF's language: en or id (default en)."), QStringLiteral("LANG")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("creator")).trimmed().isEmpty())
            return fail(tr("name the creator with --creator X"));
        for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!parser.isSet(option))
                return fail(tr("give the period with --from D --to D"));
            if (auto d = dateOption(parser, option); !d)
                return fail(d.error());
        }
        if (parser.isSet(QStringLiteral("json")) == parser.isSet(QStringLiteral("pdf")))
            return fail(tr("choose --json or --pdf OUT"));
        if (parser.isSet(QStringLiteral("lang")))
            if (auto l = parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))); !l)
                return fail(l.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        auto statements = creatorStatements(db, parser.value(QStringLiteral("creator")),
                                            dateOption(parser, QStringLiteral("from")).value(),
                                            dateOption(parser, QStringLiteral("to")).value());
        if (!statements) {
            ctx.out.error(statements.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(statementsToJson(statements.value()));
            return Success;
        }
        const ContractLanguage language =
            parser.isSet(QStringLiteral("lang"))
                ? parseWord<ContractLanguage>(parser.value(QStringLiteral("lang"))).value()
                : ContractLanguage::En;
        if (statements->isEmpty()) {
            ctx.out.error(tr("%1 has no payments in any currency; there is nothing to state")
                              .arg(parser.value(QStringLiteral("creator"))));
            return UserError;
        }
        const QString out = parser.value(QStringLiteral("pdf"));
        for (qsizetype i = 0; i < statements->size(); ++i) {
            const CreatorStatement &s = statements->at(i);
            QString path = out;
            if (i > 0) { // the first currency takes the name given, the others a suffix
                const QFileInfo info(out);
                path = info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + s.currency +
                       QStringLiteral(".pdf");
            }
            auto pages = writeStatementPdf(s, language, path);
            if (!pages) {
                ctx.out.error(pages.error());
                return UserError;
            }
            ctx.out.line(tr("Wrote %1 (%2, %n page(s))", nullptr, pages.value()).arg(path, s.currency));
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeStatement()
{
    return std::make_unique<Statement>();
}

} // namespace cd::cli
