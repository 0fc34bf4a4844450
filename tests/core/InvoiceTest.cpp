#include "TestSupport.h"

#include "common/Clock.h"
#include "money/CreatorMoney.h"
#include "money/CreatorStatement.h"
#include "money/Invoices.h"
#include "money/PaymentLedger.h"
#include "money/PaymentService.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonObject>

using namespace cd;
using cd::test::idr;
using cd::test::TempDir;

namespace {

// An agency workspace: Teh Segar's "Ramadan Refresh" (IDR) with Rina (fee Rp12,500,000) and Budi
// (fee Rp7,000,000), both drafted.
struct Agency
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("agency.collabdesk")));
    Invoices invoices{*ws};
    qint64 campaign = 0;

    Agency()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        for (const auto &[key, value] :
             {std::pair{u"perspective", "agency"}, std::pair{u"company_npwp", "9876543210123456"},
              std::pair{u"company_name", "PT Bintang Talenta"}})
            REQUIRE(settings::setByName(*ws, *findSettingKey(key), QString::fromLatin1(value)).ok());
        REQUIRE(BrandService(*ws).add({QStringLiteral("Teh Segar"), {}, {}, {}, {}}).ok());
        for (const char *name : {"Rina Wijaya", "Budi Santoso"}) {
            CreatorInput c;
            c.name = QString::fromLatin1(name);
            REQUIRE(CreatorService(*ws).add(c).ok());
        }
        CampaignInput c;
        c.name = QStringLiteral("Ramadan Refresh");
        c.brand = QStringLiteral("Teh Segar");
        c.start = QDate(2026, 3, 1);
        c.end = QDate(2026, 3, 31);
        c.currency = QStringLiteral("IDR");
        auto id = CampaignService(*ws).add(c);
        REQUIRE(id.ok());
        campaign = id.value();
        for (const auto &[name, fee] : {std::pair{"Rina Wijaya", 12'500'000}, std::pair{"Budi Santoso", 7'000'000}}) {
            ParticipantInput p;
            p.campaign = c.name;
            p.creator = QString::fromLatin1(name);
            p.compensation.fee = idr(fee);
            REQUIRE(ParticipantService(*ws).add(p).ok());
        }
        Transaction tx(*ws);
        REQUIRE(PaymentService(*ws).draftCampaign(tx, campaign).ok());
        REQUIRE(tx.commit().ok());
    }
    ~Agency() { Clock::setFixed({}); }

    Result<qint64> create(QDate issued = QDate(2026, 4, 2))
    {
        Transaction tx(*ws);
        REQUIRE(tx);
        InvoiceRequest r;
        r.brand = QStringLiteral("teh segar");
        r.issued = issued;
        auto id = invoices.create(tx, r);
        if (id)
            REQUIRE(tx.commit().ok());
        return id;
    }
    void voidIt(qint64 id)
    {
        Transaction tx(*ws);
        REQUIRE(invoices.voidInvoice(tx, id, QDate(2026, 4, 5)).ok());
        REQUIRE(tx.commit().ok());
    }
    // Budi's payments in one direction, as they are now.
    QList<PaymentRow> budis(PaymentDirection direction)
    {
        QSqlDatabase db = ws->db();
        PaymentFilter f;
        f.direction = direction;
        QList<PaymentRow> out;
        const QList<PaymentRow> rows = readPayments(db, MoneySettings::read(db), f).value();
        for (const PaymentRow &r : rows)
            if (r.creator == QStringLiteral("Budi Santoso"))
                out << r;
        return out;
    }
    Invoice read(qint64 id)
    {
        QSqlDatabase db = ws->db();
        auto v = readInvoice(db, id);
        REQUIRE(v.ok());
        return v.value();
    }
};

} // namespace

