#include "ContractTable.h"

#include "ContractList.h"
#include "common/Dates.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QHash>

namespace cd {

namespace {

qint32 dayOf(QByteArrayView iso)
{
    return dayNumber(dateFromIsoUtf8(iso));
}

// The place of the value with key `key` in `values`, added with `value()` when new: each campaign,
// creator, brand and word is made a string once, not once a contract.
template <typename Key, typename Values, typename Make>
qint32 placeOf(QHash<Key, qint32> &places, Values &values, const Key &key, Make value)
{
    const auto it = places.constFind(key);
    if (it != places.constEnd())
        return *it;
    values.append(value());
    return *places.insert(key, qint32(values.size() - 1));
}

} // namespace

Result<ContractTable> ContractTable::read(QSqlDatabase &db, const QDate &today)
{
    SqliteStatement q(QByteArrayLiteral("SELECT k.id, c.id, c.name, b.id, b.name, cr.id, cr.name, k.status, "
                                        "v.version, k.signed_date, v.usage_end, k.rights_in_use, "
                                        "v.exclusivity_category, v.exclusivity_start, v.exclusivity_end ") +
                      contractsInListOrder());
    if (Status s = q.start(db); !s)
        return s.failure();
    ContractTable t;
    if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM contracts")))
        t.m_entries.reserve(n->toLongLong());
    QHash<qint64, qint32> campaignAt, creatorAt, brandAt;
    QHash<QByteArray, qint32> wordAt;
    // Whether a status grants the rights (the contract was signed), by place in m_words.
    QList<bool> grants;
    static const QStringList granting{QStringLiteral("signed"), QStringLiteral("active"), QStringLiteral("expired"),
                                      QStringLiteral("terminated")};
    const auto word = [&](int column) {
        // Looked up without a copy of the bytes (a few words in thousands of contracts).
        const QByteArrayView text = q.utf8(column);
        const auto it = wordAt.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (it != wordAt.constEnd())
            return *it;
        t.m_words.append(q.text(column));
        grants.append(granting.contains(t.m_words.constLast()));
        return *wordAt.insert(text.toByteArray(), qint32(t.m_words.size() - 1));
    };
    const qint32 today32 = qint32(today.toJulianDay());
    const Status read = forEachRow(q, [&] {
        Entry e;
        e.id = q.int64(0);
        e.campaign = placeOf(campaignAt, t.m_campaigns, q.int64(1), [&] {
            const qint32 brand = placeOf(brandAt, t.m_brands, q.int64(3), [&] { return q.text(4); });
            return Campaign{q.text(2), brand};
        });
        e.creator = placeOf(creatorAt, t.m_creators, q.int64(5), [&] { return q.text(6); });
        e.status = word(7);
        e.version = qint32(q.int64(8));
        e.signedDay = dayOf(q.utf8(9));
        e.usageEnd = dayOf(q.utf8(10));
        e.rightsInUse = q.int64(11) != 0;
        e.exclusivityStart = dayOf(q.utf8(13));
        e.exclusivityEnd = dayOf(q.utf8(14));
        if (e.exclusivityStart != NoDay) // the list shows no category without its days
            e.category = word(12);
        // domain.md's expired_in_use: rights granted whose end passed while the content is in use.
        e.usedPastEnd = e.rightsInUse && e.usageEnd != NoDay && e.usageEnd < today32 && grants.at(e.status);
        t.m_entries.append(e);
    });
    if (!read)
        return read.failure();
    return t;
}

} // namespace cd
