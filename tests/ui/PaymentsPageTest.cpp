#include "PaymentsDesk.h"
#include "UiTestSupport.h"

#include "main/BackgroundRead.h"
#include "main/NameChoices.h"
#include "main/RoleColors.h"
#include "main/StatusChip.h"
#include "models/PaymentListModel.h"
#include "money/Invoices.h"
#include "money/PaymentService.h"
#include "payments/InvoicesDialog.h"
#include "payments/MarkPaidDialog.h"
#include "payments/PaymentDialog.h"
#include "payments/PaymentTiles.h"
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
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using Desk = cd::test::PaymentsDesk;

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
    CHECK(model.headerData(PaymentListModel::Paid, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("The day it was paid"));
    // Any other title whole on hover, for a column too narrow to show it.
    CHECK(model.headerData(PaymentListModel::MethodReference, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          QStringLiteral("Method / reference"));

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
    REQUIRE(model.rowById(yearEnd).has_value());
    CHECK(model.rowById(yearEnd)->amount == 5'000'000);
    CHECK_FALSE(model.rowById(-1).has_value());
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
    CHECK_FALSE(model.rowById(yearEnd).has_value());
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
    // Each bucket's figure, abbreviated, under its words. Every label of the tiles is plain text: laid
    // out as text documents, they were a third of the page's work when its figures first showed.
    CHECK(ageing->findChild<QLabel *>(QStringLiteral("ageingBucket1"))->text() == QStringLiteral("Rp18M"));
    // Under a thousand as the rest, one decimal at most: "$60" beside "$24.4K", not "$60.00".
    CHECK(PaymentTiles::abbreviated(6'000, QStringLiteral("USD")) == QStringLiteral("$60"));
    CHECK(PaymentTiles::abbreviated(6'050, QStringLiteral("USD")) == QStringLiteral("$60.5"));
    CHECK(PaymentTiles::abbreviated(2'440'000, QStringLiteral("USD")) == QStringLiteral("$24.4K"));
    CHECK(PaymentTiles::abbreviated(0, QStringLiteral("IDR")) == QStringLiteral("Rp0"));
    const QList<QLabel *> tileLabels =
        d.page->findChild<QWidget *>(QStringLiteral("paymentTiles"))->findChildren<QLabel *>();
    CHECK(tileLabels.size() >= 15);
    for (const QLabel *label : tileLabels)
        CHECK(label->textFormat() == Qt::PlainText);
    // The buckets' words keep apart: at 2 px between columns "1–30 days31–60" ran together on the
    // demo at 1366 px.
    auto *grid = qobject_cast<QGridLayout *>(ageing->layout());
    REQUIRE(grid != nullptr);
    CHECK(grid->horizontalSpacing() >= 8);
    // The bar's parts are as long as their sums, whatever room the words below take: 5 of 25 million
    // current is its first fifth, 18 million 1-30 days the next 72%, the 2 million deposit the last 8%.
    auto *bar = ageing->findChild<QWidget *>(QStringLiteral("ageingBar"));
    REQUIRE(bar != nullptr);
    const QImage drawn = bar->grab().toImage();
    const int width = drawn.width();
    REQUIRE(width >= 200);
    const auto colourAt = [&](double at) { return QColor(drawn.pixel(int(at * width), drawn.height() / 2)); };
    for (double at : {0.0, 0.1, 0.18})
        CHECK(colourAt(at) == roleColor(ColorRole::Info, bar));
    for (double at : {0.22, 0.5, 0.9})
        CHECK(colourAt(at) == roleColor(ColorRole::Attention, bar));
    for (double at : {0.94, 0.97, 0.999})
        CHECK(colourAt(at) == roleColor(ColorRole::Bad, bar));
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

TEST_CASE("an agency's tiles say who owes whom in bold over each currency", "[payments]")
{
    test::PinnedClock clock;
    Desk d(true);
    QStringList groups;
    for (const QWidget *group : d.page->findChildren<QWidget *>(QStringLiteral("tileGroup"))) {
        QStringList lines;
        for (const QLabel *label : group->findChildren<QLabel *>())
            lines << label->text() + (label->font().bold() ? QStringLiteral(" (bold)") : QString());
        groups << lines.join(QLatin1Char('/'));
    }
    CHECK(groups ==
          QStringList{QStringLiteral("Brands owe you (bold)/IDR"), QStringLiteral("You owe creators (bold)/IDR")});
    // Awaiting the brand: a column of the creators' row only.
    CHECK_FALSE(
        d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Payable, PaymentState::AwaitingBrand).isEmpty());
    CHECK(d.page->tileText(QStringLiteral("IDR"), PaymentDirection::Receivable, PaymentState::AwaitingBrand).isEmpty());
}

TEST_CASE("the search finds a payment by its kind brand campaign or reference in any case", "[payments]")
{
    test::PinnedClock clock;
    Desk d(true); // an agency: receivables, invoices
    QAbstractItemModelTester tester(d.page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.page->setStatusFilter(PaymentsPage::All);
    const qsizetype all = d.page->model()->rowCount();
    REQUIRE(all > 4);
    const auto found = [&](const QString &text) {
        d.page->searchField()->setText(text);
        return d.page->table()->model()->rowCount();
    };
    CHECK(found(QStringLiteral("DEPOSIT")) == 2); // Budi's deposit, receivable and payable
    CHECK(found(QStringLiteral("glow & co")) == all);
    CHECK(found(QStringLiteral("year end")) == 2);
    CHECK(found(QStringLiteral("no such thing")) == 0);
    // A reference and an invoice number, as read from the workspace.
    const qint64 deposit = d.paymentId(QStringLiteral("kind = 'deposit' AND direction = 'payable'"));
    {
        Transaction tx(*d.ws);
        REQUIRE(tx);
        REQUIRE(sql::run(tx.db(), QStringLiteral("UPDATE payments SET reference = 'BCA 8812' WHERE id = ?"), {deposit})
                    .ok());
        tx.touch(QStringLiteral("payments"));
        REQUIRE(tx.commit().ok());
    }
    CHECK(found(QStringLiteral("bca 88")) == 1);
    CHECK(d.page->table()->model()->index(0, 0).data(PaymentListModel::IdRole) == deposit);
    // A row put in place before the next read (the page's own change) brings its names as they are
    // now, for every row naming them, and the search sees them.
    const qsizetype ramadan = found(QStringLiteral("ramadan glow"));
    CHECK(ramadan == 6);
    test::exec(*d.ws, QStringLiteral("UPDATE campaigns SET name = 'Ramadan Sparkle' WHERE name = 'Ramadan Glow'"));
    QSqlDatabase db = d.ws->db();
    auto read = readPaymentsById(db, MoneySettings::read(db), {deposit});
    REQUIRE(read.ok());
    CHECK_FALSE(d.page->model()->applyRows({deposit}, read.value()));
    CHECK(found(QStringLiteral("sparkle")) == ramadan);
    CHECK(found(QStringLiteral("ramadan glow")) == 0);
    d.page->searchField()->clear();
    CHECK(d.page->table()->model()->rowCount() == all);
}

TEST_CASE("a filter box's choices are All then each name with the name as its data", "[payments]")
{
    NameChoices choices;
    QAbstractItemModelTester tester(&choices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(choices.rowCount() == 1); // "All" alone, before any read
    choices.setNames(QStringLiteral("All creators"), {QStringLiteral("Budi Santoso"), QStringLiteral("Rina Wijaya")});
    REQUIRE(choices.rowCount() == 3);
    CHECK(choices.index(0).data() == QStringLiteral("All creators"));
    CHECK(choices.index(0).data(Qt::UserRole) == QString());
    CHECK(choices.index(2).data() == QStringLiteral("Rina Wijaya"));
    CHECK(choices.index(2).data(Qt::UserRole) == QStringLiteral("Rina Wijaya"));
    CHECK_FALSE(choices.index(3).isValid());
    // In a box, as the Payments page uses it: found by its data, kept across new names.
    QComboBox box;
    auto *model = new NameChoices(&box);
    box.setModel(model);
    model->setNames(QStringLiteral("All creators"), {QStringLiteral("Budi Santoso"), QStringLiteral("Rina Wijaya")});
    box.setCurrentIndex(box.findData(QStringLiteral("Rina Wijaya")));
    CHECK(box.currentIndex() == 2);
    CHECK(box.currentText() == QStringLiteral("Rina Wijaya"));
    Desk d;
    d.page->creatorBox()->setCurrentIndex(d.page->creatorBox()->findData(QStringLiteral("Rina Wijaya")));
    CHECK(d.page->creatorBox()->currentText() == QStringLiteral("Rina Wijaya"));
    CHECK(d.page->summary().startsWith(QStringLiteral("2 of 4 payment")));
    d.page->reload(); // the same names: the choice stays
    CHECK(d.page->creatorBox()->currentText() == QStringLiteral("Rina Wijaya"));
    CHECK(d.page->summary().startsWith(QStringLiteral("2 of 4 payment")));
}

TEST_CASE("the tiles' figures per direction and currency match a hand count", "[payments]")
{
    const QDate asOf(2026, 11, 23);
    const auto row = [](PaymentDirection direction, const char *currency, qint64 amount, QDate due, QDate paid = {},
                        bool awaitingBrand = false) {
        // As read: a row's currency is its campaign's, and a payable drafted for a receivable names it.
        PaymentRow r;
        r.direction = direction;
        r.currency = QString::fromLatin1(currency);
        r.campaignId = r.currency == QStringLiteral("USD") ? 2 : 1;
        r.amount = amount;
        r.timing.due = due;
        r.timing.paid = paid;
        r.timing.hasReceivable = awaitingBrand;
        r.receivableId = awaitingBrand ? 99 : 0;
        return r;
    };
    const auto out = PaymentDirection::Payable, in = PaymentDirection::Receivable;
    const QList<PaymentRow> rows{
        row(out, "USD", 700, asOf.addDays(-100)),               // overdue 100 days: 90+
        row(out, "IDR", 1'000, asOf.addDays(3)),                // due: current
        row(in, "IDR", 5'000, asOf.addDays(-31)),               // overdue 31 days
        row(out, "IDR", 2'000, asOf.addDays(-1)),               // overdue 1 day
        row(out, "IDR", 4'000, asOf.addDays(-5), asOf),         // paid today
        row(out, "IDR", 8'000, asOf.addDays(-10), {}, true),    // awaiting the brand: no ageing
        row(in, "IDR", 16'000, asOf.addDays(-90)),              // overdue 90 days: 61-90
        row(out, "IDR", 32'000, QDate(), asOf.addDays(1)),      // paid tomorrow: due today, no date
        row(in, "USD", 64, asOf.addDays(-2), asOf.addDays(-1)), // paid
    };
    const PaymentTiles::Figures f = PaymentTiles::figures(PaymentTable::fromRows(rows), asOf);
    QStringList seen;
    for (const PaymentTiles::Group &g : f) {
        QStringList buckets;
        for (qint64 b : g.buckets)
            buckets << QString::number(b);
        seen << QStringLiteral("%1 %2: due %3 overdue %4 awaiting %5 paid %6; counts %7/%8/%9/%10; ageing %11")
                    .arg(g.direction == in ? QStringLiteral("in") : QStringLiteral("out"), g.totals.currency)
                    .arg(g.totals.due)
                    .arg(g.totals.overdue)
                    .arg(g.totals.awaitingBrand)
                    .arg(g.totals.paid)
                    .arg(g.counts[0])
                    .arg(g.counts[1])
                    .arg(g.counts[2])
                    .arg(g.counts[3])
                    .arg(buckets.join(u' '));
    }
    // Receivables first, then each direction's currencies by code; counts are overdue, due,
    // awaiting, paid; ageing is current, 1-30, 31-60, 61-90, 90+.
    CHECK(seen ==
          QStringList{
              QStringLiteral("in IDR: due 0 overdue 21000 awaiting 0 paid 0; counts 2/0/0/0; ageing 0 0 5000 16000 0"),
              QStringLiteral("in USD: due 0 overdue 0 awaiting 0 paid 64; counts 0/0/0/1; ageing 0 0 0 0 0"),
              QStringLiteral("out IDR: due 33000 overdue 2000 awaiting 8000 paid 4000; counts 1/2/1/1; ageing "
                             "33000 2000 0 0 0"),
              QStringLiteral("out USD: due 0 overdue 700 awaiting 0 paid 0; counts 1/0/0/0; ageing 0 0 0 0 700"),
          });
    CHECK(PaymentTiles::figures({}, asOf).isEmpty());
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

TEST_CASE("deleting receivables with their shares chosen too deletes each once and says the shares go", "[payments]")
{
    test::PinnedClock clock;
    Desk d(true);
    QSqlDatabase db = d.ws->db();
    const auto count = [&db] { return sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments"))->toInt(); };
    const int before = count(); // each of the three deals' receivables with the creator's share
    d.page->campaignBox()->setCurrentIndex(d.page->campaignBox()->findData(QStringLiteral("Year End")));
    d.page->table()->selectAll();
    REQUIRE(d.page->selectedRows().size() == 2); // Rina's fee from the brand and her share of it
    d.page->deleteSelected();
    CHECK(ask::lastText() ==
          QStringLiteral("Delete 2 payments? A receivable takes its creator's drafted, unpaid share with it."));
    CHECK(count() == before - 2);
    // The campaign's last payments went: it stays chosen, and the list says nothing matches.
    CHECK(d.page->campaignBox()->currentText() == QStringLiteral("Year End"));
    CHECK(d.page->summary().startsWith(QStringLiteral("0 of ")));
    d.undo()->undo();
    CHECK(count() == before);
    CHECK(d.page->campaignBox()->currentText() == QStringLiteral("Year End"));
    CHECK(d.page->summary().startsWith(QStringLiteral("2 of ")));
    // The receivable alone: its share goes with it, and undo brings both back.
    d.page->directionBox()->setCurrentIndex(d.page->directionBox()->findData(int(PaymentDirection::Receivable)));
    d.page->table()->selectAll();
    REQUIRE(d.page->selectedRows().size() == 1);
    d.page->deleteSelected();
    CHECK(count() == before - 2);
    d.undo()->undo();
    CHECK(count() == before);
    // Rows of two currencies make no invoice: the refusal, not a sum of both in one currency.
    test::exec(*d.ws, QStringLiteral("UPDATE campaigns SET currency = 'USD' WHERE name = 'Year End'"));
    d.page->reload();
    d.waitForRows();
    d.page->campaignBox()->setCurrentIndex(0);
    d.page->table()->selectAll();
    ask::setAnswerForTests(QMessageBox::No); // a question asked would stop there
    d.page->createInvoiceFromSelected();
    ask::setAnswerForTests(QMessageBox::Yes);
    INFO(ask::lastText().toStdString());
    CHECK(ask::lastText().contains(QStringLiteral("currenc")));
    CHECK(readInvoices(db)->isEmpty());
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
    // The search finds them by the invoice's number, whatever the other filters.
    d.page->campaignBox()->setCurrentIndex(0);
    d.page->searchField()->setText(QStringLiteral("inv/2026/0001"));
    CHECK(d.page->table()->model()->rowCount() == 3);
    d.page->searchField()->clear();
    d.page->campaignBox()->setCurrentIndex(d.page->campaignBox()->findData(QStringLiteral("Ramadan Glow")));

    // Undo voids the invoice (its number stays used) and frees the receivables.
    CHECK(d.undo()->undoText() == QStringLiteral("Create invoice INV/2026/0001 for Glow & Co"));
    d.undo()->undo();
    invoices = readInvoices(db);
    REQUIRE(invoices->size() == 1);
    CHECK(invoices->first().isVoid);
    CHECK(d.shown(PaymentListModel::Invoice) == QStringList(3, QString()));
    for (const PaymentTable::Entry &e : d.page->model()->table().entries())
        CHECK(e.invoiceId == 0);
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
        CHECK(list->table()->item(0, 5)->text() == QStringLiteral("Issued"));
        CHECK(qobject_cast<StatusChipDelegate *>(list->table()->itemDelegateForColumn(5)));
        REQUIRE(list->select(issued.id));
        CHECK(list->exportSelected(pdf));
        CHECK(list->voidSelected());
        CHECK(list->table()->item(0, 5)->text() == QStringLiteral("Void since 23 Nov 2026"));
        CHECK(statusChipRole(u"void") == ColorRole::Muted);
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
    auto *page = window.page<PaymentsPage>(MainWindow::Payments);
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

TEST_CASE("the invoices' PDF starts in the app's language")
{
    test::Window w;
    const QLocale before;
    {
        InvoicesDialog english(*w.window->history());
        CHECK(ContractLanguage(english.languageBox()->currentData().toInt()) == ContractLanguage::En);
    }
    // As Settings > Language: Bahasa Indonesia leaves it (applyUiLocale); the PDF had started in English.
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    InvoicesDialog indonesian(*w.window->history());
    QLocale::setDefault(before);
    CHECK(ContractLanguage(indonesian.languageBox()->currentData().toInt()) == ContractLanguage::Id);
}
