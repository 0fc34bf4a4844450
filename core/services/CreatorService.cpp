#include "CreatorService.h"

#include "Lookup.h"
#include "Validation.h"
#include "common/Clock.h"
#include "common/Countries.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/TypedCount.h"
#include "desk/Managers.h"
#include "desk/TeamRoles.h"
#include "money/TaxProfiles.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CreatorService)
};
constexpr int MaxTagLength = 50;

// Why an UPDATE or DELETE of the creator `id` found no row: it is gone, or it is another
// manager's (a server's row-level security hides it from the change, not from reading).
Status noRowFor(QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db, QStringLiteral("SELECT name, manager_id IS NOT NULL FROM creators WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    return fail(q->next() ? team::notYours(q->value(0).toString(), q->value(1).toBool())
                          : Text::tr("the creator no longer exists"));
}
} // namespace

std::optional<qint64> CreatorService::findByName(const QString &name)
{
    return lookup::idByName(m_ws, "creators", name);
}

Status CreatorService::validate(const CreatorInput &in, qint64 selfId)
{
    const QString name = cleanName(in.name);
    if (Status s = checkName(name, Text::tr("creator name")); !s)
        return failIn("name", s.error());
    for (const auto &[text, what, field] :
         {std::tuple{in.niche, Text::tr("niche"), "niche"}, std::tuple{in.manager, Text::tr("manager"), "manager"}})
        if (!cleanName(text).isEmpty())
            if (Status s = checkName(cleanName(text), what); !s)
                return failIn(field, s.error());
    if (!countryCode(in.country))
        return failIn("country",
                      Text::tr("country: '%1' is no country CollabDesk knows; type its name or its two-letter code "
                               "(Indonesia or ID, Malaysia or MY)")
                          .arg(in.country.simplified()));
    if (Status s = validation::email(in.email.trimmed()); !s)
        return failIn("email", s.error());
    if (Status s = validation::phone(in.phone.trimmed()); !s)
        return failIn("phone", s.error());
    if (Status s = checkText(in.notes, Text::tr("notes")); !s)
        return failIn("notes", s.error());
    if (auto npwp = TaxProfiles::normaliseNpwp(in.npwp); !npwp)
        return failIn("npwp", npwp.error());
    if (in.agencyRateBp && (*in.agencyRateBp < 0 || *in.agencyRateBp > 10000))
        return failIn("agency_rate", Text::tr("the agency rate must be between 0% and 100%"));
    for (const QString &tag : in.tags)
        if (cleanName(tag).size() > MaxTagLength)
            return failIn("tags",
                          Text::tr("the tag '%1…' is longer than %2 characters").arg(tag.left(20)).arg(MaxTagLength));
    auto other = lookup::nameTakenBy(m_ws, "creators", name, selfId);
    if (!other)
        return other.failure();
    if (!other->isEmpty())
        return failIn(
            "name",
            Text::tr("a creator named '%1' already exists; creator names must be unique (ignoring case and spaces)")
                .arg(other.value()));
    return {};
}

Status CreatorService::validateAccount(const AccountInput &a, qint64 creatorId)
{
    const QString handle = cleanHandle(a.handle);
    if (Status s = checkHandle(handle); !s)
        return failIn("handle", s.error());
    if (a.followers && *a.followers < 0)
        return failIn(
            "followers",
            Text::tr("followers cannot be negative (%1 on %2)").arg(*a.followers).arg(platformDisplayName(a.platform)));
    if (a.followers && *a.followers > MaxTypedCount)
        return failIn("followers",
                      Text::tr("followers: %1 on %2 is more than %3; check the number")
                          .arg(QLocale().toString(*a.followers), platformDisplayName(a.platform), maxTypedCountText()));
    QSqlDatabase db = m_ws.db();
    auto owner = sql::scalar(db,
                             QStringLiteral("SELECT c.name FROM accounts a JOIN creators c ON c.id = a.creator_id "
                                            "WHERE a.platform = ? AND a.handle_key = ? AND a.creator_id <> ?"),
                             {wordOf(a.platform), handleKey(handle), creatorId});
    if (!owner)
        return owner.failure();
    if (!owner->isNull())
        return failIn("handle", Text::tr("the %1 handle @%2 already belongs to %3")
                                    .arg(platformDisplayName(a.platform), handle, owner->toString()));
    return {};
}

