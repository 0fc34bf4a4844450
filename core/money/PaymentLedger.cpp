#include "PaymentLedger.h"

#include "PaymentTable.h"

#include "common/Dates.h"
#include "storage/ReadBeside.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <limits>
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
  p.reference, p.notes, coalesce(p.receivable_id, 0), coalesce(p.invoice_id, 0), p.withheld_minor)";
// Column 16: the paid date of the receivable a payable was drafted for. A read of the whole ledger
// finds it among the rows it reads instead (a seek per payable: agency demo 51 -> 37 ms, shell).
const char *const ReceivablePaid = ", CAST(julianday(r.paid_date) + 0.5 AS INTEGER)";
const char *const ReceivablePaidLater = ", NULL";
// Campaigns and creators are not joined here: a seek into each for every row was a third of the
// statement's time (large demo: 0.33 -> 0.21 s in the shell), and their names are read apart.
const char *const PaymentsFrom = R"(
FROM payments p
  JOIN participants pt ON pt.id = p.participant_id)";
const char *const ReceivablesFrom = R"(
  LEFT JOIN payments r ON r.id = p.receivable_id)";
const char *const PaymentsWhere = R"(
WHERE (?1 = 0 OR p.participant_id = ?1) AND (?2 = 0 OR pt.campaign_id = ?2) AND (?3 = 0 OR pt.creator_id = ?3)
  AND (?4 = 0 OR pt.campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ?4))
  AND (?5 = '' OR p.direction = ?5) AND (?6 = 0 OR p.id = ?6)
  AND (?7 = '' OR (p.due_date < ?7 AND (p.paid_date IS NULL OR p.paid_date > ?7))))";
// Columns 17 on: the names of a row's campaign, brand, creator and invoice, for reads of a few rows
// (one payment, a first screen), where reading every name first would cost more than the rows.
const char *const NamesJoined = R"(, c.name, c.currency, c.brand_id, b.name, cr.name, cr.tax_type, cr.npwp, i.number)";
const char *const NamesFrom = R"(
  JOIN campaigns c ON c.id = pt.campaign_id
  JOIN creators cr ON cr.id = pt.creator_id
  JOIN brands b ON b.id = c.brand_id
  LEFT JOIN invoices i ON i.id = p.invoice_id)";
// One payment, ?6: said again apart from PaymentsWhere's "?6 = 0 OR", which SQLite cannot seek by
// (it scanned every payment: 15 ms a payment at 127,328 of them).
const char *const ById = R"(
  AND p.id = ?6)";
// The first open rows on ?8 by due date (undated last), found through payments_due (paid_date,
// due_date) before anything is joined.
const char *const FirstOpen = R"(
  AND p.id IN (SELECT id FROM payments WHERE paid_date IS NULL OR paid_date > ?8
               ORDER BY due_date IS NULL, due_date, id LIMIT ?9)
ORDER BY p.due_date IS NULL, p.due_date, p.id)";

// The rows that may be overdue on ?7, found through payments_due (paid_date, due_date) before
// anything is joined (2,121 of the large demo's 127,328 payments), in readPayments()' order: name
// order as readNames() ranks them (name_key, then id), receivables first, due date, id.
const char *const OverdueOnly = R"(
  AND p.id IN (SELECT id FROM payments WHERE (paid_date IS NULL OR paid_date > ?7) AND due_date < ?7)
ORDER BY c.name_key, c.id, cr.name_key, cr.id, p.direction <> 'receivable', p.due_date, p.id)";

qint32 julianDay(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? PaymentTable::NoDay : qint32(q.int64(column));
}

