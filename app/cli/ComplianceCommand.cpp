#include "Command.h"

#include "brief/Compliance.h"
#include "common/Dates.h"
#include "common/Words.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Compliance final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Compliance)
public:
    QString name() const override { return QStringLiteral("compliance"); }
    QString summary() const override
    {
        return tr("Brief compliance of each deliverable with a caption or posted date: mandatory hashtags and "
                  "mentions, disclosure, posting window, platform.");
    }
    QString arguments() const override { return QStringLiteral("--campaign NAME [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("campaign"), tr("The campaign, by name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON array of formats.md.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign with --campaign NAME"));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        auto results = briefCompliance(db, parser.value(QStringLiteral("campaign")));
        if (!results) {
            ctx.out.error(results.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(complianceToJson(results.value()));
            return Success;
        }
        const auto passed =
            std::count_if(results->cbegin(), results->cend(), [](const DeliverableCompliance &d) { return d.pass(); });
        QString out = tr("%1: %2 of %3 deliverables follow the brief\n")
                          .arg(parser.value(QStringLiteral("campaign")).trimmed())
                          .arg(passed)
                          .arg(results->size());
        for (const DeliverableCompliance &d : results.value()) {
            const QString platform = platformDisplayName(wordFrom<Platform>(d.platform).value_or(Platform::Instagram));
            out += QLatin1Char('\n') + (d.pass() ? tr("PASS") : tr("FAIL")) +
                   QStringLiteral("  %1 — %2 (%3%4)\n")
                       .arg(d.creator, d.title, platform,
                            d.postedAt.isValid() ? tr(", posted %1").arg(isoDate(d.postedAt)) : QString());
            for (const ComplianceRule &r : d.rules)
                out += QStringLiteral("      %1 %2: %3\n")
                           .arg(r.pass ? QStringLiteral("✓") : QStringLiteral("✗"), r.rule, r.detail);
        }
        ctx.out.text(out);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCompliance()
{
    return std::make_unique<Compliance>();
}

} // namespace cd::cli
