#include "PaymentLedger.h"

#include "common/Dates.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <limits>
#include <numeric>
#include <vector>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PaymentLedger)
};

// The payments with the ids of what they refer to; names come from the lookups below (or, for a
// few rows, joined: NamesJoined). Dates as QDate's Julian day numbers (SQLite's julianday() counts
// from noon). Filters: 0 or '' is "any".
const char *const PaymentColumns = R"(
SELECT p.id, p.participant_id, pt.campaign_id, pt.creator_id, p.kind, p.direction, p.origin, p.amount_minor,
  CAST(julianday(p.due_date) + 0.5 AS INTEGER), CAST(julianday(p.paid_date) + 0.5 AS INTEGER), p.method,
  p.reference, p.notes, coalesce(p.receivable_id, 0), CAST(julianday(r.paid_date) + 0.5 AS INTEGER),
  coalesce(p.invoice_id, 0), p.withheld_minor)";
const char *const PaymentsFrom = R"(
FROM payments p
  JOIN participants pt ON pt.id = p.participant_id
  JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id
  LEFT JOIN payments r ON r.id = p.receivable_id)";
const char *const PaymentsWhere = R"(
WHERE (?1 = 0 OR p.participant_id = ?1) AND (?2 = 0 OR c.id = ?2) AND (?3 = 0 OR cr.id = ?3)
  AND (?4 = 0 OR c.brand_id = ?4) AND (?5 = '' OR p.direction = ?5) AND (?6 = 0 OR p.id = ?6)
  AND (?7 = '' OR (p.due_date < ?7 AND (p.paid_date IS NULL OR p.paid_date > ?7))))";
// Columns 17 on: the names of a row's campaign, brand, creator and invoice, for reads of a few rows
// (one payment, a first screen), where reading every name first would cost more than the rows.
const char *const NamesJoined = R"(, c.name, c.currency, c.brand_id, b.name, cr.name, cr.tax_type, cr.npwp, i.number)";
const char *const NamesFrom = R"(
  JOIN brands b ON b.id = c.brand_id
  LEFT JOIN invoices i ON i.id = p.invoice_id)";
// The first open rows on ?8 by due date (undated last), found through payments_due (paid_date,
// due_date) before anything is joined.
const char *const FirstOpen = R"(
  AND p.id IN (SELECT id FROM payments WHERE paid_date IS NULL OR paid_date > ?8
               ORDER BY due_date IS NULL, due_date, id LIMIT ?9)
ORDER BY p.due_date IS NULL, p.due_date, p.id)";

// The rows that may be overdue on ?7, found through payments_due (paid_date, due_date) before
// anything is joined (2,121 of the large demo's 127,328 payments), in readPayments()' order: name
// order as Names::read() ranks them (name_key, then id), receivables first, due date, id.
const char *const OverdueOnly = R"(
  AND p.id IN (SELECT id FROM payments WHERE (paid_date IS NULL OR paid_date > ?7) AND due_date < ?7)
ORDER BY c.name_key, c.id, cr.name_key, cr.id, p.direction <> 'receivable', p.due_date, p.id)";

QDate julianDay(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QDate() : QDate::fromJulianDay(q.int64(column));
}

// The names and currencies payments refer to, read once per call: 50,000 payments name a few
// thousand records, and each row then shares their strings instead of copying them.
struct Names
{
    // rank: the place of the name in name order, so rows sort on integers.
    struct Campaign
    {
        QString name, currency;
        qint64 brandId = 0;
        int rank = 0;
    };
    struct Creator
    {
        QString name;
        Payee payee;
        int rank = 0;
    };
    QHash<qint64, Campaign> campaigns;
    QHash<qint64, QString> brands, invoices;
    QHash<qint64, Creator> creators;

