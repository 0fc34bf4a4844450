#include "UiTestSupport.h"

#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "creators/CreatorEditor.h"
#include "creators/MoneyTab.h"
#include "dashboard/DashboardPage.h"
#include "main/Ask.h"
#include "main/MainWindow.h"
#include "models/ParticipantListModel.h"
#include "money/MoneySettings.h"
#include "services/CreatorProfile.h"
#include "services/ParticipantService.h"
#include "settings/MoneySettingsForm.h"
#include "settings/SettingsDialog.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using cd::test::TempDir;
using cd::test::Window;

namespace {
void setPerspective(Workspace &ws, const QString &perspective)
{
    REQUIRE(settings::setByName(ws, *findSettingKey(QStringLiteral("perspective")), perspective).ok());
}

CampaignView *ramadanRefresh(Window &w)
{
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1); // Ramadan Refresh 2026: IDR, 2026-03-01 to 2026-03-31; Rina and Alex
    return page->view();
}

void selectParticipant(CampaignView *view, const QString &creator)
{
    QAbstractItemModel *m = view->participantsTable()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, ParticipantListModel::Creator).data().toString() == creator) {
            view->participantsTable()->selectRow(row);
            return;
        }
    FAIL("no such creator in the campaign");
}
} // namespace

TEST_CASE("Draft Payment Schedule drafts the campaign's payments from the terms, as one undoable step", "[money-ui]")
{
    test::PinnedClock clock;
    Window w;
    // Alex (participant 2) confirmed at Rp12.000.000 with a Rp2.000.000 deposit, no contract; Rina
    // (participant 1, whose deposit and fee are already recorded by hand) is only invited now.
    test::exec(*w.ws, QStringLiteral("UPDATE participants SET status = 'confirmed', fee_minor = 12000000, "
                                     "deposit_minor = 2000000, points = NULL, point_value_minor = NULL WHERE id = 2"));
    test::exec(*w.ws, QStringLiteral("UPDATE participants SET status = 'invited' WHERE id = 1"));
    CampaignView *view = ramadanRefresh(w);
    view->participants()->reload();
    REQUIRE(view->draftCampaignAction()->isEnabled());
    const int steps = w.undo()->count();

    view->draftCampaignAction()->trigger();
    // Deposit due on the campaign's start (no signed contract); the balance 12,000,000 - 2,000,000
    // due 30 days (the default terms) after its end, 2026-03-31.
    QSqlDatabase db = w.ws->db();
    auto rows = sql::run(db, QStringLiteral("SELECT kind, amount_minor, due_date, direction, origin, paid_date IS NULL "
                                            "FROM payments WHERE participant_id = 2 ORDER BY due_date"));
    REQUIRE(rows.ok());
    QStringList drafted;
    while (rows->next())
        drafted << QStringList{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                               rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString()}
                       .join(QLatin1Char(' '));
    CHECK(drafted == QStringList{QStringLiteral("deposit 2000000 2026-03-01 payable drafted 1"),
                                 QStringLiteral("fee 10000000 2026-04-30 payable drafted 1")});
    CHECK(view->lastMessage() == QStringLiteral("Drafted 2 payments; 1 creator skipped (status invited)"));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE participant_id = 1")).toInt() == 2);
    CHECK(w.undo()->count() == steps + 1);
    CHECK(w.undo()->undoText() == QStringLiteral("Draft Payment Schedule"));

    // Again: nothing to draft, and no empty undo step.
    view->draftCampaignAction()->trigger();
    CHECK(
        view->lastMessage() ==
        QStringLiteral("Nothing to draft: the payments already follow the terms; 1 creator skipped (status invited)"));
    CHECK(w.undo()->count() == steps + 1);

    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE participant_id = 2")).toInt() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE participant_id = 1")).toInt() == 2);

    // For the chosen creator only: the same two rows; a raised fee then updates the drafted balance.
    selectParticipant(view, QStringLiteral("Alex Chen"));
    REQUIRE(view->draftSelectedAction()->isEnabled());
    view->draftSelectedAction()->trigger();
    CHECK(view->lastMessage() == QStringLiteral("Drafted 2 payments"));
    CHECK(w.undo()->undoText() == QStringLiteral("Draft Payment Schedule for Alex Chen"));
    test::exec(*w.ws, QStringLiteral("UPDATE participants SET fee_minor = 15000000 WHERE id = 2"));
    view->draftSelectedAction()->trigger();
    CHECK(view->lastMessage() == QStringLiteral("Updated 1"));
    CHECK(w.scalar(QStringLiteral("SELECT amount_minor FROM payments WHERE participant_id = 2 AND kind = 'fee'"))
              .toLongLong() == 13'000'000);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT amount_minor FROM payments WHERE participant_id = 2 AND kind = 'fee'"))
              .toLongLong() == 10'000'000);

    // The invited creator alone: nothing drafted, and why.
    selectParticipant(view, QStringLiteral("Rina Wijaya"));
    view->draftSelectedAction()->trigger();
    CHECK(view->lastMessage() == QStringLiteral("Nothing to draft: payments are drafted for confirmed or completed "
                                                "creators; 1 creator skipped (status invited)"));
}

