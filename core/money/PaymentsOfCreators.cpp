#include "PaymentsOfCreators.h"

#include "storage/SqliteStatement.h"

namespace cd {

Result<QList<qint64>> paymentsOfCreators(QSqlDatabase &db, const QList<qint64> &creators)
{
    // A seek per creator through participants' creator index, then each deal's payments.
    SqliteStatement q("SELECT p.id FROM participants pt JOIN payments p ON p.participant_id = pt.id "
                      "WHERE pt.creator_id = ?1 ORDER BY p.id");
    QList<qint64> ids;
    for (const qint64 creator : creators) {
        if (Status s = q.start(db); !s)
            return fail(s.error());
        q.bind(1, creator);
        if (Status s = forEachRow(q, [&] { ids << q.int64(0); }); !s)
            return fail(s.error());
    }
    return ids;
}

} // namespace cd
