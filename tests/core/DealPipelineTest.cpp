#include "TestSupport.h"

#include "analytics/CampaignKpis.h"
#include "common/Clock.h"
#include "desk/DealPipeline.h"
#include "desk/Managers.h"
#include "models/DealListModel.h"
#include "money/Invoices.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

using namespace cd;
using cd::test::idr;
using cd::test::TempDir;

namespace {

const QDate today(2026, 11, 23);

// A workspace with two brands and campaigns: Summer Launch (Teh Segar, IDR) and Glow Up
// (Glowria, USD). Creators are added as deals need them; Dewi manages Rina and Budi, Sari manages
// Citra, the others have no manager.
struct Desk
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));
    QSqlDatabase db = ws->db();

    explicit Desk(bool agency = false)
    {
        Clock::setFixed(QDateTime(today, QTime(9, 0), Qt::UTC));
        REQUIRE(BrandService(*ws).add({QStringLiteral("Teh Segar"), QStringLiteral("beverages"), {}, {}, {}}).ok());
        REQUIRE(BrandService(*ws).add({QStringLiteral("Glowria"), QStringLiteral("beauty"), {}, {}, {}}).ok());
        campaign(QStringLiteral("Summer Launch"), QStringLiteral("Teh Segar"), QStringLiteral("IDR"));
        campaign(QStringLiteral("Glow Up"), QStringLiteral("Glowria"), QStringLiteral("USD"));
        if (agency)
            REQUIRE(settings::setByName(*ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
    }
    ~Desk() { Clock::setFixed({}); }

    void campaign(const QString &name, const QString &brand, const QString &currency)
    {
        CampaignInput c;
        c.name = name;
        c.brand = brand;
        c.start = QDate(2026, 10, 1);
        c.end = QDate(2026, 12, 31);
        c.currency = currency;
        c.status = CampaignStatus::Active;
        auto id = CampaignService(*ws).add(c);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
    }
    qint64 creator(const QString &name)
    {
        CreatorService creators(*ws);
        if (auto id = creators.findByName(name))
            return *id;
        CreatorInput in;
        in.name = name;
        if (name == QLatin1String("Rina") || name == QLatin1String("Budi"))
            in.manager = QStringLiteral("Dewi");
        else if (name == QLatin1String("Citra"))
            in.manager = QStringLiteral("Sari");
        auto id = creators.add(in);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    // A deal of `creator` in `campaign` with `status` and a fee (in the campaign's minor units).
    qint64 deal(const QString &creatorName, ParticipantStatus status, qint64 fee = 0,
                const QString &campaign = QStringLiteral("Summer Launch"), Compensation c = {})
    {
        creator(creatorName);
        const QString currency = campaign == QLatin1String("Glow Up") ? QStringLiteral("USD") : QStringLiteral("IDR");
        if (fee)
            c.fee = Money(fee, currency);
        ParticipantInput p;
        p.campaign = campaign;
        p.creator = creatorName;
        p.status = status;
        p.compensation = c;
        auto id = ParticipantService(*ws).add(p);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    void run(const QString &statement, const QVariantList &params)
    {
        INFO(statement.toStdString());
        auto q = sql::run(db, statement, params);
        INFO(q.error().toStdString());
        REQUIRE(q.ok());
    }
    void deliverable(qint64 participant, const QString &title, DeliverableStatus status, QDate due = {})
    {
        run(QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, status, due_date, "
                           "created_at, updated_at) VALUES (?, 'instagram', ?, ?, ?, ?, 'x', 'x')"),
            {participant, title, title.toCaseFolded(), wordOf(status),
             due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()});
    }
    qint64 payment(qint64 participant, PaymentDirection direction, qint64 amount, QDate due, QDate paid = {},
                   qint64 invoice = 0, PaymentKind kind = PaymentKind::Fee)
    {
        run(QStringLiteral("INSERT INTO payments (participant_id, kind, amount_minor, due_date, paid_date, direction, "
                           "invoice_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x')"),
            {participant, wordOf(kind), amount, due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant(),
             paid.isValid() ? QVariant(paid.toString(Qt::ISODate)) : QVariant(), wordOf(direction),
             invoice ? QVariant(invoice) : QVariant()});
        return sql::scalar(db, QStringLiteral("SELECT max(id) FROM payments")).value().toLongLong();
    }
    // An invoice row as Invoices would leave it, `status` issued or void.
    qint64 invoice(const QString &number, const QString &status)
    {
        run(QStringLiteral("INSERT INTO invoices (number, year, sequence, brand_id, currency, issue_date, due_date, "
                           "status, subtotal_minor, created_at) VALUES (?, 2026, (SELECT count(*) + 1 FROM invoices), "
                           "(SELECT id FROM brands WHERE name = 'Teh Segar'), 'IDR', '2026-11-01', '2026-12-01', ?, "
                           "1, 'x')"),
            {number, status});
        return sql::scalar(db, QStringLiteral("SELECT max(id) FROM invoices")).value().toLongLong();
    }
    // The deals, read on one connection and again with the deliverables and payments on a second
    // one beside (as the board reads them): every test checks that both say the same.
    QList<Deal> all(const DealFilter &filter = {})
    {
        auto r = deals(db, filter, today);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        auto beside = deals(db, filter, today, ws->readerOpener());
        INFO(beside.error().toStdString());
        REQUIRE(beside.ok());
        const auto fields = [](const Deal &d) {
            return std::tuple(d.participantId, d.campaignId(), d.creatorId(), d.brandId(), d.managerId(), d.creator(),
                              d.campaign(), d.brand(), d.manager(), d.status, d.stage, d.grossMinor, d.currency(),
                              d.deliverables, d.deliverablesPosted, d.nextDate, d.nextWhat);
        };
        REQUIRE(beside->size() == r->size());
        for (qsizetype i = 0; i < r->size(); ++i)
            CHECK(fields(beside->at(i)) == fields(r->at(i)));
        return r.value();
    }
    qint64 managerId(const QString &name) { return ManagerService::findByName(db, name).value_or(-1); }
    ParticipantStatus statusOf(qint64 participant)
    {
        auto s = sql::scalar(db, QStringLiteral("SELECT status FROM participants WHERE id = ?"), {participant});
        REQUIRE(s.ok());
        return *wordFrom<ParticipantStatus>(s->toString());
    }
    Status move(qint64 participant, DealStage target)
    {
        return writeInTransaction(*ws, [&](Transaction &tx) { return moveDeal(tx, participant, target); });
    }
};

const Deal &dealOf(const QList<Deal> &deals, qint64 participant)
{
    for (const Deal &d : deals)
        if (d.participantId == participant)
            return d;
    FAIL("no deal for participant " << participant);
    return deals.first();
}

DealStage stageOf(const QList<Deal> &deals, qint64 participant)
{
    return dealOf(deals, participant).stage;
}

} // namespace

TEST_CASE("puts each deal of a brand workspace in the first stage rule that holds")
{
    Desk desk;
    const QDate due(2026, 12, 10);
    // offer, negotiating, contracted: the status alone, when no record says more.
    const qint64 offer = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Invited);
    const qint64 negotiating = desk.deal(QStringLiteral("Bayu"), ParticipantStatus::Negotiating);
    const qint64 contracted = desk.deal(QStringLiteral("Citra"), ParticipantStatus::Confirmed);
    // Confirmed or completed with a deliverable not yet posted (approved is not posted).
    const qint64 production = desk.deal(QStringLiteral("Dani"), ParticipantStatus::Completed);
    desk.deliverable(production, QStringLiteral("Reel"), DeliverableStatus::Posted, due);
    desk.deliverable(production, QStringLiteral("Story"), DeliverableStatus::Approved, due);
    // Every deliverable posted or verified: delivered, whatever the status says.
    const qint64 delivered = desk.deal(QStringLiteral("Eko"), ParticipantStatus::Confirmed);
    desk.deliverable(delivered, QStringLiteral("Reel"), DeliverableStatus::Posted, due);
    desk.deliverable(delivered, QStringLiteral("Story"), DeliverableStatus::Verified, due);
    const qint64 deliveredInvited = desk.deal(QStringLiteral("Fajar"), ParticipantStatus::Invited);
    desk.deliverable(deliveredInvited, QStringLiteral("Reel"), DeliverableStatus::Verified, due);
    // Payables all paid on or before today: paid, before delivered.
    const qint64 paid = desk.deal(QStringLiteral("Gita"), ParticipantStatus::Confirmed);
    desk.deliverable(paid, QStringLiteral("Reel"), DeliverableStatus::Planned, due);
    desk.payment(paid, PaymentDirection::Payable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 2));
    desk.payment(paid, PaymentDirection::Payable, 2'000'000, QDate(2026, 11, 20), today);
    // One payable still open (or paid only after today): not paid.
    const qint64 partlyPaid = desk.deal(QStringLiteral("Hana"), ParticipantStatus::Confirmed);
    desk.payment(partlyPaid, PaymentDirection::Payable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 2));
    desk.payment(partlyPaid, PaymentDirection::Payable, 1'000'000, QDate(2026, 11, 20), QDate(2026, 11, 24));
    // A brand workspace counts payables: receivables, even paid or invoiced, make no stage.
    const qint64 receivablesOnly = desk.deal(QStringLiteral("Indra"), ParticipantStatus::Confirmed);
    const qint64 issued = desk.invoice(QStringLiteral("INV/2026/0001"), QStringLiteral("issued"));
    desk.payment(receivablesOnly, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), {}, issued);
    const qint64 receivablesPaid = desk.deal(QStringLiteral("Joko"), ParticipantStatus::Negotiating);
    desk.payment(receivablesPaid, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 2));
    // Declined or cancelled is lost, even with everything paid and posted.
    const qint64 cancelled = desk.deal(QStringLiteral("Kiki"), ParticipantStatus::Cancelled);
    desk.deliverable(cancelled, QStringLiteral("Reel"), DeliverableStatus::Posted, due);
    desk.payment(cancelled, PaymentDirection::Payable, 500'000, QDate(2026, 11, 1), QDate(2026, 11, 2), 0,
                 PaymentKind::KillFee);
    const qint64 declined = desk.deal(QStringLiteral("Lia"), ParticipantStatus::Declined);

    const QList<Deal> deals = desk.all();
    REQUIRE(deals.size() == 12);
    CHECK(stageOf(deals, offer) == DealStage::Offer);
    CHECK(stageOf(deals, negotiating) == DealStage::Negotiating);
    CHECK(stageOf(deals, contracted) == DealStage::Contracted);
    CHECK(stageOf(deals, production) == DealStage::InProduction);
    CHECK(stageOf(deals, delivered) == DealStage::Delivered);
    CHECK(stageOf(deals, deliveredInvited) == DealStage::Delivered);
    CHECK(stageOf(deals, paid) == DealStage::Paid);
    CHECK(stageOf(deals, partlyPaid) == DealStage::Contracted);
    CHECK(stageOf(deals, receivablesOnly) == DealStage::Contracted);
    CHECK(stageOf(deals, receivablesPaid) == DealStage::Negotiating);
    CHECK(stageOf(deals, cancelled) == DealStage::Lost);
    CHECK(stageOf(deals, declined) == DealStage::Lost);

    const Deal &d = dealOf(deals, production);
    CHECK(d.creator() == QStringLiteral("Dani"));
    CHECK(d.campaign() == QStringLiteral("Summer Launch"));
    CHECK(d.brand() == QStringLiteral("Teh Segar"));
    CHECK(d.gross().currency() == QStringLiteral("IDR"));
    CHECK(d.status == ParticipantStatus::Completed);
    CHECK(d.deliverables == 2);
    CHECK(d.deliverablesPosted == 1);

    const QList<StageSummary> summary = summarise(deals);
    QList<int> counts;
    for (const StageSummary &s : summary)
        counts << s.count;
    // offer negotiating contracted in_production delivered invoiced paid lost
    CHECK(counts == QList<int>{1, 2, 3, 1, 2, 0, 1, 2});
}

