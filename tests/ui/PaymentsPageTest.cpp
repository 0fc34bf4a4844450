#include "UiTestSupport.h"

#include "main/BackgroundRead.h"
#include "models/PaymentListModel.h"
#include "money/Invoices.h"
#include "money/PaymentService.h"
#include "payments/InvoicesDialog.h"
#include "payments/MarkPaidDialog.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentsPage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace cd;

namespace {
// A workspace built through the services, as of the pinned 23 Nov 2026:
//  Ramadan Glow (Glow & Co, 1-15 Oct 2026): Rina fee Rp12.000.000 (balance due 14 Nov: 9 days
//    overdue); Budi fee Rp8.000.000 with a Rp2.000.000 deposit (deposit due 1 Oct: 53 days
//    overdue; balance Rp6.000.000 due 14 Nov: 9 days overdue).
//  Year End (Glow & Co, 1-15 Dec 2026): Rina fee Rp5.000.000, due 14 Jan 2027.
// `inlineReads`: the page's reads deliver before reload() returns (tests of what the page does
// with its rows); false: on the worker, as in the app (tests of the page while it reads).
struct Desk
{
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;
    Workspace *ws = nullptr;
    PaymentsPage *page = nullptr;
    QList<qint64> participants;

    explicit Desk(bool agency = false, bool inlineReads = true)
    {
        BackgroundRead::setInlineForTests(inlineReads);
        auto opened = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));
        REQUIRE(opened);
        ws = opened.get();
        if (agency)
            REQUIRE(settings::setByName(*ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
        REQUIRE(BrandService(*ws).add({QStringLiteral("Glow & Co"), {}, {}, {}, {}}).ok());
        for (const char *name : {"Rina Wijaya", "Budi Santoso"}) {
            CreatorInput c;
            c.name = QString::fromLatin1(name);
            REQUIRE(CreatorService(*ws).add(c).ok());
        }
        const auto addCampaign = [&](const QString &name, const QDate &start, const QDate &end) {
            CampaignInput c;
            c.name = name;
            c.brand = QStringLiteral("Glow & Co");
            c.status = CampaignStatus::Active;
            c.start = start;
            c.end = end;
            c.currency = QStringLiteral("IDR");
            auto id = CampaignService(*ws).add(c);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
        };
        addCampaign(QStringLiteral("Ramadan Glow"), QDate(2026, 10, 1), QDate(2026, 10, 15));
        addCampaign(QStringLiteral("Year End"), QDate(2026, 12, 1), QDate(2026, 12, 15));
        const auto join = [&](const QString &campaign, const QString &creator, qint64 fee, qint64 deposit) {
            ParticipantInput p{campaign, creator, {}, ParticipantStatus::Confirmed, {}};
            p.compensation.fee = test::idr(fee);
            if (deposit)
                p.compensation.deposit = test::idr(deposit);
            auto id = ParticipantService(*ws).add(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            participants << id.value();
        };
        join(QStringLiteral("Ramadan Glow"), QStringLiteral("Rina Wijaya"), 12'000'000, 0);
        join(QStringLiteral("Ramadan Glow"), QStringLiteral("Budi Santoso"), 8'000'000, 2'000'000);
        join(QStringLiteral("Year End"), QStringLiteral("Rina Wijaya"), 5'000'000, 0);
        {
            Transaction tx(*ws);
            REQUIRE(tx);
            PaymentService service(*ws);
            for (qint64 id : participants) {
                auto drafted = service.draft(tx, id);
                INFO(drafted.error().toStdString());
                REQUIRE(drafted.ok());
            }
            REQUIRE(tx.commit().ok());
        }
        window = std::make_unique<MainWindow>(std::move(opened));
        page = window->findChild<PaymentsPage *>();
        REQUIRE(page != nullptr);
        // As a person would: the page reads its payments when it is shown.
        window->showPage(MainWindow::Payments);
        window->show();
        ask::setAnswerForTests(QMessageBox::Yes);
    }
    ~Desk()
    {
        window.reset(); // waits for a read still running
        ask::setAnswerForTests(std::nullopt);
        BackgroundRead::setInlineForTests(false);
    }

    // The rows the page last asked for are on screen (the event loop runs meanwhile, as in the app).
    void waitForRows() const
    {
        for (int waited = 0; page->isReading() && waited < 10'000; waited += 5)
            QTest::qWait(5);
        REQUIRE_FALSE(page->isReading());
    }
    qint64 paymentId(const QString &condition) const
    {
        QSqlDatabase db = ws->db();
        return sql::scalar(db, QStringLiteral("SELECT id FROM payments WHERE ") + condition)->toLongLong();
    }

    QUndoStack *undo() const { return window->undoGroup()->activeStack(); }

    // The texts of `column` in the rows the page shows, in its order.
    QStringList shown(int column) const
    {
        QStringList out;
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, column).data().toString();
        return out;
    }
    // "Creator/Campaign/Kind/Status/Amount" of each row the page shows.
    QStringList shownRows() const
    {
        QStringList out;
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList cells;
            for (int c : {PaymentListModel::Creator, PaymentListModel::Campaign, PaymentListModel::Kind,
                          PaymentListModel::Status, PaymentListModel::Amount})
                cells << m->index(r, c).data().toString();
            out << cells.join(QLatin1Char('/'));
        }
        return out;
    }
    // Selects the shown row of `creator`'s `kind` in `campaign` with `amount` (display text).
    void selectRow(const QString &creator, const QString &campaign, const QString &amount)
    {
        const QAbstractItemModel *m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, PaymentListModel::Creator).data().toString() == creator &&
                m->index(r, PaymentListModel::Campaign).data().toString() == campaign &&
                m->index(r, PaymentListModel::Amount).data().toString() == amount) {
                page->table()->selectRow(r);
                return;
            }
        FAIL("no such payment shown");
    }
};
} // namespace

