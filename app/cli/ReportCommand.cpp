#include "Command.h"

#include "DocumentLanguage.h"
#include "ReportDocument.h"
#include "analytics/CampaignReport.h"
#include "charts/ReportCharts.h"
#include "common/Clock.h"
#include "money/MoneySettings.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Report final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("Write a campaign's report for the client as a PDF: results, charts, creators, compliance.");
    }
    QString arguments() const override
    {
        return QStringLiteral("--campaign NAME --pdf OUT.pdf [--as-of DATE] [--lang en|id]");
    }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("campaign"), tr("The campaign, by name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("as-of"),
                          tr("Count numbers dated on or before DATE (YYYY-MM-DD; default today)."),
                          QStringLiteral("DATE")});
        parser.addOption(
            languageOption(tr("The report's language: en or id (default the app's language, from the system's).")));
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign with --campaign NAME"));
        if (parser.value(QStringLiteral("pdf")).trimmed().isEmpty())
            return fail(tr("name the file to write with --pdf OUT.pdf"));
        if (auto d = dateOption(parser, QStringLiteral("as-of")); !d)
            return fail(d.error());
        if (auto language = languageValue(parser); !language)
            return fail(language.error());
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
        const QDate asOf = dateOption(parser, QStringLiteral("as-of"), Clock::today()).value();
        const ContractLanguage language = languageValue(parser).value();
        auto report = campaignReport(ws, *id, asOf);
        if (!report) {
            ctx.out.error(report.error());
            return UserError;
        }
        QSqlDatabase db = ws.db();
        const QString out = parser.value(QStringLiteral("pdf"));
        auto pages = writeCampaignReportPdf(
            report.value(), language, reportChartPictures(ws, report.value(), reportChartTitles(language), language),
            MoneySettings::read(db).companyName, out);
        if (!pages) {
            ctx.out.error(pages.error());
            return UserError;
        }
        ctx.out.line(tr("Wrote the report of %1 as of %2 (%n page(s)) to %3.", nullptr, pages.value())
                         .arg(name, asOf.toString(Qt::ISODate), out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReport()
{
    return std::make_unique<Report>();
}

} // namespace cd::cli