TEST_CASE("removing a creator whose receivable is on an issued invoice is refused until it is voided", "[money-ui]")
{
    test::PinnedClock clock;
    Window w(QMessageBox::Yes);
    setPerspective(*w.ws, QStringLiteral("agency"));
    test::exec(*w.ws,
               QStringLiteral("INSERT INTO invoices (id, number, year, sequence, brand_id, currency, issue_date, "
                              "due_date, subtotal_minor, created_at) VALUES (7, 'INV/2026/0003', 2026, 3, 1, "
                              "'IDR', '2026-11-01', '2026-12-01', 12000000, 'x')"));
    test::exec(*w.ws, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                                     "due_date, invoice_id, created_at, updated_at) VALUES (1, 'fee', 'receivable', "
                                     "'drafted', 12000000, '2026-12-01', 7, 'x', 'x')"));
    CampaignView *view = ramadanRefresh(w);
    selectParticipant(view, QStringLiteral("Rina Wijaya"));
    view->removeSelected();
    CHECK(ask::lastText() ==
          QStringLiteral("Rina Wijaya has payments on invoice INV/2026/0003; void the invoice first."));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 1")).toInt() == 2);

    // The core call refuses too, whoever calls it.
    {
        Transaction tx(*w.ws);
        REQUIRE(tx);
        const Status removed = ParticipantService(*w.ws).remove(tx, 1);
        CHECK(removed.error() == QStringLiteral("Rina Wijaya has payments on invoice INV/2026/0003; void the invoice "
                                                "first"));
    }
    // Void (as Invoices::voidInvoice does: the receivables are freed) and she can go; undo brings her back.
    test::exec(*w.ws, QStringLiteral("UPDATE invoices SET status = 'void', voided_on = '2026-11-23' WHERE id = 7"));
    test::exec(*w.ws, QStringLiteral("UPDATE payments SET invoice_id = NULL WHERE invoice_id = 7"));
    view->removeSelected();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 1")).toInt() == 1);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 1")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments WHERE participant_id = 1")).toInt() == 3);
}