TEST_CASE("the payments model reads nothing while its page is hidden, and catches up when shown", "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    PaymentListModel model(d.ws, nullptr, false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setShown(true);
    const int drafted = model.rowCount();
    CHECK(drafted > 0);
    model.setShown(false);
    test::exec(*d.ws,
               QStringLiteral("DELETE FROM payments WHERE paid_date IS NULL AND id = (SELECT max(id) FROM payments)"));
    emit d.ws->changed({QStringLiteral("payments")});
    CHECK(model.rowCount() == drafted); // hidden: still the rows it had
    model.setShown(true);
    CHECK(model.rowCount() == drafted - 1);
}

TEST_CASE("the payments model lists drafted rows with status, days overdue and money as people read them", "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    PaymentListModel model(d.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.asOf() == QDate(2026, 11, 23));
    REQUIRE(model.rowCount() == 4);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c :
             {PaymentListModel::Status, PaymentListModel::Due, PaymentListModel::DaysOverdue, PaymentListModel::Creator,
              PaymentListModel::Campaign, PaymentListModel::Kind, PaymentListModel::Amount})
            cells << model.index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    // readPayments' order: campaign, creator, due date.
    CHECK(rows == QStringList{QStringLiteral("Overdue|1 Oct 2026|53|Budi Santoso|Ramadan Glow|Deposit|Rp2.000.000"),
                              QStringLiteral("Overdue|14 Nov 2026|9|Budi Santoso|Ramadan Glow|Fee|Rp6.000.000"),
                              QStringLiteral("Overdue|14 Nov 2026|9|Rina Wijaya|Ramadan Glow|Fee|Rp12.000.000"),
                              QStringLiteral("Due|14 Jan 2027||Rina Wijaya|Year End|Fee|Rp5.000.000")});
    // PPh 21 on a person without NPWP: 50% of Rp12.000.000 at 5%, x1.2 = Rp360.000.
    CHECK(model.index(2, PaymentListModel::Withheld).data().toString() == QStringLiteral("Rp360.000"));
    CHECK(model.index(2, PaymentListModel::Net).data().toString() == QStringLiteral("Rp11.640.000"));
    // Raw values to sort by, numbers on the right, ids and states for the view.
    CHECK(model.index(2, PaymentListModel::Amount).data(PaymentListModel::SortRole).toLongLong() == 12'000'000);
    CHECK(model.index(2, PaymentListModel::Due).data(PaymentListModel::SortRole).toDate() == QDate(2026, 11, 14));
    CHECK(model.index(2, PaymentListModel::Amount).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(3, 0).data(PaymentListModel::StateRole).toInt() == int(PaymentState::Due));
    CHECK(model.index(3, 0).data(PaymentListModel::ParticipantIdRole).toLongLong() == d.participants.at(2));
    // A short header for a narrow column of numbers; the tooltip says it whole.
    CHECK(model.headerData(PaymentListModel::DaysOverdue, Qt::Horizontal).toString() == QStringLiteral("Late"));
    CHECK(model.headerData(PaymentListModel::DaysOverdue, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Days overdue"));

    // Another as-of date moves the statuses: on 15 Jan 2027 the Year End fee is a day late.
    model.setAsOf(QDate(2027, 1, 15));
    CHECK(model.index(3, PaymentListModel::Status).data().toString() == QStringLiteral("Overdue"));
    CHECK(model.index(3, PaymentListModel::DaysOverdue).data().toString() == QStringLiteral("1"));
}

TEST_CASE("a payments model fed with rows read elsewhere shows them in one reset and reads nothing itself",
          "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    PaymentListModel model(nullptr); // no workspace: shows what it is given
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    CHECK(model.rowCount() == 0);
    QSqlDatabase db = d.ws->db();
    auto rows = readPayments(db, MoneySettings::read(db));
    REQUIRE(rows.ok());
    model.setRows(rows.value(), QDate(2026, 11, 23));
    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.asOf() == QDate(2026, 11, 23));
    CHECK(model.index(3, PaymentListModel::Status).data().toString() == QStringLiteral("Due"));
    const qint64 yearEnd = model.index(3, 0).data(PaymentListModel::IdRole).toLongLong();
    REQUIRE(model.rowById(yearEnd) != nullptr);
    CHECK(model.rowById(yearEnd)->amount == 5'000'000);
    CHECK(model.rowById(-1) == nullptr);
    // Another day: the same rows, their statuses as of then.
    model.setAsOf(QDate(2027, 1, 15));
    CHECK(model.index(3, PaymentListModel::Status).data().toString() == QStringLiteral("Overdue"));
    CHECK(model.index(3, PaymentListModel::DaysOverdue).data().toString() == QStringLiteral("1"));
    // Nothing to read from: reload() and a change in the workspace leave the rows as given.
    test::exec(*d.ws, QStringLiteral("DELETE FROM payments WHERE id = %1").arg(yearEnd));
    emit d.ws->changed({QStringLiteral("payments")});
    model.reload();
    CHECK(model.rowCount() == 4);
    // New rows replace the old ones; the id index follows.
    model.setRows(readPayments(db, MoneySettings::read(db)).value(), QDate(2026, 11, 23));
    CHECK(model.rowCount() == 3);
    CHECK(model.rowById(yearEnd) == nullptr);
}