Result<qint64> CreatorService::writeAccount(Transaction &tx, qint64 creatorId, const AccountInput &a)
{
    auto q =
        sql::insert(tx.db(),
                    QStringLiteral("INSERT INTO accounts (creator_id, platform, handle, handle_key, created_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {creatorId, wordOf(a.platform), cleanHandle(a.handle), handleKey(a.handle), Clock::timestamp()});
    if (!q)
        return q.failure();
    const qint64 accountId = q.value();
    if (a.followers) {
        auto s =
            sql::run(tx.db(),
                     QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers, source) "
                                    "VALUES (?, ?, ?, ?)"),
                     {accountId, isoDate(Clock::today()), *a.followers, QStringLiteral("manual")});
        if (!s)
            return s.failure();
        tx.touch(QStringLiteral("followers"), accountId);
    }
    return accountId;
}

Status CreatorService::writeTags(Transaction &tx, qint64 id, const QStringList &tags)
{
    if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM creator_tags WHERE creator_id = ?"), {id}); !q)
        return q.failure();
    for (const QString &tag : tags) {
        if (cleanName(tag).isEmpty())
            continue;
        auto q =
            sql::run(tx.db(),
                     QStringLiteral(
                         "INSERT INTO creator_tags (creator_id, tag, tag_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                     {id, cleanName(tag), nameKey(tag)});
        if (!q)
            return q.failure();
    }
    return {};
}

Result<qint64> CreatorService::insert(Transaction &tx, const CreatorInput &in)
{
    if (Status s = validate(in, 0); !s)
        return s.failure();
    QSet<Platform> platforms;
    for (const AccountInput &a : in.accounts) {
        if (platforms.contains(a.platform))
            return fail(Text::tr("%1 is listed twice; a creator has one account per platform")
                            .arg(platformDisplayName(a.platform)));
        platforms.insert(a.platform);
        if (Status s = validateAccount(a, 0); !s)
            return s.failure();
    }
    auto managerId = ManagerService::idForName(tx, in.manager);
    if (!managerId)
        return managerId.failure();
    const QString now = Clock::timestamp();
    auto q = sql::insert(
        tx.db(),
        QStringLiteral("INSERT INTO creators (name, name_key, status, niche, country, email, phone, manager_id, "
                       "notes, tax_type, npwp, agency_rate_bp, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {cleanName(in.name), nameKey(in.name), wordOf(in.status), cleanName(in.niche),
         countryCode(in.country).value_or(QString()), in.email.trimmed(), in.phone.trimmed(), sql::optional(*managerId),
         in.notes, wordOf(in.taxProfile), TaxProfiles::normaliseNpwp(in.npwp).value(), sql::optional(in.agencyRateBp),
         now, now});
    if (!q)
        return q.failure();
    const qint64 id = q.value();
    if (Status s = writeTags(tx, id, in.tags); !s)
        return s.failure();
    for (const AccountInput &a : in.accounts)
        if (auto account = writeAccount(tx, id, a); !account)
            return account.failure();
    tx.touch(QStringLiteral("creators"), id);
    return id;
}

Status CreatorService::change(Transaction &tx, qint64 id, const CreatorInput &in)
{
    if (Status s = validate(in, id); !s)
        return s;
    auto managerId = ManagerService::idForName(tx, in.manager);
    if (!managerId)
        return managerId.failure();
    auto q =
        sql::run(tx.db(),
                 QStringLiteral("UPDATE creators SET name = ?, name_key = ?, status = ?, niche = ?, country = ?, "
                                "email = ?, phone = ?, manager_id = ?, notes = ?, tax_type = ?, npwp = ?, "
                                "agency_rate_bp = ?, updated_at = ? WHERE id = ?"),
                 {cleanName(in.name), nameKey(in.name), wordOf(in.status), cleanName(in.niche),
                  countryCode(in.country).value_or(QString()), in.email.trimmed(), in.phone.trimmed(),
                  sql::optional(*managerId), in.notes, wordOf(in.taxProfile),
                  TaxProfiles::normaliseNpwp(in.npwp).value(), sql::optional(in.agencyRateBp), Clock::timestamp(), id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return noRowFor(tx.db(), id);
    if (Status s = writeTags(tx, id, in.tags); !s)
        return s;
    tx.touch(QStringLiteral("creators"), id);
    return {};
}

Result<CreatorInput> CreatorService::load(qint64 id)
{
    QSqlDatabase db = m_ws.db();
    auto q = sql::run(db,
                      QStringLiteral("SELECT name, status, niche, country, email, phone, "
                                     "coalesce((SELECT m.name FROM managers m WHERE m.id = manager_id), ''), notes, "
                                     "tax_type, npwp, agency_rate_bp FROM creators WHERE id = ?"),
                      {id});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the creator no longer exists"));
    CreatorInput in;
    in.name = q->value(0).toString();
    in.status = wordFrom<CreatorStatus>(q->value(1).toString()).value_or(CreatorStatus::Active);
    in.niche = q->value(2).toString();
    in.country = q->value(3).toString();
    in.email = q->value(4).toString();
    in.phone = q->value(5).toString();
    in.manager = q->value(6).toString();
    in.notes = q->value(7).toString();
    in.taxProfile = wordFrom<TaxProfile>(q->value(8).toString()).value_or(TaxProfile::Person);
    in.npwp = q->value(9).toString();
    if (!q->isNull(10))
        in.agencyRateBp = q->value(10).toLongLong();
    auto tags =
        sql::run(db, QStringLiteral("SELECT tag FROM creator_tags WHERE creator_id = ? ORDER BY tag_key"), {id});
    if (!tags)
        return tags.failure();
    while (tags->next())
        in.tags << tags->value(0).toString();
    return in;
}

Result<qint64> CreatorService::add(const CreatorInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insert(tx, in); });
}

Status CreatorService::update(qint64 id, const CreatorInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return change(tx, id, in); });
}