TEST_CASE("an agency workspace counts receivables for paid and invoiced")
{
    Desk desk(true);
    const QDate due(2026, 12, 10);
    const qint64 issued = desk.invoice(QStringLiteral("INV/2026/0001"), QStringLiteral("issued"));
    const qint64 voided = desk.invoice(QStringLiteral("INV/2026/0002"), QStringLiteral("void"));

    // Receivables all paid: paid, though the creator's payables are still open.
    const qint64 paid = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Confirmed);
    desk.payment(paid, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 3), issued);
    desk.payment(paid, PaymentDirection::Payable, 800'000, QDate(2026, 11, 10));
    // Payables all paid but a receivable open: not paid in an agency workspace.
    const qint64 payablesPaid = desk.deal(QStringLiteral("Bayu"), ParticipantStatus::Confirmed);
    desk.payment(payablesPaid, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1));
    desk.payment(payablesPaid, PaymentDirection::Payable, 800'000, QDate(2026, 11, 10), QDate(2026, 11, 10));
    // Every receivable on an issued invoice: invoiced (one of them paid already).
    const qint64 invoiced = desk.deal(QStringLiteral("Citra"), ParticipantStatus::Confirmed);
    desk.deliverable(invoiced, QStringLiteral("Reel"), DeliverableStatus::Planned, due);
    desk.payment(invoiced, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 2), issued);
    desk.payment(invoiced, PaymentDirection::Receivable, 3'000'000, QDate(2026, 12, 1), {}, issued);
    // One receivable on no invoice: not invoiced.
    const qint64 halfInvoiced = desk.deal(QStringLiteral("Dani"), ParticipantStatus::Confirmed);
    desk.deliverable(halfInvoiced, QStringLiteral("Reel"), DeliverableStatus::Verified, due);
    desk.payment(halfInvoiced, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), {}, issued);
    desk.payment(halfInvoiced, PaymentDirection::Receivable, 1'000'000, QDate(2026, 12, 1));
    // A receivable still naming a void invoice is not invoiced.
    const qint64 onVoid = desk.deal(QStringLiteral("Eko"), ParticipantStatus::Confirmed);
    desk.payment(onVoid, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), {}, voided);
    // Lost wins over paid receivables.
    const qint64 lost = desk.deal(QStringLiteral("Fajar"), ParticipantStatus::Cancelled);
    desk.payment(lost, PaymentDirection::Receivable, 1'000'000, QDate(2026, 11, 1), QDate(2026, 11, 3));

    QList<Deal> deals = desk.all();
    CHECK(stageOf(deals, paid) == DealStage::Paid);
    CHECK(stageOf(deals, payablesPaid) == DealStage::Contracted);
    CHECK(stageOf(deals, invoiced) == DealStage::Invoiced);
    CHECK(stageOf(deals, halfInvoiced) == DealStage::Delivered);
    CHECK(stageOf(deals, onVoid) == DealStage::Contracted);
    CHECK(stageOf(deals, lost) == DealStage::Lost);

    SECTION("voiding the invoice through Invoices takes its deals out of invoiced")
    {
        const qint64 fresh = desk.deal(QStringLiteral("Gita"), ParticipantStatus::Confirmed);
        desk.payment(fresh, PaymentDirection::Receivable, 2'000'000, QDate(2026, 12, 1));
        Invoices invoices(*desk.ws);
        InvoiceRequest request;
        request.brand = QStringLiteral("Teh Segar");
        request.paymentIds = {
            sql::scalar(desk.db, QStringLiteral("SELECT id FROM payments WHERE participant_id = ?"), {fresh})
                ->toLongLong()};
        auto created = writeInTransaction(*desk.ws, [&](Transaction &tx) { return invoices.create(tx, request); });
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        CHECK(stageOf(desk.all(), fresh) == DealStage::Invoiced);
        REQUIRE(writeInTransaction(*desk.ws, [&](Transaction &tx) {
                    return invoices.voidInvoice(tx, created.value(), today);
                }).ok());
        CHECK(stageOf(desk.all(), fresh) == DealStage::Contracted);
    }
}