    // The names of one row read with NamesJoined (columns 17 on), kept like those read below.
    void addJoined(const SqliteStatement &q, qint64 campaignId, qint64 creatorId)
    {
        if (!campaigns.contains(campaignId))
            campaigns.insert(campaignId, {q.text(17), q.text(18), q.int64(19), 0});
        brands.insert(q.int64(19), q.text(20));
        if (!creators.contains(creatorId))
            creators.insert(
                creatorId,
                {q.text(21), {storedWord(q.utf8(22), TaxProfile::Person), !q.text(23).trimmed().isEmpty()}, 0});
        if (!q.isNull(24))
            invoices.insert(q.int64(15), q.text(24));
    }
    // Through SQLite's own API: Qt SQL's values cost 0.12 s for the large demo's 31,000 names.
    Status read(QSqlDatabase &db)
    {
        SqliteStatement c("SELECT id, name, brand_id, currency FROM campaigns ORDER BY name_key");
        SqliteStatement b("SELECT id, name FROM brands");
        SqliteStatement cr("SELECT id, name, tax_type, npwp FROM creators ORDER BY name_key");
        SqliteStatement i("SELECT id, number FROM invoices");
        QHash<QByteArray, QString> currencies; // "IDR" once, not once per campaign
        for (SqliteStatement *q : {&c, &b, &cr, &i}) {
            if (Status s = q->start(db); !s)
                return s;
            if (Status s = forEachRow(
                    *q,
                    [&] {
                        const qint64 id = q->int64(0);
                        if (q == &c) {
                            const QByteArray code = q->utf8(3).toByteArray();
                            auto currency = currencies.find(code);
                            if (currency == currencies.end())
                                currency = currencies.insert(code, q->text(3));
                            campaigns.insert(id, {q->text(1), *currency, q->int64(2), int(campaigns.size())});
                        } else if (q == &cr) {
                            creators.insert(
                                id, {q->text(1),
                                     {storedWord(q->utf8(2), TaxProfile::Person), !q->text(3).trimmed().isEmpty()},
                                     int(creators.size())});
                        } else {
                            (q == &b ? brands : invoices).insert(id, q->text(1));
                        }
                    });
                !s)
                return s;
        }
        return {};
    }
};

// Words from a handful of values ("transfer", "cash"), made once each instead of once per row.
class Interned
{
public:
    const QString &of(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_seen)
            if (bytes == utf8)
                return text;
        if (m_seen.size() < 32)
            return m_seen.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8)).second;
        m_other = QString::fromUtf8(utf8); // free text past the handful: as read
        return m_other;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_seen;
    QString m_other;
};

// What a read asks for beyond the filter: one payment, or the first open rows on a day.
struct Few
{
    qint64 id = 0;
    QDate openOn;
    int firstOpen = 0;
    bool any() const { return id || firstOpen; }
};

Result<QList<PaymentRow>> read(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &f, Few few = {})
{
    Interned methods;
    Names names;
    const qint64 id = few.id;
    // Few rows name few records: their names are joined rather than every name read first.
    const bool joined = few.any() || f.overdueOn.isValid();
    if (!joined)
        if (Status s = names.read(db); !s)
            return fail(s.error());
    SqliteStatement q(joined ? QByteArray(PaymentColumns) + NamesJoined + PaymentsFrom + NamesFrom + PaymentsWhere +
                                   (few.firstOpen ? FirstOpen
                                    : few.id      ? ""
                                                  : OverdueOnly)
                             : QByteArray(PaymentColumns) + PaymentsFrom + PaymentsWhere);
    if (Status s = q.start(db); !s)
        return fail(s.error());
    q.bind(1, f.participantId);
    q.bind(2, f.campaignId);
    q.bind(3, f.creatorId);
    q.bind(4, f.brandId);
    q.bind(5, f.direction ? wordOf(*f.direction) : QString(QLatin1String("")));
    q.bind(6, id);
    q.bind(7, f.overdueOn.isValid() ? isoDate(f.overdueOn) : QString(QLatin1String("")));
    if (few.firstOpen) {
        q.bind(8, few.openOn);
        q.bind(9, qint64(few.firstOpen));
    }
    QList<PaymentRow> rows;
    if (few.any())
        rows.reserve(std::max<qsizetype>(1, few.firstOpen));
    else if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments"));
             n && !f.participantId && !f.overdueOn.isValid())
        rows.reserve(n->toLongLong()); // growing a list of 50,000 rows copies each of them several times
    struct Order
    {
        int campaign, creator, direction;
        qint64 due, id;
        auto operator<=>(const Order &) const = default;
    };
    QList<Order> order; // the rows' sort keys, by index: sorting integers, not names
    if (!joined)
        order.reserve(rows.capacity());
    for (;;) {
        auto more = q.step();
        if (!more)
            return fail(more.error());
        if (!more.value())
            break;
        PaymentRow r;
        r.id = q.int64(0);
        r.participantId = q.int64(1);
        r.campaignId = q.int64(2);
        r.creatorId = q.int64(3);
        if (joined)
            names.addJoined(q, r.campaignId, r.creatorId);
        const Names::Campaign &campaign = names.campaigns[r.campaignId];
        const Names::Creator &creator = names.creators[r.creatorId];
        r.campaign = campaign.name;
        r.currency = campaign.currency;
        r.brandId = campaign.brandId;
        r.brand = names.brands.value(campaign.brandId);
        r.creator = creator.name;
        r.payee = creator.payee;
        r.kind = storedWord(q.utf8(4), PaymentKind::Other);
        r.direction = storedWord(q.utf8(5), PaymentDirection::Payable);
        r.origin = storedWord(q.utf8(6), PaymentOrigin::Manual);
        r.amount = q.int64(7);
        r.timing.due = julianDay(q, 8);
        r.timing.paid = julianDay(q, 9);
        r.method = methods.of(q.utf8(10));
        r.reference = q.text(11);
        r.notes = q.text(12);
        r.receivableId = q.int64(13);
        r.timing.hasReceivable = r.receivableId != 0;
        r.timing.receivablePaid = julianDay(q, 14);
        r.invoiceId = q.int64(15);
        if (r.invoiceId)
            r.invoiceNumber = names.invoices.value(r.invoiceId);
        // A paid row keeps what was withheld when it was paid; an open one shows today's estimate.
        r.withheld = (r.isPaid() && !q.isNull(16))
                         ? q.int64(16)
                         : withholdingFor(r.kind, r.direction, r.amount, r.currency, r.payee, settings);
        // By campaign, creator, receivables first, due date (none last), id; a joined read comes in
        // the statement's order.
        if (!joined)
            order.append({campaign.rank, creator.rank, r.direction == PaymentDirection::Receivable ? 0 : 1,
                          r.timing.due.isValid() ? r.timing.due.toJulianDay() : std::numeric_limits<qint64>::max(),
                          r.id});
        rows.append(std::move(r));
    }
    if (joined)
        return rows; // in the statement's order
    QList<qsizetype> index(rows.size());
    std::iota(index.begin(), index.end(), 0);
    std::sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) { return order.at(a) < order.at(b); });
    // The rows change places in their own list, a cycle at a time (position `at` takes row
    // index[at]): a sorted copy was another 38 MB of fresh memory at 127,328 rows, and this
    // machine's page faults cost more than the moves.
    for (qsizetype start = 0; start < index.size(); ++start) {
        if (index.at(start) == start)
            continue;
        PaymentRow held = std::move(rows[start]);
        qsizetype at = start;
        while (index.at(at) != start) {
            const qsizetype from = index.at(at);
            rows[at] = std::move(rows[from]);
            index[at] = at;
            at = from;
        }
        rows[at] = std::move(held);
        index[at] = at;
    }
    return rows;
}
} // namespace