TEST_CASE("the payments page answers who owes what in tiles and ageing, and filters open rows", "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Hand-computed: overdue 2 + 6 + 12 million, due 5 million, nothing paid.
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp20.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp5.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp0"));
    // A brand workspace has no receivables and nothing awaits a brand.
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Receivable, PaymentState::Due).isEmpty());
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::AwaitingBrand).isEmpty());
    // Ageing: current 5 million, 1-30 days 6 + 12 million, 31-60 days the 2 million deposit.
    auto *ageing = d.page->findChild<QWidget *>(QStringLiteral("ageing_IDR_payable"));
    REQUIRE(ageing != nullptr);
    const auto bucket = [&](int b) {
        return ageing->findChild<QLabel *>(QStringLiteral("ageingBucket%1").arg(b))->toolTip();
    };
    CHECK(bucket(0) == QStringLiteral("Rp5.000.000"));
    CHECK(bucket(1) == QStringLiteral("Rp18.000.000"));
    CHECK(bucket(2) == QStringLiteral("Rp2.000.000"));
    CHECK(bucket(3) == QStringLiteral("Rp0"));
    CHECK(bucket(4) == QStringLiteral("Rp0"));
    // The buckets' words keep apart: a bucket with little money gets only its words' width, and at
    // 2 px between columns "1–30 days31–60" ran together on the demo at 1366 px.
    auto *grid = qobject_cast<QGridLayout *>(ageing->layout());
    REQUIRE(grid != nullptr);
    CHECK(grid->horizontalSpacing() >= 8);
    // On screen the figures are abbreviated, in full on hover.
    auto *overdue = d.page->findChild<QWidget *>(QStringLiteral("tile_IDR/payable/overdue"));
    REQUIRE(overdue != nullptr);
    CHECK(overdue->findChild<QLabel *>(QStringLiteral("tileValue"))->text() == QStringLiteral("Rp20M"));
    CHECK(overdue->toolTip().startsWith(QStringLiteral("<b>Rp20.000.000</b>")));

    // Sorted by due date; overdue rows carry the word and the "bad" colour.
    CHECK(d.shown(PaymentListModel::Due) == QStringList{QStringLiteral("1 Oct 2026"), QStringLiteral("14 Nov 2026"),
                                                        QStringLiteral("14 Nov 2026"), QStringLiteral("14 Jan 2027")});
    const QModelIndex first = d.page->table()->model()->index(0, PaymentListModel::Status);
    CHECK(first.data().toString() == QStringLiteral("Overdue"));
    CHECK(first.data(Qt::ForegroundRole).value<QColor>() == QColor(0xcf, 0x22, 0x2e));
    CHECK(d.page->summary().startsWith(QStringLiteral("4 payment")));

    // Filters: overdue only, then a creator; the tiles follow the creator but not the status.
    d.page->setStatusFilter(PaymentsPage::Overdue);
    CHECK(d.page->summary().startsWith(QStringLiteral("3 of 4 payment")));
    d.page->creatorBox()->setCurrentIndex(d.page->creatorBox()->findData(QStringLiteral("Rina Wijaya")));
    CHECK(d.page->summary().startsWith(QStringLiteral("1 of 4 payment")));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp12.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp5.000.000"));
    d.page->creatorBox()->setCurrentIndex(0);
    // In Indonesian the tiles abbreviate as people say it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    d.page->setStatusFilter(PaymentsPage::Due);
    QLocale::setDefault(before);
    CHECK(d.page->findChild<QWidget *>(QStringLiteral("tile_IDR/payable/overdue"))
              ->findChild<QLabel *>(QStringLiteral("tileValue"))
              ->text() == QStringLiteral("Rp20 jt"));
    d.page->searchField()->setText(QStringLiteral("year end"));
    d.page->setStatusFilter(PaymentsPage::All);
    CHECK(d.page->summary().startsWith(QStringLiteral("1 of 4 payment")));
    d.page->searchField()->clear();
    CHECK(d.page->summary().startsWith(QStringLiteral("4 payment")));
}

