#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "interchange/Importer.h"
#include "money/Invoices.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "records/RecordKind.h"
#include "storage/Connection.h"
#include "storage/KeptSummaries.h"
#include "storage/SettingKeys.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlRecord>

using namespace cd;
using cd::test::TempDir;

namespace {
QVariant scalar(Workspace &ws, const char *statement)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, QString::fromLatin1(statement));
    REQUIRE(v.ok());
    return v.value();
}

// Every row of a table, in id order, as text: "the same rows" down to the last column.
QString rowsOf(Workspace &ws, const char *table)
{
    QSqlDatabase db = ws.db();
    auto q = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
    REQUIRE(q.ok());
    QString out;
    while (q->next()) {
        for (int i = 0; q->record().count() > i; ++i)
            out += q->value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

qint64 count(Workspace &ws, const char *statement)
{
    return scalar(ws, statement).toLongLong();
}

// Drafting again through PaymentService finds every `step`th participant's schedule as the terms give it.
void redraftChangesNothing(Workspace &ws, int step)
{
    QSqlDatabase db = ws.db();
    auto q = sql::run(db, QStringLiteral("SELECT id FROM participants WHERE status IN ('confirmed', 'completed') "
                                         "ORDER BY id"));
    REQUIRE(q.ok());
    QList<qint64> ids;
    for (int i = 0; q->next(); ++i)
        if (i % step == 0)
            ids << q->value(0).toLongLong();
    REQUIRE(ids.size() > 5);
    PaymentService service(ws);
    Transaction tx(ws);
    REQUIRE(bool(tx));
    int unchanged = 0;
    for (qint64 id : std::as_const(ids)) {
        auto report = service.draft(tx, id);
        REQUIRE(report.ok());
        INFO("participant " << id);
        CHECK(report->changes() == 0);
        unchanged += report->unchanged;
    }
    CHECK(unchanged > 0);
    tx.rollback();
}

// The rows that may be overdue on a day far ahead (every open dated row: many campaigns and
// creators), read alone, are the whole ledger's such rows in the ledger's order.
void overdueReadInLedgerOrder(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const QDate day(2031, 1, 1);
    PaymentFilter f;
    f.overdueOn = day;
    auto some = readPayments(db, MoneySettings::read(db), f);
    auto all = readPayments(db, MoneySettings::read(db));
    REQUIRE(some.ok());
    REQUIRE(all.ok());
    QList<qint64> read, whole;
    for (const PaymentRow &r : some.value())
        read << r.id;
    for (const PaymentRow &r : all.value())
        if (r.timing.due.isValid() && r.timing.due < day && (!r.isPaid() || r.timing.paid > day))
            whole << r.id;
    CHECK(whole.size() > 10);
    CHECK(read == whole);
}

// The tax fixed on every paid row is what the ledger computes for it.
void withholdingAsComputed(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    const MoneySettings settings = MoneySettings::read(db);
    auto rows = readPayments(db, settings);
    REQUIRE(rows.ok());
    int paid = 0, withheld = 0;
    for (const PaymentRow &r : std::as_const(*rows)) {
        if (!r.isPaid())
            continue;
        ++paid;
        withheld += r.withheld > 0;
        INFO("payment " << r.id);
        CHECK(r.withheld == withholdingFor(r.kind, r.direction, r.amount, r.currency, r.payee, settings));
    }
    CHECK(paid > 10);
    CHECK(withheld > 5);
}

QByteArray exportAll(Workspace &ws, const TempDir &dir, const QString &prefix)
{
    QByteArray all;
    for (const QString &kind : recordKindNames()) {
        const QString path = dir.path(prefix + kind + QStringLiteral(".csv"));
        REQUIRE(exportCsv(ws, kind, path).ok());
        all += test::fileBytes(path);
    }
    return all;
}
} // namespace

TEST_CASE("the small demo is a believable, valid workspace", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("demo.collabdesk")));
    auto summary = generateDemo(*ws, {});
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->brands == 5);
    CHECK(summary->creators == 40);
    CHECK(summary->campaigns == 9);
    CHECK(summary->participants == scalar(*ws, "SELECT count(*) FROM participants").toLongLong());
    CHECK(summary->postSnapshots == scalar(*ws, "SELECT count(*) FROM post_metric_snapshots").toLongLong());
    CHECK(scalar(*ws, "SELECT count(DISTINCT status) FROM campaigns").toInt() == 5);
    CHECK(scalar(*ws,
                 "SELECT group_concat(DISTINCT currency) FROM (SELECT currency FROM campaigns ORDER BY currency) AS c")
              .toString() == QStringLiteral("IDR,USD"));
    CHECK(scalar(*ws, "SELECT count(*) FROM creators WHERE status = 'archived'").toInt() >= 1);
    CHECK(scalar(*ws, "SELECT count(DISTINCT status) FROM deliverables").toInt() >= 4);
    CHECK(scalar(*ws, "SELECT count(*) FROM contracts").toInt() >= 5);
    CHECK(scalar(*ws, "SELECT count(*) FROM participants WHERE deposit_minor > fee_minor").toInt() == 0);
    CHECK(scalar(*ws, "SELECT count(*) FROM post_metric_snapshots s JOIN posts p ON p.id = s.post_id "
                      "WHERE s.snapshot_date < p.posted_at OR s.snapshot_date > '2026-11-23'")
              .toInt() == 0);
    QSqlDatabase db = ws->db();
    // A server refuses a broken constraint or reference at the statement itself; a file is checked.
    if (!sql::onServer(db)) {
        auto problems = connection::quickCheck(db);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        CHECK_FALSE(sql::run(db, QStringLiteral("PRAGMA foreign_key_check")).value().next());
    }

    // Everything the demo wrote passes the importer's rules: export, import into a fresh workspace.
    auto fresh = test::createWorkspace(dir.path(QStringLiteral("fresh.collabdesk")));
    for (const char *kind :
         {"brands", "creators", "campaigns", "participants", "deliverables", "followers", "post_metrics", "payments"}) {
        const QString path = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(kind)));
        REQUIRE(exportCsv(*ws, QLatin1String(kind), path).ok());
        const ImportReport report = importCsv(*fresh, QLatin1String(kind), path);
        INFO(kind << ": " << report.errors.mid(0, 5).join(QLatin1Char('\n')).toStdString());
        CHECK(report.ok());
    }
}