Status CreatorService::setStatus(qint64 id, CreatorStatus status)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return setStatus(tx, id, status); });
}

Status CreatorService::setStatus(Transaction &tx, qint64 id, CreatorStatus status)
{
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE creators SET status = ?, updated_at = ? WHERE id = ?"),
                      {wordOf(status), Clock::timestamp(), id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return noRowFor(tx.db(), id);
    tx.touch(QStringLiteral("creators"), id);
    return {};
}

Result<int> CreatorService::campaignCount(QSqlDatabase &db, qint64 id)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM participants WHERE creator_id = ?"), {id});
    if (!n)
        return n.failure();
    return n->toInt();
}

Status CreatorService::remove(qint64 id)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return remove(tx, id); });
}

Status CreatorService::remove(Transaction &tx, qint64 id)
{
    auto n = campaignCount(tx.db(), id);
    if (!n)
        return n.failure();
    if (n.value() > 0)
        return fail(QCoreApplication::translate("CreatorService",
                                                "the creator takes part in %n campaign(s); archive the creator instead "
                                                "to keep that history",
                                                nullptr, n.value()));
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM creators WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return noRowFor(tx.db(), id);
    tx.touch(QStringLiteral("creators"), id);
    return {};
}

Result<qint64> CreatorService::insertAccount(Transaction &tx, qint64 creatorId, const AccountInput &account)
{
    if (Status s = validateAccount(account, creatorId); !s)
        return s.failure();
    auto existing =
        sql::scalar(tx.db(), QStringLiteral("SELECT handle FROM accounts WHERE creator_id = ? AND platform = ?"),
                    {creatorId, wordOf(account.platform)});
    if (!existing)
        return existing.failure();
    if (!existing->isNull())
        return fail(Text::tr("the creator already has a %1 account (@%2)")
                        .arg(platformDisplayName(account.platform), existing->toString()));
    auto id = writeAccount(tx, creatorId, account);
    if (id)
        tx.touch(QStringLiteral("creators"), creatorId);
    return id;
}