TEST_CASE("mark paid in part splits the row, the Open filter hides the paid part, and undo joins it again",
          "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    const QString proof = test::writeFile(d.dir, QStringLiteral("receipt.png"), QByteArray("\x89PNG fake receipt", 17));
    d.selectRow(QStringLiteral("Rina Wijaya"), QStringLiteral("Ramadan Glow"), QStringLiteral("Rp12.000.000"));
    QString summary;
    d.page->setDialogRunner([&](QDialog &dialog) {
        auto *pay = qobject_cast<MarkPaidDialog *>(&dialog);
        REQUIRE(pay != nullptr);
        CHECK(pay->dateEdit()->date() == QDate(2026, 11, 23));
        CHECK(pay->amountEdit()->text() == QStringLiteral("Rp12.000.000"));
        pay->amountEdit()->setText(QStringLiteral("Rp5.000.000"));
        summary = pay->summaryLabel()->text();
        pay->methodBox()->setCurrentText(QStringLiteral("transfer"));
        pay->referenceEdit()->setText(QStringLiteral("BCA 8812"));
        pay->proofEdit()->setText(proof);
        return pay->save() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QAction *markPaid = nullptr;
    for (QAction *a : d.page->actions())
        if (a->text() == QStringLiteral("&Mark Paid…"))
            markPaid = a;
    REQUIRE(markPaid != nullptr);
    CHECK(markPaid->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    REQUIRE(markPaid->isEnabled());
    markPaid->trigger();
    CHECK(summary.startsWith(QStringLiteral("Pays Rp5.000.000 of Rp12.000.000; Rp7.000.000 stays open.")));
    // PPh 21 on the part: 50% of Rp5.000.000 at 5%, x1.2 = Rp150.000.
    CHECK(summary.contains(QStringLiteral("Transfer Rp4.850.000: Rp150.000 tax is withheld.")));

    // The Open filter (the default) shows the open rest only; All shows both parts.
    CHECK(d.page->statusBox()->currentData().toInt() == PaymentsPage::Open);
    CHECK(d.shownRows().filter(QStringLiteral("Rina Wijaya/Ramadan Glow")) ==
          QStringList{QStringLiteral("Rina Wijaya/Ramadan Glow/Fee/Overdue/Rp7.000.000")});
    d.page->setStatusFilter(PaymentsPage::All);
    QStringList rina = d.shownRows().filter(QStringLiteral("Rina Wijaya/Ramadan Glow"));
    rina.sort();
    CHECK(rina == QStringList{QStringLiteral("Rina Wijaya/Ramadan Glow/Fee/Overdue/Rp7.000.000"),
                              QStringLiteral("Rina Wijaya/Ramadan Glow/Fee/Paid/Rp5.000.000")});
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp5.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp15.000.000"));
    QSqlDatabase db = d.ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM attachments WHERE payment_id IS NOT NULL"))->toInt() ==
          1);
    CHECK(
        sql::scalar(db, QStringLiteral("SELECT reference FROM payments WHERE paid_date = '2026-11-23'"))->toString() ==
        QStringLiteral("BCA 8812"));

    // One step: undo brings back the one open Rp12.000.000 row, without the proof.
    CHECK(d.undo()->undoText() == QStringLiteral("Pay Rp5.000.000 of Rina Wijaya's fee"));
    d.undo()->undo();
    rina = d.shownRows().filter(QStringLiteral("Rina Wijaya/Ramadan Glow"));
    CHECK(rina == QStringList{QStringLiteral("Rina Wijaya/Ramadan Glow/Fee/Overdue/Rp12.000.000")});
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM attachments WHERE payment_id IS NOT NULL"))->toInt() ==
          0);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp0"));
}

TEST_CASE("a payment is added by hand with errors beside the field, and a paid one is kept on delete", "[payments]")
{
    test::PinnedClock clock;
    Desk d;
    d.page->setDialogRunner([&](QDialog &dialog) {
        auto *edit = qobject_cast<PaymentDialog *>(&dialog);
        REQUIRE(edit != nullptr);
        CHECK_FALSE(edit->saveButton()->isEnabled()); // nothing chosen yet
        edit->choose(edit->campaignBox()
                         ->itemData(edit->campaignBox()->findText(QStringLiteral("Year End (Glow & Co)")))
                         .toLongLong(),
                     d.participants.at(2));
        edit->kindBox()->setCurrentIndex(edit->kindBox()->findData(int(PaymentKind::Reimbursement)));
        edit->amountEdit()->setText(QStringLiteral("Rp1.5 juta"));
        CHECK_FALSE(edit->saveButton()->isEnabled());
        edit->amountEdit()->setText(QStringLiteral("Rp750.000"));
        CHECK(edit->saveButton()->isEnabled());
        return edit->save() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    d.page->addRecord();
    CHECK(d.page->summary().startsWith(QStringLiteral("5 payment")));
    REQUIRE(d.page->selectedRows().size() == 1);
    CHECK(d.page->selectedRows().first().amount == 750'000);
    CHECK(d.page->selectedRows().first().kind == PaymentKind::Reimbursement);
    CHECK(d.undo()->undoText() == QStringLiteral("Add payment"));

    // Deleting: refused rows say why; an open one goes, and undo brings it back.
    d.page->setDialogRunner([](QDialog &dialog) {
        auto *pay = qobject_cast<MarkPaidDialog *>(&dialog);
        return pay && pay->save() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    d.page->setStatusFilter(PaymentsPage::All); // the paid row stays in view
    d.page->markPaidSelected();
    d.page->deleteSelected();
    CHECK(ask::lastText() == QStringLiteral("Rina Wijaya's reimbursement was paid and is kept as a tax record."));
    CHECK(d.page->summary().startsWith(QStringLiteral("5 payment")));
    d.undo()->undo(); // the payment
    d.page->deleteSelected();
    CHECK(d.page->summary().startsWith(QStringLiteral("4 payment")));
    d.undo()->undo();
    CHECK(d.page->summary().startsWith(QStringLiteral("5 payment")));
}

TEST_CASE("create invoice from receivables in an agency workspace, and undo voids it", "[payments]")
{
    test::PinnedClock clock;
    Desk d(true);
    // The terms became receivables from the brand, each with the creator's share awaiting it.
    CHECK(d.page->directionBox()->isVisibleTo(d.page));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Receivable, PaymentState::Overdue) ==
          QStringLiteral("Rp20.000.000"));
    // Creators' shares at the default 20% agency fee: 80% of 2 + 6 + 12 + 5 million.
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::AwaitingBrand) ==
          QStringLiteral("Rp20.000.000"));

    d.page->directionBox()->setCurrentIndex(d.page->directionBox()->findData(int(PaymentDirection::Receivable)));
    d.page->campaignBox()->setCurrentIndex(d.page->campaignBox()->findData(QStringLiteral("Ramadan Glow")));
    REQUIRE(d.page->table()->model()->rowCount() == 3);
    d.page->table()->selectAll();
    REQUIRE(d.page->selectedRows().size() == 3);
    d.page->createInvoiceFromSelected();
    QSqlDatabase db = d.ws->db();
    auto invoices = readInvoices(db);
    REQUIRE(invoices.ok());
    REQUIRE(invoices->size() == 1);
    const Invoice issued = invoices->first();
    CHECK(issued.number == QStringLiteral("INV/2026/0001"));
    CHECK_FALSE(issued.isVoid);
    CHECK(issued.subtotal == 20'000'000);
    CHECK(d.shown(PaymentListModel::Invoice) ==
          QStringList(3, QStringLiteral("INV/2026/0001"))); // the rows say which invoice they are on

    // Undo voids the invoice (its number stays used) and frees the receivables.
    CHECK(d.undo()->undoText() == QStringLiteral("Create invoice INV/2026/0001 for Glow & Co"));
    d.undo()->undo();
    invoices = readInvoices(db);
    REQUIRE(invoices->size() == 1);
    CHECK(invoices->first().isVoid);
    CHECK(d.shown(PaymentListModel::Invoice) == QStringList(3, QString()));
    for (const PaymentRow &r : d.page->model()->rows())
        CHECK(r.invoiceId == 0);
    // Redo issues the same invoice again.
    d.undo()->redo();
    CHECK_FALSE(readInvoice(db, issued.id)->isVoid);
    CHECK(d.shown(PaymentListModel::Invoice) == QStringList(3, QStringLiteral("INV/2026/0001")));

    // Invoices…: the list, a PDF, and Void (asked first, undoable).
    const QString pdf = d.dir.path(QStringLiteral("invoice.pdf"));
    d.page->setDialogRunner([&](QDialog &dialog) {
        auto *list = qobject_cast<InvoicesDialog *>(&dialog);
        REQUIRE(list != nullptr);
        REQUIRE(list->table()->rowCount() == 1);
        CHECK(list->table()->item(0, 4)->text() == QStringLiteral("Rp20.000.000"));
        CHECK(list->table()->item(0, 5)->text() == QStringLiteral("issued"));
        REQUIRE(list->select(issued.id));
        CHECK(list->exportSelected(pdf));
        CHECK(list->voidSelected());
        CHECK(list->table()->item(0, 5)->text() == QStringLiteral("void since 23 Nov 2026"));
        return int(QDialog::Accepted);
    });
    d.page->showInvoices();
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(readInvoice(db, issued.id)->isVoid);
    CHECK(d.undo()->undoText() == QStringLiteral("Void invoice INV/2026/0001"));
    d.undo()->undo();
    CHECK_FALSE(readInvoice(db, issued.id)->isVoid);
}

TEST_CASE("an empty workspace says what goes on the payments page and how", "[payments]")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk")));
    MainWindow window(std::move(ws));
    auto *page = window.findChild<PaymentsPage *>();
    REQUIRE(page != nullptr);
    window.showPage(MainWindow::Payments);
    window.show();
    // Until the read answers, the page says it is reading rather than that there is nothing.
    REQUIRE(page->isReading());
    CHECK(page->emptyLabel()->text() == QStringLiteral("<h3>Reading payments…</h3>"));
    CHECK(page->summary() == QStringLiteral("Reading payments…"));
    for (int waited = 0; page->isReading() && waited < 10'000; waited += 5)
        QTest::qWait(5);
    REQUIRE_FALSE(page->isReading());
    CHECK(page->emptyLabel()->text().contains(QStringLiteral("No payments yet")));
    CHECK(page->emptyLabel()->text().contains(QStringLiteral("New Payment")));
    CHECK(page->summary().startsWith(QStringLiteral("0 payment")));
}

TEST_CASE("the payments page reads its rows on a worker and says so until they arrive", "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false);
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Shown and asked for; the answer comes through the event loop, which has not run yet.
    REQUIRE(d.page->isReading());
    CHECK_FALSE(d.page->hasRows());
    CHECK(d.page->asOfLabel()->text() == QStringLiteral("as of 23 Nov 2026 · reading…"));
    CHECK(d.page->emptyLabel()->text() == QStringLiteral("<h3>Reading payments…</h3>"));
    CHECK(d.page->summary() == QStringLiteral("Reading payments…"));
    CHECK(d.page->model()->rowCount() == 0);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue).isEmpty());

    d.waitForRows();
    CHECK(d.page->hasRows());
    CHECK(d.page->asOfLabel()->text() == QStringLiteral("as of 23 Nov 2026"));
    CHECK(d.page->summary() == QStringLiteral("4 payments"));
    CHECK(d.shown(PaymentListModel::Due) == QStringList{QStringLiteral("1 Oct 2026"), QStringLiteral("14 Nov 2026"),
                                                        QStringLiteral("14 Nov 2026"), QStringLiteral("14 Jan 2027")});
    // The tiles and the filters' names came with the rows, computed on the worker.
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp20.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp5.000.000"));
    auto *ageing = d.page->findChild<QWidget *>(QStringLiteral("ageing_IDR_payable"));
    REQUIRE(ageing != nullptr);
    CHECK(ageing->findChild<QLabel *>(QStringLiteral("ageingBucket2"))->toolTip() == QStringLiteral("Rp2.000.000"));
    QStringList creators;
    for (int i = 0; i < d.page->creatorBox()->count(); ++i)
        creators << d.page->creatorBox()->itemText(i);
    CHECK(creators ==
          QStringList{QStringLiteral("All creators"), QStringLiteral("Budi Santoso"), QStringLiteral("Rina Wijaya")});
    CHECK(d.page->campaignBox()->findData(QStringLiteral("Year End")) == 2);
}

