#include "MoneyDesk.h"
#include "PaymentChecks.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "money/Invoices.h"
#include "money/MoneyJson.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "records/RecordImage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tuple>

using namespace cd;
using cd::test::idr;
using cd::test::MoneyDesk;
using cd::test::TempDir;

TEST_CASE("drafts the deposit and the fee balance from the terms, and drafting twice changes nothing")
{
    MoneyDesk m;
    DraftReport first = m.draft();
    CHECK(first.added == 2);
    auto rows = m.rows();
    REQUIRE(rows.size() == 2);
    const PaymentRow &deposit = m.find(rows, PaymentKind::Deposit);
    CHECK(deposit.amount == 2'000'000);
    CHECK(deposit.timing.due == QDate(2026, 6, 1)); // no contract: the campaign's start
    CHECK(deposit.direction == PaymentDirection::Payable);
    CHECK(deposit.origin == PaymentOrigin::Drafted);
    const PaymentRow &fee = m.find(rows, PaymentKind::Fee);
    CHECK(fee.amount == 10'000'000);
    CHECK(fee.timing.due == QDate(2026, 7, 30)); // end + 30 days
    // PPh 21 on a person with NPWP: 5% of half of 10,000,000.
    CHECK(fee.withheld == 250'000);
    CHECK(fee.net() == 9'750'000);

    DraftReport again = m.draft();
    CHECK(again.changes() == 0);
    CHECK(again.unchanged == 2);
    CHECK(m.rows().size() == 2);

    SECTION("the contract's signed date and payment terms move the dates")
    {
        test::exec(*m.ws, QStringLiteral("INSERT INTO contracts (participant_id, status, signed_date, created_at, "
                                         "updated_at) VALUES (%1, 'signed', '2026-05-20', 'x', 'x')")
                              .arg(m.participant));
        test::exec(*m.ws, QStringLiteral("INSERT INTO contract_versions (contract_id, version, payment_terms_days, "
                                         "created_at) VALUES (1, 1, 14, 'x')"));
        CHECK(m.draft().updated == 2);
        rows = m.rows();
        CHECK(m.find(rows, PaymentKind::Deposit).timing.due == QDate(2026, 5, 20));
        CHECK(m.find(rows, PaymentKind::Fee).timing.due == QDate(2026, 7, 14));
    }
    SECTION("a smaller fee shrinks the drafted row; no fee removes it")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET fee_minor = 5000000"));
        CHECK(m.draft().updated == 1);
        CHECK(m.find(m.rows(), PaymentKind::Fee).amount == 3'000'000);
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET fee_minor = 2000000"));
        CHECK(m.draft().removed == 1);
        CHECK(m.rows().size() == 1);
    }
    SECTION("a creator who declined gets nothing drafted")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET status = 'declined'"));
        DraftReport skipped = m.draft();
        CHECK(skipped.changes() == 0);
        REQUIRE(skipped.skipped.size() == 1);
        CHECK(skipped.skipped.first().contains(QStringLiteral("declined")));
    }
}