TEST_CASE("invoices a brand's open receivables with PPh 23 and the total in words")
{
    Agency a;
    auto id = a.create();
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const Invoice inv = a.read(id.value());
    CHECK(inv.number == QStringLiteral("INV/2026/0001"));
    CHECK(inv.brand == QStringLiteral("Teh Segar"));
    REQUIRE(inv.lines.size() == 2);
    CHECK(inv.lines.at(0).creator == QStringLiteral("Budi Santoso"));
    CHECK(inv.subtotal == 19'500'000);
    CHECK(inv.vat == 0);
    CHECK(inv.total() == 19'500'000);
    CHECK(inv.pph23 == 390'000); // 2% of the subtotal, the agency has an NPWP
    CHECK(inv.netExpected() == 19'110'000);
    CHECK(inv.due == QDate(2026, 5, 2)); // issue + 30 days
    CHECK(inv.sellerName == QStringLiteral("PT Bintang Talenta"));

    QSqlDatabase db = a.ws->db();
    PaymentFilter receivables;
    receivables.direction = PaymentDirection::Receivable;
    const QList<PaymentRow> invoiced = readPayments(db, MoneySettings::read(db), receivables).value();
    for (const PaymentRow &r : invoiced)
        CHECK(r.invoiceNumber == QStringLiteral("INV/2026/0001"));

    SECTION("nothing left to invoice is said")
    {
        auto again = a.create();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("no open receivable")));
    }
    SECTION("numbers only grow: void keeps the number and frees the receivables")
    {
        a.voidIt(id.value());
        CHECK(a.read(id.value()).isVoid);
        auto second = a.create();
        REQUIRE(second.ok());
        CHECK(a.read(second.value()).number == QStringLiteral("INV/2026/0002"));
        // The first cannot be issued again: its receivables are on the second.
        Transaction tx(*a.ws);
        auto reissued = a.invoices.reissue(tx, id.value());
        REQUIRE_FALSE(reissued.ok());
        CHECK(reissued.error().contains(QStringLiteral("INV/2026/0001")));
    }
    SECTION("undoing Create (a void) and redoing it issues the same number again")
    {
        a.voidIt(id.value());
        {
            Transaction tx(*a.ws);
            REQUIRE(a.invoices.reissue(tx, id.value()).ok());
            REQUIRE(tx.commit().ok());
        }
        CHECK_FALSE(a.read(id.value()).isVoid);
        auto next = a.create(QDate(2027, 1, 5));
        REQUIRE_FALSE(next.ok()); // everything is invoiced again
    }
    SECTION("a new year counts from one")
    {
        a.voidIt(id.value());
        auto next = a.create(QDate(2027, 1, 5));
        REQUIRE(next.ok());
        CHECK(a.read(next.value()).number == QStringLiteral("INV/2027/0001"));
    }
    SECTION("a campaign with invoiced receivables cannot be deleted")
    {
        Transaction tx(*a.ws);
        auto removed = CampaignService(*a.ws).remove(tx, a.campaign);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().contains(QStringLiteral("INV/2026/0001")));
        tx.rollback();
        a.voidIt(id.value());
        Transaction again(*a.ws);
        CHECK(CampaignService(*a.ws).remove(again, a.campaign).ok());
    }
    SECTION("an invoiced receivable keeps its amount until the invoice is voided")
    {
        Transaction tx(*a.ws);
        const qint64 paymentId = inv.lines.at(0).paymentId;
        PaymentInput changed;
        changed.direction = PaymentDirection::Receivable;
        changed.amount = idr(1);
        changed.participantId = 1;
        auto refused = PaymentService(*a.ws).update(tx, paymentId, changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("void the invoice")));
        CHECK_FALSE(PaymentService(*a.ws).remove(tx, paymentId).ok());
    }
}

TEST_CASE("an invoice is overdue while a receivable on it is open past its due date and paid once all are")
{
    Agency a;
    auto id = a.create();
    REQUIRE(id.ok());
    Invoice inv = a.read(id.value());
    REQUIRE(inv.due == QDate(2026, 5, 2));
    CHECK(inv.openPayments == 2);                  // Rina's and Budi's fees
    CHECK_FALSE(inv.isOverdue(QDate(2026, 5, 2))); // due that day: not late yet
    CHECK(inv.isOverdue(QDate(2026, 5, 3)));
    CHECK_FALSE(inv.isPaid());
    PaymentService payments(*a.ws);
    // Budi's receivable paid in part: its open rest keeps the invoice open and late.
    {
        Transaction tx(*a.ws);
        PayInput part;
        part.date = QDate(2026, 5, 4);
        part.amount = idr(3'000'000);
        REQUIRE(payments.pay(tx, a.budis(PaymentDirection::Receivable).first().id, part).ok());
        REQUIRE(tx.commit().ok());
    }
    inv = a.read(id.value());
    CHECK(inv.openPayments == 2);
    CHECK(inv.isOverdue(QDate(2026, 5, 5)));
    // Every receivable on it paid: paid, never overdue.
    {
        Transaction tx(*a.ws);
        QSqlDatabase db = a.ws->db();
        PaymentFilter f;
        f.direction = PaymentDirection::Receivable;
        const QList<PaymentRow> receivables = readPayments(db, MoneySettings::read(db), f).value();
        for (const PaymentRow &r : receivables)
            if (!r.isPaid()) {
                PayInput all;
                all.date = QDate(2026, 5, 6);
                REQUIRE(payments.pay(tx, r.id, all).ok());
            }
        REQUIRE(tx.commit().ok());
    }
    inv = a.read(id.value());
    CHECK(inv.openPayments == 0);
    CHECK(inv.isPaid());
    CHECK_FALSE(inv.isOverdue(QDate(2026, 6, 1)));
}

