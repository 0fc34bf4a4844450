#include "Command.h"

#include "demo/DemoGenerator.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace cd::cli {
namespace {

class Demo final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Fill the workspace with realistic synthetic data (small: ~40 creators; agency: 5,000 creators and "
                  "~2 million snapshots).");
    }
    QString arguments() const override { return QStringLiteral("[--scale small|agency|large] [--seed N] [--replace]"); }

protected:
    bool writes() const override { return true; }
    // README's first command is `demo` on a file that does not exist yet.
    bool createsWorkspace() const override { return true; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("scale"),
             tr("small (default), agency (5,000 creators) or large (20,000 creators, ~20 million snapshots; a few "
                "minutes, for benchmarks)."),
             QStringLiteral("SCALE"), QStringLiteral("small")});
        parser.addOption({QStringLiteral("seed"), tr("Seed for reproducible data (default 1)."), QStringLiteral("N"),
                          QStringLiteral("1")});
        parser.addOption({QStringLiteral("replace"), tr("Replace what the workspace holds.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString scale = parser.value(QStringLiteral("scale"));
        if (scale != QLatin1String("small") && scale != QLatin1String("agency") && scale != QLatin1String("large"))
            return fail(tr("--scale must be small, agency or large, not '%1'").arg(scale));
        bool ok = false;
        parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number, not '%1'").arg(parser.value(QStringLiteral("seed"))));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        DemoOptions options;
        const QString scale = parser.value(QStringLiteral("scale"));
        options.scale = scale == QLatin1String("large")    ? DemoOptions::Scale::Large
                        : scale == QLatin1String("agency") ? DemoOptions::Scale::Agency
                                                           : DemoOptions::Scale::Small;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong();
        options.replace = parser.isSet(QStringLiteral("replace"));
        QElapsedTimer timer;
        timer.start();
        auto summary = generateDemo(ws, options);
        if (!summary) {
            ctx.out.error(summary.error());
            return UserError;
        }
        const DemoSummary &s = summary.value();
        ctx.out.line(tr("Demo workspace %1 written in %2 s: %3 brands, %4 creators, %5 campaigns, %6 participants, "
                        "%7 deliverables, %8 contracts, %9 payments, %10 invoices, %11 follower and %12 post metric "
                        "snapshots.")
                         .arg(ws.path())
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(s.brands)
                         .arg(s.creators)
                         .arg(s.campaigns)
                         .arg(s.participants)
                         .arg(s.deliverables)
                         .arg(s.contracts)
                         .arg(s.payments)
                         .arg(s.invoices)
                         .arg(s.followerSnapshots)
                         .arg(s.postSnapshots));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDemo()
{
    return std::make_unique<Demo>();
}

} // namespace cd::cli
