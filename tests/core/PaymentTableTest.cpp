#include "PaymentChecks.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "money/PaymentTable.h"
#include "storage/Sql.h"

using namespace cd;
using cd::test::idsOf;
using cd::test::TempDir;

namespace {

PaymentRow payment(qint64 id, qint64 campaignId, const QString &campaign, const QString &currency, qint64 creatorId,
                   const QString &creator)
{
    PaymentRow r;
    r.id = id;
    r.participantId = id * 10;
    r.campaignId = campaignId;
    r.campaign = campaign;
    r.currency = currency;
    r.brandId = campaignId + 100;
    r.brand = QStringLiteral("Brand of %1").arg(campaign);
    r.creatorId = creatorId;
    r.creator = creator;
    r.amount = 1'000'000 * id;
    return r;
}

std::unique_ptr<Workspace> smallDemo(const TempDir &dir)
{
    auto ws = test::createWorkspace(dir.path(QStringLiteral("demo.collabdesk")));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Small;
    REQUIRE(generateDemo(*ws, options).ok());
    return ws;
}

} // namespace

TEST_CASE("a payment table gives back every member of the rows it was made from", "[payments]")
{
    PaymentRow fee = payment(1, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 3, QStringLiteral("budi"));
    fee.kind = PaymentKind::Fee;
    fee.direction = PaymentDirection::Receivable;
    fee.origin = PaymentOrigin::Drafted;
    fee.timing.due = QDate(2026, 6, 10);
    fee.timing.paid = QDate(2026, 6, 12);
    fee.method = QStringLiteral("transfer");
    fee.reference = QStringLiteral("TRF-0001 · ünïcödé");
    fee.invoiceId = 44;
    fee.invoiceNumber = QStringLiteral("INV/2026/0044");
    fee.withheld = 20'000;
    fee.payee = {TaxProfile::Company, true};
    PaymentRow share =
        payment(2, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 9, QStringLiteral("Adi Nugroho"));
    share.kind = PaymentKind::Deposit;
    share.origin = PaymentOrigin::Imported;
    share.receivableId = 1;
    share.timing.hasReceivable = true;
    share.timing.receivablePaid = QDate(2026, 6, 12);
    share.method = QStringLiteral("transfer");
    share.notes = QStringLiteral("a note\nover two lines");
    PaymentRow other = payment(3, 8, QStringLiteral("Launch"), QStringLiteral("USD"), 4, QStringLiteral("Citra"));
    other.kind = PaymentKind::Reimbursement;
    other.method = QStringLiteral("cash");
    const QList<PaymentRow> rows{fee, share, other};

    const PaymentTable table = PaymentTable::fromRows(rows);
    REQUIRE(table.size() == 3);
    for (qsizetype i = 0; i < rows.size(); ++i)
        test::checkSamePayment(table.row(i), rows.at(i));
    CHECK(table.rows().size() == 3);
    // Names and currencies are held once, whatever the number of rows naming them.
    CHECK(table.campaigns().size() == 2);
    CHECK(table.brands().size() == 2);
    CHECK(table.creators().size() == 3);
    CHECK(table.currency(table.at(2)) == QStringLiteral("USD"));
    CHECK(table.party(table.at(0)) == QStringLiteral("Brand of Ramadan Glow")); // a receivable's party: the brand
    CHECK(table.party(table.at(1)) == QStringLiteral("Adi Nugroho"));
    CHECK(table.at(1).state(QDate(2026, 6, 11)) == PaymentState::AwaitingBrand);
    CHECK(table.indexOf(2) == 1);
    CHECK(table.indexOf(99) == -1);
    // Each name once, sorted ignoring case.
    CHECK(table.namesUsed(PaymentTable::Names::Creator) ==
          QStringList{QStringLiteral("Adi Nugroho"), QStringLiteral("budi"), QStringLiteral("Citra")});
    CHECK(table.namesUsed(PaymentTable::Names::Campaign) ==
          QStringList{QStringLiteral("Launch"), QStringLiteral("Ramadan Glow")});
    // What keeps 127,328 payments small: an entry is a fixed 96 bytes.
    CHECK(sizeof(PaymentTable::Entry) == 96);
}