TEST_CASE("the small demo does not contradict itself", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("demo.collabdesk")));
    REQUIRE(generateDemo(*ws, {}).ok());
    // The audience answer says what the shares say: a creator whose audience is mostly men, or
    // mostly outside Indonesia, is never answered "mostly women in Indonesia" with a top score.
    CHECK(scalar(*ws, "SELECT count(*) FROM vetting_answers WHERE question = 1").toInt() >= 5);
    CHECK(scalar(*ws, "SELECT count(*) FROM vetting_answers v WHERE v.question = 1 AND v.score >= 4 AND ("
                      "(SELECT share_bp FROM audience_demographics a WHERE a.creator_id = v.creator_id AND "
                      " a.dimension = 'gender' AND a.bucket = 'female') < 5500 OR "
                      "(SELECT c.country FROM creators c WHERE c.id = v.creator_id) <> 'ID')")
              .toInt() == 0);
    // Each answer's percentages are the creator's own.
    CHECK(scalar(*ws, "SELECT count(*) FROM vetting_answers v WHERE v.question = 1 AND replace(v.answer, "
                      "(SELECT max(a.share_bp) / 100 FROM audience_demographics a WHERE a.creator_id = v.creator_id "
                      "AND a.dimension = 'gender') || '%', '') = v.answer")
              .toInt() == 0);
    // Platforms named in the answer are the creator's accounts.
    CHECK(scalar(*ws, "SELECT count(*) FROM vetting_answers v JOIN accounts a ON a.creator_id = v.creator_id "
                      "WHERE v.question = 9 AND replace(lower(v.answer), a.platform, '') = lower(v.answer)")
              .toInt() == 0);
    // A contract is drafted before its status last changed and before it was signed.
    CHECK(scalar(*ws, "SELECT count(*) FROM contract_versions v JOIN contracts k ON k.id = v.contract_id "
                      "WHERE substr(v.created_at, 1, 10) > k.signed_date OR substr(k.created_at, 1, 10) > "
                      "(SELECT min(changed_on) FROM contract_status_changes c WHERE c.contract_id = k.id)")
              .toInt() == 0);
    CHECK(scalar(*ws, "SELECT count(*) FROM contracts WHERE signed_date IS NOT NULL").toInt() >= 3);
}

