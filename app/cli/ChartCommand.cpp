#include "Command.h"

#include "charts/CampaignCharts.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Chart final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Chart)
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override
    {
        return tr("Draw a campaign's chart (the app's own) as PNG or SVG, without a display.");
    }
    QString arguments() const override
    {
        return QStringLiteral(
            "--campaign NAME --kind engagement|followers|kpi|budget [--as-of DATE] (--png|--svg) OUT");
    }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("campaign"), tr("The campaign, by name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("kind"), tr("engagement, followers, kpi or budget."), QStringLiteral("KIND")});
        parser.addOption({QStringLiteral("as-of"), tr("Count numbers dated on or before DATE (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("png"), tr("Write a PNG image to OUT."), QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("svg"), tr("Write an SVG drawing to OUT."), QStringLiteral("OUT")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign with --campaign NAME"));
        if (!campaignChartKinds().contains(parser.value(QStringLiteral("kind"))))
            return fail(tr("choose the chart with --kind %1").arg(campaignChartKinds().join(QLatin1Char('|'))));
        if (parser.isSet(QStringLiteral("png")) == parser.isSet(QStringLiteral("svg")))
            return fail(tr("write the chart with either --png OUT or --svg OUT"));
        if (parser.isSet(QStringLiteral("as-of")))
            if (auto d = parseIsoDate(parser.value(QStringLiteral("as-of")), tr("--as-of")); !d)
                return fail(d.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QString name = parser.value(QStringLiteral("campaign"));
        const auto id = CampaignService(ws).findByName(name);
        if (!id) {
            ctx.out.error(tr("there is no campaign named '%1'; `collabdesk-cli list campaigns` shows them").arg(name));
            return UserError;
        }
        const QDate asOf = parser.isSet(QStringLiteral("as-of"))
                               ? parseIsoDate(parser.value(QStringLiteral("as-of")), {}).value()
                               : Clock::today();
        const QString kind = parser.value(QStringLiteral("kind"));
        const bool svg = parser.isSet(QStringLiteral("svg"));
        const QString out = parser.value(svg ? QStringLiteral("svg") : QStringLiteral("png"));
        // The format is the option's, whatever the file is called; nothing is written when there is
        // nothing to draw.
        if (Status s = writeCampaignChart(ws, *id, kind, asOf, out, svg); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        ctx.out.line(tr("Wrote the %1 chart of %2 to %3.").arg(kind, name, out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeChart()
{
    return std::make_unique<Chart>();
}

} // namespace cd::cli