TEST_CASE("the names a table offers come once each sorted ignoring case in whatever order it holds them", "[payments]")
{
    // Out of order, as names added after a read are: zed, Ana, bob, ana (a second creator named
    // "bob" is one choice; "Ana" and "ana" are two, in the order the table holds them).
    const QString creators[] = {QStringLiteral("zed"), QStringLiteral("Ana"), QStringLiteral("bob"),
                                QStringLiteral("ana"), QStringLiteral("bob")};
    QList<PaymentRow> rows;
    for (int i = 0; i < 5; ++i)
        rows << payment(i + 1, 7, QStringLiteral("Launch"), QStringLiteral("IDR"), 10 + i, creators[i]);
    const PaymentTable table = PaymentTable::fromRows(rows);
    CHECK(table.namesUsed(PaymentTable::Names::Creator) ==
          QStringList{QStringLiteral("Ana"), QStringLiteral("ana"), QStringLiteral("bob"), QStringLiteral("zed")});
    // In order already (as a read leaves them), with names no payment uses left out.
    PaymentTable inOrder;
    inOrder.addCampaign(1, QStringLiteral("Launch"), QStringLiteral("IDR"), 1);
    for (const QString &name :
         {QStringLiteral("Ana"), QStringLiteral("bob"), QStringLiteral("Cici"), QStringLiteral("dodi")})
        inOrder.addCreator(inOrder.creators().size() + 1, name, {});
    for (const qint32 creator : {0, 1, 3}) {
        PaymentTable::Entry e;
        e.id = creator + 1;
        e.creator = creator;
        inOrder.appendEntry(e);
    }
    CHECK(inOrder.namesUsed(PaymentTable::Names::Creator) ==
          QStringList{QStringLiteral("Ana"), QStringLiteral("bob"), QStringLiteral("dodi")});
    CHECK(inOrder.namesUsed(PaymentTable::Names::Campaign) == QStringList{QStringLiteral("Launch")});
}

TEST_CASE("a table finds a payment's place by id in any order and after removals and sorts", "[payments]")
{
    PaymentTable table = PaymentTable::fromRows(
        {payment(5, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 3, QStringLiteral("Budi")),
         payment(2, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 4, QStringLiteral("Citra")),
         payment(9, 8, QStringLiteral("Launch"), QStringLiteral("USD"), 3, QStringLiteral("Budi"))});
    CHECK(table.indexOf(5) == 0);
    CHECK(table.indexOf(2) == 1);
    CHECK(table.indexOf(9) == 2);
    for (const qint64 absent : {1, 3, 10}) // before the first id, between two, after the last
        CHECK(table.indexOf(absent) == -1);
    table.remove(0);
    CHECK(table.indexOf(5) == -1);
    CHECK(table.indexOf(2) == 0);
    CHECK(table.indexOf(9) == 1);
    table.sort([](const PaymentTable::Entry &a, const PaymentTable::Entry &b) { return a.id > b.id; });
    CHECK(table.indexOf(9) == 0);
    CHECK(table.indexOf(2) == 1);
    PaymentRow renumbered = table.row(0);
    renumbered.id = 4;
    table.replace(0, renumbered);
    CHECK(table.indexOf(9) == -1);
    CHECK(table.indexOf(4) == 0);
}

