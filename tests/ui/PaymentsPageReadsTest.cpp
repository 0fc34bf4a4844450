#include "PaymentsDesk.h"
#include "UiTestSupport.h"
#include "common/LocalSettings.h"

#include "main/BackgroundRead.h"
#include "main/ColumnChooser.h"
#include "main/MainWindow.h"
#include "models/BrandListModel.h"
#include "models/PaymentListModel.h"
#include "money/PaymentService.h"
#include "payments/MarkPaidDialog.h"
#include "payments/PaymentsPage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

// How the payments page reads: on a worker, keeping what it shows until the new rows arrive, and
// its table at the window's width.
using namespace cd;
using Desk = cd::test::PaymentsDesk;

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
    d.ws->announce({QStringLiteral("payments")});
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

    // An edit made on the page: Mark Paid in full. The payment is read back alone, not every row:
    // it leaves the Open list and the tiles count it paid at once, and undo brings it back.
    d.page->setDialogRunner([](QDialog &dialog) {
        auto *pay = qobject_cast<MarkPaidDialog *>(&dialog);
        return pay && pay->save() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QSignalSpy resets(d.page->model(), &QAbstractItemModel::modelReset);
    d.page->markPaidSelected();
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->proxy()->rowCount() == 2);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp5.000.000"));
    d.undo()->undo();
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->proxy()->rowCount() == 3);
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp0"));
    CHECK(resets.isEmpty());
}

