#include "MoneyDesk.h"

#include "ChangedRows.h"
#include "PaymentChecks.h"

#include "desk/DealPipeline.h"
#include "models/PaymentListModel.h"
#include "money/Invoices.h"
#include "money/PaymentTable.h"
#include "records/RecordImage.h"
#include "storage/Changes.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

// What a commit says it changed: the ids of the payments (deals, deliverables) it wrote, so that a
// page showing thousands reads back those only. Whatever a write does to the ledger, every payment that reads
// differently afterwards (or came, or went) must be among the ids its commit names.
using namespace cd;
using cd::test::MoneyDesk;

namespace {

// Every payment as read now, by id: what a page would show.
QHash<qint64, QString> ledger(MoneyDesk &m)
{
    QHash<qint64, QString> byId;
    for (const PaymentRow &r : m.rows())
        byId.insert(r.id, QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                              .arg(r.amount)
                              .arg(r.timing.due.toString(Qt::ISODate), r.timing.paid.toString(Qt::ISODate),
                                   r.timing.receivablePaid.toString(Qt::ISODate))
                              .arg(r.receivableId)
                              .arg(r.invoiceNumber)
                              .arg(r.withheld)
                              .arg(int(r.kind))
                              .arg(r.method));
    return byId;
}

// The payments the last commit named, sorted; none when it named the kind without ids.
std::optional<QList<qint64>> named(const QSignalSpy &spy)
{
    REQUIRE(spy.count() >= 1);
    auto ids = spy.last().at(0).value<Changes>().ids(QStringLiteral("payments"));
    if (ids)
        std::sort(ids->begin(), ids->end());
    return ids;
}

// Runs `write` in a transaction and checks that its commit named every payment that now reads
// differently; `exactly`: and no other (an undo writes back every payment of the deal, named all).
template <typename Write> void checkNamed(MoneyDesk &m, QSignalSpy &spy, Write write, bool exactly = true)
{
    const auto before = ledger(m);
    spy.clear();
    test::commit(*m.ws, write);
    const QList<qint64> changed = test::differing(before, ledger(m));
    REQUIRE_FALSE(changed.isEmpty());
    const auto ids = named(spy);
    REQUIRE(ids.has_value());
    if (exactly)
        CHECK(*ids == changed);
    else
        for (const qint64 id : changed)
            CHECK(ids->contains(id));
}

} // namespace

TEST_CASE("a change keeps the ids of the records its writes named and forgets them when any write did not", "[changes]")
{
    Changes c;
    CHECK(c.isEmpty());
    c.touch(QStringLiteral("payments"), 3);
    c.touch(QStringLiteral("payments"), 5);
    c.touch(QStringLiteral("payments"), 3);
    CHECK(c.kinds() == QStringList{QStringLiteral("payments")});
    CHECK(c.ids(QStringLiteral("payments")) == QList<qint64>{3, 5});
    CHECK_FALSE(c.ids(QStringLiteral("brands")).has_value()); // not changed at all
    c.touch(QStringLiteral("creators"));
    CHECK(c.touches(QStringLiteral("creators")));
    CHECK_FALSE(c.ids(QStringLiteral("creators")).has_value());
    c.touch(QStringLiteral("creators"), 9); // the whole kind changed already
    CHECK_FALSE(c.ids(QStringLiteral("creators")).has_value());

    Changes more;
    more.touch(QStringLiteral("payments"), 7);
    more.touch(QStringLiteral("invoices"), 1);
    c.add(more);
    CHECK(c.ids(QStringLiteral("payments")) == QList<qint64>{3, 5, 7});
    CHECK(c.ids(QStringLiteral("invoices")) == QList<qint64>{1});
    CHECK(c.kinds() == QStringList{QStringLiteral("payments"), QStringLiteral("creators"), QStringLiteral("invoices")});
    c.add(Changes{QStringLiteral("payments")}); // a write that named none: every payment may have changed
    CHECK_FALSE(c.ids(QStringLiteral("payments")).has_value());
    CHECK(c.ids(QStringLiteral("invoices")) == QList<qint64>{1});

    // Past MostIds a bulk write counts as changing the whole kind.
    Changes bulk;
    for (qint64 id = 1; id <= Changes::MostIds; ++id)
        bulk.touch(QStringLiteral("payments"), id);
    CHECK(bulk.ids(QStringLiteral("payments"))->size() == Changes::MostIds);
    bulk.touch(QStringLiteral("payments"), Changes::MostIds + 1);
    CHECK_FALSE(bulk.ids(QStringLiteral("payments")).has_value());
    CHECK(bulk.touches(QStringLiteral("payments")));
}