// The names and currencies payments refer to, read once per call into the table's own tables: 50,000
// payments name a few thousand records. Campaigns and creators go in name order, so that a place in
// them is a rank to sort the rows by. Through SQLite's own API: Qt SQL's values cost 0.12 s for the
// large demo's 31,000 names. Sorted by an expression of the name key, so that SQLite sorts the rows
// as it reads the table instead of walking the name index and seeking each row from it (the large
// demo's 20,000 creators: 80-119 ms -> 32-48 in the shell); the order is the key's all the same.
Status readNames(QSqlDatabase &db, PaymentTable &table)
{
    SqliteStatement b("SELECT id, name FROM brands");
    SqliteStatement c("SELECT id, name, brand_id, currency FROM campaigns ORDER BY name_key || ''");
    SqliteStatement cr("SELECT id, name, tax_type, npwp FROM creators ORDER BY name_key || ''");
    SqliteStatement i("SELECT id, number FROM invoices");
    for (SqliteStatement *q : {&b, &c, &cr, &i}) {
        if (Status s = q->start(db); !s)
            return s;
        if (Status s = forEachRow(*q,
                                  [&] {
                                      const qint64 id = q->int64(0);
                                      if (q == &b)
                                          table.addBrand(id, q->text(1));
                                      else if (q == &c)
                                          table.addCampaign(id, q->text(1), q->text(3), q->int64(2));
                                      else if (q == &cr)
                                          table.addCreator(id, q->text(1),
                                                           {storedWord(q->utf8(2), TaxProfile::Person),
                                                            !q->text(3).trimmed().isEmpty()});
                                      else
                                          table.addInvoice(id, q->text(1));
                                  });
            !s)
            return s;
    }
    return {};
}

// The names of one row read with NamesJoined (columns 17 on), for reads of a few rows.
void addJoinedNames(const SqliteStatement &q, qint64 campaignId, qint64 creatorId, PaymentTable &table)
{
    if (table.campaignAt(campaignId) < 0) {
        table.addBrand(q.int64(19), q.text(20));
        table.addCampaign(campaignId, q.text(17), q.text(18), q.int64(19));
    }
    if (table.creatorAt(creatorId) < 0)
        table.addCreator(creatorId, q.text(21),
                         {storedWord(q.utf8(22), TaxProfile::Person), !q.text(23).trimmed().isEmpty()});
    if (!q.isNull(24))
        table.addInvoice(q.int64(14), q.text(24));
}

// Words from a handful of values ("transfer", "cash"), pooled once each instead of once per row.
class Interned
{
public:
    PaymentTable::Text of(QByteArrayView utf8, PaymentTable &table)
    {
        for (const auto &[bytes, text] : m_seen)
            if (bytes == utf8)
                return text;
        const PaymentTable::Text text = table.addText(QString::fromUtf8(utf8));
        if (m_seen.size() < 32) // free text past the handful: pooled as read
            m_seen.emplace_back(utf8.toByteArray(), text);
        return text;
    }

private:
    std::vector<std::pair<QByteArray, PaymentTable::Text>> m_seen;
};

// What a read asks for beyond the filter: payments by id, or the first open rows on a day.
struct Few
{
    QList<qint64> ids;
    QDate openOn;
    int firstOpen = 0;
    bool any() const { return !ids.isEmpty() || firstOpen; }
};

// Marks an entry whose withholding is estimated once its creator's tax profile is known.
constexpr qint64 Unestimated = std::numeric_limits<qint64>::min();

// A paid row keeps what was withheld when it was paid; an open one shows today's estimate.
qint64 withheldOf(const PaymentTable::Entry &e, const PaymentTable &table, const MoneySettings &settings)
{
    return withholdingFor(e.kind(), e.direction(), e.amount, table.currency(e), table.creators().at(e.creator).payee,
                          settings);
}

// The rows of a started statement into `table`. Without `settings` (the names not read yet) the
// estimates of withholding are left Unestimated.
Status readEntries(SqliteStatement &q, bool joined, PaymentTable &table, const MoneySettings *settings)
{
    Interned methods;
    return forEachRow(q, [&] {
        PaymentTable::Entry e;
        e.id = q.int64(0);
        e.participantId = q.int64(1);
        const qint64 campaignId = q.int64(2), creatorId = q.int64(3);
        if (joined)
            addJoinedNames(q, campaignId, creatorId, table);
        // Added since the names were read (another statement, another moment): nameless until the
        // read that the change brings.
        e.campaign = table.campaignAt(campaignId);
        if (e.campaign < 0)
            e.campaign = table.addCampaign(campaignId, {}, {}, 0);
        e.creator = table.creatorAt(creatorId);
        if (e.creator < 0)
            e.creator = table.addCreator(creatorId, {}, {});
        e.kindCode = quint8(storedWord(q.utf8(4), PaymentKind::Other));
        e.directionCode = quint8(storedWord(q.utf8(5), PaymentDirection::Payable));
        e.originCode = quint8(storedWord(q.utf8(6), PaymentOrigin::Manual));
        e.amount = q.int64(7);
        e.due = julianDay(q, 8);
        e.paid = julianDay(q, 9);
        e.method = methods.of(q.utf8(10), table);
        if (const QByteArrayView reference = q.utf8(11); !reference.isEmpty())
            e.reference = table.addText(QString::fromUtf8(reference));
        if (const QByteArrayView notes = q.utf8(12); !notes.isEmpty())
            e.notes = table.addText(QString::fromUtf8(notes));
        e.receivableId = q.int64(13);
        e.receivablePaid = julianDay(q, 16);
        e.invoiceId = q.int64(14);
        e.withheld = (e.isPaid() && !q.isNull(15)) ? q.int64(15)
                     : settings                    ? withheldOf(e, table, *settings)
                                                   : Unestimated;
        table.appendEntry(e);
    });
}