qint64 withholdingFor(PaymentKind kind, PaymentDirection direction, qint64 gross, const QString &currency,
                      const Payee &creator, const MoneySettings &settings)
{
    if (kind == PaymentKind::Reimbursement)
        return 0;
    if (direction == PaymentDirection::Receivable)
        return tax::withholding(gross, currency, Payee{TaxProfile::Company, !settings.companyNpwp.trimmed().isEmpty()},
                                settings);
    return tax::withholding(gross, currency, creator, settings);
}

Result<QList<PaymentRow>> readPayments(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &filter)
{
    return read(db, settings, filter);
}

Result<QList<PaymentRow>> readFirstOpenPayments(QSqlDatabase &db, const MoneySettings &settings, const QDate &asOf,
                                                int count)
{
    if (count <= 0)
        return QList<PaymentRow>();
    return read(db, settings, {}, Few{0, asOf, count});
}

Result<PaymentRow> readPayment(QSqlDatabase &db, const MoneySettings &settings, qint64 id)
{
    auto rows = read(db, settings, {}, Few{id, {}, 0});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(Text::tr("there is no payment %1; 'collabdesk-cli payments' lists them with their ids").arg(id));
    return rows->first();
}

qint64 AgeingRow::total() const
{
    qint64 sum = 0;
    for (qint64 b : buckets)
        sum += b;
    return sum;
}

QList<AgeingRow> ageing(const QList<PaymentRow> &rows, const QDate &asOf)
{
    // Receivables sort before payables, then parties by name as stored.
    QMap<std::tuple<int, QString, QString>, AgeingRow> byParty;
    for (const PaymentRow &r : rows) {
        const auto bucket = ageingBucket(r.timing, asOf);
        if (!bucket)
            continue;
        const int order = r.direction == PaymentDirection::Receivable ? 0 : 1;
        AgeingRow &a = byParty[{order, r.party().toLower(), r.currency}];
        a.direction = r.direction;
        a.party = r.party();
        a.currency = r.currency;
        a.buckets[int(*bucket)] += r.amount;
    }
    return byParty.values();
}

QList<OpenTotals> totalsByCurrency(const QList<PaymentRow> &rows, const QDate &asOf)
{
    QMap<QString, OpenTotals> byCurrency;
    for (const PaymentRow &r : rows) {
        OpenTotals &t = byCurrency[r.currency];
        t.currency = r.currency;
        switch (r.state(asOf)) {
        case PaymentState::Paid:
            t.paid += r.amount;
            break;
        case PaymentState::Due:
            t.due += r.amount;
            break;
        case PaymentState::Overdue:
            t.overdue += r.amount;
            break;
        case PaymentState::AwaitingBrand:
            t.awaitingBrand += r.amount;
            break;
        }
    }
    return byCurrency.values();
}

} // namespace cd
