#include "Command.h"

#include "BriefDocument.h"
#include "DocumentLanguage.h"
#include "services/CampaignService.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

class Brief final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Brief)
public:
    QString name() const override { return QStringLiteral("brief"); }
    QString summary() const override { return tr("Write a campaign's one-page brief for creators as a PDF."); }
    QString arguments() const override { return QStringLiteral("--campaign NAME --pdf OUT.pdf [--lang en|id]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("campaign"), tr("The campaign, by name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("OUT")});
        parser.addOption(
            languageOption(tr("The brief's language: en or id (default the app's language, from the system's).")));
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign with --campaign NAME"));
        if (parser.value(QStringLiteral("pdf")).trimmed().isEmpty())
            return fail(tr("name the file to write with --pdf OUT.pdf"));
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
        const ContractLanguage language = languageValue(parser).value();
        const QString out = parser.value(QStringLiteral("pdf"));
        if (Status s = writeBriefPdf(ws, *id, language, out); !s) {
            ctx.out.error(s.error());
            return UserError;
        }
        ctx.out.line(tr("Wrote the brief of %1 to %2.").arg(name, out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeBrief()
{
    return std::make_unique<Brief>();
}

// Commands that lay out pages need a QGuiApplication for fonts; the others stay on QtCore.
bool rendersDocuments(const QString &command)
{
    return command == QLatin1String("brief") || command == QLatin1String("contract") ||
           command == QLatin1String("invoice") || command == QLatin1String("statement");
}

bool drawsCharts(const QString &command)
{
    return command == QLatin1String("chart") || command == QLatin1String("report") ||
           command == QLatin1String("mediakit");
}

} // namespace cd::cli
