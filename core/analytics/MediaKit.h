#pragma once

#include "analytics/CampaignKpis.h"
#include "analytics/CreatorEngagement.h"
#include "common/Result.h"
#include "common/Tier.h"
#include "common/Words.h"
#include "services/CreatorProfile.h"
#include "storage/WorkspaceDefaults.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace cd {

// The days a media kit looks back: engagement counts posts from as-of minus 89 days through
// as-of (domain.md, 90 days inclusive); growth compares the count at as-of with the count at
// as-of minus 90 days, and the follower chart runs between the two.
inline constexpr int MediaKitDays = 90;

// One platform account of the creator, as of the kit's date.
struct MediaKitAccount
{
    Platform platform = Platform::Instagram;
    QString handle;
    // The latest follower snapshot on or before as-of (none: never counted by then).
    std::optional<qint64> followers;
    QDate followersOn;
    std::optional<Tier> tier; // by the workspace's thresholds; none without a count
    // The latest snapshot on or before as-of minus 90 days (none: no count that old).
    std::optional<qint64> followersBefore;
    QDate followersBeforeOn;
    // Posts of the last 90 days on this platform (domain.md "A creator's engagement rate outside a
    // campaign"): posts == 0 when there are none, and then every rate is absent.
    CreatorEngagement engagement;
    // The platform's engagement-rate baseline from Settings (absent bounds: none set).
    EngagementBaseline baseline;
    // The follower count day by day over the 90 days (days before the first count left out).
    QList<std::pair<QDate, qint64>> series;

    // (followers - followersBefore) / followersBefore x 100; none without both counts or when the
    // earlier one is 0.
    std::optional<double> growthPercent() const;
};

// One campaign the creator took part in, with their own results in it.
struct MediaKitCollaboration
{
    QString brand, campaign;
    QDate start, end; // end: invalid when open
    // The creator's posts in that campaign, each with its latest snapshot on or before as-of, by
    // the campaign KPI rules (the same figures as the creator's line of `kpi`).
    PostTotals results;
};

// Everything the creator's one-page media kit shows, read from the workspace as of a date.
struct MediaKit
{
    QDate asOf;
    qint64 creatorId = 0;
    QString name;
    QString niche;    // as typed ('' when not set)
    QStringList tags; // the creator's tags other than the niche itself, as stored
    QString country;  // as stored ('' when not set)
    // Largest audience first (accounts without a count last), then in platform order.
    QList<MediaKitAccount> accounts;
    // All platforms together: engagement over the creator's posts of the 90 days (the same figure
    // as creatorEngagement()'s for the creator).
    CreatorEngagement engagement;
    // Audience across all platforms: ages in band order, genders in the editor's order, countries
    // largest share first. audienceAsOf: invalid when not recorded.
    QList<AudienceShare> ages, genders, countries;
    QDate audienceAsOf;
    // At most five campaigns the creator took part in (participation confirmed or completed,
    // campaign neither draft nor cancelled, started by as-of), latest start first.
    QList<MediaKitCollaboration> collaborations;
    QList<RateCardEntry> rates; // in the order the rate card lists them

    // The sum of the accounts' latest counts; none when no account has one.
    std::optional<qint64> totalFollowers() const;
    // The creator's tier: that of their largest platform; none without any count.
    std::optional<Tier> tier() const;
    // Growth over the accounts that have both counts: (sum now - sum before) / sum before x 100.
    std::optional<double> growthPercent() const;
};

inline constexpr int MediaKitCollaborations = 5;

// Reads the media kit of the creator `creatorId` as of `asOf` (only numbers dated on or before it
// count). Errors: no such creator; a database error. A few indexed queries for this creator only,
// so it stays fast in a workspace of thousands of creators.
Result<MediaKit> mediaKit(QSqlDatabase &db, qint64 creatorId, const QDate &asOf);

} // namespace cd
