#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QDate>

#include <optional>

namespace cd {

class Transaction;

// A post's numbers on one day. An absent value is "not given", never zero.
struct PostSnapshot
{
    QDate date;
    std::optional<qint64> views, impressions, reach, likes, comments, shares, saves, linkClicks, promoUses;
    std::optional<Money> revenue; // in the campaign's currency
    QString caption;
    QString source;
    bool approximate = false; // counts read from abbreviations such as 1.2K
    friend bool operator==(const PostSnapshot &, const PostSnapshot &) = default;
};

// Posts (one per participant, platform and normalised URL) and their dated metric snapshots.
class PostService
{
public:
    // The post of `participantId` on `platform` at `url`, created with `postedAt` when new.
    // Errors: a URL that is not one, a posted date that differs from the one the post or its
    // deliverable already has (a post has one posted_at).
    Result<qint64> ensurePost(Transaction &tx, qint64 participantId, Platform platform, const QString &url,
                              const QDate &postedAt);
    // The snapshot of a post on a day, if any.
    Result<std::optional<PostSnapshot>> snapshot(Transaction &tx, qint64 postId, const QDate &date);
    // Records a snapshot, replacing that day's whole (an empty field stays empty). Errors: a date
    // in the future or before the post was posted.
    Status recordSnapshot(Transaction &tx, qint64 postId, const PostSnapshot &snapshot);
};

} // namespace cd