TEST_CASE("the same seed gives the same demo and another seed another", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto a = test::createWorkspace(dir.path(QStringLiteral("a.collabdesk")));
    auto b = test::createWorkspace(dir.path(QStringLiteral("b.collabdesk")));
    auto c = test::createWorkspace(dir.path(QStringLiteral("c.collabdesk")));
    DemoOptions options;
    options.seed = 42;
    REQUIRE(generateDemo(*a, options).ok());
    REQUIRE(generateDemo(*b, options).ok());
    options.seed = 43;
    REQUIRE(generateDemo(*c, options).ok());
    const QByteArray first = exportAll(*a, dir, QStringLiteral("a-"));
    CHECK(first.size() > 10'000);
    CHECK(exportAll(*b, dir, QStringLiteral("b-")) == first);
    CHECK(exportAll(*c, dir, QStringLiteral("c-")) != first);
}

namespace {
// The workspace's triggers, each with its text on a file (a server's by name).
QString triggersOf(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    return scalar(ws, sql::onServer(db) ? "SELECT string_agg(tgname, ' ' ORDER BY tgname) FROM pg_trigger "
                                          "WHERE NOT tgisinternal"
                                        : "SELECT group_concat(name || ': ' || sql, ' ') FROM (SELECT * FROM "
                                          "sqlite_schema WHERE type = 'trigger' ORDER BY name)")
        .toString();
}
} // namespace

TEST_CASE("the demo refuses a workspace with data unless told to replace it, and can be cancelled", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));
    // The demo drops the summaries' triggers for its transaction and makes them again at the end.
    const QString triggers = triggersOf(*ws);
    CHECK(triggers.contains(QStringLiteral("follower_day_changes_creator_delete")));
    DemoOptions options;
    options.progress = [](double done) { return done < 0.2; }; // the user cancels
    auto cancelled = generateDemo(*ws, options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == QStringLiteral("cancelled"));
    CHECK(scalar(*ws, "SELECT count(*) FROM creators").toInt() == 0);
    CHECK(triggersOf(*ws) == triggers);

    REQUIRE(generateDemo(*ws, {}).ok());
    auto refused = generateDemo(*ws, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("--replace")));
    options = {};
    options.replace = true;
    options.seed = 9;
    REQUIRE(generateDemo(*ws, options).ok());
    CHECK(scalar(*ws, "SELECT count(*) FROM creators").toInt() == 40);
    CHECK(scalar(*ws, "SELECT count(*) FROM brands").toInt() == 5);
    // Every summary as the triggers would have kept it, made in one pass, and the triggers back.
    CHECK(triggersOf(*ws) == triggers);
    QSqlDatabase db = ws->db();
    auto problems = summaries::problems(db);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK(scalar(*ws, "SELECT count(*) FROM follower_day_changes").toInt() > 10);
    CHECK(scalar(*ws, "SELECT count(*) FROM follower_latest").toInt() > 40);
}

TEST_CASE("the first-run demo lives in its own file and is made once", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.collabdesk"));
    REQUIRE(prepareDemoWorkspace(path).ok());
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        REQUIRE(ws.ok());
        CHECK(scalar(*ws.value(), "SELECT count(*) FROM creators").toInt() == 40);
    }
    // Opening it again keeps what the user did with it.
    {
        auto ws = Workspace::open(path);
        REQUIRE(ws.ok());
        QSqlDatabase db = ws.value()->db();
        REQUIRE(sql::run(db, QStringLiteral("UPDATE creators SET niche = 'edited' WHERE id = 1")).ok());
    }
    REQUIRE(prepareDemoWorkspace(path).ok());
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    CHECK(scalar(*ws.value(), "SELECT niche FROM creators WHERE id = 1").toString() == QStringLiteral("edited"));
    CHECK(scalar(*ws.value(), "SELECT count(*) FROM creators").toInt() == 40);
}

