#pragma once

#include "common/Result.h"
#include "common/Tier.h"
#include "common/Words.h"

#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class Workspace;

// An engagement-rate band considered normal for a platform, in hundredths of a percent.
struct EngagementBaseline
{
    std::optional<int> lowBp, highBp; // absent: no baseline until the user sets one
    friend bool operator==(const EngagementBaseline &, const EngagementBaseline &) = default;
};

// The editable defaults of domain.md ("Defaults for warnings and estimates"), kept per workspace.
struct WorkspaceDefaults
{
    TierThresholds tiers;
    QString currency = QStringLiteral("IDR");
    int rightsExpiringDays = 30;
    QMap<Platform, EngagementBaseline> baselines = standardBaselines();
    // Authenticity warnings
    qint64 suspiciousLikesMin = 1'000;                     // a post with at least this many likes...
    int commentShareRatioBp = 100;                         // ...whose comments + shares are under 1% of its likes
    int followerJumpBp = 2'000;                            // followers up more than 20%...
    int followerJumpDays = 7;                              // ...between snapshots at most 7 days apart
    int medianFactor = 3;                                  // engagement over 3x or under 1/3 of the tier median...
    int medianMinCreators = 5;                             // ...when that median has at least 5 creators
    QString engagementBasis = QStringLiteral("followers"); // followers, reach or impressions
    friend bool operator==(const WorkspaceDefaults &, const WorkspaceDefaults &) = default;

    // Instagram 3%–6%, Facebook and X 0.5%–1%, TikTok, YouTube and blogs none.
    static QMap<Platform, EngagementBaseline> standardBaselines();
    // The first problem with these values, in words; empty when they are fine.
    QString problem() const;
};

namespace settings {
// Stored values over the built-in defaults (keys nobody set keep the defaults).
WorkspaceDefaults defaults(QSqlDatabase &db);
// Validates and writes every value in one transaction (signal kind "settings").
Status saveDefaults(Workspace &ws, const WorkspaceDefaults &defaults);
} // namespace settings

} // namespace cd
