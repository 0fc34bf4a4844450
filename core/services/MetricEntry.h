#pragma once

#include "PostService.h"

#include <QList>
#include <QSqlDatabase>

namespace cd {

class Transaction;

// A deliverable's post as numbers are typed in for it, with what is recorded on the day asked.
struct EntryPost
{
    qint64 deliverableId = 0;
    qint64 participantId = 0;
    QString creator;
    Platform platform = Platform::Instagram;
    QString title;
    QString url;      // empty: not posted yet (no link)
    QDate postedAt;   // invalid: not posted yet
    QString currency; // the campaign's, for revenue
    std::optional<PostSnapshot> recorded;
    qint64 snapshotId = 0; // the recorded snapshot's, for its proof files; 0 when none
    bool isPosted() const { return !url.isEmpty() && postedAt.isValid(); }
};

// Numbers typed in from the app rather than imported: a deliverable's post numbers on a day (one
// at a time, or a whole campaign on one screen) and a creator's follower count on a day.
class MetricEntry
{
public:
    // The deliverable's post and its numbers on `date`.
    static Result<EntryPost> deliverablePost(QSqlDatabase db, qint64 deliverableId, const QDate &date);
    // Every posted deliverable of a campaign that was up by `date`, by creator, platform and title,
    // with its numbers on `date`: the rows of the campaign's quick-entry grid.
    static Result<QList<EntryPost>> campaignPosts(QSqlDatabase db, qint64 campaignId, const QDate &date);

    // Records `snapshot` for the deliverable's post (replacing that day's whole) and returns the
    // snapshot's id. Errors: not posted yet, a day before the post or in the future, or no number
    // given at all.
    Result<qint64> record(Transaction &tx, const EntryPost &post, const PostSnapshot &snapshot);
    // Records a follower count (replacing that day's) and returns the snapshot's id.
    static Result<qint64> recordFollowers(Transaction &tx, qint64 accountId, const QDate &date, qint64 followers,
                                          const QString &source);

    // True when no number of the snapshot is given (a row left blank in the grid).
    static bool isBlank(const PostSnapshot &snapshot);

private:
    PostService m_posts;
};

} // namespace cd