TEST_CASE("drafting after a manual payment drafts only the rest, and never changes paid rows")
{
    MoneyDesk m;
    {
        Transaction tx(*m.ws);
        PaymentInput in;
        in.participantId = m.participant;
        in.kind = PaymentKind::Fee;
        in.amount = idr(4'000'000);
        in.due = QDate(2026, 6, 15);
        REQUIRE(m.payments.add(tx, in).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(m.draft().added == 2);
    auto rows = m.rows();
    REQUIRE(rows.size() == 3);
    qint64 drafted = 0;
    for (const PaymentRow &r : rows)
        if (r.kind == PaymentKind::Fee && r.origin == PaymentOrigin::Drafted)
            drafted = r.amount;
    CHECK(drafted == 6'000'000);

    // Pay the deposit, then raise it in the terms: the paid row stays, the difference is drafted.
    m.pay(m.find(rows, PaymentKind::Deposit).id, QDate(2026, 5, 25));
    test::exec(*m.ws, QStringLiteral("UPDATE participants SET deposit_minor = 3000000"));
    DraftReport r = m.draft();
    CHECK(r.added == 1);
    rows = m.rows();
    CHECK(m.find(rows, PaymentKind::Deposit, true).amount == 2'000'000);
    CHECK(m.find(rows, PaymentKind::Deposit, false).amount == 1'000'000);
    // ... and the fee balance shrank by the same million.
    qint64 fees = 0;
    for (const PaymentRow &row : rows)
        if (row.kind == PaymentKind::Fee)
            fees += row.amount;
    CHECK(fees == 9'000'000);
}

TEST_CASE("a partial payment splits the row into the paid part and the open rest")
{
    MoneyDesk m;
    m.draft();
    const qint64 feeId = m.find(m.rows(), PaymentKind::Fee).id;
    const qint64 restId = m.pay(feeId, QDate(2026, 8, 3), 4'000'000);
    CHECK(restId != 0);
    auto rows = m.rows();
    REQUIRE(rows.size() == 3);
    const PaymentRow &paid = m.find(rows, PaymentKind::Fee, true);
    CHECK(paid.id == feeId);
    CHECK(paid.amount == 4'000'000);
    CHECK(paid.timing.paid == QDate(2026, 8, 3));
    CHECK(paid.withheld == 100'000); // PPh 21 fixed on the paid part: 5% of 2,000,000
    const PaymentRow &open = m.find(rows, PaymentKind::Fee, false);
    CHECK(open.id == restId);
    CHECK(open.amount == 6'000'000);
    CHECK(open.timing.due == QDate(2026, 7, 30));
    CHECK(open.state(QDate(2026, 11, 30)) == PaymentState::Overdue);

    // Drafting again sees the paid part and leaves the rest as it is.
    CHECK(m.draft().changes() == 0);

    Transaction tx(*m.ws);
    PayInput tooMuch;
    tooMuch.date = QDate(2026, 8, 4);
    tooMuch.amount = idr(6'000'001);
    auto refused = m.payments.pay(tx, restId, tooMuch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Rp6.000.000")));
    auto twice = m.payments.pay(tx, feeId, tooMuch);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("already paid")));
}

TEST_CASE("an agency drafts receivables from the brand with the creator's share as payables")
{
    MoneyDesk m(true);
    CHECK(m.draft().added == 4);
    auto receivables = m.rows(PaymentDirection::Receivable);
    auto payables = m.rows(PaymentDirection::Payable);
    REQUIRE(receivables.size() == 2);
    REQUIRE(payables.size() == 2);
    const PaymentRow &fee = m.find(receivables, PaymentKind::Fee);
    CHECK(fee.amount == 10'000'000);
    CHECK(fee.withheld == 200'000); // the brand withholds PPh 23 at 2% by the agency's NPWP
    const PaymentRow &share = m.find(payables, PaymentKind::Fee);
    CHECK(share.amount == 8'000'000); // 20% agency fee
    CHECK(share.receivableId == fee.id);
    CHECK_FALSE(share.timing.due.isValid());
    CHECK(share.state(QDate(2026, 11, 30)) == PaymentState::AwaitingBrand);
    CHECK(m.draft().changes() == 0);

    SECTION("the participant's agency rate wins over the creator's and the setting")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE creators SET agency_rate_bp = 1000"));
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET agency_rate_bp = 1500, fee_minor = 13000000"));
        m.draft();
        CHECK(m.find(m.rows(PaymentDirection::Payable), PaymentKind::Fee).amount == 9'350'000); // 11M less 15%
    }
    SECTION("paying the receivable in part splits the payable in proportion and dates its paid part")
    {
        m.pay(fee.id, QDate(2026, 8, 1), 4'000'000);
        payables = m.rows(PaymentDirection::Payable);
        REQUIRE(payables.size() == 3);
        qint64 dated = 0, waiting = 0;
        for (const PaymentRow &p : payables) {
            if (p.kind != PaymentKind::Fee)
                continue;
            if (p.timing.due == QDate(2026, 8, 8)) // paid by the brand + 7 payout days
                dated = p.amount;
            else if (!p.timing.due.isValid())
                waiting = p.amount;
        }
        CHECK(dated == 3'200'000);
        CHECK(waiting == 4'800'000);
        const auto receivablesNow = m.rows(PaymentDirection::Receivable);
        CHECK(m.find(receivablesNow, PaymentKind::Fee, true).withheld == 80'000);
    }
    SECTION("a split that does not divide evenly leaves the remainder on the open part")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE payments SET amount_minor = 1000 WHERE id = %1").arg(fee.id));
        test::exec(*m.ws, QStringLiteral("UPDATE payments SET amount_minor = 800 WHERE id = %1").arg(share.id));
        m.pay(fee.id, QDate(2026, 8, 1), 333);
        qint64 sum = 0, datedPart = 0;
        for (const PaymentRow &p : m.rows(PaymentDirection::Payable))
            if (p.kind == PaymentKind::Fee) {
                sum += p.amount;
                if (p.timing.due.isValid())
                    datedPart = p.amount;
            }
        CHECK(datedPart == 266); // 800 x 333 / 1000 = 266.4
        CHECK(sum == 800);
    }
    SECTION("paying the whole receivable dates the creator's payable")
    {
        m.pay(fee.id, QDate(2026, 9, 10));
        const PaymentRow dated =
            m.find(m.rows(PaymentDirection::Payable), PaymentKind::Fee); // the rows are a temporary
        CHECK(dated.timing.due == QDate(2026, 9, 17));
        CHECK(dated.state(QDate(2026, 9, 17)) == PaymentState::Due);
        CHECK(dated.state(QDate(2026, 9, 18)) == PaymentState::Overdue);
        CHECK(dated.withheld == 200'000); // PPh 21 on the creator's Rp8,000,000
    }
}

TEST_CASE("drafting again leaves the creator their share of each receivable once")
{
    MoneyDesk m(true);
    m.draft(); // fee Rp10.000.000 billed, Rp8.000.000 to Rina; deposit Rp2.000.000, Rp1.600.000 to her
    const qint64 feeReceivable = m.find(m.rows(PaymentDirection::Receivable), PaymentKind::Fee).id;
    const qint64 feeShare = m.find(m.rows(PaymentDirection::Payable), PaymentKind::Fee).id;
    const auto feeShares = [&m] {
        QList<qint64> amounts; // her fee payables' amounts, by id
        for (const PaymentRow &p : m.rows(PaymentDirection::Payable))
            if (p.kind == PaymentKind::Fee)
                amounts << p.amount;
        return amounts;
    };
    const auto depositShare = [&m] { return m.find(m.rows(PaymentDirection::Payable), PaymentKind::Deposit).amount; };

    SECTION("a creator paid their whole share before the brand paid part of it is owed nothing more")
    {
        m.pay(feeShare, QDate(2026, 7, 1));                 // the agency advances her Rp8.000.000
        m.pay(feeReceivable, QDate(2026, 8, 1), 4'000'000); // the brand pays Rp4.000.000 of Rp10.000.000
        // The receivable's open Rp6.000.000 has no payable of its own: her Rp8.000.000 covers it
        // (its share, Rp4.800.000, was drafted a second time before).
        CHECK(m.draft().changes() == 0);
        CHECK(feeShares() == QList<qint64>{8'000'000});
    }
    SECTION("a deleted open receivable takes its drafted share with it")
    {
        {
            Transaction tx(*m.ws);
            REQUIRE(m.payments.remove(tx, feeReceivable).ok());
            REQUIRE(tx.commit().ok());
        }
        CHECK(feeShares().isEmpty()); // it stayed before, as a plain payable due to her
        const DraftReport again = m.draft();
        CHECK(again.added == 2); // the receivable and her share, once
        CHECK(feeShares() == QList<qint64>{8'000'000});
    }
    SECTION("a rate changed since drafting moves her drafted shares")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET agency_rate_bp = 1000"));
        const DraftReport again = m.draft();
        CHECK(again.updated == 2); // the receivables stand; only her shares move
        CHECK(feeShares() == QList<qint64>{9'000'000});
        CHECK(depositShare() == 1'800'000);
        CHECK(m.draft().changes() == 0);
    }
    SECTION("a receivable changed by hand moves her drafted share with it")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE payments SET amount_minor = 12500000, origin = 'manual' WHERE id = %1")
                              .arg(feeReceivable));
        m.draft();
        CHECK(feeShares() == QList<qint64>{10'000'000}); // Rp12.500.000 less 20%
    }
    SECTION("a share paid in part keeps its paid part and the drafted rest follows the rate")
    {
        m.pay(feeReceivable, QDate(2026, 8, 1));
        m.pay(feeShare, QDate(2026, 8, 5), 3'000'000);
        CHECK(feeShares() == QList<qint64>{3'000'000, 5'000'000});
        CHECK(m.draft().changes() == 0);
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET agency_rate_bp = 1000"));
        m.draft();
        CHECK(feeShares() == QList<qint64>{3'000'000, 6'000'000}); // Rp9.000.000 less the Rp3.000.000 paid
    }
    SECTION("a share paid beyond the rate leaves nothing drafted")
    {
        m.pay(feeReceivable, QDate(2026, 8, 1));
        m.pay(feeShare, QDate(2026, 8, 5));
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET agency_rate_bp = 3000")); // Rp7.000.000 now
        CHECK(m.draft().changes() == 1); // only the deposit's drafted share follows
        CHECK(feeShares() == QList<qint64>{8'000'000});
        CHECK(depositShare() == 1'400'000);
    }
}