TEST_CASE("adds VAT for a VAT-registered agency and doubles PPh 23 without the agency's NPWP")
{
    Agency a;
    REQUIRE(settings::setByName(*a.ws, *findSettingKey(u"vat_registered"), QStringLiteral("yes")).ok());
    REQUIRE(settings::setByName(*a.ws, *findSettingKey(u"company_npwp"), QString()).ok());
    auto id = a.create();
    REQUIRE(id.ok());
    const Invoice inv = a.read(id.value());
    CHECK(inv.vatRateBp == 1100);
    CHECK(inv.vat == 2'145'000);
    CHECK(inv.total() == 21'645'000);
    CHECK(inv.pph23RateBp == 400);
    CHECK(inv.pph23 == 780'000);
}

TEST_CASE("refuses invoices in a brand workspace and patterns without a running number")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("brand.collabdesk")));
    Transaction tx(*ws);
    InvoiceRequest r;
    r.brand = QStringLiteral("Teh Segar");
    auto refused = Invoices(*ws).create(tx, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("agency")));
    tx.rollback();
    auto bad = settings::setByName(*ws, *findSettingKey(u"invoice_pattern"), QStringLiteral("INV-{YYYY}"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("{NNNN}")));
    CHECK(Invoices::numberFor(QStringLiteral("{YY}{MM}-{NNNN}"), QDate(2026, 4, 2), 12) == QStringLiteral("2604-0012"));
}

TEST_CASE("an invoice withholds PPh 23 on the work and not on reimbursements as its rows do")
{
    Agency a;
    // Rina's travel, Rp1.000.000 to pass on to the brand: no withholding on it (domain.md).
    QSqlDatabase db = a.ws->db();
    const qint64 rina = sql::scalar(db, QStringLiteral("SELECT id FROM participants WHERE creator_id = "
                                                       "(SELECT id FROM creators WHERE name = 'Rina Wijaya')"))
                            ->toLongLong();
    test::exec(*a.ws, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, amount_minor, due_date, "
                                     "created_at, updated_at) VALUES (%1, 'reimbursement', 'receivable', 1000000, "
                                     "'2026-04-30', 'x', 'x')")
                          .arg(rina));
    auto id = a.create();
    REQUIRE(id.ok());
    const Invoice inv = a.read(id.value());
    REQUIRE(inv.lines.size() == 3);
    CHECK(inv.subtotal == 20'500'000);
    CHECK(inv.pph23 == 390'000); // 2% of the Rp19.500.000 of work (it was 2% of Rp20.500.000)
    CHECK(inv.netExpected() == 20'110'000);
    // The same as the receivables' own withholding: the invoice's net is what the ledger expects.
    PaymentFilter receivables;
    receivables.direction = PaymentDirection::Receivable;
    qint64 withheld = 0;
    const QList<PaymentRow> rows = readPayments(db, MoneySettings::read(db), receivables).value();
    for (const PaymentRow &r : rows)
        withheld += r.withheld;
    CHECK(withheld == inv.pph23);
}

