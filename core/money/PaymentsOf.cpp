#include "PaymentsOf.h"

#include "storage/SqliteStatement.h"

namespace cd {
namespace {
// The payments of the deals `owner` names, for each of `ids` in turn (a seek each through the
// participants' index on that column), each id once.
Result<QList<qint64>> paymentsOfDeals(QSqlDatabase &db, const char *owner, const QList<qint64> &ids)
{
    SqliteStatement q("SELECT p.id FROM participants pt JOIN payments p ON p.participant_id = pt.id WHERE pt." +
                      QByteArray(owner) + " = ?1 ORDER BY p.id");
    QList<qint64> payments;
    for (const qint64 id : ids) {
        if (Status s = q.start(db); !s)
            return s.failure();
        q.bind(1, id);
        if (Status s = forEachRow(q, [&] { payments << q.int64(0); }); !s)
            return s.failure();
    }
    return payments;
}
} // namespace

Result<QList<qint64>> paymentsOfCreators(QSqlDatabase &db, const QList<qint64> &creators)
{
    return paymentsOfDeals(db, "creator_id", creators);
}

Result<QList<qint64>> paymentsOfCampaigns(QSqlDatabase &db, const QList<qint64> &campaigns)
{
    return paymentsOfDeals(db, "campaign_id", campaigns);
}

} // namespace cd
