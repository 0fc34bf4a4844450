#pragma once

#include "common/Money.h"
#include "common/Tier.h"
#include "common/Words.h"

#include <optional>

namespace cd {

// What a post by a creator typically costs (domain.md "Rate estimate per post"), as a range.
struct RateEstimate
{
    Money low;
    std::optional<Money> high; // none: "more than low" (the mega tier in IDR)
    QString basis;             // how it was reached, for people: "micro tier (IDR table)"

    // "Rp1.500.000 – Rp5.000.000", "more than Rp20.000.000", "$900.00 – $1,500.00".
    QString text() const;
};

// The estimate for one post on `platform` by an account with `followers`, paid in `currency`:
// IDR uses the tier table (by this platform's followers and `thresholds`); USD uses $1,000 per
// 100,000 Instagram followers or $2,000 per 100,000 YouTube subscribers, from 0.75x to 1.25x.
// Other platform and currency pairs, no follower count, or one too large to be right (the USD
// estimate would not fit 64 bits), have no estimate.
std::optional<RateEstimate> estimateRate(Platform platform, std::optional<qint64> followers, const QString &currency,
                                         const TierThresholds &thresholds = {});

} // namespace cd