TEST_CASE("the creator's Money tab shows earned, paid, owed and overdue, and their payments", "[money-ui]")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    // Rina's payments in a brand workspace: the fixture's deposit Rp1.500.000 paid 2026-02-24 and fee
    // Rp3.500.000 due 2026-04-15 (overdue), and a reimbursement Rp250.000 due 2026-12-31 (due).
    test::exec(*w.ws, QStringLiteral("INSERT INTO payments (participant_id, kind, amount_minor, due_date, created_at, "
                                     "updated_at) VALUES (1, 'reimbursement', 250000, '2026-12-31', 'x', 'x')"));
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    MoneyTab *money = editor.moneyTab();
    REQUIRE(money->figures().size() == 1);
    const CreatorMoneyFigures f = money->figures().first();
    CHECK(f.currency == QStringLiteral("IDR"));
    CHECK(f.earned == 5'250'000);
    CHECK(f.paid == 1'500'000);
    CHECK(f.owed == 3'750'000);
    CHECK(f.overdue == 3'500'000);
    // The tiles say the same.
    QStringList tiles;
    for (QLabel *l : money->findChildren<QLabel *>(QStringLiteral("moneyTileValue")))
        tiles << l->text();
    CHECK(tiles == QStringList{QStringLiteral("Rp5.250.000"), QStringLiteral("Rp1.500.000"),
                               QStringLiteral("Rp3.750.000"), QStringLiteral("Rp3.500.000")});
    QTableWidget *table = money->paymentsTable();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->columnCount() == 8); // no direction column for a brand
    // By due date: the deposit (paid), the fee (overdue 222 days), the reimbursement (due).
    CHECK(table->item(0, 1)->text() == QStringLiteral("Deposit"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("Paid"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("24 Feb 2026"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("15 Apr 2026"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("Overdue 222 days"));
    CHECK(table->item(1, 4)->text() == QStringLiteral("Rp3.500.000"));
    // PPh 21 estimated on the open fee without NPWP: 50% x 3,500,000 x 5% x 1.2 = 105,000.
    CHECK(table->item(1, 5)->text() == QStringLiteral("Rp105.000"));
    CHECK(table->item(1, 6)->text() == QStringLiteral("Rp3.395.000"));
    CHECK(table->item(1, 4)->textAlignment() == int(Qt::AlignRight | Qt::AlignVCenter));
    // A reimbursement carries no withholding.
    CHECK(table->item(2, 5)->text() == QStringLiteral("Rp0"));
    CHECK(money->statementButton() == nullptr); // statements are for agencies
    CHECK(money->agencyRateEdit() == nullptr);
}

TEST_CASE("the Money tab checks the NPWP as typed and saves the tax details with the creator", "[money-ui]")
{
    test::PinnedClock clock;
    Window w;
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    MoneyTab *money = editor.moneyTab();
    CHECK(money->npwpMessage()->isHidden());
    QTest::keyClicks(money->npwpEdit(), QStringLiteral("31.71x"));
    CHECK(money->npwpMessage()->text() ==
          QStringLiteral("An NPWP holds digits only (dots and dashes are fine): '31.71x'."));
    CHECK_FALSE(money->npwpMessage()->isHidden());
    money->npwpEdit()->setText(QStringLiteral("317101234"));
    CHECK(money->npwpMessage()->text() ==
          QStringLiteral("An NPWP has 16 digits (or 15 in the old form); '317101234' has 9."));
    test::waitForCheck(editor);
    CHECK(editor.problem() ==
          QStringLiteral("Money: An NPWP has 16 digits (or 15 in the old form); '317101234' has 9."));
    money->npwpEdit()->setText(QStringLiteral("3171.0123.4567.8901"));
    CHECK(money->npwpMessage()->isHidden());
    money->taxProfileBox()->setCurrentIndex(money->taxProfileBox()->findData(int(TaxProfile::Company)));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT npwp FROM creators WHERE id = 1")).toString() ==
          QStringLiteral("3171012345678901"));
    CHECK(w.scalar(QStringLiteral("SELECT tax_type FROM creators WHERE id = 1")).toString() ==
          QStringLiteral("company"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT npwp FROM creators WHERE id = 1")).toString().isEmpty());

    // The core refuses what the form would: an NPWP of letters, a rate over 100%.
    CreatorInput in = CreatorService(*w.ws).load(1).value();
    CHECK(in.taxProfile == TaxProfile::Person);
    in.npwp = QStringLiteral("NPWP");
    CHECK(CreatorService(*w.ws).update(1, in).error().startsWith(QStringLiteral("an NPWP holds digits only")));
    in.npwp.clear();
    in.agencyRateBp = 10'001;
    CHECK(CreatorService(*w.ws).update(1, in).error() == QStringLiteral("the agency rate must be between 0% and 100%"));
    in.agencyRateBp = 1'750;
    REQUIRE(CreatorService(*w.ws).update(1, in).ok());
    CHECK(CreatorService(*w.ws).load(1)->agencyRateBp == 1'750);
}

TEST_CASE("in an agency workspace the Money tab sets the creator's fee and writes one statement per currency",
          "[money-ui]")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir out;
    Window w;
    setPerspective(*w.ws, QStringLiteral("agency"));
    // Rina also in Kopi Launch (USD) with a payable there; the fixture's IDR fee is still open.
    test::exec(*w.ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, status, fee_minor, "
                                     "created_at, updated_at) VALUES (3, 2, 1, 'confirmed', 50000, 'x', 'x')"));
    test::exec(*w.ws, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, amount_minor, due_date, "
                                     "created_at, updated_at) VALUES (3, 'fee', 'payable', 40000, '2026-10-20', 'x', "
                                     "'x')"));
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    MoneyTab *money = editor.moneyTab();
    REQUIRE(money->statementButton() != nullptr);
    REQUIRE(money->agencyRateEdit() != nullptr);
    CHECK(money->agencyRateEdit()->placeholderText().startsWith(QStringLiteral("20 ")));
    CHECK(money->paymentsTable()->columnCount() == 9);
    CHECK(money->figures().size() == 2); // IDR and USD
    // Five tiles a currency in an agency, the last what the agency keeps: nothing here, where no
    // payment to her was drafted for a receivable (InvoiceTest counts a real fee).
    CHECK(money->findChildren<QLabel *>(QStringLiteral("moneyTileValue")).size() == 10);
    CHECK(money->figures().at(1).currency == QStringLiteral("USD"));
    CHECK(money->figures().at(1).owed == 40'000);
    CHECK(money->figures().at(1).agencyFee == 0);

    CHECK(MoneyTab::lastFullMonth(QDate(2026, 11, 23)) == std::pair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    CHECK(MoneyTab::lastFullMonth(QDate(2026, 1, 5)) == std::pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    auto written = money->writeStatements(QDate(2026, 10, 1), QDate(2026, 10, 31), ContractLanguage::En,
                                          out.path(QStringLiteral("rina.pdf")));
    REQUIRE(written.ok());
    CHECK(written.value() ==
          QStringList{out.path(QStringLiteral("rina-IDR.pdf")), out.path(QStringLiteral("rina-USD.pdf"))});
    for (const QString &path : written.value())
        CHECK(test::fileBytes(path).startsWith("%PDF"));

    money->agencyRateEdit()->setText(QStringLiteral("17,5"));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    money->agencyRateEdit()->setText(QStringLiteral("120"));
    test::waitForCheck(editor);
    CHECK(editor.problem() == QStringLiteral("Money: The agency fee is a percent from 0 to 100, like 20 or 17.5."));
    money->agencyRateEdit()->setText(QStringLiteral("17.5"));
    test::waitForCheck(editor);
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT agency_rate_bp FROM creators WHERE id = 1")).toInt() == 1750);
}

TEST_CASE("Settings' Money tab saves the perspective and the agency fee, and refuses a pattern without a number",
          "[money-ui]")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    SettingsDialog dialog(*w.ws);
    MoneySettingsForm *money = dialog.moneyForm();
    CHECK(money->perspectiveBox()->currentData().toString() == QStringLiteral("brand"));
    CHECK(money->agencyRateBox()->value() == Approx(20.0));
    CHECK(money->invoiceExample()->text() == QStringLiteral("e.g. INV/2026/0001"));
    // A brand's workspace greys the agency settings out and says why (isVisibleTo: the dialog is not shown).
    auto *agencyOnly = money->findChild<QLabel *>(QStringLiteral("agencyOnlyLabel"));
    REQUIRE(agencyOnly != nullptr);
    CHECK(agencyOnly->isVisibleTo(money));
    CHECK_FALSE(money->agencyRateBox()->isEnabled());
    money->perspectiveBox()->setCurrentIndex(money->perspectiveBox()->findData(QStringLiteral("agency")));
    CHECK_FALSE(agencyOnly->isVisibleTo(money));
    CHECK(money->agencyRateBox()->isEnabled());
    money->agencyRateBox()->setValue(17.5);
    money->paymentTermsBox()->setValue(45);
    money->invoicePatternEdit()->setText(QStringLiteral("KND-{YY}{MM}-{NNNN}"));
    CHECK(money->invoiceExample()->text() == QStringLiteral("e.g. KND-2611-0001"));
    REQUIRE(dialog.save());
    QSqlDatabase db = w.ws->db();
    const MoneySettings read = MoneySettings::read(db);
    CHECK(read.perspective == Perspective::Agency);
    CHECK(read.agencyRateBp == 1750);
    CHECK(read.paymentTermsDays == 45);
    CHECK(read.invoicePattern == QStringLiteral("KND-{YY}{MM}-{NNNN}"));
    // Reopened, the dialog shows what was saved.
    SettingsDialog again(*w.ws);
    CHECK(again.moneyForm()->perspectiveBox()->currentData().toString() == QStringLiteral("agency"));
    CHECK(again.moneyForm()->agencyRateBox()->value() == Approx(17.5));

    // A pattern without {NNNN}: said beside the field and on Save; nothing else is written.
    again.moneyForm()->invoicePatternEdit()->setText(QStringLiteral("INV-{YYYY}"));
    CHECK(again.moneyForm()->invoiceExample()->text().isEmpty());
    again.moneyForm()->agencyRateBox()->setValue(25);
    CHECK_FALSE(again.save());
    CHECK(again.problemText() ==
          QStringLiteral("Not saved: Put {NNNN} once where the running number goes, like INV/{YYYY}/{NNNN}."));
    CHECK(MoneySettings::read(db).agencyRateBp == 1750);
}

TEST_CASE("in an agency Settings says as it is typed when the tax number is no NPWP", "[money-ui]")
{
    test::PinnedClock clock;
    Window w;
    const auto message = [](SettingsDialog &dialog) {
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("partyTaxMessage"));
        REQUIRE(label != nullptr);
        return label->isHidden() ? QString() : label->text();
    };
    const auto taxField = [](SettingsDialog &dialog) {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("partyTaxLineEdit"));
        REQUIRE(edit != nullptr);
        return edit;
    };
    {
        SettingsDialog brand(*w.ws); // a brand's contracts may carry another country's number
        taxField(brand)->setText(QStringLiteral("GB 123 4567 89"));
        CHECK(message(brand).isEmpty());
    }
    REQUIRE(settings::setByName(*w.ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
    SettingsDialog agency(*w.ws);
    QLineEdit *tax = taxField(agency);
    CHECK(message(agency).isEmpty()); // none set
    tax->setText(QStringLiteral("belum ada"));
    CHECK(message(agency) ==
          QStringLiteral("Not an NPWP (16 digits): brands withhold PPh 23 from you at double the rate."));
    tax->setText(QStringLiteral("NPWP 0012 3456 7890 1000"));
    CHECK(message(agency).isEmpty());
}

TEST_CASE("the dashboard lists the ten most overdue payments and opens their campaign", "[money-ui]")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    // The fixture's fee (due 2026-04-15) and eleven more, due 2026-11-01 .. 2026-11-11.
    for (int day = 1; day <= 11; ++day)
        test::exec(*w.ws, QStringLiteral("INSERT INTO payments (participant_id, kind, amount_minor, due_date, "
                                         "created_at, updated_at) VALUES (1, 'other', 100000, '2026-11-%1', 'x', 'x')")
                              .arg(day, 2, 10, QLatin1Char('0')));
    w.window->showPage(MainWindow::Dashboard);
    auto *page = w.window->page<DashboardPage>(MainWindow::Dashboard);
    page->reload();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    QTreeWidget *list = page->overdue();
    REQUIRE(list->topLevelItemCount() == 11);
    const auto row = [list](int i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        return QStringList{item->text(0), item->text(1), item->text(2)};
    };
    // How late first, then how much, then whose: the columns a narrow box keeps whole.
    CHECK(row(0) == QStringList{QStringLiteral("222 days"), QStringLiteral("Rp3.395.000 net"),
                                QStringLiteral("Pay Rina Wijaya · Ramadan Refresh 2026")});
    CHECK(list->topLevelItem(0)->toolTip(2) ==
          QStringLiteral("Pay Rina Wijaya Rp3.395.000 net — 222 days overdue (Ramadan Refresh 2026)"));
    // Rp100.000 less PPh 21 without NPWP (50% x 5% x 1.2 = 3%): Rp97.000; the tenth is due 11-09.
    CHECK(row(9) == QStringList{QStringLiteral("14 days"), QStringLiteral("Rp97.000 net"),
                                QStringLiteral("Pay Rina Wijaya · Ramadan Refresh 2026")});
    CHECK(list->topLevelItem(10)->text(0) == QStringLiteral("…and 2 more on the Payments page"));
    emit list->itemActivated(list->topLevelItem(0), 0);
    CHECK(w.window->currentPage() == MainWindow::Campaigns);
    CHECK(w.window->page<CampaignsPage>(MainWindow::Campaigns)->selectedIds() == QList<qint64>{1});
}
