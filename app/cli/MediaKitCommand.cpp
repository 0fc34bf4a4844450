#include "Command.h"

#include "DocumentLanguage.h"
#include "MediaKitDocument.h"
#include "analytics/MediaKit.h"
#include "charts/ChartLanguage.h"
#include "charts/ChartPicture.h"
#include "common/Clock.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

// `mediakit`: a creator's one-page media kit for brands, as a PDF.
class MediaKitCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(MediaKit)
public:
    QString name() const override { return QStringLiteral("mediakit"); }
    QString summary() const override
    {
        return tr("Write a creator's one-page media kit as a PDF: platforms, engagement, growth, audience, latest "
                  "collaborations, rate card.");
    }
    QString arguments() const override
    {
        return QStringLiteral("--creator X --pdf OUT.pdf [--lang en|id] [--as-of DATE]");
    }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("creator"), tr("The creator, by name."), QStringLiteral("X")});
        parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("OUT")});
        parser.addOption(
            languageOption(tr("The media kit's language: en or id (default the app's language, from the system's).")));
        parser.addOption({QStringLiteral("as-of"),
                          tr("Count numbers dated on or before DATE (YYYY-MM-DD; default today)."),
                          QStringLiteral("DATE")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("creator")).trimmed().isEmpty())
            return fail(tr("name the creator with --creator X"));
        if (parser.value(QStringLiteral("pdf")).trimmed().isEmpty())
            return fail(tr("name the file to write with --pdf OUT.pdf"));
        if (auto language = languageValue(parser); !language)
            return fail(language.error());
        if (auto d = dateOption(parser, QStringLiteral("as-of")); !d)
            return fail(d.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const auto id = creatorOption(ws, parser);
        if (!id) {
            ctx.out.error(id.error());
            return UserError;
        }
        const QDate asOf = dateOption(parser, QStringLiteral("as-of"), Clock::today()).value();
        const ContractLanguage language = languageValue(parser).value();
        QSqlDatabase db = ws.db();
        auto kit = mediaKit(db, id.value(), asOf);
        if (!kit) {
            ctx.out.error(kit.error());
            return UserError;
        }
        // No counts in the 90 days: no chart, and the kit says why.
        QPicture chart;
        const QList<MediaKitChartLine> lines = mediaKitChartLines(kit.value(), language);
        if (!lines.isEmpty()) {
            const ChartLanguage words(language); // its months and words in the kit's language
            chart = followerGrowthPicture(mediaKitChartTitle(kit.value(), language), lines, kit->asOf.addDays(-89),
                                          mediaKitChartSize());
        }
        const QString out = parser.value(QStringLiteral("pdf"));
        if (auto pages = writeMediaKitPdf(kit.value(), language, chart, out); !pages) {
            ctx.out.error(pages.error());
            return UserError;
        }
        ctx.out.line(tr("Wrote the media kit of %1 to %2.").arg(kit->name, out));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeMediaKit()
{
    return std::make_unique<MediaKitCommand>();
}

} // namespace cd::cli
