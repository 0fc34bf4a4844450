#pragma once

#include "common/Result.h"
#include "storage/Changes.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <type_traits>
#include <utility>

namespace cd {

class Workspace;

// Every write to a workspace runs inside one of these. It begins an IMMEDIATE transaction (the
// write lock is taken up front, so it cannot fail half-way for a busy database), rolls back in its
// destructor unless commit() succeeded, and after a commit the workspace emits changed() with the
// record kinds named through touch(). Transactions do not nest.
//
//   Transaction tx(ws);
//   if (!tx) return fail(tx.error());
//   ... queries on tx.db() ...
//   tx.touch("creators");
//   return tx.commit();
class Transaction
{
public:
    explicit Transaction(Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    explicit operator bool() const { return m_active; }
    const QString &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

    // Records that `kind` ("creators", "brands", ...) changed, for the signals after commit.
    void touch(const QString &kind);
    // Records that record `id` of `kind` changed (added, edited or deleted): a page showing
    // thousands of them reads back that one. Every write of a kind that a page reads this way
    // names its record; a kind also touched without an id counts as changed everywhere.
    void touch(const QString &kind, qint64 id);

    // Runs `step` inside the transaction just before it commits, after the steps given before it;
    // a step that fails rolls everything back and its error is commit()'s. For work that must not
    // be committed without its end (PausedPostSummaries), whichever path reaches the commit.
    void beforeCommit(std::function<Status()> step);

    // Commits; on failure everything is rolled back and the error says why.
    Status commit();
    // Commits and returns `id` (the new record's) on success: the end of every "add".
    Result<qint64> commit(qint64 id);
    // Rolls back now (the destructor does it too).
    void rollback();

private:
    Workspace &m_workspace;
    QSqlDatabase m_db;
    Changes m_changes;
    QList<std::function<Status()>> m_beforeCommit;
    QString m_error;
    bool m_active = false;
};

// Runs `work(tx)` in a new transaction and commits when it succeeds; the one-call form of the
// services' add/update:  return writeInTransaction(ws, [&](Transaction &tx) { return insert(tx, in); });
// `work` returns Status, or Result<qint64> (the new record's id).
template <typename Work>
auto writeInTransaction(Workspace &ws, Work &&work) -> decltype(work(std::declval<Transaction &>()))
{
    using R = decltype(work(std::declval<Transaction &>()));
    Transaction tx(ws);
    if (!tx)
        return R(fail(tx.error()));
    auto result = work(tx);
    if (!result)
        return result;
    if constexpr (std::is_same_v<R, Status>)
        return tx.commit();
    else
        return tx.commit(result.value());
}

} // namespace cd
