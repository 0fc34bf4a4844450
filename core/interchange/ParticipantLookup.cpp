#include "ParticipantLookup.h"

#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantLookup)
};
} // namespace

std::optional<ParticipantLookup::Participant> ParticipantLookup::find(ImportRow &row, Transaction &tx)
{
    // Cached by the names as written: a file spells each participant the same way on every row.
    const std::pair<QString, QString> key{row.text("campaign"), row.text("creator")};
    auto cached = m_cache.constFind(key);
    std::unique_lock<ConnectionTurns> lock;
    if (m_connection && (cached == m_cache.constEnd() || !*cached))
        lock = std::unique_lock(*m_connection);
    const QString campaign = cached == m_cache.constEnd() || !*cached ? nameKey(row.text("campaign")) : QString();
    const QString creator = cached == m_cache.constEnd() || !*cached ? nameKey(row.text("creator")) : QString();
    if (cached == m_cache.constEnd()) {
        auto q = sql::run(
            tx.db(),
            QStringLiteral("SELECT p.id, c.currency FROM participants p JOIN campaigns c ON c.id = p.campaign_id "
                           "JOIN creators cr ON cr.id = p.creator_id WHERE c.name_key = ? AND cr.name_key = ?"),
            {campaign, creator});
        std::optional<Participant> found;
        if (q && q->next())
            found = Participant{q->value(0).toLongLong(), q->value(1).toString()};
        cached = m_cache.insert(key, found);
    }
    if (*cached)
        return *cached;
    QSqlDatabase db = tx.db();
    auto campaignExists =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM campaigns WHERE name_key = ?"), {campaign});
    auto creatorExists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators WHERE name_key = ?"), {creator});
    if (campaignExists && campaignExists->toInt() == 0)
        row.error("campaign", Text::tr("unknown campaign '%1': import campaigns.csv first").arg(row.text("campaign")));
    else if (creatorExists && creatorExists->toInt() == 0)
        row.error("creator", Text::tr("unknown creator '%1': import creators.csv first").arg(row.text("creator")));
    else
        row.error("creator", Text::tr("%1 is not in the campaign %2: add them in participants.csv first")
                                 .arg(row.text("creator"), row.text("campaign")));
    return std::nullopt;
}

} // namespace cd