TEST_CASE("a change keeps the payments shown, and the one chosen, until the new rows arrive", "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false);
    d.waitForRows();
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.selectRow(QStringLiteral("Rina Wijaya"), QStringLiteral("Year End"), QStringLiteral("Rp5.000.000"));
    const qint64 yearEnd = d.paymentId(QStringLiteral("due_date = '2027-01-14'"));
    REQUIRE(d.page->selectedIds() == QList<qint64>{yearEnd});

    // Budi's deposit is deleted (as from another page): the page reads again, on the worker.
    const qint64 deposit = d.paymentId(QStringLiteral("due_date = '2026-10-01'"));
    test::exec(*d.ws, QStringLiteral("DELETE FROM payments WHERE id = %1").arg(deposit));
    emit d.ws->changed({QStringLiteral("payments")});
    REQUIRE(d.page->isReading());
    // What was shown stays, the heading says it is being read, the choice is kept.
    CHECK(d.page->asOfLabel()->text() == QStringLiteral("as of 23 Nov 2026 · reading…"));
    CHECK(d.page->model()->rowCount() == 4);
    CHECK(d.shown(PaymentListModel::Due).size() == 4);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp20.000.000"));
    CHECK(d.page->selectedIds() == QList<qint64>{yearEnd});

    d.waitForRows();
    CHECK(d.page->asOfLabel()->text() == QStringLiteral("as of 23 Nov 2026"));
    CHECK(d.shown(PaymentListModel::Due) ==
          QStringList{QStringLiteral("14 Nov 2026"), QStringLiteral("14 Nov 2026"), QStringLiteral("14 Jan 2027")});
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp18.000.000"));
    CHECK(d.page->selectedIds() == QList<qint64>{yearEnd});
    CHECK(d.page->summary() == QStringLiteral("3 payments"));

    // An edit made on the page: Mark Paid in full; the rows follow once read, and undo brings it back.
    d.page->setDialogRunner([](QDialog &dialog) {
        auto *pay = qobject_cast<MarkPaidDialog *>(&dialog);
        return pay && pay->save() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    d.page->markPaidSelected();
    REQUIRE(d.page->isReading());
    CHECK(d.page->proxy()->rowCount() == 3); // the Open filter still shows the rows read before
    d.waitForRows();
    CHECK(d.page->proxy()->rowCount() == 2);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp5.000.000"));
    d.undo()->undo();
    d.waitForRows();
    CHECK(d.page->proxy()->rowCount() == 3);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp0"));
}

TEST_CASE("filters chosen while the payments are read apply to the rows that arrive", "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false);
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(d.page->isReading());
    d.page->setStatusFilter(PaymentsPage::Overdue);
    d.page->searchField()->setText(QStringLiteral("rina"));
    CHECK(d.page->proxy()->rowCount() == 0);
    d.waitForRows();
    CHECK(d.shownRows() == QStringList{QStringLiteral("Rina Wijaya/Ramadan Glow/Fee/Overdue/Rp12.000.000")});
    CHECK(d.page->summary() == QStringLiteral("1 of 4 payments"));
    // The tiles follow the search (Rina's payments), not the status.
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp12.000.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp5.000.000"));

    // A creator chosen in the list stays chosen across a read, and so does My Creators' narrowing.
    d.page->searchField()->clear();
    d.page->setStatusFilter(PaymentsPage::All);
    d.page->creatorBox()->setCurrentIndex(d.page->creatorBox()->findData(QStringLiteral("Budi Santoso")));
    CHECK(d.page->summary() == QStringLiteral("2 of 4 payments"));
    d.page->reload();
    REQUIRE(d.page->isReading());
    d.waitForRows();
    CHECK(d.page->creatorBox()->currentData().toString() == QStringLiteral("Budi Santoso"));
    CHECK(d.page->summary() == QStringLiteral("2 of 4 payments"));
    d.page->creatorBox()->setCurrentIndex(0);
    d.page->showOnlyParticipants(QSet<qint64>{d.participants.at(2)}); // Rina in Year End
    d.page->reload();
    d.waitForRows();
    CHECK(d.shownRows() == QStringList{QStringLiteral("Rina Wijaya/Year End/Fee/Due/Rp5.000.000")});
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp0"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp5.000.000"));
    // Everyone's again: the tiles are the worker's figures of every row.
    d.page->showOnlyParticipants(std::nullopt);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp20.000.000"));
}

