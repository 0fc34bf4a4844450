#include "KindImporter.h"

#include "common/Dates.h"
#include "common/Names.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

class FollowerImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(FollowerImporter)
public:
    explicit FollowerImporter(Workspace &ws) : m_creators(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("creator"), QStringLiteral("platform"), QStringLiteral("date"),
                QStringLiteral("followers")};
    }
    QString key(const ImportRow &row) const override
    {
        const auto platform = wordFrom<Platform>(row.text("platform"));
        return nameKey(row.text("creator")) + QChar(31) + (platform ? wordOf(*platform) : QString()) + QChar(31) +
               row.text("date");
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto platform = row.word<Platform>("platform");
        const auto date = row.date("date");
        const auto followers = row.count("followers");
        const QString source = row.text("source");
        if (row.failed() || !platform || !date || !followers)
            return Outcome::Failed;
        QSqlDatabase db = tx.db();
        auto account = accountOf(db, nameKey(row.text("creator")), *platform);
        if (!account) {
            row.refused(account.failure());
            return Outcome::Failed;
        }
        if (!account.value()) {
            if (!m_creators.findByName(row.text("creator")))
                row.error("creator", tr("unknown creator '%1': import creators.csv first").arg(row.text("creator")));
            else
                row.error("platform", tr("%1 has no %2 account: add it in creators.csv first")
                                          .arg(row.text("creator"), platformDisplayName(*platform)));
            return Outcome::Failed;
        }
        const qint64 accountId = account.value();
        // The whole row replaces the snapshot of that day.
        if (Status s = m_stored.start(db); !s) {
            row.refused(s.failure());
            return Outcome::Failed;
        }
        m_stored.bind(1, accountId);
        m_stored.bind(2, *date);
        auto stored = m_stored.step();
        if (!stored) {
            row.refused(stored.failure());
            return Outcome::Failed;
        }
        const bool exists = stored.value();
        if (exists && m_stored.int64(0) == *followers && m_stored.text(1) == source)
            return Outcome::Unchanged;
        if (Status s = m_creators.recordFollowers(tx, accountId, *date, *followers, source, m_insert.get()); !s) {
            row.error("date", s.error());
            return Outcome::Failed;
        }
        return exists ? Outcome::Updated : Outcome::Added;
    }

private:
    // The account of a creator (by name key) on a platform, 0 when there is none. A file of daily
    // counts names each account once a day: each is looked up once.
    Result<qint64> accountOf(QSqlDatabase &db, const QString &creatorKey, Platform platform)
    {
        const auto key = std::pair(creatorKey, int(platform));
        if (const auto known = m_accounts.constFind(key); known != m_accounts.cend())
            return *known;
        if (Status s = m_account.start(db); !s)
            return s.failure();
        m_account.bind(1, creatorKey);
        m_account.bind(2, wordOf(platform));
        auto found = m_account.step();
        if (!found)
            return found.failure();
        const qint64 id = found.value() ? m_account.int64(0) : 0;
        m_accounts.insert(key, id);
        return id;
    }

    CreatorService m_creators;
    // Prepared once for the file's rows (20,000 rows of one account: 31-40 s when each row prepared
    // its insert, which compiles the counts' summary triggers every time), on SQLite's own API: Qt
    // SQL's values cost more than the lookups themselves.
    SqliteStatement m_account{"SELECT a.id FROM accounts a JOIN creators c ON c.id = a.creator_id "
                              "WHERE c.name_key = ?1 AND a.platform = ?2"};
    SqliteStatement m_stored{"SELECT followers, source FROM follower_snapshots WHERE account_id = ?1 AND "
                             "snapshot_date = ?2"};
    std::unique_ptr<SqliteStatement> m_insert = CreatorService::followerInsert();
    // Accounts found (or not: 0) by creator name key and platform. Rows cannot add accounts, so what
    // was found stays true for the whole file.
    QHash<std::pair<QString, int>, qint64> m_accounts;
};

} // namespace

std::unique_ptr<KindImporter> makeFollowerImporter(Workspace &ws)
{
    return std::make_unique<FollowerImporter>(ws);
}

} // namespace cd