// Moves the entries of `from` (read without names) into `into`, which has the names: each entry's
// campaign and creator become places in `into`'s tables, its texts go to `into`'s pool.
void takeEntries(const PaymentTable &from, PaymentTable &into, const MoneySettings &settings)
{
    const auto text = [&](PaymentTable::Text t) { return t.size ? into.addText(from.text(t)) : PaymentTable::Text{}; };
    // The few methods, once each.
    QHash<qint32, PaymentTable::Text> methods;
    for (PaymentTable::Entry e : from.entries()) {
        const PaymentTable::Campaign &campaign = from.campaigns().at(e.campaign);
        const PaymentTable::Creator &creator = from.creators().at(e.creator);
        e.campaign = into.campaignAt(campaign.id);
        if (e.campaign < 0)
            e.campaign = into.addCampaign(campaign.id, {}, {}, 0);
        e.creator = into.creatorAt(creator.id);
        if (e.creator < 0)
            e.creator = into.addCreator(creator.id, {}, {});
        if (e.method.size) {
            const auto method = methods.constFind(e.method.at);
            e.method = method != methods.cend() ? *method : *methods.insert(e.method.at, text(e.method));
        }
        e.reference = text(e.reference);
        e.notes = text(e.notes);
        if (e.withheld == Unestimated)
            e.withheld = withheldOf(e, into, settings);
        into.appendEntry(e);
    }
}

// Every payment: those with ids past the middle are read on a second connection and core (at
// 127,328 payments SQLite's stepping through them is most of the read), while this one reads the
// names and the first half. The halves are two read transactions: a commit between them can leave
// the table mixing two moments (a payable showing its receivable unpaid), and the change it
// signals reads the table again. Three statements for the count and the ends: min() and max()
// are a seek each only when asked alone, count(*) counts pages only when asked alone.
Status readWhole(QSqlDatabase &db, const MoneySettings &settings, const Workspace::Opener &beside, PaymentTable &table)
{
    const QByteArray statement =
        QByteArray(PaymentColumns) + ReceivablePaidLater + PaymentsFrom + "\nWHERE p.id BETWEEN ?1 AND ?2";
    const auto start = [](SqliteStatement &q, QSqlDatabase &on, qint64 from, qint64 to) -> Status {
        if (Status s = q.start(on); !s)
            return s;
        q.bind(1, from);
        q.bind(2, to);
        return {};
    };
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments"));
    auto first = sql::scalar(db, QStringLiteral("SELECT min(id) FROM payments"));
    auto last = sql::scalar(db, QStringLiteral("SELECT max(id) FROM payments"));
    if (!count || !first || !last)
        return fail(!count ? count.error() : !first ? first.error() : last.error());
    const qint64 n = count->toLongLong(), middle = first->toLongLong() + (last->toLongLong() - first->toLongLong()) / 2;
    ReadBeside<PaymentTable> upper(beside, [&statement, &start, middle, n](QSqlDatabase &on) -> Result<PaymentTable> {
        PaymentTable half;
        half.reserve(n / 2 + 1);
        SqliteStatement rows(statement);
        if (Status s = start(rows, on, middle + 1, std::numeric_limits<qint64>::max()); !s)
            return s.failure();
        if (Status s = readEntries(rows, false, half, nullptr); !s)
            return s.failure();
        return half;
    });
    table.reserve(n); // growing a list of 50,000 entries copies each of them several times
    if (Status s = readNames(db, table); !s)
        return s;
    SqliteStatement rows(statement);
    if (Status s = start(rows, db, std::numeric_limits<qint64>::min(), middle); !s)
        return s;
    if (Status s = readEntries(rows, false, table, &settings); !s)
        return s;
    auto half = upper.take(db);
    if (!half)
        return half.failure();
    takeEntries(half.value(), table, settings);
    table.setReceivablesPaid();
    return {};
}

