#pragma once

#include "common/Result.h"
#include "common/Words.h"
#include "storage/Sql.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace cd {

class SqliteStatement;
class Workspace;
class Transaction;

struct AccountInput
{
    Platform platform = Platform::Instagram;
    QString handle;                  // with or without '@'
    std::optional<qint64> followers; // recorded as a snapshot dated today when given
};

struct CreatorInput
{
    QString name;
    CreatorStatus status = CreatorStatus::Active;
    QString niche;
    QString country;
    QString email;
    QString phone;
    QString manager;
    QString notes;
    QStringList tags;
    QList<AccountInput> accounts; // used by add() only
    // Money (domain.md "Indonesian taxes", "Agency fee"): whom the payer withholds for, the NPWP
    // (as typed; stored as digits by TaxProfiles::normaliseNpwp, '' for none) and the agency's fee
    // rate for this creator (none: the setting's).
    TaxProfile taxProfile = TaxProfile::Person;
    QString npwp;
    std::optional<qint64> agencyRateBp;
};

// Adds and edits creators, their platform accounts and follower snapshots, with validation.
class CreatorService
{
public:
    explicit CreatorService(Workspace &workspace) : m_ws(workspace) {}

    // Adds a creator with accounts. Errors: bad or duplicate name, a handle already used by
    // another creator on that platform, two accounts on one platform, followers below 0 or above
    // MaxTypedCount, malformed email or phone, absurd lengths.
    Result<qint64> add(const CreatorInput &input);
    // Edits the creator's own fields and tags (accounts are edited one by one).
    Status update(qint64 id, const CreatorInput &input);
    // Archived creators keep their history and leave daily views.
    Status setStatus(qint64 id, CreatorStatus status);
    // Refused while the creator takes part in a campaign: archive instead.
    Status remove(qint64 id);

    Result<qint64> addAccount(qint64 creatorId, const AccountInput &account);
    // Records (or replaces) the follower count of an account on a day. Errors: a count below 0 or
    // above MaxTypedCount, a date in the future, an account that no longer exists.
    Status recordFollowers(qint64 accountId, const QDate &date, qint64 followers, const QString &source);

    std::optional<qint64> findByName(const QString &name);
    // The stored values of a creator (not its accounts), for editing or merging.
    Result<CreatorInput> load(qint64 id);

    // The same writes inside a caller's transaction (imports write many records in one).
    Result<qint64> insert(Transaction &tx, const CreatorInput &input);
    Status change(Transaction &tx, qint64 id, const CreatorInput &input);
    Result<qint64> insertAccount(Transaction &tx, qint64 creatorId, const AccountInput &account);
    Status setHandle(Transaction &tx, qint64 accountId, const QString &handle);
    Status setStatus(Transaction &tx, qint64 id, CreatorStatus status);
    Status remove(Transaction &tx, qint64 id);
    // In how many campaigns the creator takes (or took) part.
    static Result<int> campaignCount(QSqlDatabase &db, qint64 id);
    // `insert` (made with followerInsert()) is the statement prepared once for a loop (an import):
    // preparing it compiles every summary trigger on the counts, which costs more than the write.
    static Status recordFollowers(Transaction &tx, qint64 accountId, const QDate &date, qint64 followers,
                                  const QString &source, SqliteStatement *insert = nullptr);
    static std::unique_ptr<SqliteStatement> followerInsert();

    // The checks add() and update() make, without writing (selfId 0 for a new creator).
    Status validate(const CreatorInput &input, qint64 selfId);
    Status validateAccount(const AccountInput &account, qint64 creatorId);

private:
    Result<qint64> writeAccount(Transaction &tx, qint64 creatorId, const AccountInput &account);
    Status writeTags(Transaction &tx, qint64 id, const QStringList &tags);
    Workspace &m_ws;
};

} // namespace cd
