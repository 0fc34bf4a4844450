#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>

#include <optional>

namespace cd {

// One day of a campaign's engagement: for each post, its latest snapshot on or before the day,
// summed (domain.md: the chart at day d agrees with the KPIs as of d).
struct EngagementPoint
{
    QDate day;
    int posts = 0;
    qint64 likes = 0, comments = 0, shares = 0, saves = 0, views = 0;
    qint64 engagementWithFollowers = 0, followersAtPosting = 0;
    qint64 engagement() const;                     // likes + comments + shares + saves, saturating (CountMath.h)
    std::optional<double> rateByFollowers() const; // none also when a sum is saturated
};

// Daily points from `from` through `to` for the campaign `campaignId` (participants that take
// part only), or for one of its creators when `creatorId` is given. Reads only that campaign's
// snapshots, each once, and carries the running sums from day to day.
Result<QList<EngagementPoint>> engagementSeries(QSqlDatabase &db, qint64 campaignId, const QDate &from, const QDate &to,
                                                std::optional<qint64> creatorId = std::nullopt);

// A creator's follower count on one platform, day by day: the latest snapshot on or before each
// day; days before the first snapshot are left out.
struct FollowerSeries
{
    Platform platform = Platform::Instagram;
    QList<std::pair<QDate, qint64>> points;
};
Result<QList<FollowerSeries>> followerSeries(QSqlDatabase &db, qint64 creatorId, const QDate &from, const QDate &to);

// One post's engagement rate by followers at posting time (its latest snapshot by `asOf`), for a
// creator's chart against the platform's baseline band; posts without a follower count before
// they went up have no rate and are left out.
struct PostRate
{
    QDate posted;
    Platform platform = Platform::Instagram;
    QString url;
    double percent = 0;
};
Result<QList<PostRate>> postRates(QSqlDatabase &db, qint64 creatorId, const QDate &from, const QDate &asOf);

// Each participating creator's followers on the campaign's platforms (all, when it lists none),
// summed day by day from `from` to `to`; days before any count are left out. Every creator taking
// part has a line, in name order: one without counts on those platforms (no such account, or no
// count in the period) has no points.
struct CreatorFollowers
{
    QString creator;
    QList<std::pair<QDate, qint64>> points;
};
Result<QList<CreatorFollowers>> campaignFollowerSeries(QSqlDatabase &db, qint64 campaignId, const QDate &from,
                                                       const QDate &to);

// A campaign's money as of a date: its budget (none when not set), what the participants taking
// part commit (their cost as campaignKpis() counts it: fee, product value, points and commission on
// the revenue by then) and what has been paid to them by then.
struct BudgetFigures
{
    std::optional<qint64> budget;
    qint64 committed = 0, paid = 0;
    QString currency;
};
Result<BudgetFigures> campaignBudget(QSqlDatabase &db, qint64 campaignId, const QDate &asOf);

// At most `maxPoints` points that keep the shape: the first and last point, and for each bucket
// of the rest its lowest and highest point in x order (so no peak or dip disappears). Points are
// in x order; fewer than maxPoints come back unchanged.
QList<QPointF> downsample(const QList<QPointF> &points, int maxPoints);

} // namespace cd
