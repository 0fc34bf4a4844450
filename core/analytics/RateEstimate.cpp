#include "RateEstimate.h"

#include "common/CountMath.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RateEstimate)
};

// Rounds numerator / denominator half away from zero (both non-negative here).
qint64 roundedRatio(qint64 numerator, qint64 denominator)
{
    return numerator / denominator + (2 * (numerator % denominator) >= denominator ? 1 : 0); // cannot overflow
}

// domain.md's IDR table: typical fee per post by tier, in rupiah.
RateEstimate idrByTier(Tier tier)
{
    const QString idr = QStringLiteral("IDR");
    const QString basis = Text::tr("%1 tier, typical Indonesian fee per post").arg(tierDisplayName(tier));
    switch (tier) {
    case Tier::Nano:
        return {Money(500'000, idr), Money(1'500'000, idr), Text::tr("%1 (or free product)").arg(basis)};
    case Tier::Micro:
        return {Money(1'500'000, idr), Money(5'000'000, idr), basis};
    case Tier::Macro:
        return {Money(5'000'000, idr), Money(20'000'000, idr), basis};
    case Tier::Mega:
        break;
    }
    return {Money(20'000'000, idr), std::nullopt, basis};
}
} // namespace

QString RateEstimate::text() const
{
    if (!high)
        return Text::tr("more than %1").arg(low.format());
    return QStringLiteral("%1 – %2").arg(low.format(), high->format());
}

std::optional<RateEstimate> estimateRate(Platform platform, std::optional<qint64> followers, const QString &currency,
                                         const TierThresholds &thresholds)
{
    if (!followers || *followers < 0)
        return std::nullopt;
    if (currency == QLatin1String("IDR"))
        return idrByTier(tierFor(*followers, thresholds));
    if (currency != QLatin1String("USD") || (platform != Platform::Instagram && platform != Platform::YouTube))
        return std::nullopt;
    // $1,000 per 100,000 followers is one cent per follower ($2,000: two cents), so the range in
    // cents is followers x cents x 0.75 .. 1.25, rounded to the cent.
    const qint64 centsPerFollower = platform == Platform::Instagram ? 1 : 2;
    const qint64 base = saturatingMul(*followers, centsPerFollower);
    if (isSaturated(saturatingMul(base, 5))) // a count too large to be right (CountMath.h)
        return std::nullopt;
    const QString rule = platform == Platform::Instagram ? Text::tr("$1,000 per 100,000 followers")
                                                         : Text::tr("$2,000 per 100,000 subscribers");
    return RateEstimate{Money(roundedRatio(base * 3, 4), currency), Money(roundedRatio(base * 5, 4), currency),
                        Text::tr("%1 × 0.75–1.25 for %2").arg(rule, QLocale().toString(*followers))};
}

} // namespace cd
