#include "CreatorsNamed.h"

#include "storage/Sql.h"

namespace cd {

bool addCreatorsNamed(QSqlDatabase &db, const Changes &changes, std::span<const CreatorsOf> kinds,
                      QList<qint64> &creators)
{
    for (const CreatorsOf &of : kinds) {
        if (!changes.touches(QLatin1String(of.kind)))
            continue;
        const std::optional<QList<qint64>> ids = changes.ids(QLatin1String(of.kind));
        if (!ids)
            return false;
        for (const qint64 id : *ids) {
            qint64 creator = id;
            if (of.creatorOf) {
                auto found = sql::scalar(db, QLatin1String(of.creatorOf), {id});
                if (!found || found->isNull())
                    return false;
                creator = found->toLongLong();
            }
            if (!creators.contains(creator))
                creators << creator;
        }
    }
    return true;
}

} // namespace cd