TEST_CASE("a table's id index made once follows the payments added and removed", "[payments]")
{
    PaymentTable table;
    for (const qint64 id : {50, 20, 90, 70})
        table.append(payment(id, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 3, QStringLiteral("Budi")));
    table.makeIndex();
    const auto places = [&table](const QList<qint64> &ids) {
        QList<qsizetype> found;
        for (const qint64 id : ids)
            found << table.indexOf(id);
        return found;
    };
    CHECK(places({20, 50, 70, 90}) == QList<qsizetype>{1, 0, 3, 2});
    // Added: ids before, between and after those there, at the end of the table.
    for (const qint64 id : {10, 60, 99})
        table.append(payment(id, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 4, QStringLiteral("Citra")));
    CHECK(places({10, 20, 50, 60, 70, 90, 99}) == QList<qsizetype>{4, 1, 0, 5, 3, 2, 6});
    // Removed: the place after it moves up, the one before stays.
    table.remove(2); // 90
    CHECK(places({10, 20, 50, 60, 70, 90, 99}) == QList<qsizetype>{3, 1, 0, 4, 2, -1, 5});
    table.remove(0);                // 50, the first place
    table.remove(table.size() - 1); // 99, the last
    CHECK(places({10, 20, 50, 60, 70, 99}) == QList<qsizetype>{2, 0, -1, 3, 1, -1});
    for (qsizetype i = 0; i < table.size(); ++i)
        CHECK(table.indexOf(table.at(i).id) == i);
}

TEST_CASE("replacing a payment in a table changes its generation and the names it shares", "[payments]")
{
    PaymentTable table = PaymentTable::fromRows(
        {payment(1, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 3, QStringLiteral("Budi")),
         payment(2, 7, QStringLiteral("Ramadan Glow"), QStringLiteral("IDR"), 4, QStringLiteral("Citra"))});
    const quint64 before = table.generation();
    const PaymentTable copy = table;
    PaymentRow renamed = table.row(1);
    renamed.campaign = QStringLiteral("Ramadan Glow 2027");
    renamed.reference = QStringLiteral("TRF-9");
    renamed.timing.paid = QDate(2026, 7, 1);
    table.replace(1, renamed);
    CHECK(table.generation() != before);
    CHECK(copy.generation() == before);
    test::checkSamePayment(table.row(1), renamed);
    // The other payment of the campaign shows its newer name too; the copy kept the old one.
    CHECK(table.row(0).campaign == QStringLiteral("Ramadan Glow 2027"));
    CHECK(copy.row(0).campaign == QStringLiteral("Ramadan Glow"));
    CHECK(copy.row(1).reference.isEmpty());
    // Adding a payment leaves what was worked out from the names as it was.
    const quint64 afterReplace = table.generation();
    PaymentTable::Entry added = table.at(0);
    added.id = 3;
    table.appendEntry(added);
    CHECK(table.generation() == afterReplace);
    CHECK(table.indexOf(3) == 2);
}

TEST_CASE("the ledger read for a participant campaign creator brand or direction is the whole ledger's rows of it",
          "[payments]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = smallDemo(dir);
    QSqlDatabase db = ws->db();
    const MoneySettings settings = MoneySettings::read(db);
    auto all = readPayments(db, settings);
    REQUIRE(all.ok());
    REQUIRE(all->size() > 20);
    // The table the Payments page holds has the same rows in the same order.
    auto table = readPaymentTable(db, settings);
    REQUIRE(table.ok());
    REQUIRE(table->size() == all->size());
    for (qsizetype i = 0; i < all->size(); ++i)
        test::checkSamePayment(table->row(i), all->at(i));
    const auto check = [&](const PaymentFilter &f, auto matches) {
        QList<PaymentRow> byHand;
        for (const PaymentRow &r : std::as_const(*all))
            if (matches(r))
                byHand << r;
        auto read = readPayments(db, settings, f);
        REQUIRE(read.ok());
        CHECK_FALSE(byHand.isEmpty());
        CHECK(idsOf(*read) == idsOf(byHand));
    };
    // The participant, campaign, creator and brand of three payments from across the ledger.
    const std::pair<qint64 PaymentFilter::*, qint64 PaymentRow::*> byId[] = {
        {&PaymentFilter::participantId, &PaymentRow::participantId},
        {&PaymentFilter::campaignId, &PaymentRow::campaignId},
        {&PaymentFilter::creatorId, &PaymentRow::creatorId},
        {&PaymentFilter::brandId, &PaymentRow::brandId}};
    for (const auto &[filterId, rowId] : byId)
        for (qsizetype i = 0; i < all->size(); i += all->size() / 3) {
            PaymentFilter f;
            f.*filterId = all->at(i).*rowId;
            check(f, [&, rowId = rowId](const PaymentRow &r) { return r.*rowId == f.*filterId; });
        }
    PaymentFilter payables;
    payables.direction = PaymentDirection::Payable;
    check(payables, [](const PaymentRow &r) { return r.direction == PaymentDirection::Payable; });
    // Both at once.
    PaymentFilter both;
    both.brandId = all->first().brandId;
    both.creatorId = all->first().creatorId;
    check(both, [&](const PaymentRow &r) { return r.brandId == both.brandId && r.creatorId == both.creatorId; });
}