TEST_CASE("the tiles change their figures in place when a read brings new totals", "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false);
    d.waitForRows();
    const auto tile = [&](const QString &name) { return d.page->findChild<QFrame *>(name); };
    const auto value = [&](QFrame *t) { return t->findChild<QLabel *>(QStringLiteral("tileValue"))->text(); };
    // The widget's second label: its count of payments.
    const auto detail = [&](QFrame *t) { return t->findChildren<QLabel *>().value(1)->text(); };
    // Watched: a widget deleted and built again reads as null here (its address may be reused).
    const QPointer<QFrame> overdue = tile(QStringLiteral("tile_IDR/payable/overdue"));
    REQUIRE(overdue != nullptr);
    CHECK(value(overdue) == QStringLiteral("Rp20M"));
    CHECK(detail(overdue) == QStringLiteral("3 payments"));
    auto *ageing = d.page->findChild<QWidget *>(QStringLiteral("ageing_IDR_payable"));
    REQUIRE(ageing != nullptr);
    const QPointer<QLabel> deposit = ageing->findChild<QLabel *>(QStringLiteral("ageingBucket2")); // 31-60 days
    CHECK(deposit->toolTip() == QStringLiteral("Rp2.000.000"));
    CHECK(deposit->text() == QStringLiteral("Rp2M"));

    // Budi's deposit deleted: the same widgets say the new totals.
    test::exec(*d.ws, QStringLiteral("DELETE FROM payments WHERE id = %1")
                          .arg(d.paymentId(QStringLiteral("due_date = '2026-10-01'"))));
    d.ws->announce({QStringLiteral("payments")});
    d.waitForRows();
    REQUIRE(overdue);
    CHECK(tile(QStringLiteral("tile_IDR/payable/overdue")) == overdue);
    CHECK(value(overdue) == QStringLiteral("Rp18M"));
    CHECK(detail(overdue) == QStringLiteral("2 payments"));
    CHECK(overdue->toolTip().startsWith(QStringLiteral("<b>Rp18.000.000</b>")));
    REQUIRE(deposit);
    CHECK(ageing->findChild<QLabel *>(QStringLiteral("ageingBucket2")) == deposit);
    CHECK(deposit->toolTip() == QStringLiteral("Rp0"));
    CHECK(deposit->text() == QStringLiteral("Rp0"));

    // A second currency is a group of tiles of its own, each named; and gone again with it.
    test::exec(*d.ws, QStringLiteral("UPDATE campaigns SET currency = 'USD' WHERE name = 'Year End'"));
    d.ws->announce({QStringLiteral("campaigns")});
    d.waitForRows();
    QFrame *dollars = tile(QStringLiteral("tile_USD/payable/due"));
    REQUIRE(dollars != nullptr);
    CHECK(value(dollars) == QStringLiteral("$50K")); // the same 5,000,000 minor units: cents now
    CHECK(detail(dollars) == QStringLiteral("1 payment"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp0"));
    CHECK(value(tile(QStringLiteral("tile_IDR/payable/overdue"))) == QStringLiteral("Rp18M"));
    // Each group named by its currency in bold (a brand's workspace has one direction).
    QStringList groups;
    for (const QWidget *group : d.page->findChildren<QWidget *>(QStringLiteral("tileGroup")))
        for (const QLabel *label : group->findChildren<QLabel *>())
            groups << label->text() + (label->font().bold() ? QStringLiteral(" (bold)") : QString());
    CHECK(groups == QStringList{QStringLiteral("IDR (bold)"), QStringLiteral("USD (bold)")});
    test::exec(*d.ws, QStringLiteral("UPDATE campaigns SET currency = 'IDR' WHERE name = 'Year End'"));
    d.ws->announce({QStringLiteral("campaigns")});
    d.waitForRows();
    CHECK(tile(QStringLiteral("tile_USD/payable/due")) == nullptr);
    CHECK(value(tile(QStringLiteral("tile_IDR/payable/due"))) == QStringLiteral("Rp5M"));
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
    d.ws->announce({QStringLiteral("payments")});
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
    LocalSettings::remove(QStringLiteral("payments/header"));
    LocalSettings::remove(QStringLiteral("payments/hiddenColumns"));
    for (const bool agency : {false, true}) {
        INFO((agency ? "agency" : "brand"));
        Desk d(agency);
        QTableView *table = d.page->table();
        QHeaderView *header = table->horizontalHeader();
        d.window->resize(1366, 768);
        // What was withheld shows when asked for, the date paid under Paid and All (the page opens on
        // the open payments, which have none); the rest fits.
        CHECK(table->isColumnHidden(PaymentListModel::Withheld));
        CHECK(table->isColumnHidden(PaymentListModel::Paid));
        CHECK(table->isColumnHidden(PaymentListModel::Invoice) == !agency);
        CHECK(QTest::qWaitFor([table] { return table->horizontalScrollBar()->maximum() == 0; }, 2'000));
        CHECK(header->sectionViewportPosition(PaymentListModel::Net) + header->sectionSize(PaymentListModel::Net) <=
              table->viewport()->width());
        // A brand's columns leave room, which goes to the names, not to the Net column stretched at
        // the right end (it took 330 px while names were cut); an agency's fourteen take width from
        // the names, not from the money and dates.
        if (agency) {
            CHECK(header->sectionSize(PaymentListModel::Campaign) < 150);
            CHECK(header->sectionSize(PaymentListModel::Campaign) >= 60);
        } else {
            CHECK(header->sectionSize(PaymentListModel::Campaign) > 150);
            CHECK(header->sectionSize(PaymentListModel::Net) < 130); // its own 95, and what rounding leaves
        }
        CHECK(header->sectionSize(PaymentListModel::Amount) == 110);
        CHECK(header->sectionSize(PaymentListModel::Due) == 95);
        // Sorting saves the header's state: with the user's widths, not the ones fitted to 1366 px.
        // The brand round ends here, as a user at 1366 px would close the app.
        table->sortByColumn(PaymentListModel::Amount, Qt::DescendingOrder);
        if (!agency)
            continue;
        // The agency round restored what the brand round saved; a wide window gives the names at least
        // the room the user chose for them, not the widths fitted to 1366 px, and the rest in
        // proportion to it.
        d.window->resize(2200, 1000);
        CHECK(QTest::qWaitFor([header] { return header->sectionSize(PaymentListModel::Campaign) > 150; }, 2'000));
        CHECK(header->sectionSize(PaymentListModel::Creator) > 120);
        CHECK(std::abs(header->sectionSize(PaymentListModel::Campaign) * 120 -
                       header->sectionSize(PaymentListModel::Creator) * 150) <= 150 * 2);
    }
}

namespace {
// The titles in the header's menu, "x " before those shown.
QStringList menuColumns(QTableView *table)
{
    QMenu menu;
    REQUIRE(addColumnChoices(table, &menu));
    QStringList titles;
    for (const QAction *a : menu.actions())
        titles << (a->isChecked() ? QStringLiteral("x ") : QString()) + a->text() +
                      (a->isEnabled() ? QString() : QStringLiteral(" (kept)"));
    return titles;
}

QAction *menuAction(QMenu &menu, const QString &title)
{
    for (QAction *a : menu.actions())
        if (a->text() == title)
            return a;
    FAIL("no column " << title.toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("the payments header's menu shows and hides columns, keeps the choice and offers only what applies",
          "[payments]")
{
    test::PinnedClock clock;
    LocalSettings::remove(QStringLiteral("payments/header"));
    LocalSettings::remove(QStringLiteral("payments/hiddenColumns"));
    {
        Desk brand(false);
        // A brand's workspace has no directions or invoices, and its open payments no date paid
        // and no method or reference: not offered.
        CHECK(menuColumns(brand.page->table()) == QStringList{QStringLiteral("x Status"), QStringLiteral("x Due"),
                                                              QStringLiteral("x Late"), QStringLiteral("x Brand"),
                                                              QStringLiteral("x Campaign"), QStringLiteral("x Creator"),
                                                              QStringLiteral("x Kind"), QStringLiteral("x Amount"),
                                                              QStringLiteral("Withheld"), QStringLiteral("x Net")});
        // Under Paid the date paid and the method show, and are offered.
        brand.page->setStatusFilter(PaymentsPage::Paid);
        CHECK_FALSE(brand.page->table()->isColumnHidden(PaymentListModel::Paid));
        CHECK(menuColumns(brand.page->table()).contains(QStringLiteral("x Paid")));
        CHECK(menuColumns(brand.page->table()).contains(QStringLiteral("x Method / reference")));
        brand.page->setStatusFilter(PaymentsPage::Overdue);
        CHECK(brand.page->table()->isColumnHidden(PaymentListModel::Paid));
    }
    Desk d(true);
    QTableView *table = d.page->table();
    d.window->resize(1366, 768);
    CHECK(menuColumns(table).size() == PaymentListModel::ColumnCount - 2); // no date paid, method or reference
    {
        QMenu menu;
        REQUIRE(addColumnChoices(table, &menu));
        menuAction(menu, QStringLiteral("Withheld"))->trigger();
        menuAction(menu, QStringLiteral("Kind"))->trigger();
    }
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::Withheld));
    CHECK(table->isColumnHidden(PaymentListModel::Kind));
    CHECK(table->isColumnHidden(PaymentListModel::Paid));
    // The names make room for the column shown: still no scrolling sideways.
    CHECK(QTest::qWaitFor([table] { return table->horizontalScrollBar()->maximum() == 0; }, 2'000));
    CHECK(LocalSettings::value(QStringLiteral("payments/hiddenColumns")).toList() ==
          QVariantList{int(PaymentListModel::Kind)});
    // A re-read (which decides again whether directions apply) keeps the choice.
    d.page->reload();
    d.waitForRows();
    CHECK(table->isColumnHidden(PaymentListModel::Kind));
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::Direction));

    // View > Columns offers the same choices from the keyboard, for the page in view.
    auto *columns = d.window->findChild<QMenu *>(QStringLiteral("columnsMenu"));
    REQUIRE(columns);
    d.page->setStatusFilter(PaymentsPage::All);
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::Paid));
    emit columns->aboutToShow();
    CHECK(columns->actions().size() == PaymentListModel::ColumnCount);
    menuAction(*columns, QStringLiteral("Paid"))->trigger();
    CHECK(table->isColumnHidden(PaymentListModel::Paid));
    // Hidden by choice, it stays hidden where it applies again.
    d.page->setStatusFilter(PaymentsPage::Open);
    d.page->setStatusFilter(PaymentsPage::Paid);
    CHECK(table->isColumnHidden(PaymentListModel::Paid));
    emit columns->aboutToShow();
    menuAction(*columns, QStringLiteral("Paid"))->trigger();
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::Paid));
    // Every list offers its own: the brands' columns on the Brands page.
    d.window->showPage(MainWindow::Brands);
    emit columns->aboutToShow();
    CHECK(columns->actions().size() == BrandListModel::ColumnCount);
    CHECK(columns->actions().at(0)->text() == QStringLiteral("Name"));
    d.window->showPage(MainWindow::Dashboard);
    emit columns->aboutToShow();
    REQUIRE(columns->actions().size() == 1);
    CHECK(columns->actions().at(0)->text() == QStringLiteral("This page has no columns to choose"));
    CHECK_FALSE(columns->actions().at(0)->isEnabled());
    d.window->showPage(MainWindow::Payments);

    // The next start shows what was chosen.
    Desk again(true);
    QTableView *next = again.page->table();
    CHECK_FALSE(next->isColumnHidden(PaymentListModel::Withheld));
    CHECK(next->isColumnHidden(PaymentListModel::Kind));
    CHECK(next->isColumnHidden(PaymentListModel::Paid));

    // Down to one column, that one cannot be hidden.
    for (int c = 1; c < PaymentListModel::ColumnCount; ++c)
        next->setColumnHidden(c, true);
    {
        QMenu menu;
        REQUIRE(addColumnChoices(next, &menu));
        QAction *status = menuAction(menu, QStringLiteral("Status"));
        CHECK(status->isChecked());
        CHECK_FALSE(status->isEnabled());
    }
    // A kept choice of no columns at all (written by hand) shows every column.
    LocalSettings::set(QStringLiteral("payments/hiddenColumns"),
                       QVariantList{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    Desk handWritten(true);
    for (int c = 0; c < PaymentListModel::ColumnCount; ++c)
        CHECK(handWritten.page->table()->isColumnHidden(c) ==
              (c == PaymentListModel::Paid || c == PaymentListModel::MethodReference)); // under Open
    LocalSettings::remove(QStringLiteral("payments/header"));
    LocalSettings::remove(QStringLiteral("payments/hiddenColumns"));
}

TEST_CASE("the method and reference column shows under the open payments only when one of them has some", "[payments]")
{
    test::PinnedClock clock;
    LocalSettings::remove(QStringLiteral("payments/header"));
    LocalSettings::remove(QStringLiteral("payments/hiddenColumns"));
    Desk d(false);
    QTableView *table = d.page->table();
    // Nothing is paid yet and no payment names a method or reference: the names get the width.
    CHECK(table->isColumnHidden(PaymentListModel::MethodReference));
    d.page->setStatusFilter(PaymentsPage::All);
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::MethodReference));
    d.page->setStatusFilter(PaymentsPage::Overdue);
    CHECK(table->isColumnHidden(PaymentListModel::MethodReference));

    // A brand's purchase order number on an open payment: the column comes back with it, read back
    // alone after the commit, and goes again when it is cleared.
    const qint64 rina = d.paymentId(QStringLiteral("participant_id = %1").arg(d.participants.at(0))); // 14 Nov
    PaymentService payments(*d.ws);
    const auto setReference = [&](const QString &reference) {
        const PaymentRow row = d.page->model()->rowById(rina).value();
        const PaymentInput in{.participantId = row.participantId,
                              .kind = row.kind,
                              .direction = row.direction,
                              .amount = Money(row.amount, row.currency),
                              .due = row.timing.due,
                              .method = row.method,
                              .reference = reference,
                              .notes = row.notes};
        test::commit(*d.ws, [&](Transaction &tx) { return payments.update(tx, rina, in); });
    };
    setReference(QStringLiteral("PO-7781"));
    CHECK_FALSE(table->isColumnHidden(PaymentListModel::MethodReference));
    CHECK(d.shown(PaymentListModel::MethodReference).contains(QStringLiteral("PO-7781")));
    setReference({});
    CHECK(table->isColumnHidden(PaymentListModel::MethodReference));
}

TEST_CASE("the payments page shows the first open rows by due date while every row is read", "[payments]")
{
    test::PinnedClock clock;
    // The page's two reads run one after the other, the first screen first.
    test::OneReadSlot oneSlot;
    Desk d(false, false);
    QStringList seen; // each state the page goes through: rows, summary, overdue tile, what shows
    const auto state = [&] {
        return QStringLiteral("%1 | %2 | %3 | %4")
            .arg(d.page->model()->rowCount())
            .arg(d.page->summary(),
                 d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue),
                 d.page->table()->isVisibleTo(d.page) ? QStringLiteral("table") : d.page->emptyLabel()->text());
    };
    QString last = state();
    seen << last;
    for (int waited = 0; d.page->isReading() && waited < 10'000; waited += 1) {
        QTest::qWait(1);
        if (const QString now = state(); now != last)
            seen << (last = now);
    }
    REQUIRE_FALSE(d.page->isReading());
    if (const QString now = state(); now != last)
        seen << now;
    CHECK(seen == QStringList{QStringLiteral("0 | Reading payments… |  | <h3>Reading payments…</h3>"),
                              QStringLiteral("4 | The first 4 open payments by due date; reading the rest… |  | table"),
                              QStringLiteral("4 | 4 payments | Rp20.000.000 | table")});
    CHECK(d.shown(PaymentListModel::Due) == QStringList{QStringLiteral("1 Oct 2026"), QStringLiteral("14 Nov 2026"),
                                                        QStringLiteral("14 Nov 2026"), QStringLiteral("14 Jan 2027")});
}

TEST_CASE("a change that names its payments is read back alone, at once or when the page is next shown", "[payments]")
{
    test::PinnedClock clock;
    Desk d(false, false); // on the worker, as in the app
    d.waitForRows();
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.page->setStatusFilter(PaymentsPage::All);
    QSignalSpy resets(d.page->model(), &QAbstractItemModel::modelReset);
    const qint64 deposit = d.paymentId(QStringLiteral("due_date = '2026-10-01'"));
    PaymentService payments(*d.ws);

    // Budi's deposit paid in part: the paid part and the open rest are there before any read.
    test::commit(*d.ws, [&](Transaction &tx) -> Status {
        PayInput in;
        in.date = QDate(2026, 11, 20);
        in.amount = test::idr(500'000);
        auto rest = payments.pay(tx, deposit, in);
        return rest ? Status() : fail(rest.error());
    });
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->summary() == QStringLiteral("5 payments"));
    CHECK(d.page->model()->rowById(deposit)->isPaid());
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("Rp500.000"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Overdue) ==
          QStringLiteral("Rp19.500.000"));

    // Hidden, the page keeps what changed and reads it back when shown again.
    d.window->showPage(MainWindow::Today);
    REQUIRE_FALSE(d.page->isVisible());
    test::commit(*d.ws, [&](Transaction &tx) {
        return payments.remove(tx, d.paymentId(QStringLiteral("due_date = '2027-01-14'")));
    });
    CHECK(d.page->summary() == QStringLiteral("5 payments"));
    d.window->showPage(MainWindow::Payments);
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->summary() == QStringLiteral("4 payments"));
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::Due) ==
          QStringLiteral("Rp0"));
    // The only campaign Rina's payments were in is still offered; Year End has none left.
    CHECK(d.page->campaignBox()->findData(QStringLiteral("Year End")) == -1);
    CHECK(resets.isEmpty());

    // A creator renamed: their payments read back with the new name, which the filter offers.
    CreatorService creators(*d.ws);
    const qint64 budi = creators.findByName(QStringLiteral("Budi Santoso")).value();
    auto input = creators.load(budi);
    REQUIRE(input.ok());
    input->name = QStringLiteral("Budi S.");
    REQUIRE(creators.update(budi, input.value()).ok());
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->model()->rowById(deposit)->creator == QStringLiteral("Budi S."));
    CHECK(d.page->creatorBox()->findData(QStringLiteral("Budi S.")) > 0);
    CHECK(d.page->creatorBox()->findData(QStringLiteral("Budi Santoso")) == -1);
    // A campaign renamed, the same.
    CampaignService campaigns(*d.ws);
    const qint64 glow = campaigns.findByName(QStringLiteral("Ramadan Glow")).value();
    auto campaign = campaigns.load(glow);
    REQUIRE(campaign.ok());
    campaign->name = QStringLiteral("Ramadan Glow 2027");
    REQUIRE(campaigns.update(glow, campaign.value()).ok());
    CHECK_FALSE(d.page->isReading());
    CHECK(d.page->model()->rowById(deposit)->campaign == QStringLiteral("Ramadan Glow 2027"));
    CHECK(d.page->campaignBox()->findData(QStringLiteral("Ramadan Glow 2027")) > 0);
    CHECK(resets.isEmpty());

    // A change that does not name its payments (a campaign's currency) reads every row again.
    test::exec(*d.ws, QStringLiteral("UPDATE campaigns SET currency = 'USD' WHERE name = 'Ramadan Glow 2027'"));
    d.ws->announce({QStringLiteral("campaigns")});
    CHECK(d.page->isReading());
    d.waitForRows();
    CHECK(resets.size() == 1);
    CHECK(d.page->tileText(QStringLiteral("USD"), PaymentDirection::Payable, PaymentState::Paid) ==
          QStringLiteral("$5,000.00"));
}

