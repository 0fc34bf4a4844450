#include "Command.h"

#include "analytics/CampaignKpis.h"
#include "common/Clock.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd::cli {
namespace {

// Numbers for people in the text form; JSON keeps formats.md's plain forms.
QString count(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString percent(const std::optional<double> &p)
{
    return p ? QStringLiteral("%1%").arg(*p, 0, 'f', 2) : QStringLiteral("—");
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width);
}

class Kpi final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kpi)
public:
    QString name() const override { return QStringLiteral("kpi"); }
    QString summary() const override
    {
        return tr("A campaign's KPIs as of a date (default today): posts, engagement, rates, follower growth, "
                  "cost per result and progress against targets.");
    }
    QString arguments() const override { return QStringLiteral("--campaign NAME [--as-of DATE] [--json]"); }

protected:
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("campaign"), tr("The campaign, by name."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("as-of"), tr("Count snapshots dated on or before DATE (YYYY-MM-DD)."),
                          QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("json"), tr("Print the JSON object of formats.md.")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        if (parser.value(QStringLiteral("campaign")).trimmed().isEmpty())
            return fail(tr("name the campaign with --campaign NAME"));
        if (parser.isSet(QStringLiteral("as-of")))
            if (auto d = parseIsoDate(parser.value(QStringLiteral("as-of")), tr("--as-of")); !d)
                return fail(d.error());
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QDate asOf = parser.isSet(QStringLiteral("as-of"))
                               ? parseIsoDate(parser.value(QStringLiteral("as-of")), {}).value()
                               : Clock::today();
        QSqlDatabase db = ws.db();
        auto kpis = campaignKpis(db, parser.value(QStringLiteral("campaign")), asOf);
        if (!kpis) {
            ctx.out.error(kpis.error());
            return UserError;
        }
        if (parser.isSet(QStringLiteral("json")))
            ctx.out.json(kpisToJson(kpis.value()));
        else
            ctx.out.text(asText(kpis.value()));
        return Success;
    }

private:
    static QString asText(const CampaignKpis &k)
    {
        const PostTotals &t = k.totals;
        const auto money = [&](qint64 minor) { return Money(minor, k.currency).format(); };
        QString out = tr("%1 (%2), as of %3\n\n").arg(k.campaign, k.currency, isoDate(k.asOf));
        const auto row = [&](const QString &label, const QString &value) {
            out += padded(label, 24) + value + QLatin1Char('\n');
        };
        row(tr("Posts"), count(t.posts));
        row(tr("Views"), count(t.views));
        row(tr("Impressions"), count(t.impressions));
        row(tr("Reach"), count(t.reach));
        row(tr("Engagement"),
            tr("%1 (likes %2, comments %3, shares %4, saves %5)")
                .arg(count(t.engagement()), count(t.likes), count(t.comments), count(t.shares), count(t.saves)));
        row(tr("Engagement rate"),
            tr("%1 by followers (%2 left out), %3 by reach (%4 left out), %5 by impressions (%6 left out)")
                .arg(percent(t.rateByFollowers()))
                .arg(t.postsWithoutFollowers)
                .arg(percent(t.rateByReach()))
                .arg(t.postsWithoutReach)
                .arg(percent(t.rateByImpressions()))
                .arg(t.postsWithoutImpressions));
        row(tr("Link clicks"), count(t.linkClicks));
        row(tr("Promo code uses"), count(t.promoUses));
        row(tr("Revenue"), money(t.revenueMinor));
        row(tr("Followers"), tr("%1 before, %2 after: %3 (%4 left out)")
                                 .arg(count(k.growth.before), count(k.growth.after), percent(k.growth.percent()))
                                 .arg(k.growth.leftOut));
        // Mid-campaign the committed cost meets the first posts only: so far stands beside it.
        const auto withSoFar = [&](const QString &committed, const QString &soFar) {
            return k.hasCostSoFar() ? tr("%1 (so far %2)").arg(committed, soFar) : committed;
        };
        row(tr("Cost"), k.hasCostSoFar() ? tr("%1 (so far %2: %3 of %4 creators have posted)")
                                               .arg(k.cost.format(), k.costSoFar.format())
                                               .arg(k.creatorsPosted)
                                               .arg(k.creators.size())
                                         : k.cost.format());
        row(tr("CPM"), withSoFar(k.cpm.display(), k.cpmSoFar.display()));
        row(tr("CPE"), withSoFar(k.cpe.display(), k.cpeSoFar.display()));
        row(tr("CPV"), withSoFar(k.cpv.display(), k.cpvSoFar.display()));
        row(tr("Cost per new follower"), k.costPerNewFollower.display());
        row(tr("ROI"), percent(k.roiPercent));
        if (!k.progress.isEmpty()) {
            out += QLatin1Char('\n') + tr("Progress against targets") + QLatin1Char('\n');
            for (const KpiProgress &p : k.progress) {
                const bool isMoney = p.kpi == QLatin1String("revenue");
                const bool isRate = p.kpi == QLatin1String("engagement_rate");
                const QString target = isMoney  ? money(p.target)
                                       : isRate ? QStringLiteral("%1%").arg(double(p.target) / 100.0, 0, 'f', 2)
                                                : count(p.target);
                const QString achieved = !p.achieved ? QStringLiteral("—")
                                         : isMoney   ? money(saturatedFromDouble(*p.achieved))
                                         : isRate    ? percent(p.achieved)
                                                     : count(saturatedFromDouble(*p.achieved));
                row(QStringLiteral("  ") + p.kpi, tr("%1 of %2: %3").arg(achieved, target, percent(p.percent())));
            }
        }
        out += QLatin1Char('\n') + padded(tr("Creator"), 24) + padded(tr("Posts"), 7) + padded(tr("Engagement"), 12) +
               padded(tr("Rate"), 9) + padded(tr("Followers"), 22) + padded(tr("Growth"), 10) + tr("Cost") +
               QLatin1Char('\n');
        for (const CreatorKpis &c : k.creators)
            out += padded(c.name, 24) + padded(count(c.totals.posts), 7) + padded(count(c.totals.engagement()), 12) +
                   padded(percent(c.totals.rateByFollowers()), 9) +
                   padded(QStringLiteral("%1 → %2").arg(count(c.growth.before), count(c.growth.after)), 22) +
                   padded(percent(c.growth.percent()), 10) + c.cost.format() + QLatin1Char('\n');
        return out;
    }
};

} // namespace

std::unique_ptr<Command> makeKpi()
{
    return std::make_unique<Kpi>();
}

} // namespace cd::cli