TEST_CASE("a brand workspace never shows invoiced")
{
    Desk desk;
    const qint64 issued = desk.invoice(QStringLiteral("INV/2026/0001"), QStringLiteral("issued"));
    const qint64 p = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Confirmed);
    desk.payment(p, PaymentDirection::Receivable, 1'000'000, QDate(2026, 12, 1), {}, issued);
    const QList<StageSummary> summary = summarise(desk.all());
    CHECK(summary.at(int(DealStage::Invoiced)).count == 0);
    CHECK(summary.at(int(DealStage::Contracted)).count == 1);
}

TEST_CASE("gross is fee plus points plus commission so far, summed per currency")
{
    Desk desk;
    // Rina: Rp10,000,000 + 150 points x Rp1,000 + 10% of the revenue of her posts so far; the
    // product's value is not part of the gross.
    Compensation rina;
    rina.points = 150;
    rina.pointValue = idr(1'000);
    rina.commissionRateBp = 1000;
    rina.productValue = idr(2'000'000);
    const qint64 r = desk.deal(QStringLiteral("Rina"), ParticipantStatus::Confirmed, 10'000'000,
                               QStringLiteral("Summer Launch"), rina);
    desk.run(QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                            "(1, ?, 'instagram', 'https://instagram.com/p/a', 'instagram.com/p/a', '2026-10-20'), "
                            "(2, ?, 'tiktok', 'https://tiktok.com/@r/video/2', 'tiktok.com/@r/video/2', '2026-10-21')"),
             {r, r});
    // Post 1: its latest snapshot on or before today counts (the one after today does not).
    // Post 2: its latest snapshot has no revenue, so it adds nothing though an older one had some.
    desk.run(QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, revenue_minor) VALUES "
                            "(1, '2026-11-01', 2000000), (1, '2026-11-20', 3000005), (1, '2026-11-25', 9999999), "
                            "(2, '2026-11-10', 500000), (2, '2026-11-15', NULL)"),
             {});
    // Budi, same stage: Rp5,000,000 flat.
    const qint64 b = desk.deal(QStringLiteral("Budi"), ParticipantStatus::Confirmed, 5'000'000);
    // Citra in Glow Up: $1,250.50 + 10 points x $0.25.
    Compensation citra;
    citra.points = 10;
    citra.pointValue = Money(25, QStringLiteral("USD"));
    const qint64 c =
        desk.deal(QStringLiteral("Citra"), ParticipantStatus::Confirmed, 125'050, QStringLiteral("Glow Up"), citra);
    // Nothing at all agreed yet: a gross of zero.
    const qint64 zero = desk.deal(QStringLiteral("Dani"), ParticipantStatus::Invited);

    const QList<Deal> deals = desk.all();
    // 10% of 3,000,005 is 300,000.5: rounded half away from zero to 300,001.
    CHECK(dealOf(deals, r).gross() == idr(10'000'000 + 150'000 + 300'001));
    CHECK(dealOf(deals, b).gross() == idr(5'000'000));
    CHECK(dealOf(deals, c).gross() == Money(125'300, QStringLiteral("USD")));
    CHECK(dealOf(deals, zero).gross() == idr(0));

    // The commission is the one the campaign's KPIs compute for her as of the same day.
    auto kpis = campaignKpis(desk.db, QStringLiteral("Summer Launch"), today);
    REQUIRE(kpis.ok());
    REQUIRE(kpis->creators.size() == 3);
    for (const CreatorKpis &k : kpis->creators)
        if (k.participantId == r)
            CHECK(k.commission == 300'001);

    const QList<StageSummary> summary = summarise(deals);
    const StageSummary &contracted = summary.at(int(DealStage::Contracted));
    CHECK(contracted.count == 3);
    CHECK(contracted.grossByCurrency.size() == 2);
    CHECK(contracted.grossByCurrency.value(QStringLiteral("IDR")) == idr(15'450'001));
    CHECK(contracted.grossByCurrency.value(QStringLiteral("USD")) == Money(125'300, QStringLiteral("USD")));

    const QJsonArray json = pipelineToJson(summary);
    REQUIRE(json.size() == 8);
    const QJsonObject c0 = json.at(2).toObject();
    CHECK(c0.value(QStringLiteral("stage")).toString() == QStringLiteral("contracted"));
    CHECK(c0.value(QStringLiteral("count")).toInt() == 3);
    CHECK(c0.value(QStringLiteral("gross")).toObject() ==
          QJsonObject{{QStringLiteral("IDR"), QStringLiteral("15450001")},
                      {QStringLiteral("USD"), QStringLiteral("1253.00")}});
    const QJsonObject offer = json.at(0).toObject();
    CHECK(offer.value(QStringLiteral("count")).toInt() == 1);
    CHECK(offer.value(QStringLiteral("gross")).toObject() == QJsonObject{{QStringLiteral("IDR"), QStringLiteral("0")}});
}

TEST_CASE("an empty workspace has every stage with nothing in it, in the board's order")
{
    Desk desk;
    const QList<Deal> deals = desk.all();
    CHECK(deals.isEmpty());
    const QList<StageSummary> summary = summarise(deals);
    REQUIRE(summary.size() == 8);
    for (const StageSummary &s : summary) {
        CHECK(s.count == 0);
        CHECK(s.grossByCurrency.isEmpty());
    }
    const QJsonArray json = pipelineToJson(summary);
    QStringList stages;
    for (const QJsonValue &v : json) {
        stages << v.toObject().value(QStringLiteral("stage")).toString();
        CHECK(v.toObject().value(QStringLiteral("gross")).toObject().isEmpty());
    }
    CHECK(stages == QStringList{QStringLiteral("offer"), QStringLiteral("negotiating"), QStringLiteral("contracted"),
                                QStringLiteral("in_production"), QStringLiteral("delivered"),
                                QStringLiteral("invoiced"), QStringLiteral("paid"), QStringLiteral("lost")});
}

TEST_CASE("the next date is the first unposted deliverable, else the first open payment")
{
    Desk desk;
    const qint64 making = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Confirmed);
    desk.deliverable(making, QStringLiteral("Early reel"), DeliverableStatus::Posted, QDate(2026, 11, 1));
    desk.deliverable(making, QStringLiteral("Unboxing"), DeliverableStatus::DraftSubmitted, QDate(2026, 12, 5));
    desk.deliverable(making, QStringLiteral("Story"), DeliverableStatus::Planned, QDate(2026, 12, 9));
    desk.deliverable(making, QStringLiteral("Undated"), DeliverableStatus::Planned);
    desk.payment(making, PaymentDirection::Payable, 1'000, QDate(2026, 11, 30));
    // All posted: the open payment (paid ones and undated ones do not count).
    const qint64 paying = desk.deal(QStringLiteral("Bayu"), ParticipantStatus::Confirmed);
    desk.deliverable(paying, QStringLiteral("Reel"), DeliverableStatus::Posted, QDate(2026, 11, 1));
    desk.payment(paying, PaymentDirection::Payable, 1'000, QDate(2026, 10, 1), QDate(2026, 10, 1));
    desk.payment(paying, PaymentDirection::Payable, 1'000, {});
    desk.payment(paying, PaymentDirection::Payable, 2'000, QDate(2026, 12, 20), {}, 0, PaymentKind::Deposit);
    desk.payment(paying, PaymentDirection::Payable, 3'000, QDate(2026, 12, 21));
    const qint64 nothing = desk.deal(QStringLiteral("Citra"), ParticipantStatus::Invited);

    const QList<Deal> deals = desk.all();
    CHECK(dealOf(deals, making).nextDate == QDate(2026, 12, 5));
    CHECK(dealOf(deals, making).nextWhat == QStringLiteral("Unboxing due"));
    CHECK(dealOf(deals, paying).nextDate == QDate(2026, 12, 20));
    CHECK(dealOf(deals, paying).nextWhat == QStringLiteral("Deposit to pay"));
    CHECK_FALSE(dealOf(deals, nothing).nextDate.isValid());
    CHECK(dealOf(deals, nothing).nextWhat.isEmpty());
}

TEST_CASE("filters deals by manager, brand and creator")
{
    Desk desk;
    const qint64 rina = desk.deal(QStringLiteral("Rina"), ParticipantStatus::Confirmed, 1'000);
    const qint64 rinaGlow =
        desk.deal(QStringLiteral("Rina"), ParticipantStatus::Invited, 100, QStringLiteral("Glow Up"));
    const qint64 budi = desk.deal(QStringLiteral("Budi"), ParticipantStatus::Negotiating);
    const qint64 citra = desk.deal(QStringLiteral("Citra"), ParticipantStatus::Confirmed, 0, QStringLiteral("Glow Up"));
    desk.deal(QStringLiteral("Eko"), ParticipantStatus::Confirmed);

    const auto ids = [&](const DealFilter &f) {
        QList<qint64> out;
        for (const Deal &d : desk.all(f))
            out << d.participantId;
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(desk.all().size() == 5);
    const qint64 dewi = desk.managerId(QStringLiteral("Dewi"));
    CHECK(ids({dewi, 0, 0}) == QList<qint64>{rina, rinaGlow, budi});
    CHECK(ids({desk.managerId(QStringLiteral("Sari")), 0, 0}) == QList<qint64>{citra});
    const qint64 glowria =
        sql::scalar(desk.db, QStringLiteral("SELECT id FROM brands WHERE name = 'Glowria'"))->toLongLong();
    CHECK(ids({0, glowria, 0}) == QList<qint64>{rinaGlow, citra});
    const qint64 rinaId = desk.creator(QStringLiteral("Rina"));
    CHECK(ids({0, 0, rinaId}) == QList<qint64>{rina, rinaGlow});
    CHECK(ids({dewi, glowria, 0}) == QList<qint64>{rinaGlow});
    CHECK(ids({desk.managerId(QStringLiteral("Sari")), 0, rinaId}).isEmpty());

    const Deal d = dealOf(desk.all({dewi, 0, 0}), rinaGlow); // a copy: the list is a temporary
    CHECK(d.managerId() == dewi);
    CHECK(d.manager() == QStringLiteral("Dewi"));
    CHECK(d.brand() == QStringLiteral("Glowria"));
    CHECK(d.gross() == Money(100, QStringLiteral("USD")));
    CHECK(dealOf(desk.all(), budi).managerId() == dewi);

    SECTION("a filtered read still adds the commission so far")
    {
        // Rina's Summer Launch deal: Rp1,000 + 25% of Rp10,002 of revenue = Rp1,000 + Rp2,501 (2,500.5).
        desk.run(QStringLiteral("UPDATE participants SET commission_rate_bp = 2500 WHERE id = ?"), {rina});
        desk.run(QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                                "(7, ?, 'instagram', 'https://instagram.com/p/r', 'instagram.com/p/r', '2026-11-01')"),
                 {rina});
        desk.run(QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, revenue_minor) VALUES "
                                "(7, '2026-11-02', 10002)"),
                 {});
        CHECK(dealOf(desk.all({dewi, 0, 0}), rina).gross() == idr(3'501));
        CHECK(dealOf(desk.all({0, 0, rinaId}), rina).gross() == idr(3'501));
        CHECK(dealOf(desk.all(), rina).gross() == idr(3'501));
    }

    SECTION("a filter also limits what the facts of other deals can do")
    {
        // Budi's deliverables must not leak into Rina's deals when only Rina's are read.
        desk.deliverable(budi, QStringLiteral("Reel"), DeliverableStatus::Posted, QDate(2026, 12, 1));
        CHECK(stageOf(desk.all({0, 0, rinaId}), rina) == DealStage::Contracted);
        CHECK(stageOf(desk.all({dewi, 0, 0}), budi) == DealStage::Delivered);
    }
}

TEST_CASE("a read's deals share one record of each creator and of each campaign")
{
    Desk desk;
    const qint64 rinaSummer = desk.deal(QStringLiteral("Rina"), ParticipantStatus::Confirmed, 1'000);
    const qint64 rinaGlow =
        desk.deal(QStringLiteral("Rina"), ParticipantStatus::Invited, 100, QStringLiteral("Glow Up"));
    const qint64 budiSummer = desk.deal(QStringLiteral("Budi"), ParticipantStatus::Negotiating);
    const QList<Deal> deals = desk.all();
    REQUIRE(deals.size() == 3);
    const Deal &a = dealOf(deals, rinaSummer), &b = dealOf(deals, rinaGlow), &c = dealOf(deals, budiSummer);
    // One object each, whatever the number of deals naming it: a deal holds no names of its own.
    CHECK(a.creatorOf.data() == b.creatorOf.data());
    CHECK(a.creatorOf.data() != c.creatorOf.data());
    CHECK(a.campaignOf.data() == c.campaignOf.data());
    CHECK(a.campaignOf.data() != b.campaignOf.data());
    CHECK(a.campaignOf->ref.loadRelaxed() == 2);
    CHECK(a.creatorOf->ref.loadRelaxed() == 2);
    CHECK(c.creator() == QStringLiteral("Budi"));
    CHECK(c.manager() == QStringLiteral("Dewi"));
    CHECK(b.campaign() == QStringLiteral("Glow Up"));
    CHECK(b.currency() == QStringLiteral("USD"));
    CHECK(b.brandId() ==
          sql::scalar(desk.db, QStringLiteral("SELECT id FROM brands WHERE name = 'Glowria'"))->toLongLong());

    // A deal with neither (what a damaged file could give) reads as empty, not as a crash.
    const Deal none;
    CHECK(none.creator().isEmpty());
    CHECK(none.campaignId() == 0);
    CHECK(none.gross() == Money(0, QString()));
}

TEST_CASE("moving a deal sets its participant's status")
{
    Desk desk;
    const qint64 p = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Invited);
    QSignalSpy changed(desk.ws.get(), &Workspace::changed);

    REQUIRE(desk.move(p, DealStage::Negotiating).ok());
    CHECK(desk.statusOf(p) == ParticipantStatus::Negotiating);
    CHECK(stageOf(desk.all(), p) == DealStage::Negotiating);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toStringList().contains(QStringLiteral("participants")));

    REQUIRE(desk.move(p, DealStage::Contracted).ok());
    CHECK(desk.statusOf(p) == ParticipantStatus::Confirmed);
    CHECK(stageOf(desk.all(), p) == DealStage::Contracted);

    REQUIRE(desk.move(p, DealStage::Offer).ok());
    CHECK(desk.statusOf(p) == ParticipantStatus::Invited);
    CHECK(stageOf(desk.all(), p) == DealStage::Offer);

    SECTION("lost declines an offer and cancels a confirmed deal")
    {
        REQUIRE(desk.move(p, DealStage::Lost).ok());
        CHECK(desk.statusOf(p) == ParticipantStatus::Declined);
        CHECK(stageOf(desk.all(), p) == DealStage::Lost);

        const qint64 confirmed = desk.deal(QStringLiteral("Bayu"), ParticipantStatus::Confirmed);
        REQUIRE(desk.move(confirmed, DealStage::Lost).ok());
        CHECK(desk.statusOf(confirmed) == ParticipantStatus::Cancelled);

        const qint64 completed = desk.deal(QStringLiteral("Citra"), ParticipantStatus::Completed);
        REQUIRE(desk.move(completed, DealStage::Lost).ok());
        CHECK(desk.statusOf(completed) == ParticipantStatus::Cancelled);

        const qint64 negotiating = desk.deal(QStringLiteral("Dani"), ParticipantStatus::Negotiating);
        REQUIRE(desk.move(negotiating, DealStage::Lost).ok());
        CHECK(desk.statusOf(negotiating) == ParticipantStatus::Declined);

        // Lost again keeps how it was lost; a lost deal can come back as an offer.
        const int before = int(changed.size());
        REQUIRE(desk.move(confirmed, DealStage::Lost).ok());
        CHECK(desk.statusOf(confirmed) == ParticipantStatus::Cancelled);
        CHECK(changed.size() == before); // nothing written
        REQUIRE(desk.move(confirmed, DealStage::Offer).ok());
        CHECK(desk.statusOf(confirmed) == ParticipantStatus::Invited);
    }

    SECTION("contracted keeps a completed deal completed")
    {
        const qint64 completed = desk.deal(QStringLiteral("Eko"), ParticipantStatus::Completed);
        REQUIRE(desk.move(completed, DealStage::Contracted).ok());
        CHECK(desk.statusOf(completed) == ParticipantStatus::Completed);
    }

    SECTION("the stages the records decide are refused and nothing changes")
    {
        for (DealStage s : {DealStage::InProduction, DealStage::Delivered, DealStage::Invoiced, DealStage::Paid}) {
            Status st = desk.move(p, s);
            REQUIRE_FALSE(st.ok());
            CHECK(st.error().contains(dealStageName(s)));
            CHECK(st.error().contains(QStringLiteral("deliverables, invoices, payments")));
        }
        CHECK(desk.statusOf(p) == ParticipantStatus::Invited);
        Status gone = desk.move(9999, DealStage::Offer);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error() == QStringLiteral("the deal no longer exists"));
    }

    SECTION("the records still decide the stage after a move")
    {
        desk.deliverable(p, QStringLiteral("Reel"), DeliverableStatus::Posted, QDate(2026, 12, 1));
        REQUIRE(desk.move(p, DealStage::Negotiating).ok());
        CHECK(desk.statusOf(p) == ParticipantStatus::Negotiating);
        CHECK(stageOf(desk.all(), p) == DealStage::Delivered);
    }
}

TEST_CASE("cards are ordered by next date then name as people order names then participant")
{
    const auto deal = [](qint64 participant, qint64 creatorId, const char *creator, QDate next) {
        auto *who = new DealCreator;
        who->id = creatorId;
        who->name = QString::fromUtf8(creator);
        Deal d;
        d.participantId = participant;
        d.creatorOf = QExplicitlySharedDataPointer<const DealCreator>(who);
        d.nextDate = next;
        return d;
    };
    const QDate day(2026, 12, 20);
    QList<Deal> deals{deal(9, 1, "budi", day),
                      deal(1, 3, "Wave 10", day),
                      deal(7, 5, "Ana", {}),
                      deal(4, 2, "Budi", day),
                      deal(2, 4, "Wave 2", day),
                      deal(8, 6, "Zed", day.addDays(-19)),
                      deal(3, 3, "Wave 10", day.addDays(1))};
    QList<Deal> byComparison = deals;
    std::sort(byComparison.begin(), byComparison.end(), DealListModel::cardBefore());
    // Where each card comes from in the list as read (a board moves each deal once, to its column).
    CHECK(DealListModel::cardOrderOf(deals) == QList<qsizetype>{5, 3, 0, 4, 1, 6, 2});
    DealListModel::cardOrder(deals);
    QList<qint64> order, compared;
    for (qsizetype i = 0; i < deals.size(); ++i) {
        order << deals.at(i).participantId;
        compared << byComparison.at(i).participantId;
    }
    // Dated first, by date; "Budi" and "budi" are one name to people, so their participants decide;
    // "Wave 2" before "Wave 10"; undated last.
    CHECK(order == QList<qint64>{8, 4, 9, 2, 1, 3, 7});
    CHECK(order == compared); // the same order as the comparison a column keeps itself sorted by
}

TEST_CASE("a board column lists its stage's deals by next date, then creator")
{
    Desk desk;
    const qint64 late = desk.deal(QStringLiteral("Wave 10"), ParticipantStatus::Confirmed, 2'000'000);
    desk.deliverable(late, QStringLiteral("Reel"), DeliverableStatus::Planned, QDate(2026, 12, 20));
    const qint64 soon = desk.deal(QStringLiteral("Zara"), ParticipantStatus::Confirmed, 1'500'000);
    desk.deliverable(soon, QStringLiteral("Story"), DeliverableStatus::Approved, QDate(2026, 12, 1));
    desk.deliverable(soon, QStringLiteral("Reel"), DeliverableStatus::Posted, QDate(2026, 11, 1));
    const qint64 sameDay = desk.deal(QStringLiteral("Wave 2"), ParticipantStatus::Confirmed);
    desk.deliverable(sameDay, QStringLiteral("Reel"), DeliverableStatus::Planned, QDate(2026, 12, 20));
    const qint64 undated = desk.deal(QStringLiteral("Ana"), ParticipantStatus::Completed, 0, QStringLiteral("Glow Up"));
    desk.deliverable(undated, QStringLiteral("Reel"), DeliverableStatus::Planned);
    const qint64 other = desk.deal(QStringLiteral("Bayu"), ParticipantStatus::Invited); // another column

    DealListModel model(DealStage::InProduction);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setDeals(desk.all());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.rowOf(other) == -1);
    const auto at = [&](int row, int role) { return model.index(row).data(role); };
    CHECK(at(0, DealListModel::ParticipantIdRole).toLongLong() == soon);
    CHECK(at(1, DealListModel::CreatorRole).toString() == QStringLiteral("Wave 2"));
    CHECK(at(2, DealListModel::CreatorRole).toString() == QStringLiteral("Wave 10"));
    CHECK(at(3, DealListModel::ParticipantIdRole).toLongLong() == undated);

    CHECK(at(0, DealListModel::CreatorRole).toString() == QStringLiteral("Zara"));
    CHECK(at(0, DealListModel::BrandRole).toString() == QStringLiteral("Teh Segar"));
    CHECK(at(0, DealListModel::CampaignRole).toString() == QStringLiteral("Summer Launch"));
    CHECK(at(0, DealListModel::GrossRole).toString() == QStringLiteral("Rp1.500.000"));
    CHECK(at(0, DealListModel::GrossMinorRole).toLongLong() == 1'500'000);
    CHECK(at(0, DealListModel::CurrencyRole).toString() == QStringLiteral("IDR"));
    CHECK(at(0, DealListModel::NextDateRole).toDate() == QDate(2026, 12, 1));
    CHECK(at(0, DealListModel::NextWhatRole).toString() == QStringLiteral("Story due"));
    CHECK(at(0, DealListModel::CampaignIdRole).toLongLong() == dealOf(desk.all(), soon).campaignId());
    CHECK(at(0, DealListModel::CreatorIdRole).toLongLong() == desk.creator(QStringLiteral("Zara")));
    CHECK(at(0, DealListModel::StageRole).toInt() == int(DealStage::InProduction));
    CHECK(at(0, DealListModel::StatusRole).toInt() == int(ParticipantStatus::Confirmed));
    CHECK(at(0, DealListModel::DeliverablesRole).toString() == QStringLiteral("1/2 posted"));
    CHECK(at(0, Qt::DisplayRole).toString() == QStringLiteral("Zara, Summer Launch"));
    CHECK_FALSE(at(3, DealListModel::NextDateRole).toDate().isValid());
    CHECK(at(3, DealListModel::GrossRole).toString() == QStringLiteral("$0.00"));
    CHECK(model.roleNames().value(DealListModel::NextDateRole) == QByteArray("nextDate"));

    // Loading again replaces the cards; a move takes one out of this column.
    REQUIRE(desk.move(soon, DealStage::Lost).ok());
    model.setDeals(desk.all());
    CHECK(model.rowCount() == 3);
    CHECK(model.rowOf(soon) == -1);
    model.setDeals({});
    CHECK(model.rowCount() == 0);
}