TEST_CASE("payments sorted by a date or an amount stay in order as payments change come and go", "[payments]")
{
    test::PinnedClock clock;
    Desk d; // reads deliver at once
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.page->setStatusFilter(PaymentsPage::All);
    const qint64 deposit = d.paymentId(QStringLiteral("due_date = '2026-10-01'"));
    // The balances due 14 Nov: Rina's Rp12.000.000 drafted before Budi's Rp6.000.000.
    const qint64 rina =
        d.paymentId(QStringLiteral("id = (SELECT min(id) FROM payments WHERE due_date = '2026-11-14')"));
    const qint64 budi =
        d.paymentId(QStringLiteral("id = (SELECT max(id) FROM payments WHERE due_date = '2026-11-14')"));
    REQUIRE(rina < budi);
    const qint64 yearEnd = d.paymentId(QStringLiteral("due_date = '2027-01-14'"));
    const auto order = [&] {
        QList<qint64> ids;
        const QAbstractItemModel *m = d.page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->index(r, 0).data(PaymentListModel::IdRole).toLongLong();
        return ids;
    };
    // By due date, ties (Rina's and Budi's balances, both 14 Nov) by id.
    d.page->table()->sortByColumn(PaymentListModel::Due, Qt::AscendingOrder);
    CHECK(order() == QList<qint64>{deposit, rina, budi, yearEnd});

    PaymentService payments(*d.ws);
    const auto moveDue = [&](qint64 id, const QDate &due) {
        const PaymentRow row = d.page->model()->rowById(id).value();
        const PaymentInput in{.participantId = row.participantId,
                              .kind = row.kind,
                              .direction = row.direction,
                              .amount = Money(row.amount, row.currency),
                              .due = due,
                              .method = row.method,
                              .reference = row.reference,
                              .notes = row.notes};
        test::commit(*d.ws, [&](Transaction &tx) { return payments.update(tx, id, in); });
    };
    // A changed date moves its row, read back alone (no re-read of every row).
    QSignalSpy resets(d.page->model(), &QAbstractItemModel::modelReset);
    moveDue(yearEnd, QDate(2026, 9, 1));
    CHECK(order() == QList<qint64>{yearEnd, deposit, rina, budi});
    moveDue(deposit, QDate(2026, 12, 1));
    CHECK(order() == QList<qint64>{yearEnd, rina, budi, deposit});
    // One gone, one come: the new one takes its place by date.
    test::commit(*d.ws, [&](Transaction &tx) { return payments.remove(tx, deposit); });
    CHECK(order() == QList<qint64>{yearEnd, rina, budi});
    qint64 added = 0;
    test::commit(*d.ws, [&](Transaction &tx) -> Status {
        const PaymentInput in{.participantId = d.participants.at(1),
                              .kind = PaymentKind::Deposit,
                              .direction = PaymentDirection::Payable,
                              .amount = test::idr(2'000'000),
                              .due = QDate(2026, 10, 20),
                              .method = {},
                              .reference = {},
                              .notes = {}};
        auto id = payments.add(tx, in);
        added = id ? id.value() : 0;
        return id ? Status() : fail(id.error());
    });
    CHECK(order() == QList<qint64>{yearEnd, added, rina, budi});
    CHECK(resets.isEmpty());

    // By amount, largest first (ties by id, then reversed); a read of every row keeps the order.
    d.page->table()->sortByColumn(PaymentListModel::Amount, Qt::DescendingOrder);
    CHECK(order() == QList<qint64>{rina, budi, yearEnd, added});
    d.ws->announce({QStringLiteral("campaigns")});
    d.waitForRows();
    CHECK(resets.size() == 1);
    CHECK(order() == QList<qint64>{rina, budi, yearEnd, added});
    moveDue(rina, QDate(2026, 11, 30)); // not what it is sorted by: it stays
    CHECK(order() == QList<qint64>{rina, budi, yearEnd, added});
}