TEST_CASE("the whole ledger read half on a second connection is row for row the ledger read by direction", "[payments]")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = smallDemo(dir);
    QSqlDatabase db = ws->db();
    // A paid receivable, read last, and the first open payable (read on the first connection)
    // drafted for it.
    REQUIRE(
        sql::run(db, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, amount_minor, due_date, "
                                    "paid_date, created_at, updated_at) SELECT participant_id, 'fee', 'receivable', "
                                    "amount_minor * 2, due_date, '2026-11-02', created_at, updated_at FROM payments "
                                    "WHERE id = (SELECT min(id) FROM payments WHERE paid_date IS NULL)"))
            .ok());
    REQUIRE(sql::run(db, QStringLiteral("UPDATE payments SET receivable_id = (SELECT max(id) FROM payments) WHERE id = "
                                        "(SELECT min(id) FROM payments WHERE paid_date IS NULL)"))
                .ok());
    // The last payment (read on the second connection) with texts of its own.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE payments SET reference = 'TRF-77', notes = 'second half', method = "
                                        "'giro' WHERE id = (SELECT max(id) FROM payments)"))
                .ok());
    const MoneySettings settings = MoneySettings::read(db);
    auto split = readPaymentTable(db, settings, {}, ws->readerOpener());
    auto one = readPaymentTable(db, settings);
    REQUIRE(split.ok());
    REQUIRE(one.ok());
    // Read by direction, the rows are read on one connection with every name known first.
    QHash<qint64, PaymentRow> byId;
    for (const PaymentDirection direction : {PaymentDirection::Payable, PaymentDirection::Receivable}) {
        PaymentFilter f;
        f.direction = direction;
        auto rows = readPayments(db, settings, f);
        REQUIRE(rows.ok());
        for (const PaymentRow &r : std::as_const(*rows))
            byId.insert(r.id, r);
    }
    REQUIRE(split->size() == byId.size());
    REQUIRE(one->size() == byId.size());
    const qint64 first = sql::scalar(db, QStringLiteral("SELECT min(id) FROM payments")).value().toLongLong();
    const qint64 middle =
        first + (sql::scalar(db, QStringLiteral("SELECT max(id) FROM payments")).value().toLongLong() - first) / 2;
    int crossing = 0, estimatedPast = 0;
    for (qsizetype i = 0; i < split->size(); ++i) {
        const PaymentRow row = split->row(i);
        REQUIRE(byId.contains(row.id));
        test::checkSamePayment(row, byId.value(row.id));
        test::checkSamePayment(one->row(i), row);
        // Payables whose receivable the other connection read, paid or not; withholding estimated
        // for open rows past the middle.
        if (row.receivableId && (row.id <= middle) != (row.receivableId <= middle) &&
            row.timing.receivablePaid.isValid())
            ++crossing;
        if (row.id > middle && !row.timing.paid.isValid() && row.withheld > 0)
            ++estimatedPast;
    }
    CHECK(crossing > 0);
    CHECK(estimatedPast > 0);
    const qsizetype last =
        split->indexOf(sql::scalar(db, QStringLiteral("SELECT max(id) FROM payments")).value().toLongLong());
    REQUIRE(last >= 0);
    CHECK(split->row(last).reference == QStringLiteral("TRF-77"));
    CHECK(split->row(last).notes == QStringLiteral("second half"));
    CHECK(split->row(last).method == QStringLiteral("giro"));
}
