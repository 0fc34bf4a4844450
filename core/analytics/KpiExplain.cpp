#include "CampaignKpis.h"

#include "common/CountMath.h"

#include <QCoreApplication>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KpiExplain)
};

// Numbers written the way the campaign's money is: Indonesian grouping for IDR (31.250, 6,72),
// English otherwise (31,250, 6.72).
struct Style
{
    bool indonesian;
    QString count(qint64 n) const
    {
        QString digits = QString::number(n < 0 ? -n : n);
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, indonesian ? QLatin1Char('.') : QLatin1Char(','));
        return (n < 0 ? QStringLiteral("−") : QString()) + digits;
    }
    QString percent(double p) const
    {
        QString text = QString::number(p < 0 ? -p : p, 'f', 2);
        if (indonesian)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return (p < 0 ? QStringLiteral("−") : QString()) + text + QLatin1Char('%');
    }
};

// Why a figure computed from a saturated sum (CountMath.h) has no value.
QString tooLarge(const QString &name, const Style &s)
{
    return Text::tr("%1: no value, its numbers add up to more than %2; a number recorded for this campaign is too "
                    "large to be right: check its posts' numbers and follower counts")
        .arg(name, s.count(SaturatedCount));
}

QString ratio(const QString &name, const Style &s, const Money &cost, qint64 denominator, const QString &what,
              const MoneyRatio &value, const QString &times = {})
{
    // (A ratio with a denominator but no value is one beyond 64 bits: too large as well.)
    if (isSaturated(cost.minor()) || isSaturated(denominator) || (!value.hasValue() && denominator > 0))
        return tooLarge(name, s);
    if (!value.hasValue())
        return Text::tr("%1: no value while there are no %2 (a zero denominator has no ratio)").arg(name, what);
    return QStringLiteral("%1 = %2 / %3 %4%5 = %6")
        .arg(name, cost.format(), s.count(denominator), what, times, value.display());
}

QString rate(const QString &name, const Style &s, qint64 engagement, qint64 denominator, const QString &what,
             int leftOut, const QString &why)
{
    QString text = isSaturated(engagement) || isSaturated(denominator) ? tooLarge(name, s)
                   : denominator == 0 ? Text::tr("%1: no value while no post has %2").arg(name, what)
                                      : Text::tr("%1 = %2 engagements / %3 %4 × 100 = %5")
                                            .arg(name, s.count(engagement), s.count(denominator), what,
                                                 s.percent(100.0 * double(engagement) / double(denominator)));
    if (leftOut > 0)
        text += QCoreApplication::translate("KpiExplain", "; %n post(s) left out: %1", nullptr, leftOut).arg(why);
    return text;
}

// Mid-campaign the committed cost is divided by the few posts so far; the line beside it counts
// only the creators who have posted.
QString soFarLine(const CampaignKpis &k, const Style &s, const QString &name, qint64 denominator, const QString &what,
                  const MoneyRatio &value, const QString &times = {})
{
    if (!k.hasCostSoFar())
        return {};
    const QString head = Text::tr("So far, counting the %1 of %2 creators who have posted: ")
                             .arg(s.count(k.creatorsPosted), s.count(k.creators.size()));
    return QLatin1Char('\n') + head + ratio(name, s, k.costSoFar, denominator, what, value, times);
}
} // namespace

