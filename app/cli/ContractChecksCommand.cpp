#include "Command.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "contracts/Exclusivity.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

void declareAsOf(QCommandLineParser &parser, const QString &help)
{
    parser.addOption({QStringLiteral("as-of"), help, QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("ContractChecks", "Print the JSON array of formats.md.")});
}

Status checkAsOf(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("as-of")))
        if (auto d = parseIsoDate(parser.value(QStringLiteral("as-of")), QStringLiteral("--as-of")); !d)
            return fail(d.error());
    return {};
}

QDate asOfOf(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("as-of")) ? parseIsoDate(parser.value(QStringLiteral("as-of")), {}).value()
                                                 : Clock::today();
}

class Conflicts final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override
    {
        return tr("Creators whose part in a campaign breaks an exclusivity they signed (or are negotiating): "
                  "same category, a named competitor, or brands that list each other.");
    }
    QString arguments() const override { return QStringLiteral("[--as-of DATE] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        declareAsOf(parser, tr("Show conflicts whose overlap ends on or after DATE (YYYY-MM-DD; default today)."));
    }
    Status checkArguments(const QCommandLineParser &parser) const override { return checkAsOf(parser); }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        auto found = exclusivityConflicts(db, asOfOf(parser));
        if (!found) {
            ctx.out.error(found.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(conflictsToJson(found.value()));
            return Success;
        }
        QString out =
            found->isEmpty() ? tr("No exclusivity conflicts as of %1.\n").arg(isoDate(asOfOf(parser))) : QString();
        for (const ExclusivityConflict &c : found.value())
            out += (c.pending ? tr("PENDING  ") : tr("CONFLICT ")) + describeConflict(c) + QLatin1Char('\n');
        ctx.out.text(out);
        return Success;
    }
};

class Rights final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rights)
public:
    QString name() const override { return QStringLiteral("rights"); }
    QString summary() const override
    {
        return tr("Content usage rights ending within DAYS, and rights that ended while the content is still in "
                  "use.");
    }
    QString arguments() const override { return QStringLiteral("--expiring DAYS [--as-of DATE] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("expiring"), tr("Days ahead to look (0 or more)."), QStringLiteral("DAYS")});
        declareAsOf(parser, tr("Count days from DATE (YYYY-MM-DD; default today)."));
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        bool ok = false;
        const int days = parser.value(QStringLiteral("expiring")).toInt(&ok);
        if (!ok || days < 0)
            return fail(tr("give the days ahead with --expiring DAYS (a whole number, 0 or more)"));
        return checkAsOf(parser);
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        QSqlDatabase db = ws.db();
        const QDate asOf = asOfOf(parser);
        auto alerts = rightsAlerts(db, asOf, parser.value(QStringLiteral("expiring")).toInt());
        if (!alerts) {
            ctx.out.error(alerts.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            ctx.out.json(rightsToJson(alerts.value()));
            return Success;
        }
        QString out = alerts->isEmpty() ? tr("No usage rights need a look as of %1.\n").arg(isoDate(asOf)) : QString();
        for (const RightsAlert &a : alerts.value()) {
            const QString channels =
                a.channels.isEmpty() ? tr("no channels listed") : a.channels.join(QStringLiteral(", "));
            out +=
                a.state == QLatin1String("expiring")
                    ? tr("EXPIRING %1 for %2 (%3, contract %4): ends %5, %6; %7\n")
                          .arg(a.creator, a.brand, a.campaign, QString::number(a.contractId), isoDate(a.usageEnd),
                               a.daysLeft == 0 ? tr("today") : tr("in %n day(s)", nullptr, int(a.daysLeft)), channels)
                    : tr("IN USE   %1 for %2 (%3, contract %4): ended %5, %6, still in use; %7\n")
                          .arg(a.creator, a.brand, a.campaign, QString::number(a.contractId), isoDate(a.usageEnd),
                               tr("%n day(s) ago", nullptr, int(-a.daysLeft)), channels);
        }
        ctx.out.text(out);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeConflicts()
{
    return std::make_unique<Conflicts>();
}

std::unique_ptr<Command> makeRights()
{
    return std::make_unique<Rights>();
}

} // namespace cd::cli