Result<PaymentTable> read(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &f, Few few = {},
                          const Workspace::Opener &beside = {})
{
    PaymentTable table;
    // Few rows name few records: their names are joined rather than every name read first.
    const bool joined = few.any() || f.overdueOn.isValid();
    const bool whole = !joined && !f.participantId && !f.campaignId && !f.creatorId && !f.brandId && !f.direction;
    if (whole) {
        if (Status s = readWhole(db, settings, beside, table); !s)
            return s.failure();
    } else {
        if (!joined)
            if (Status s = readNames(db, table); !s)
                return s.failure();
        const QByteArray columns = QByteArray(PaymentColumns) + ReceivablePaid;
        const QByteArray from = QByteArray(PaymentsFrom) + ReceivablesFrom;
        SqliteStatement q(joined ? columns + NamesJoined + from + NamesFrom + PaymentsWhere +
                                       (few.firstOpen        ? FirstOpen
                                        : !few.ids.isEmpty() ? ById
                                                             : OverdueOnly)
                                 : columns + from + PaymentsWhere);
        const auto readRows = [&](qint64 id) -> Status {
            if (Status s = q.start(db); !s)
                return s;
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
            return readEntries(q, joined, table, &settings);
        };
        if (few.any())
            table.reserve(std::max<qsizetype>(few.ids.size(), few.firstOpen));
        if (few.ids.isEmpty()) {
            if (Status s = readRows(0); !s)
                return s.failure();
        }
        for (const qint64 id : few.ids) // a seek each
            if (Status s = readRows(id); !s)
                return s.failure();
    }
    if (!joined) { // a joined read comes in the statement's order
        // By campaign, creator (places in name order), receivables first, due date (none last), id.
        const auto key = [](const PaymentTable::Entry &e) {
            return std::tuple(e.campaign, e.creator, e.direction() == PaymentDirection::Receivable ? 0 : 1,
                              e.due == PaymentTable::NoDay ? std::numeric_limits<qint32>::max() : e.due, e.id);
        };
        table.sort([&](const PaymentTable::Entry &a, const PaymentTable::Entry &b) { return key(a) < key(b); });
    }
    table.squeeze();
    return table;
}
} // namespace

qint64 withholdingFor(PaymentKind kind, PaymentDirection direction, qint64 gross, const QString &currency,
                      const Payee &creator, const MoneySettings &settings)
{
    if (kind == PaymentKind::Reimbursement)
        return 0;
    if (direction == PaymentDirection::Receivable)
        return tax::withholding(gross, currency, Payee{TaxProfile::Company, settings.hasCompanyNpwp()}, settings);
    return tax::withholding(gross, currency, creator, settings);
}

Result<PaymentTable> readPaymentTable(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &filter,
                                      const Workspace::Opener &beside)
{
    return read(db, settings, filter, {}, beside);
}

Result<PaymentTable> readPaymentsById(QSqlDatabase &db, const MoneySettings &settings, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return PaymentTable();
    return read(db, settings, {}, Few{ids, {}, 0});
}

Result<QList<PaymentRow>> readPayments(QSqlDatabase &db, const MoneySettings &settings, const PaymentFilter &filter)
{
    auto table = read(db, settings, filter);
    if (!table)
        return table.failure();
    return table->rows();
}

Result<QList<PaymentRow>> readFirstOpenPayments(QSqlDatabase &db, const MoneySettings &settings, const QDate &asOf,
                                                int count)
{
    if (count <= 0)
        return QList<PaymentRow>();
    auto table = read(db, settings, {}, Few{{}, asOf, count});
    if (!table)
        return table.failure();
    return table->rows();
}

Result<PaymentRow> readPayment(QSqlDatabase &db, const MoneySettings &settings, qint64 id)
{
    auto table = read(db, settings, {}, Few{{id}, {}, 0});
    if (!table)
        return table.failure();
    if (table->isEmpty())
        return fail(Text::tr("there is no payment %1; 'collabdesk-cli payments' lists them with their ids").arg(id));
    return table->row(0);
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
