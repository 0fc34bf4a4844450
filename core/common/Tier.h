#pragma once

#include <QString>
#include <QtGlobal>

namespace cd {

enum class Tier
{
    Nano,
    Micro,
    Macro,
    Mega
};

// Lowest follower count of each tier above nano (domain.md defaults; editable in Settings).
// Invariant when valid: 0 < micro < macro < mega.
struct TierThresholds
{
    qint64 micro = 10'000;
    qint64 macro = 100'000;
    qint64 mega = 1'000'000;

    bool isValid() const { return 0 < micro && micro < macro && macro < mega; }
    friend bool operator==(const TierThresholds &, const TierThresholds &) = default;
};

// Tier of one follower count: nano below micro, micro below macro, macro below mega, else mega.
Tier tierFor(qint64 followers, const TierThresholds &thresholds = {});

// "nano", "micro", "macro", "mega": the word the product writes.
QString tierWord(Tier tier);
// Translated name for people ("Micro").
QString tierDisplayName(Tier tier);

} // namespace cd