TEST_CASE("brands withhold PPh 23 at the doubled rate unless the agency's tax number is an NPWP")
{
    MoneyDesk m(true);
    m.draft();
    const auto feeWithheld = [&m] { return m.find(m.rows(PaymentDirection::Receivable), PaymentKind::Fee).withheld; };
    CHECK(feeWithheld() == 200'000); // 2% of Rp10.000.000 with the fixture's 16 digits
    for (const auto &[number, withheld] :
         {std::pair{"belum ada", 400'000}, std::pair{"12345", 400'000}, std::pair{"", 400'000},
          std::pair{"01.234.567.8-901.234", 200'000}, std::pair{"0123 4567 8901 2345", 200'000},
          std::pair{"NPWP 0012 3456 7890 1000", 200'000}, std::pair{"npwp: 01.234.567.8-901.234", 200'000},
          std::pair{"NPWP", 400'000}}) {
        INFO(number);
        REQUIRE(settings::setByName(*m.ws, *findSettingKey(u"company_npwp"), QString::fromLatin1(number)).ok());
        CHECK(feeWithheld() == withheld);
    }
}

TEST_CASE("reading only the rows that may be overdue on a day finds every overdue row of that day")
{
    MoneyDesk m(true);
    m.draft();
    const QList<PaymentRow> drafted = m.rows();
    // The deposit paid late (due 06-01, paid 08-01); the fee paid in part on 08-03, which dates that
    // part of the creator's share (due 08-10) and leaves the rest open and the rest of it waiting.
    m.pay(m.find(drafted, PaymentKind::Deposit).id, QDate(2026, 8, 1));
    m.pay(m.find(drafted, PaymentKind::Fee).id, QDate(2026, 8, 3), 4'000'000);
    const QList<PaymentRow> all = m.rows();
    QSqlDatabase db = m.ws->db();
    const auto ids = [](const QList<PaymentRow> &rows, const QDate &day, bool onlyOverdue) {
        QList<qint64> out;
        for (const PaymentRow &r : rows)
            if (!onlyOverdue || r.state(day) == PaymentState::Overdue)
                out << r.id;
        std::sort(out.begin(), out.end());
        return out;
    };
    QList<qsizetype> overdueCounts;
    for (const QDate &day : {QDate(2026, 6, 1), QDate(2026, 6, 2), QDate(2026, 8, 1), QDate(2026, 8, 2),
                             QDate(2026, 8, 11), QDate(2026, 11, 30)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        PaymentFilter f;
        f.overdueOn = day;
        auto some = readPayments(db, MoneySettings::read(db), f);
        REQUIRE(some.ok());
        // Every row it leaves out is not overdue that day; of those it reads, state() picks the same.
        CHECK(ids(some.value(), day, true) == ids(all, day, true));
        CHECK(some->size() <= all.size());
        // In the whole ledger's order, named as it names them (their names are joined, not all read).
        QStringList read, whole;
        const auto line = [](const PaymentRow &r) {
            return QStringLiteral("%1 %2/%3/%4 %5 %6 %7")
                .arg(r.id)
                .arg(r.campaign, r.brand, r.creator, r.currency)
                .arg(r.withheld)
                .arg(r.invoiceNumber);
        };
        for (const PaymentRow &r : some.value())
            read << line(r);
        for (const PaymentRow &r : all)
            if (std::ranges::any_of(some.value(), [&r](const PaymentRow &o) { return o.id == r.id; }))
                whole << line(r);
        CHECK(read == whole);
        overdueCounts << ids(all, day, true).size();
    }
    // By hand: nothing on 06-01 (the deposit is due that day); on 06-02 the deposit; on 08-01 and
    // 08-02 not the deposit (paid 08-01) but the fee (due 07-30): its part paid 08-03 and its open
    // rest; on 08-11 and later the open rest, the creator's deposit share (due 08-08, the brand's
    // 08-01 plus 7 days) and their dated fee share (due 08-10); the part paid 08-03 no longer.
    CHECK(overdueCounts == QList<qsizetype>{0, 1, 2, 2, 3, 3});
}

TEST_CASE("the first open payments by due date are the whole ledger's first open rows")
{
    MoneyDesk m(true);
    m.draft();
    const QList<PaymentRow> drafted = m.rows();
    m.pay(m.find(drafted, PaymentKind::Deposit).id, QDate(2026, 8, 1));
    m.pay(m.find(drafted, PaymentKind::Fee).id, QDate(2026, 8, 3), 4'000'000);
    const QList<PaymentRow> all = m.rows();
    QSqlDatabase db = m.ws->db();
    const MoneySettings settings = MoneySettings::read(db);
    for (const QDate &day : {QDate(2026, 6, 1), QDate(2026, 8, 2), QDate(2026, 11, 30)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        // By hand from the whole ledger: open that day, by due date with undated rows last, then id.
        QList<PaymentRow> open;
        for (const PaymentRow &r : all)
            if (r.state(day) != PaymentState::Paid)
                open << r;
        std::sort(open.begin(), open.end(), [](const PaymentRow &a, const PaymentRow &b) {
            return std::tuple(!a.timing.due.isValid(), a.timing.due, a.id) <
                   std::tuple(!b.timing.due.isValid(), b.timing.due, b.id);
        });
        REQUIRE(open.size() >= 3);
        for (int count : {1, 3, 100}) {
            auto first = readFirstOpenPayments(db, settings, day, count);
            REQUIRE(first.ok());
            REQUIRE(first->size() == std::min<qsizetype>(count, open.size()));
            for (qsizetype i = 0; i < first->size(); ++i)
                test::checkSamePayment(first->at(i), open.at(i)); // every member as the whole ledger's read has it
        }
    }
    // On 30 Nov the open rows end with the creator's undated share, awaiting the brand.
    auto late = readFirstOpenPayments(db, settings, QDate(2026, 11, 30), 100);
    REQUIRE(late.ok());
    CHECK_FALSE(late->last().timing.due.isValid());
    CHECK(late->last().state(QDate(2026, 11, 30)) == PaymentState::AwaitingBrand);
    CHECK(readFirstOpenPayments(db, settings, QDate(2026, 11, 30), 0)->isEmpty());

    // One payment read alone, its names joined: the same row, invoice number included.
    const qint64 invoiced = m.find(all, PaymentKind::Deposit, true).id;
    test::exec(*m.ws, QStringLiteral("INSERT INTO invoices (id, number, year, sequence, brand_id, currency, "
                                     "issue_date, due_date, subtotal_minor, created_at) SELECT 7, 'INV-2026-007', "
                                     "2026, 7, id, 'IDR', '2026-06-01', '2026-06-15', 2000000, 'x' FROM brands"));
    test::exec(*m.ws, QStringLiteral("UPDATE payments SET invoice_id = 7 WHERE id = %1").arg(invoiced));
    for (const PaymentRow &r : m.rows()) {
        auto one = readPayment(db, settings, r.id);
        REQUIRE(one.ok());
        test::checkSamePayment(one.value(), r);
    }
    auto deposit = readPayment(db, settings, invoiced);
    REQUIRE(deposit.ok());
    CHECK(deposit->invoiceNumber == QStringLiteral("INV-2026-007"));
    CHECK(deposit->brand == QStringLiteral("Teh Segar"));
    CHECK(deposit->creator == QStringLiteral("Rina Wijaya"));
    CHECK_FALSE(readPayment(db, settings, 999).ok());
}

TEST_CASE("ages open amounts per party and bucket, leaving out what awaits the brand")
{
    MoneyDesk m(true);
    m.draft();
    const QDate asOf(2026, 11, 30);
    auto rows = m.rows();
    auto aged = ageing(rows, asOf);
    REQUIRE(aged.size() == 1); // the creator's payables all await the brand
    CHECK(aged.first().direction == PaymentDirection::Receivable);
    CHECK(aged.first().party == QStringLiteral("Teh Segar"));
    // Deposit due 2026-06-01: 182 days; fee due 2026-07-30: 123 days.
    CHECK(aged.first().buckets[int(AgeingBucket::Over90)] == 12'000'000);
    CHECK(aged.first().total() == 12'000'000);

    const QJsonArray json = QJsonDocument::fromJson(paymentsJson(rows, asOf)).array();
    REQUIRE(json.size() == 4);
    const QJsonObject first = json.at(0).toObject();
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("overdue"));
    CHECK(first.value(QStringLiteral("bucket")).toString() == QStringLiteral("90+"));
    CHECK(first.value(QStringLiteral("amount")).toString() == QStringLiteral("2000000"));
    CHECK(first.value(QStringLiteral("invoice")).isNull());
    const QJsonObject awaiting = json.at(2).toObject();
    CHECK(awaiting.value(QStringLiteral("status")).toString() == QStringLiteral("awaiting_brand"));
    CHECK(awaiting.value(QStringLiteral("bucket")).isNull());
    CHECK(awaiting.value(QStringLiteral("days_overdue")).isNull());
}

TEST_CASE("refuses payments in the wrong currency, receivables in a brand workspace and deleting paid rows")
{
    MoneyDesk m;
    Transaction tx(*m.ws);
    PaymentInput in;
    in.participantId = m.participant;
    in.amount = Money(100, QStringLiteral("USD"));
    auto usd = m.payments.add(tx, in);
    REQUIRE_FALSE(usd.ok());
    CHECK(usd.error().contains(QStringLiteral("one currency")));
    in.amount = idr(0);
    CHECK_FALSE(m.payments.add(tx, in).ok());
    in.amount = idr(1'000);
    in.direction = PaymentDirection::Receivable;
    auto receivable = m.payments.add(tx, in);
    REQUIRE_FALSE(receivable.ok());
    CHECK(receivable.error().contains(QStringLiteral("agency")));
    in.direction = PaymentDirection::Payable;
    auto id = m.payments.add(tx, in);
    REQUIRE(id.ok());
    PayInput pay;
    pay.date = QDate(2026, 11, 1);
    REQUIRE(m.payments.pay(tx, id.value(), pay).ok());
    auto removed = m.payments.remove(tx, id.value());
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().contains(QStringLiteral("tax record")));
}

TEST_CASE("undo of a payment brings the participant's payments back exactly")
{
    MoneyDesk m;
    m.draft();
    QSqlDatabase db = m.ws->db();
    auto before = RecordImage::capture(db, RecordImage::Kind::Payments, m.participant);
    REQUIRE(before.ok());
    CHECK(before->rowCount(QStringLiteral("payments")) == 2);
    m.pay(m.find(m.rows(), PaymentKind::Fee).id, QDate(2026, 8, 3), 4'000'000);
    CHECK(m.rows().size() == 3);
    Transaction tx(*m.ws);
    REQUIRE(before->restore(tx).ok());
    REQUIRE(tx.commit().ok());
    auto after = RecordImage::capture(db, RecordImage::Kind::Payments, m.participant);
    REQUIRE(after.ok());
    CHECK(after.value() == before.value());
}

TEST_CASE("writes payments JSON that parses back, with awkward names escaped")
{
    PaymentRow r;
    r.id = 7;
    r.campaign = QStringLiteral("Kampanye \"Lebaran\"\n2026 \\ tahap\t1");
    r.brand = QStringLiteral("Teh Segar\u00e9 \U0001F375");
    r.creator = QString(QChar(0x01)) + QStringLiteral("Rina");
    r.currency = QStringLiteral("USD");
    r.amount = 125'050;
    r.timing.due = QDate(2026, 11, 1);
    const QByteArray text = paymentsJson({r, r}, QDate(2026, 11, 30));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isArray());
    REQUIRE(doc.array().size() == 2);
    const QJsonObject o = doc.array().at(1).toObject();
    CHECK(o.value(QStringLiteral("campaign")).toString() == r.campaign);
    CHECK(o.value(QStringLiteral("brand")).toString() == r.brand);
    CHECK(o.value(QStringLiteral("creator")).toString() == r.creator);
    CHECK(o.value(QStringLiteral("amount")).toString() == QStringLiteral("1250.50"));
    CHECK(o.value(QStringLiteral("days_overdue")).toInt() == 29);
    CHECK(o.value(QStringLiteral("paid_date")).isNull());
    CHECK(o.keys().size() == 17);
    CHECK(QJsonDocument::fromJson(paymentsJson({}, QDate(2026, 11, 30))).array().isEmpty());
}
