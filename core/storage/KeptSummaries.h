#pragma once

#include "FileIdentity.h"
#include "common/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace cd {
class Transaction;
}

namespace cd::summaries {

// The kept summaries of schema v5: each account's latest follower count (follower_latest) and each
// post's latest metric snapshot (post_latest); and of v7: each rise of at least 5% from one follower
// count of an account to its next (follower_rises); and of v8: each manager's change in the summed
// follower counts of active creators' accounts by day (follower_day_changes); and of v9: each post's
// latest counts and its account's followers on its day, beside its latest snapshot in post_latest
// (v11 added its views, link clicks and promo-code uses).
// Triggers keep them in the transaction of every write to the snapshots (and, for v8, to a creator's
// status or manager and an account's creator; for v9, to an account, a post or a participation);
// these functions recompute them from the records themselves.

// Where a kept summary disagrees with the recomputation, one line each ("account 12: the kept latest
// count is 5,000 (1 Nov 2026), the snapshots say 5,100 (8 Nov 2026)"), at most `limit` lines. Empty
// when they agree. Reads every account and post once: seconds on a workspace of millions of rows.
// The least rise follower_rises keeps, in basis points (5%): a jump threshold below it reads the
// counts themselves.
inline constexpr int KeptRiseMinBp = 500;

// `version`: the workspace's schema version (`check` reads older ones as they are).
Result<QStringList> problems(QSqlDatabase &db, int limit = 20, int version = CurrentSchemaVersion);

// Makes the summaries of a workspace of `version` again from the snapshots, in the caller's
// transaction: the migration to v5 fills its two this way, and `check --repair` mends them should
// they ever disagree. Makes any of their triggers that is missing again, too.
Status rebuild(QSqlDatabase &db, int version = CurrentSchemaVersion);
// The rises only, from one pass over the follower counts (the migration to v7 fills them this way).
Status rebuildRises(QSqlDatabase &db);
// The day changes only, from one pass over the follower counts (the migration to v8, and a move to
// a server after its copy).
Status rebuildDayChanges(QSqlDatabase &db);
// Each post's kept figures only (schema v9; v11 added views, link clicks and promo-code uses), worked
// out again from the records (the migration to v9, and a move to a server after its copy), those of
// a workspace of `version`. post_latest must be whole.
Status rebuildFigures(QSqlDatabase &db, int version = CurrentSchemaVersion);

// For a write that fills a whole workspace (the demo): every summary trigger is dropped inside the
// transaction and, just before it commits, every summary is made again in one pass over the
// snapshots (rebuild()), which makes the triggers again too. Worked out row by row, the follower
// summaries alone took the agency demo's 554,528 counts from 0.9 s to 6.9 s. A transaction that never
// commits rolls the drop back. A server keeps its triggers (others may be writing) and only defers
// the rises and the day changes to one pass each, as a move does.
Status pauseUntilCommit(Transaction &tx);
// Ends that pause now rather than at the commit, for a writer that reads summaries after its bulk
// writes (the demo drafts commissions from its campaigns' KPIs, which read each post's kept row).
// Writes after it keep the summaries through their triggers; nothing is left for the commit.
// Does nothing when nothing is paused.
Status resumeNow(Transaction &tx);

// For a bulk write of post snapshots. The post_latest insert trigger triples the cost of each insert
// (measured: 1M rows 2.0 s without it, 5.1 s with it; a WHEN clause that skips its work still costs
// 1 s). start() drops it, and schema v9's trigger that fills each new post_latest row with its
// figures, inside the transaction; just before that transaction commits, the posts noted meanwhile
// get their summaries and figures worked out (one statement each) and the triggers are made again
// from their own stored text. A transaction that never commits (an error, a cancel, a crash) rolls
// the drop back with everything else, so the file is never without the triggers. One object serves
// one transaction (an import's): start() again after it does nothing.
class PausedPostSummaries
{
public:
    Status start(Transaction &tx);
    bool active() const { return m_state != nullptr; }
    // A post whose snapshots were written (inserted, replaced) while the trigger was away.
    void note(qint64 postId)
    {
        if (m_state)
            m_state->posts.insert(postId);
    }

private:
    struct State
    {
        QStringList triggerSql; // each dropped trigger's CREATE TRIGGER statement
        QSet<qint64> posts;
    };
    static Status finish(QSqlDatabase &db, const State &state);
    std::shared_ptr<State> m_state; // shared with the transaction's before-commit step
};

} // namespace cd::summaries