TEST_CASE("each write to the ledger names the payments that now read differently", "[changes]")
{
    MoneyDesk m(true); // an agency: receivables with the creator's payables drafted for them
    QSignalSpy spy(m.ws.get(), &Workspace::recordsChanged);
    QSignalSpy kinds(m.ws.get(), &Workspace::changed);
    const auto draft = [&](Transaction &tx) -> Status {
        auto r = m.payments.draft(tx, m.participant);
        return r ? Status() : fail(r.error());
    };
    checkNamed(m, spy, draft);
    REQUIRE(m.rows().size() == 4);
    // changed() follows with the kinds alone, for the pages that read everything again.
    CHECK(kinds.last().at(0).toStringList() == QStringList{QStringLiteral("payments")});
    const PaymentRow fee = m.find(m.rows(PaymentDirection::Receivable), PaymentKind::Fee);
    const PaymentRow share = m.find(m.rows(PaymentDirection::Payable), PaymentKind::Fee);
    REQUIRE(share.receivableId == fee.id);

    SECTION("the brand pays the fee in part: the receivable splits and so does the creator's share")
    {
        checkNamed(m, spy, [&](Transaction &tx) -> Status {
            PayInput in;
            in.date = QDate(2026, 8, 1);
            in.amount = test::idr(4'000'000);
            auto rest = m.payments.pay(tx, fee.id, in);
            return rest ? Status() : fail(rest.error());
        });
        CHECK(m.rows().size() == 6);
    }
    SECTION("the fee goes on an invoice, which is voided and issued again")
    {
        qint64 invoice = 0;
        checkNamed(m, spy, [&](Transaction &tx) -> Status {
            InvoiceRequest r;
            r.brand = QStringLiteral("Teh Segar");
            r.paymentIds = {fee.id};
            auto id = Invoices(*m.ws).create(tx, r);
            invoice = id.ok() ? id.value() : 0;
            return id ? Status() : fail(id.error());
        });
        CHECK(named(spy) == QList<qint64>{fee.id});
        checkNamed(m, spy, [&](Transaction &tx) { return Invoices(*m.ws).voidInvoice(tx, invoice, {}); });
        checkNamed(m, spy, [&](Transaction &tx) { return Invoices(*m.ws).reissue(tx, invoice); });
    }
    SECTION("the deposit is dropped from the terms: drafting again deletes it with the creator's share")
    {
        test::exec(*m.ws, QStringLiteral("UPDATE participants SET deposit_minor = NULL"));
        checkNamed(m, spy, draft);
        CHECK(m.rows().size() == 2);
    }
    SECTION("a payment deleted, and its deletion undone")
    {
        QSqlDatabase db = m.ws->db();
        auto image = RecordImage::capture(db, RecordImage::Kind::Payments, m.participant);
        REQUIRE(image.ok());
        const PaymentRow deposit = m.find(m.rows(PaymentDirection::Payable), PaymentKind::Deposit);
        checkNamed(m, spy, [&](Transaction &tx) { return m.payments.remove(tx, deposit.id); });
        checkNamed(
            m, spy, [&](Transaction &tx) { return image->restore(tx); }, false);
        CHECK(named(spy)->size() == 4);
        CHECK(m.rows().size() == 4);
    }
    SECTION("the deal's adding undone: its payments go with it, and every payment may have changed")
    {
        const RecordImage added = RecordImage::absent(RecordImage::Kind::Participant, m.participant);
        spy.clear();
        test::commit(*m.ws, [&](Transaction &tx) { return added.restore(tx); });
        CHECK(m.rows().isEmpty());
        REQUIRE(spy.count() == 1);
        const Changes changes = spy.last().at(0).value<Changes>();
        CHECK(changes.touches(QStringLiteral("payments")));
        CHECK_FALSE(changes.ids(QStringLiteral("payments")).has_value());
        CHECK(changes.touches(QStringLiteral("deliverables")));
    }
}