TEST_CASE("the small demo is a brand's workspace: payables drafted from the terms, mostly paid", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("demo.collabdesk")));
    auto summary = generateDemo(*ws, {});
    REQUIRE(summary.ok());
    QSqlDatabase db = ws->db();
    CHECK(settings::displayValue(db, *findSettingKey(u"perspective")) == QStringLiteral("brand"));
    CHECK(summary->payments == count(*ws, "SELECT count(*) FROM payments"));
    CHECK(summary->payments > 30);
    CHECK(summary->invoices == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'receivable'") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE origin <> 'drafted' OR due_date IS NULL") == 0);
    // Only confirmed and completed participants are paid, each fee row is the fee less the deposit,
    // due 30 days (the contract's terms) after the campaign's end.
    CHECK(count(*ws, "SELECT count(*) FROM payments p JOIN participants pt ON pt.id = p.participant_id "
                     "WHERE pt.status NOT IN ('confirmed', 'completed')") == 0);
    CHECK(
        count(*ws,
              "SELECT count(*) FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN "
              "campaigns c ON c.id = pt.campaign_id WHERE p.kind = 'fee' AND (p.amount_minor <> "
              "pt.fee_minor - coalesce(pt.deposit_minor, 0) OR julianday(p.due_date) <> julianday(c.end_date) + 30)") ==
        0);
    // What fell due by the demo's today (2026-11-23) is mostly paid, a couple of rows overdue; the
    // fees of running campaigns are due later; nothing is paid in the future.
    const qint64 fallenDue = count(*ws, "SELECT count(*) FROM payments WHERE due_date <= '2026-11-23'");
    const qint64 paid = count(*ws, "SELECT count(*) FROM payments WHERE paid_date IS NOT NULL");
    CHECK(paid * 10 >= fallenDue * 8);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE paid_date IS NULL AND due_date > '2026-11-23'") > 10);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE paid_date > '2026-11-23'") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE paid_date IS NOT NULL AND withheld_minor IS NULL") == 0);
    const qint64 overdue =
        count(*ws, "SELECT count(*) FROM payments WHERE paid_date IS NULL AND due_date < '2026-11-23'");
    CHECK(overdue >= 1);
    CHECK(overdue <= 5);
    // PPh 21 on a resident person with NPWP below Rp120,000,000: 5% of half the gross, rounded once.
    auto q = sql::run(db, QStringLiteral("SELECT p.amount_minor, p.withheld_minor FROM payments p JOIN participants pt "
                                         "ON pt.id = p.participant_id JOIN creators cr ON cr.id = pt.creator_id JOIN "
                                         "campaigns c ON c.id = pt.campaign_id WHERE p.paid_date IS NOT NULL AND "
                                         "c.currency = 'IDR' AND cr.tax_type = 'person' AND cr.npwp <> ''"));
    REQUIRE(q.ok());
    int persons = 0;
    for (; q->next(); ++persons)
        CHECK(q->value(1).toLongLong() == (q->value(0).toLongLong() * 25 + 500) / 1000);
    CHECK(persons >= 3);
    CHECK(count(*ws, "SELECT count(DISTINCT tax_type) FROM creators") >= 3);
    withholdingAsComputed(*ws);
    redraftChangesNothing(*ws, 1);
    overdueReadInLedgerOrder(*ws);
}

TEST_CASE("the same seed gives the same payments", "[demo]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto a = test::createWorkspace(dir.path(QStringLiteral("a.collabdesk")));
    auto b = test::createWorkspace(dir.path(QStringLiteral("b.collabdesk")));
    auto c = test::createWorkspace(dir.path(QStringLiteral("c.collabdesk")));
    DemoOptions options;
    options.seed = 7;
    REQUIRE(generateDemo(*a, options).ok());
    REQUIRE(generateDemo(*b, options).ok());
    options.seed = 8;
    REQUIRE(generateDemo(*c, options).ok());
    const QString payments = rowsOf(*a, "payments");
    CHECK(payments.count(QLatin1Char('\n')) > 30);
    CHECK(rowsOf(*b, "payments") == payments);
    CHECK(rowsOf(*b, "creators") == rowsOf(*a, "creators"));
    CHECK(rowsOf(*c, "payments") != payments);
}

