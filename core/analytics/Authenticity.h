#pragma once

#include "common/Result.h"
#include "common/Words.h"
#include "storage/WorkspaceDefaults.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

struct PlatformEngagement;

// Something about a creator's numbers worth a closer look (domain.md: a warning, not a verdict).
struct AuthenticityWarning
{
    enum class Kind
    {
        LowInteraction,    // many likes, hardly any comments or shares on a post
        FollowerJump,      // followers up sharply between two close snapshots
        EngagementOutlier, // far above or below the median of the same tier and platform
    };
    Kind kind = Kind::LowInteraction;
    qint64 creatorId = 0;
    QString creator;
    Platform platform = Platform::Instagram;
    QDate date;          // the post's snapshot, the later follower count, or the as-of date
    QString explanation; // in words, with the numbers
};

// The warnings of domain.md with the thresholds of `defaults`, counting only numbers dated on or
// before `asOf`, for every creator or only `creatorId`; sorted by creator name, then date.
// With `since`, only post snapshots and follower counts dated from then on are looked at (a
// dashboard's "lately"), which also spares reading the whole history.
// `engagement`: creatorEngagementByPlatform() as of `asOf`, when the caller has read it already.
Result<QList<AuthenticityWarning>> authenticityWarnings(QSqlDatabase &db, const WorkspaceDefaults &defaults,
                                                        const QDate &asOf,
                                                        std::optional<qint64> creatorId = std::nullopt,
                                                        const QDate &since = {},
                                                        const QList<PlatformEngagement> *engagement = nullptr);

// How a rate compares with the platform's normal band in words ("Instagram: 2.10% is below the
// 3.00%–6.00% baseline"), or why there is nothing to compare.
QString compareToBaseline(Platform platform, std::optional<double> ratePercent, const EngagementBaseline &baseline);

} // namespace cd
