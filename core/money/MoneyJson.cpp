#include "MoneyJson.h"

#include "common/Dates.h"
#include "common/JsonWriter.h"
#include "common/Money.h"

#include <QJsonObject>

namespace cd {

QByteArray paymentsJson(const QList<PaymentRow> &rows, const QDate &asOf)
{
    JsonWriter json;
    json.beginArray();
    for (const PaymentRow &r : rows) {
        const auto money = [&](qint64 minor) { return Money(minor, r.currency).toPlain(); };
        const auto date = [&](const char *name, const QDate &d) {
            d.isValid() ? json.member(name, isoDate(d)) : json.memberNull(name);
        };
        json.beginObject();
        json.member("id", r.id);
        json.member("campaign", r.campaign);
        json.member("brand", r.brand);
        json.member("creator", r.creator);
        json.member("kind", wordOf(r.kind));
        json.member("direction", wordOf(r.direction));
        json.member("amount", money(r.amount));
        json.member("currency", r.currency);
        date("due_date", r.timing.due);
        date("paid_date", r.timing.paid);
        json.member("status", stateWord(r.state(asOf)));
        if (const auto overdue = daysOverdue(r.timing, asOf))
            json.member("days_overdue", qint64(*overdue));
        else
            json.memberNull("days_overdue");
        if (const auto bucket = ageingBucket(r.timing, asOf))
            json.member("bucket", bucketWord(*bucket));
        else
            json.memberNull("bucket");
        json.member("withheld", money(r.withheld));
        json.member("net", money(r.net()));
        r.invoiceNumber.isEmpty() ? json.memberNull("invoice") : json.member("invoice", r.invoiceNumber);
        json.member("origin", wordOf(r.origin));
        json.endObject();
    }
    json.endArray();
    return json.text();
}

QJsonArray ageingToJson(const QList<AgeingRow> &rows)
{
    QJsonArray out;
    for (const AgeingRow &a : rows) {
        QJsonObject o{{QStringLiteral("direction"), wordOf(a.direction)},
                      {QStringLiteral("party"), a.party},
                      {QStringLiteral("currency"), a.currency},
                      {QStringLiteral("total"), Money(a.total(), a.currency).toPlain()}};
        for (int b = 0; b < AgeingBucketCount; ++b)
            o.insert(bucketWord(AgeingBucket(b)), Money(a.buckets[b], a.currency).toPlain());
        out.append(o);
    }
    return out;
}

} // namespace cd