Status CreatorService::setHandle(Transaction &tx, qint64 accountId, const QString &handle)
{
    auto platform = sql::scalar(tx.db(), QStringLiteral("SELECT platform FROM accounts WHERE id = ?"), {accountId});
    if (!platform)
        return platform.failure();
    if (platform->isNull())
        return fail(Text::tr("the account no longer exists"));
    auto creator = sql::scalar(tx.db(), QStringLiteral("SELECT creator_id FROM accounts WHERE id = ?"), {accountId});
    if (!creator)
        return creator.failure();
    const AccountInput account{wordFrom<Platform>(platform->toString()).value_or(Platform::Instagram), handle, {}};
    if (Status s = validateAccount(account, creator->toLongLong()); !s)
        return s;
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE accounts SET handle = ?, handle_key = ? WHERE id = ?"),
                      {cleanHandle(handle), handleKey(handle), accountId});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("creators"), creator->toLongLong());
    return {};
}

Result<qint64> CreatorService::addAccount(qint64 creatorId, const AccountInput &account)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insertAccount(tx, creatorId, account); });
}

std::unique_ptr<SqliteStatement> CreatorService::followerInsert()
{
    return std::make_unique<SqliteStatement>(
        "INSERT INTO follower_snapshots (account_id, snapshot_date, followers, source) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (account_id, snapshot_date) DO UPDATE SET followers = excluded.followers, "
        "source = excluded.source");
}

Status CreatorService::recordFollowers(Transaction &tx, qint64 accountId, const QDate &date, qint64 followers,
                                       const QString &source, SqliteStatement *insert)
{
    if (followers < 0)
        return failIn("followers", Text::tr("followers cannot be negative (%1)").arg(followers));
    if (followers > MaxTypedCount)
        return failIn("followers", Text::tr("followers: %1 is more than %2; check the number")
                                       .arg(QLocale().toString(followers), maxTypedCountText()));
    if (!date.isValid())
        return failIn("date", Text::tr("a follower count needs the date it was seen"));
    if (date > Clock::today())
        return failIn(
            "date",
            Text::tr("the date %1 is in the future; follower counts are recorded as seen").arg(displayDate(date)));
    if (Status s = checkText(source, Text::tr("source"), MaxNameLength); !s)
        return failIn("source", s.error());
    std::unique_ptr<SqliteStatement> once = insert ? nullptr : followerInsert();
    SqliteStatement &q = insert ? *insert : *once;
    QSqlDatabase db = tx.db();
    if (Status s = q.start(db); !s)
        return s;
    q.bind(1, accountId);
    q.bind(2, date);
    q.bind(3, followers);
    q.bind(4, source);
    if (auto written = q.step(); !written)
        return fail(written.error().contains(QLatin1String("FOREIGN KEY")) ? Text::tr("the account no longer exists")
                                                                           : written.error());
    // Follower counts are named by their account (the roster reads back its creator's row).
    tx.touch(QStringLiteral("followers"), accountId);
    return {};
}

Status CreatorService::recordFollowers(qint64 accountId, const QDate &date, qint64 followers, const QString &source)
{
    return writeInTransaction(m_ws,
                              [&](Transaction &tx) { return recordFollowers(tx, accountId, date, followers, source); });
}

} // namespace cd