TEST_CASE("a creator statement shows gross, agency fee, share, tax, paid and owed for a period")
{
    Agency a;
    QSqlDatabase db = a.ws->db();
    PaymentFilter f;
    f.direction = PaymentDirection::Receivable;
    qint64 rinaReceivable = 0;
    const QList<PaymentRow> receivables = readPayments(db, MoneySettings::read(db), f).value();
    for (const PaymentRow &r : receivables)
        if (r.creator == QStringLiteral("Rina Wijaya"))
            rinaReceivable = r.id;
    PaymentService payments(*a.ws);
    {
        Transaction tx(*a.ws);
        PayInput brandPays;
        brandPays.date = QDate(2026, 5, 4);
        REQUIRE(payments.pay(tx, rinaReceivable, brandPays).ok());
        REQUIRE(tx.commit().ok());
    }
    f.direction = PaymentDirection::Payable;
    qint64 rinaPayable = 0;
    const QList<PaymentRow> payables = readPayments(db, MoneySettings::read(db), f).value();
    for (const PaymentRow &r : payables)
        if (r.creator == QStringLiteral("Rina Wijaya"))
            rinaPayable = r.id;
    {
        Transaction tx(*a.ws);
        PayInput agencyPays;
        agencyPays.date = QDate(2026, 5, 8);
        REQUIRE(payments.pay(tx, rinaPayable, agencyPays).ok());
        REQUIRE(tx.commit().ok());
    }
    auto statements = creatorStatements(db, QStringLiteral("rina wijaya"), QDate(2026, 5, 1), QDate(2026, 5, 31));
    INFO(statements.error().toStdString());
    REQUIRE(statements.ok());
    REQUIRE(statements->size() == 1);
    const CreatorStatement &s = statements->first();
    REQUIRE(s.lines.size() == 1);
    const StatementLine &l = s.lines.first();
    CHECK(l.gross == 12'500'000);
    CHECK(l.agencyFee == 2'500'000);
    CHECK(l.creatorShare == 10'000'000);
    CHECK(l.withheld == 300'000); // PPh 21 without NPWP: 5% of half of 10,000,000, x1.2
    CHECK(l.net == l.creatorShare - l.withheld);
    CHECK(l.paid == l.net);
    CHECK(l.owed() == 0);

    const QJsonObject json = statementsToJson(statements.value()).at(0).toObject();
    CHECK(json.value(QStringLiteral("currency")).toString() == QStringLiteral("IDR"));
    CHECK(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("gross")).toString() ==
          QStringLiteral("12500000"));

    // A period before anything was due or paid still lists what was open at its end.
    auto earlier = creatorStatements(db, QStringLiteral("Budi Santoso"), QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(earlier.ok());
    REQUIRE(earlier->size() == 1);
    CHECK(earlier->first().totals.owed() == earlier->first().totals.net);
}

TEST_CASE("a payment to a creator paid in part keeps the statement's gross and the agency fee whole")
{
    Agency a;
    QSqlDatabase db = a.ws->db();
    PaymentService payments(*a.ws);
    const auto budis = [&a](PaymentDirection direction) { return a.budis(direction); };
    // Budi's fee: Rp7.000.000 billed to the brand, his share Rp5.600.000 (the 20% default fee).
    REQUIRE(budis(PaymentDirection::Receivable).size() == 1);
    REQUIRE(budis(PaymentDirection::Payable).size() == 1);
    {
        Transaction tx(*a.ws);
        PayInput brandPays;
        brandPays.date = QDate(2026, 5, 4);
        REQUIRE(payments.pay(tx, budis(PaymentDirection::Receivable).first().id, brandPays).ok());
        // The agency pays him Rp2.000.000 of it: the open rest (Rp3.600.000) keeps the link.
        PayInput agencyPays;
        agencyPays.date = QDate(2026, 5, 8);
        agencyPays.amount = idr(2'000'000);
        REQUIRE(payments.pay(tx, budis(PaymentDirection::Payable).first().id, agencyPays).ok());
        REQUIRE(tx.commit().ok());
    }
    const QList<PaymentRow> parts = budis(PaymentDirection::Payable);
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(0).receivableId == parts.at(1).receivableId);
    // Each part stands for its share of the brand's Rp7.000.000: 7,000,000 x 2,000,000 / 5,600,000 =
    // 2,500,000 and the rest, 4,500,000 (each counted the whole 7,000,000 before).
    PaymentFilter his;
    his.creatorId = parts.first().creatorId;
    const QList<PaymentRow> all = readPayments(db, MoneySettings::read(db), his).value();
    const QHash<qint64, qint64> gross = grossBehindPayables(all);
    const PaymentRow &paid = parts.at(0).isPaid() ? parts.at(0) : parts.at(1);
    const PaymentRow &open = parts.at(0).isPaid() ? parts.at(1) : parts.at(0);
    CHECK(paid.amount == 2'000'000);
    CHECK(open.amount == 3'600'000);
    CHECK(gross.value(paid.id) == 2'500'000);
    CHECK(gross.value(open.id) == 4'500'000);

    auto statements = creatorStatements(db, QStringLiteral("Budi Santoso"), QDate(2026, 5, 1), QDate(2026, 5, 31));
    REQUIRE(statements.ok());
    REQUIRE(statements->size() == 1);
    const StatementLine &t = statements->first().totals;
    CHECK(t.gross == 7'000'000);
    CHECK(t.agencyFee == 1'400'000);
    CHECK(t.creatorShare == 5'600'000);

    // The Money tab's figures: billed 7,000,000; paid 2,000,000 and owed 3,600,000 to him; the
    // agency's fee 1,400,000; nothing overdue (the rest is due payout days after the brand paid).
    const QList<CreatorMoneyFigures> figures =
        creatorMoneyFigures(all, {}, PaymentDirection::Receivable, QDate(2026, 5, 9));
    REQUIRE(figures.size() == 1);
    CHECK(figures.first().currency == QStringLiteral("IDR"));
    CHECK(figures.first().earned == 7'000'000);
    CHECK(figures.first().paid == 2'000'000);
    CHECK(figures.first().owed == 3'600'000);
    CHECK(figures.first().overdue == 0);
    CHECK(figures.first().agencyFee == 1'400'000);
}