QString explainKpi(const CampaignKpis &k, const QString &figure)
{
    const Style s{k.currency == QLatin1String("IDR")};
    const PostTotals &t = k.totals;
    const auto money = [&](qint64 minor) { return Money(minor, k.currency).format(); };
    const qint64 gained = k.growth.gained();
    const QString thousand = QStringLiteral(" × %1").arg(s.count(1000));
    if (figure == QLatin1String("cpm"))
        return ratio(Text::tr("CPM"), s, k.cost, t.impressions, Text::tr("impressions"), k.cpm, thousand) +
               soFarLine(k, s, Text::tr("CPM"), t.impressions, Text::tr("impressions"), k.cpmSoFar, thousand);
    if (figure == QLatin1String("cpe"))
        return ratio(Text::tr("CPE"), s, k.cost, t.engagement(), Text::tr("engagements"), k.cpe) +
               soFarLine(k, s, Text::tr("CPE"), t.engagement(), Text::tr("engagements"), k.cpeSoFar);
    if (figure == QLatin1String("cpv"))
        return ratio(Text::tr("CPV"), s, k.cost, t.views, Text::tr("views"), k.cpv) +
               soFarLine(k, s, Text::tr("CPV"), t.views, Text::tr("views"), k.cpvSoFar);
    if (figure == QLatin1String("cost_per_new_follower")) {
        if (isSaturated(k.cost.minor()) || isSaturated(gained))
            return tooLarge(Text::tr("Cost per new follower"), s);
        if (!k.costPerNewFollower.hasValue())
            return Text::tr("Cost per new follower: no value, followers did not grow (%1 before, %2 after)")
                .arg(s.count(k.growth.before), s.count(k.growth.after));
        return Text::tr("Cost per new follower = %1 / %2 new followers (%3 after − %4 before) = %5")
            .arg(k.cost.format(), s.count(gained), s.count(k.growth.after), s.count(k.growth.before),
                 k.costPerNewFollower.display());
    }
    if (figure == QLatin1String("roi_pct")) {
        if (!k.roiPercent && t.postsWithRevenue == 0)
            return Text::tr("ROI: no value while no post has a revenue figure");
        if (isSaturated(k.cost.minor()) || isSaturated(t.revenueMinor))
            return tooLarge(Text::tr("ROI"), s);
        if (!k.roiPercent)
            return Text::tr("ROI: no value without a cost");
        return Text::tr("ROI = (%1 revenue − %2 cost) / %2 × 100 = %3")
            .arg(money(t.revenueMinor), k.cost.format(), s.percent(*k.roiPercent));
    }
    if (figure == QLatin1String("engagement_rate_followers"))
        return rate(Text::tr("Engagement rate by followers"), s, t.engagementWithFollowers, t.followersAtPosting,
                    Text::tr("followers at posting"), t.postsWithoutFollowers,
                    Text::tr("no follower count on or before the day they went up"));
    if (figure == QLatin1String("engagement_rate_reach"))
        return rate(Text::tr("Engagement rate by reach"), s, t.engagementWithReach, t.reachOfThose, Text::tr("reach"),
                    t.postsWithoutReach, Text::tr("their latest snapshot has no reach"));
    if (figure == QLatin1String("engagement_rate_impressions"))
        return rate(Text::tr("Engagement rate by impressions"), s, t.engagementWithImpressions, t.impressionsOfThose,
                    Text::tr("impressions"), t.postsWithoutImpressions,
                    Text::tr("their latest snapshot has no impressions"));
    if (figure == QLatin1String("follower_growth_pct")) {
        QString text =
            isSaturated(k.growth.before) || isSaturated(k.growth.after) ? tooLarge(Text::tr("Follower growth"), s)
            : !k.growth.percent()
                ? Text::tr("Follower growth: no value without followers before the start")
                : Text::tr("Follower growth = (%1 after − %2 before) / %2 × 100 = %3")
                      .arg(s.count(k.growth.after), s.count(k.growth.before), s.percent(*k.growth.percent()));
        if (k.growth.leftOut > 0)
            text += QCoreApplication::translate(
                "KpiExplain", "; %n creator account(s) left out: no count before the start or by the end", nullptr,
                k.growth.leftOut);
        return text;
    }
    if (figure == QLatin1String("cost")) {
        QStringList parts;
        for (const CreatorKpis &c : k.creators) {
            QStringList made;
            if (c.fee)
                made << Text::tr("fee %1").arg(money(c.fee));
            if (c.productValue)
                made << Text::tr("product %1").arg(money(c.productValue));
            if (c.commissionBp)
                made << Text::tr("%1 of %2 revenue = %3")
                            .arg(s.percent(double(c.commissionBp) / 100.0), money(c.totals.revenueMinor),
                                 money(c.commission));
            if (c.points)
                made << Text::tr("%1 points × %2").arg(s.count(c.points), money(c.pointValue));
            parts << (made.isEmpty()
                          ? Text::tr("%1 %2").arg(c.name, c.cost.format())
                          : Text::tr("%1 %2 (%3)").arg(c.name, c.cost.format(), made.join(QStringLiteral(" + "))));
        }
        QString text = Text::tr("Cost = %1: %2")
                           .arg(k.cost.format(),
                                parts.isEmpty() ? Text::tr("no one takes part") : parts.join(QStringLiteral("; ")));
        if (k.hasCostSoFar())
            text += QLatin1Char('\n') +
                    Text::tr("So far %1: the cost of the %2 of %3 creators who have posted")
                        .arg(k.costSoFar.format(), s.count(k.creatorsPosted), s.count(k.creators.size()));
        return text;
    }
    return {};
}

QString whyNoKpiValue(const CampaignKpis &k, const QString &figure)
{
    const PostTotals &t = k.totals;
    const auto ratio = [&](const MoneyRatio &value, qint64 denominator, const QString &none) {
        if (value.hasValue())
            return QString();
        return denominator > 0 || isSaturated(k.cost.minor()) ? Text::tr("too large to be right") : none;
    };
    if (figure == QLatin1String("cpm"))
        return ratio(k.cpm, t.impressions, Text::tr("no impressions yet"));
    if (figure == QLatin1String("cpe"))
        return ratio(k.cpe, t.engagement(), Text::tr("no engagement yet"));
    if (figure == QLatin1String("cpv"))
        return ratio(k.cpv, t.views, Text::tr("no views yet"));
    if (figure == QLatin1String("roi_pct")) {
        if (k.roiPercent)
            return {};
        if (t.postsWithRevenue == 0)
            return Text::tr("no revenue yet");
        return isSaturated(k.cost.minor()) || isSaturated(t.revenueMinor) ? Text::tr("too large to be right")
                                                                          : Text::tr("no cost yet");
    }
    if (figure == QLatin1String("follower_growth_pct") && !k.growth.percent())
        return isSaturated(k.growth.before) || isSaturated(k.growth.after) ? Text::tr("too large to be right")
                                                                           : Text::tr("no count before the start");
    return {};
}

} // namespace cd