TEST_CASE("the agency demo invoices brands that pay late and pays its creators after them", "[demo]")
{
    test::PinnedClock clock;
    const QDate today(2026, 11, 23);
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("agency.collabdesk")));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Agency;
    auto summary = generateDemo(*ws, options);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    QSqlDatabase db = ws->db();
    const MoneySettings settings = MoneySettings::read(db);
    CHECK(settings.isAgency());
    CHECK(settings.companyName == QStringLiteral("PT Nusa Talenta Kreatif"));
    CHECK(settings.companyNpwp.size() == 16);
    CHECK_FALSE(settings.companyAddress.isEmpty());
    CHECK_FALSE(settings.companyBankAccount.isEmpty());
    CHECK(summary->payments == count(*ws, "SELECT count(*) FROM payments"));
    CHECK(summary->invoices == count(*ws, "SELECT count(*) FROM invoices"));

    // Tax profiles of every kind, with and without NPWP, and a few creators' own agency fee.
    CHECK(count(*ws, "SELECT count(DISTINCT tax_type) FROM creators") == 4);
    CHECK(count(*ws, "SELECT count(*) FROM creators WHERE tax_type = 'person' AND npwp = ''") > 100);
    CHECK(count(*ws, "SELECT count(*) FROM creators WHERE tax_type = 'person' AND length(npwp) = 16") > 100);
    CHECK(count(*ws, "SELECT count(*) FROM creators WHERE npwp <> '' AND length(npwp) <> 16") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM creators WHERE agency_rate_bp IS NOT NULL") > 50);

    // Every receivable has the creator's payable for their share; every payable has its receivable.
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'receivable'") > 5'000);
    CHECK(count(*ws, "SELECT count(*) FROM payments r WHERE r.direction = 'receivable' AND NOT EXISTS "
                     "(SELECT 1 FROM payments p WHERE p.receivable_id = r.id AND p.direction = 'payable')") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'payable' AND receivable_id IS NULL") == 0);
    // The share of a receivable never paid in part: the gross less 20% (or the creator's own rate).
    const char *whole = "FROM payments p JOIN payments r ON r.id = p.receivable_id JOIN participants pt ON pt.id = "
                        "r.participant_id JOIN creators cr ON cr.id = pt.creator_id WHERE NOT EXISTS (SELECT 1 FROM "
                        "payments s WHERE s.participant_id = r.participant_id AND s.direction = 'receivable' AND "
                        "s.kind = r.kind AND s.id <> r.id)";
    CHECK(count(*ws, qPrintable(QStringLiteral("SELECT count(*) %1").arg(QLatin1String(whole)))) > 5'000);
    CHECK(count(*ws, qPrintable(QStringLiteral("SELECT count(*) %1 AND p.amount_minor <> r.amount_minor - "
                                               "(r.amount_minor * coalesce(pt.agency_rate_bp, cr.agency_rate_bp, 2000) "
                                               "+ 5000) / 10000")
                                    .arg(QLatin1String(whole)))) == 0);
    // A creator's payable falls due 7 days (creator payout days) after the brand paid, waits before.
    CHECK(count(*ws, "SELECT count(*) FROM payments p JOIN payments r ON r.id = p.receivable_id WHERE "
                     "r.paid_date IS NOT NULL AND julianday(p.due_date) <> julianday(r.paid_date) + 7") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments p JOIN payments r ON r.id = p.receivable_id WHERE "
                     "r.paid_date IS NULL AND (p.due_date IS NOT NULL OR p.paid_date IS NOT NULL)") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'payable' AND paid_date IS NOT NULL") > 5'000);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE paid_date > '2026-11-23'") == 0);
    // A few receivables paid in part: the rest has the same due date, and is paid weeks later
    // unless that is still to come, so open rests are recent ones.
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE origin = 'drafted' AND direction = 'receivable' AND "
                     "paid_date IS NULL AND participant_id IN (SELECT participant_id FROM payments x WHERE x.kind = "
                     "payments.kind AND x.direction = 'receivable' AND x.paid_date IS NOT NULL AND x.due_date = "
                     "payments.due_date)") > 3);
    CHECK(count(*ws, "SELECT count(*) FROM payments p WHERE p.direction = 'receivable' AND p.paid_date IS NOT NULL "
                     "AND EXISTS (SELECT 1 FROM payments x WHERE x.participant_id = p.participant_id AND x.kind = "
                     "p.kind AND x.direction = 'receivable' AND x.due_date = p.due_date AND x.id <> p.id AND "
                     "x.paid_date > p.paid_date)") > 50);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'receivable' AND paid_date IS NULL AND "
                     "due_date < '2025-11-23'") < 50); // nothing a year overdue but a handful
    // Brands withhold PPh 23 (2%, the agency has an NPWP) from rupiah receivables.
    CHECK(count(*ws, "SELECT count(*) FROM payments p JOIN participants pt ON pt.id = p.participant_id JOIN "
                     "campaigns c ON c.id = pt.campaign_id WHERE p.direction = 'receivable' AND p.paid_date IS NOT "
                     "NULL AND c.currency = 'IDR' AND p.withheld_minor <> (p.amount_minor * 2 + 50) / 100") == 0);
    withholdingAsComputed(*ws);

    // Brands that pay late: overdue receivables in several ageing buckets, some 45 to 120 days late.
    PaymentFilter receivables;
    receivables.direction = PaymentDirection::Receivable;
    auto rows = readPayments(db, settings, receivables);
    REQUIRE(rows.ok());
    qint64 buckets[AgeingBucketCount] = {};
    for (const AgeingRow &a : ageing(*rows, today))
        for (int i = 0; i < AgeingBucketCount; ++i)
            buckets[i] += a.buckets[i];
    int overdueBuckets = 0;
    for (int i = 1; i < AgeingBucketCount; ++i)
        overdueBuckets += buckets[i] > 0;
    CHECK(overdueBuckets >= 3);
    CHECK(buckets[int(AgeingBucket::Current)] > 0);
    int late = 0;
    for (const PaymentRow &r : std::as_const(*rows))
        if (const auto days = daysOverdue(r.timing, today); days && *days >= 45 && *days <= 120)
            ++late;
    CHECK(late > 20);

    // Invoices: issued ones for brands' receivables (paid or not), and voided ones kept with a note.
    CHECK(count(*ws, "SELECT count(*) FROM invoices WHERE status = 'issued'") > 100);
    CHECK(count(*ws, "SELECT count(*) FROM invoices WHERE status = 'void' AND notes LIKE '%replaced by INV/%'") == 2);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'receivable' AND paid_date IS NULL AND "
                     "invoice_id IS NOT NULL") > 50);
    CHECK(count(*ws, "SELECT count(*) FROM payments WHERE direction = 'receivable' AND paid_date IS NULL AND "
                     "invoice_id IS NULL") > 50);
    CHECK(count(*ws, "SELECT count(*) FROM invoices i WHERE i.subtotal_minor <> (SELECT sum(amount_minor) FROM "
                     "invoice_lines l WHERE l.invoice_id = i.id) OR i.due_date < i.issue_date") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM invoices WHERE currency = 'IDR' AND (pph23_rate_bp <> 200 OR pph23_minor "
                     "<> (subtotal_minor * 2 + 50) / 100)") == 0);
    CHECK(count(*ws, "SELECT count(*) FROM invoices WHERE status = 'issued' AND seller_npwp <> '0912345678017000'") ==
          0);
    // Numbers grow with the issue dates.
    CHECK(count(*ws, "SELECT count(*) FROM invoices a JOIN invoices b ON a.year = b.year AND a.sequence < b.sequence "
                     "WHERE a.issue_date > b.issue_date") == 0);
    // A voided invoice's receivables are on the one that replaced it.
    CHECK(count(*ws,
                "SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id JOIN payments p ON "
                "p.id = l.payment_id WHERE i.status = 'void' AND (p.invoice_id IS NULL OR p.invoice_id = i.id)") == 0);

    // An invoice the demo wrote is the one Invoices would write: void it, create it again.
    {
        auto latest =
            sql::scalar(db, QStringLiteral("SELECT max(id) FROM invoices WHERE status = 'issued' AND id IN "
                                           "(SELECT invoice_id FROM invoice_lines GROUP BY invoice_id "
                                           "HAVING count(*) > 2) AND id NOT IN (SELECT invoice_id FROM "
                                           "payments WHERE invoice_id IS NOT NULL AND paid_date IS NOT NULL)"));
        REQUIRE(latest.ok());
        REQUIRE_FALSE(latest->isNull());
        auto original = readInvoice(db, latest->toLongLong());
        REQUIRE(original.ok());
        Invoices invoices(*ws);
        Transaction tx(*ws);
        REQUIRE(bool(tx));
        REQUIRE(invoices.voidInvoice(tx, original->id, original->issued).ok());
        InvoiceRequest request;
        request.brand = original->brand;
        request.campaign = original->lines.first().campaign;
        request.currency = original->currency;
        request.issued = original->issued;
        request.due = original->due;
        for (const InvoiceLine &l : original->lines)
            request.paymentIds << l.paymentId;
        auto again = invoices.create(tx, request);
        REQUIRE(again.ok());
        auto copy = readInvoice(db, again.value());
        REQUIRE(copy.ok());
        CHECK(copy->subtotal == original->subtotal);
        CHECK(copy->pph23 == original->pph23);
        CHECK(copy->vat == original->vat);
        CHECK(copy->sellerName == original->sellerName);
        CHECK(copy->sellerBank == original->sellerBank);
        REQUIRE(copy->lines.size() == original->lines.size());
        for (qsizetype i = 0; i < copy->lines.size(); ++i) {
            CHECK(copy->lines.at(i).paymentId == original->lines.at(i).paymentId);
            CHECK(copy->lines.at(i).creator == original->lines.at(i).creator);
            CHECK(copy->lines.at(i).deliverables == original->lines.at(i).deliverables);
            CHECK(copy->lines.at(i).amount == original->lines.at(i).amount);
        }
        tx.rollback();
    }
    redraftChangesNothing(*ws, 40);
}