TEST_CASE("a share paid before the brand paid part of its receivable has the whole receivable behind it")
{
    Agency a;
    QSqlDatabase db = a.ws->db();
    PaymentService payments(*a.ws);
    const auto budis = [&a](PaymentDirection direction) { return a.budis(direction); };
    // Budi's fee: Rp7.000.000 billed, his share Rp5.600.000 (20%). The agency pays him all of it first;
    // then the brand pays Rp3.000.000, which splits the receivable into Rp3.000.000 paid and
    // Rp4.000.000 open. His paid payable stays linked to the paid part alone.
    REQUIRE(budis(PaymentDirection::Payable).size() == 1);
    const qint64 participant = budis(PaymentDirection::Payable).first().participantId;
    {
        Transaction tx(*a.ws);
        PayInput agencyPays;
        agencyPays.date = QDate(2026, 5, 2);
        REQUIRE(payments.pay(tx, budis(PaymentDirection::Payable).first().id, agencyPays).ok());
        PayInput brandPays;
        brandPays.date = QDate(2026, 5, 4);
        brandPays.amount = idr(3'000'000);
        REQUIRE(payments.pay(tx, budis(PaymentDirection::Receivable).first().id, brandPays).ok());
        // Drafting again owes him nothing more: his payment covers the open part's share.
        auto drafted = payments.draft(tx, participant);
        REQUIRE(drafted.ok());
        CHECK(drafted->added == 0);
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(budis(PaymentDirection::Receivable).size() == 2);
    REQUIRE(budis(PaymentDirection::Payable).size() == 1);
    const PaymentRow share = budis(PaymentDirection::Payable).first();
    CHECK(share.amount == 5'600'000);

    PaymentFilter his;
    his.creatorId = share.creatorId;
    const MoneySettings settings = MoneySettings::read(db);
    const QList<PaymentRow> all = readPayments(db, settings, his).value();
    const AgencyRates rates = agencyRatesOf(db, share.creatorId, settings).value();
    CHECK(rates.value(participant) == 2'000);
    // Behind it: the paid Rp3.000.000 and the open Rp4.000.000, whose Rp3.200.000 share it covers.
    // Without the rates only the paid part counts (the fee would be 3,000,000 - 5,600,000).
    CHECK(grossBehindPayables(all, rates).value(share.id) == 7'000'000);
    CHECK(grossBehindPayables(all).value(share.id) == 3'000'000);

    auto statements = creatorStatements(db, QStringLiteral("Budi Santoso"), QDate(2026, 5, 1), QDate(2026, 5, 31));
    REQUIRE(statements.ok());
    REQUIRE(statements->size() == 1);
    const StatementLine &t = statements->first().totals;
    CHECK(t.gross == 7'000'000);
    CHECK(t.agencyFee == 1'400'000);
    CHECK(t.creatorShare == 5'600'000);
    const QList<CreatorMoneyFigures> figures =
        creatorMoneyFigures(all, rates, PaymentDirection::Receivable, QDate(2026, 5, 9));
    REQUIRE(figures.size() == 1);
    CHECK(figures.first().agencyFee == 1'400'000);
}

TEST_CASE("unpaid shares covered beyond a receivable's share move its gross as far as they are covered")
{
    const auto row = [](qint64 id, PaymentDirection direction, qint64 amount, qint64 receivableId,
                        PaymentKind kind = PaymentKind::Fee) {
        PaymentRow r;
        r.id = id;
        r.participantId = 7;
        r.kind = kind;
        r.direction = direction;
        r.amount = amount;
        r.receivableId = receivableId;
        r.currency = QStringLiteral("IDR");
        return r;
    };
    const auto in = PaymentDirection::Receivable, out = PaymentDirection::Payable;
    const AgencyRates rates = {{7, 2'000}};
    // Receivable 1 (1,000, share 800) paid out 1,200: 400 beyond, which covers half of receivable 2's
    // share (1,000 -> 800): half its gross, 500, stands behind payment 10 as well.
    const QList<PaymentRow> half = {row(1, in, 1'000, 0), row(2, in, 1'000, 0), row(10, out, 1'200, 1)};
    CHECK(grossBehindPayables(half, rates).value(10) == 1'500);
    // Two payments beyond their shares (400 and 200: 2:1) share receivable 3's gross of 750 (its share 600
    // covered whole) as 500 and the rest, 250; each has its own receivable's gross too.
    const QList<PaymentRow> two = {row(1, in, 1'000, 0), row(2, in, 500, 0), row(3, in, 750, 0), row(10, out, 1'200, 1),
                                   row(11, out, 600, 2)};
    const QHash<qint64, qint64> shared = grossBehindPayables(two, rates);
    CHECK(shared.value(10) == 1'500);
    CHECK(shared.value(11) == 750);
    // A reimbursement is passed on whole: paying more than the fee's share covers no reimbursement.
    const QList<PaymentRow> kinds = {row(1, in, 1'000, 0), row(2, in, 300, 0, PaymentKind::Reimbursement),
                                     row(10, out, 1'100, 1)};
    CHECK(grossBehindPayables(kinds, rates).value(10) == 1'000);
    // A payment within its share moves nothing; neither does a participation without a rate.
    CHECK(grossBehindPayables({row(1, in, 1'000, 0), row(2, in, 1'000, 0), row(10, out, 800, 1)}, rates).value(10) ==
          1'000);
    CHECK(grossBehindPayables(half, {{8, 2'000}}).value(10) == 1'000);
}

TEST_CASE("a receivable's gross is shared among its payables to the minor unit")
{
    const auto row = [](qint64 id, PaymentDirection direction, qint64 amount, qint64 receivableId,
                        const char *currency) {
        PaymentRow r;
        r.id = id;
        r.direction = direction;
        r.amount = amount;
        r.receivableId = receivableId;
        r.currency = QString::fromLatin1(currency);
        return r;
    };
    const auto in = PaymentDirection::Receivable, out = PaymentDirection::Payable;
    // 1,000 shared 1:2 is 333.33 and 666.67: 333, and the last takes the rest, 667. A payable without
    // a receivable (id 4) or whose receivable is not among the rows (id 5) is its own gross.
    const QList<PaymentRow> rows = {row(1, in, 1'000, 0, "IDR"), row(3, out, 2, 1, "IDR"), row(2, out, 1, 1, "IDR"),
                                    row(4, out, 50, 0, "IDR"), row(5, out, 70, 99, "USD")};
    const QHash<qint64, qint64> gross = grossBehindPayables(rows);
    CHECK(gross.value(2) == 333);
    CHECK(gross.value(3) == 667);
    CHECK(gross.value(4) == 50);
    CHECK(gross.value(5) == 70);
    CHECK_FALSE(gross.contains(1));
    // Per currency, by code: IDR earned 1,000 (the receivable), the fee 1,000 - 3 = 997; USD none.
    const QList<CreatorMoneyFigures> figures = creatorMoneyFigures(rows, {}, in, QDate(2026, 5, 1));
    REQUIRE(figures.size() == 2);
    CHECK(figures.at(0).currency == QStringLiteral("IDR"));
    CHECK(figures.at(0).earned == 1'000);
    CHECK(figures.at(0).agencyFee == 997);
    CHECK(figures.at(0).owed == 53);
    CHECK(figures.at(1).currency == QStringLiteral("USD"));
    CHECK(figures.at(1).earned == 0);
    CHECK(figures.at(1).agencyFee == 0);
    // No rows: no figures.
    CHECK(creatorMoneyFigures({}, {}, in, QDate(2026, 5, 1)).isEmpty());
}
