#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <optional>

namespace cd {

class SqliteStatement;

// One engagement rate: the engagement of the posts that have a denominator, over that
// denominator, and how many posts were left out for lack of one.
struct EngagementRate
{
    qint64 engagement = 0;
    qint64 denominator = 0;
    int leftOut = 0;

    // 100 x engagement / denominator; none when the denominator is zero (never 0 or infinity) or a
    // sum is saturated (CountMath.h).
    std::optional<double> percent() const;
};

// A creator's engagement outside campaigns (domain.md): their posts with posted_at from as-of
// minus 89 days through as-of, each post URL counted once with its latest snapshot on or before
// as-of, used whole. Posts of declined or cancelled participations do not count.
struct CreatorEngagement
{
    int posts = 0;
    EngagementRate byFollowers; // followers at posting time: latest snapshot on or before posted_at
    EngagementRate byReach;
    EngagementRate byImpressions;

    const EngagementRate &by(const QString &basis) const; // "followers", "reach" or "impressions"
};

// Adds one post to `e`: the query's columns from `first` are likes, comments, shares, saves,
// reach, impressions and the followers at posting time (NULL where not given; a missing like,
// comment, share or save counts as 0). Sums saturate rather than wrap (CountMath.h). Every reader
// of 90-day engagement counts posts this one way.
void addPostEngagement(CreatorEngagement &e, const QSqlQuery &q, int first);

// Those seven columns of one post, as stored: none where not given (a float from an overflowing
// sum in SQL reads saturated, CountMath.h).
struct PostFigures
{
    std::array<std::optional<qint64>, 7> values;
    static PostFigures read(const QSqlQuery &q, int first);
    static PostFigures read(const SqliteStatement &q, int first);
};
void addPostEngagement(CreatorEngagement &e, const PostFigures &post);

// The figures for every creator with posts in the window (one query, through the indexes on
// posts.posted_at, each post's snapshots and each account's follower snapshots), or only for the
// creators in `only` when it is not empty (through each one's participations: the roster's first
// screen reads a few hundred creators, not the whole window).
Result<QHash<qint64, CreatorEngagement>> creatorEngagement(QSqlDatabase &db, const QDate &asOf,
                                                           const QList<qint64> &only = {});

// The same per creator and platform.
struct PlatformEngagement
{
    qint64 creatorId = 0;
    Platform platform = Platform::Instagram;
    CreatorEngagement engagement;
};
Result<QList<PlatformEngagement>> creatorEngagementByPlatform(QSqlDatabase &db, const QDate &asOf);
// creatorEngagement()'s figures from creatorEngagementByPlatform()'s, without reading them again
// (each post counts in one platform, so a creator's figures are the sums of theirs).
QHash<qint64, CreatorEngagement> byCreator(const QList<PlatformEngagement> &platforms);

} // namespace cd
