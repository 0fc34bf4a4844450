#include "KindImporter.h"

#include "common/Dates.h"
#include "common/Names.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

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
        auto account = m_account.run(tx.db(), {nameKey(row.text("creator")), wordOf(*platform)});
        if (!account) {
            row.rowError(account.error());
            return Outcome::Failed;
        }
        if (!(*account)->next()) {
            if (!m_creators.findByName(row.text("creator")))
                row.error("creator", tr("unknown creator '%1': import creators.csv first").arg(row.text("creator")));
            else
                row.error("platform", tr("%1 has no %2 account: add it in creators.csv first")
                                          .arg(row.text("creator"), platformDisplayName(*platform)));
            return Outcome::Failed;
        }
        const qint64 accountId = (*account)->value(0).toLongLong();
        // The whole row replaces the snapshot of that day.
        auto stored = m_stored.run(tx.db(), {accountId, isoDate(*date)});
        if (!stored) {
            row.rowError(stored.error());
            return Outcome::Failed;
        }
        const bool exists = (*stored)->next();
        if (exists && (*stored)->value(0).toLongLong() == *followers && (*stored)->value(1).toString() == source)
            return Outcome::Unchanged;
        if (Status s = m_creators.recordFollowers(tx, accountId, *date, *followers, source, &m_insert); !s) {
            row.error("date", s.error());
            return Outcome::Failed;
        }
        return exists ? Outcome::Updated : Outcome::Added;
    }

private:
    CreatorService m_creators;
    // Prepared once for the file's rows (20,000 rows of one account: 31-40 s when each row prepared
    // its insert, which compiles the counts' summary triggers every time).
    sql::Statement m_account{QStringLiteral("SELECT a.id FROM accounts a JOIN creators c ON c.id = a.creator_id "
                                            "WHERE c.name_key = ? AND a.platform = ?")};
    sql::Statement m_stored{
        QStringLiteral("SELECT followers, source FROM follower_snapshots WHERE account_id = ? AND snapshot_date = ?")};
    sql::Statement m_insert = CreatorService::followerInsert();
};

} // namespace

std::unique_ptr<KindImporter> makeFollowerImporter(Workspace &ws)
{
    return std::make_unique<FollowerImporter>(ws);
}

} // namespace cd