TEST_CASE("only the newest read of the payments is shown, and a payment opened meanwhile is chosen when it arrives",
          "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false);
    d.waitForRows();
    QSignalSpy resets(d.page->model(), &QAbstractItemModel::modelReset);
    // Two reads asked for before the first answers: the first is out of date and never shown.
    d.page->reload();
    const qint64 deposit = d.paymentId(QStringLiteral("due_date = '2026-10-01'"));
    test::exec(*d.ws, QStringLiteral("UPDATE payments SET paid_date = '2026-11-20' WHERE id = %1").arg(deposit));
    emit d.ws->changed({QStringLiteral("payments")});
    // Opened from elsewhere (Today) while reading: chosen once the rows are there, shown though
    // paid (the Open filter would hide it).
    d.page->select(deposit);
    CHECK(d.page->selectedIds().isEmpty());
    d.waitForRows();
    CHECK(resets.count() == 1);
    CHECK(d.page->model()->rowById(deposit)->isPaid());
    CHECK(d.page->selectedIds() == QList<qint64>{deposit});
    CHECK(d.page->statusBox()->currentData().toInt() == PaymentsPage::All);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp2.000.000"));
}

TEST_CASE("the payments table fits a 1366 px window by narrowing names and gives the width back", "[payments]")
{
    test::PinnedClock clock;
    QSettings().remove(QStringLiteral("payments/header"));
    for (const bool agency : {false, true}) {
        INFO((agency ? "agency" : "brand"));
        Desk d(agency);
        QTableView *table = d.page->table();
        QHeaderView *header = table->horizontalHeader();
        d.window->resize(1366, 768);
        // Every column is on screen, the Paid column (once cut off on the right) included.
        CHECK(QTest::qWaitFor([table] { return table->horizontalScrollBar()->maximum() == 0; }, 2'000));
        CHECK(header->sectionViewportPosition(PaymentListModel::Paid) + header->sectionSize(PaymentListModel::Paid) <=
              table->viewport()->width());
        // The names gave up width; the money and dates kept theirs.
        CHECK(header->sectionSize(PaymentListModel::Campaign) < 150);
        CHECK(header->sectionSize(PaymentListModel::Campaign) >= 60);
        CHECK(header->sectionSize(PaymentListModel::Amount) == 110);
        CHECK(header->sectionSize(PaymentListModel::Due) == 95);
        // Sorting saves the header's state: with the user's widths, not the ones fitted to 1366 px.
        // The brand round ends here, as a user at 1366 px would close the app.
        table->sortByColumn(PaymentListModel::Amount, Qt::DescendingOrder);
        if (!agency)
            continue;
        // The agency round restored what the brand round saved; a wide window gives the names the
        // room the user chose for them, not the widths fitted to 1366 px.
        d.window->resize(2200, 1000);
        CHECK(QTest::qWaitFor([header] { return header->sectionSize(PaymentListModel::Campaign) == 150; }, 2'000));
        CHECK(header->sectionSize(PaymentListModel::Creator) == 120);
    }
}