TEST_CASE("payments read by id are the whole ledger's rows of them, in the order asked, without those gone",
          "[payments]")
{
    MoneyDesk m(true);
    m.draft();
    m.pay(m.find(m.rows(PaymentDirection::Receivable), PaymentKind::Fee).id, QDate(2026, 8, 1), 4'000'000);
    const QList<PaymentRow> all = m.rows();
    REQUIRE(all.size() == 6);
    QSqlDatabase db = m.ws->db();
    const QList<qint64> asked{all.at(4).id, 999'999, all.at(1).id, all.at(0).id};
    auto read = readPaymentsById(db, MoneySettings::read(db), asked);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 3);
    const QList<PaymentRow> expected{all.at(4), all.at(1), all.at(0)};
    for (qsizetype i = 0; i < expected.size(); ++i)
        test::checkSamePayment(read->row(i), expected.at(i));
    CHECK(readPaymentsById(db, MoneySettings::read(db), {})->isEmpty());
}

TEST_CASE("the payments model puts payments read back in place, adds new ones, drops those gone, and the creator's "
          "share follows its receivable",
          "[payments]")
{
    MoneyDesk m(true);
    m.draft();
    const PaymentRow fee = m.find(m.rows(PaymentDirection::Receivable), PaymentKind::Fee);
    const PaymentRow share = m.find(m.rows(PaymentDirection::Payable), PaymentKind::Fee);
    REQUIRE(share.receivableId == fee.id);
    PaymentListModel model(nullptr); // fed, as the Payments page's
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(m.rows(), Clock::today());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSqlDatabase db = m.ws->db();
    // What the model shows is what a whole read gives, row for row.
    const auto checkAsRead = [&] {
        const QList<PaymentRow> all = m.rows();
        REQUIRE(model.rowCount() == all.size());
        for (const PaymentRow &r : all) {
            const auto shown = model.rowById(r.id);
            REQUIRE(shown.has_value());
            test::checkSamePayment(*shown, r);
        }
    };
    const auto readBack = [&](const QList<qint64> &ids) {
        auto read = readPaymentsById(db, MoneySettings::read(db), ids);
        REQUIRE(read.ok());
        return model.applyRows(ids, read.value());
    };

    // The brand pays the fee: the creator's share no longer waits for it.
    const int shareRow = int(model.table().indexOf(share.id));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    test::exec(*m.ws, QStringLiteral("UPDATE payments SET paid_date = '2026-11-20' WHERE id = %1").arg(fee.id));
    CHECK_FALSE(readBack({fee.id})); // in place: no names came or went
    CHECK(changed.size() == 2);
    CHECK(changed.last().at(0).toModelIndex() == model.index(shareRow, 0));
    CHECK(model.index(shareRow, PaymentListModel::Status).data().toString() != QStringLiteral("Awaiting brand"));
    checkAsRead();

    // A payment added elsewhere comes in at the end.
    PaymentInput extra;
    extra.participantId = m.participant;
    extra.kind = PaymentKind::Reimbursement;
    extra.direction = PaymentDirection::Payable;
    extra.amount = test::idr(150'000);
    extra.due = QDate(2026, 12, 5);
    qint64 added = 0;
    {
        Transaction tx(*m.ws);
        auto id = m.payments.add(tx, extra);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        added = id.value();
        REQUIRE(tx.commit().ok());
    }
    CHECK(readBack({added}));
    CHECK(inserted.size() == 1);
    CHECK(model.rowCount() == 5);
    CHECK(model.index(4, PaymentListModel::Kind).data().toString() == QStringLiteral("Reimbursement"));
    checkAsRead();

    // The fee is deleted: its row goes, and the share it was drafted for names no receivable now.
    test::exec(*m.ws, QStringLiteral("DELETE FROM payments WHERE id = %1").arg(fee.id));
    CHECK(readBack({fee.id, 999'999}));
    CHECK(removed.size() == 1);
    CHECK(model.rowById(share.id)->receivableId == 0);
    checkAsRead();
    CHECK(resets.isEmpty()); // never the whole model again
}

TEST_CASE("the creators of changed deals are found from the records a change names", "[changes]")
{
    MoneyDesk m;
    m.draft();
    CreatorInput budi;
    budi.name = QStringLiteral("Budi Santoso");
    const auto budiId = CreatorService(*m.ws).add(budi);
    REQUIRE(budiId.ok());
    ParticipantInput p;
    p.campaign = QStringLiteral("Summer Launch");
    p.creator = budi.name;
    p.compensation.fee = test::idr(1'000'000);
    const auto budiDeal = ParticipantService(*m.ws).add(p);
    REQUIRE(budiDeal.ok());
    QSqlDatabase db = m.ws->db();
    const qint64 rina =
        sql::scalar(db, QStringLiteral("SELECT creator_id FROM participants WHERE id = ?"), {m.participant})
            ->toLongLong();
    test::exec(*m.ws, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, format, "
                                     "status, created_at, updated_at) VALUES (%1, 'instagram', 'Reel', 'reel', "
                                     "'reel', 'planned', '', '')")
                          .arg(budiDeal.value()));
    const qint64 reel = sql::scalar(db, QStringLiteral("SELECT max(id) FROM deliverables"))->toLongLong();
    const qint64 payment = m.rows().first().id;

    Changes c;
    c.touch(QStringLiteral("payments"), payment);
    CHECK(creatorsOfChangedDeals(db, c) == QList<qint64>{rina});
    c.touch(QStringLiteral("deliverables"), reel);
    c.touch(QStringLiteral("participants"), m.participant);
    CHECK(creatorsOfChangedDeals(db, c) == QList<qint64>{rina, budiId.value()});
    c.touch(QStringLiteral("creators"), budiId.value()); // a creator named: theirs (once)
    CHECK(creatorsOfChangedDeals(db, c) == QList<qint64>{budiId.value(), rina});
    // A post's numbers, named by their post: the post's deal's creator.
    test::exec(*m.ws,
               QStringLiteral("INSERT INTO posts (participant_id, platform, url, url_key, posted_at) VALUES "
                              "(%1, 'instagram', 'https://instagram.com/p/x', 'instagram.com/p/x', '2026-01-05')")
                   .arg(budiDeal.value()));
    Changes numbers;
    numbers.touch(QStringLiteral("post_metrics"),
                  sql::scalar(db, QStringLiteral("SELECT max(id) FROM posts"))->toLongLong());
    CHECK(creatorsOfChangedDeals(db, numbers) == QList<qint64>{budiId.value()});
    // A campaign named: every creator with a deal in it (Summer Launch: Rina's and Budi's).
    Changes campaign;
    campaign.touch(QStringLiteral("campaigns"), m.campaign);
    CHECK(creatorsOfChangedDeals(db, campaign) == QList<qint64>{rina, budiId.value()});
    // A kind changed without ids, or a record gone: whose deals changed is not known.
    for (const char *kind : {"deliverables", "creators", "post_metrics", "campaigns"}) {
        Changes whole = c;
        whole.touch(QLatin1String(kind));
        CHECK_FALSE(creatorsOfChangedDeals(db, whole).has_value());
    }
    Changes gone;
    gone.touch(QStringLiteral("payments"), 999'999);
    CHECK_FALSE(creatorsOfChangedDeals(db, gone).has_value());
    CHECK(creatorsOfChangedDeals(db, Changes()) == QList<qint64>{});
}
