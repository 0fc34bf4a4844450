#include "UiTestSupport.h"
#include "common/LocalSettings.h"

#include "campaigns/CampaignEditor.h"
#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/DeliverableEditor.h"
#include "campaigns/DeliverablesPanel.h"
#include "campaigns/MarkPostedDialog.h"
#include "campaigns/ParticipantEditor.h"
#include "campaigns/TimelinePanel.h"
#include "common/Clock.h"
#include "main/Ask.h"
#include "main/MainWindow.h"
#include "main/RoleColors.h"
#include "main/StatusChip.h"
#include "models/DeliverableListModel.h"
#include "models/ParticipantListModel.h"
#include "services/DeliverableService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cd;
using cd::test::childNamed;
using cd::test::saveButton;
using cd::test::TempDir;
using cd::test::Window;

TEST_CASE("a campaign is created with its brief and targets in the editor, and undo takes it away")
{
    Window w;
    CampaignEditor editor(*w.window->history(), 0, CampaignInput{}, w.window.get());
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("campaignNameLineEdit")), QStringLiteral("Lebaran"));
    // No brand is taken for granted: the first by name would be saved unless someone noticed.
    auto *brand = editor.findChild<QComboBox *>(QStringLiteral("campaignBrandComboBox"));
    CHECK(brand->currentIndex() == -1);
    CHECK(QTest::qWaitFor([&] { return editor.problem() == QStringLiteral("Choose the campaign's brand."); }, 3000));
    brand->setCurrentText(QStringLiteral("Kopi Kita"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("campaignBudgetLineEdit")),
                     QStringLiteral("Rp25.000.000"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("campaignHashtagsLineEdit")),
                     QStringLiteral("#KopiKita #MudikBareng"));
    auto *views = editor.findChild<QLineEdit *>(QStringLiteral("targetViewsLineEdit"));
    QTest::keyClicks(views, QStringLiteral("lots"));
    // The editor checks after a pause in typing; on a busy machine that pause can run long.
    const QString notACount = QStringLiteral("The views target must be a whole number such as 200000, not 'lots'.");
    CHECK(QTest::qWaitFor([&] { return editor.problem() == notACount; }, 3000));
    CHECK(editor.problem() == notACount);
    views->setText(QStringLiteral("150.000"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("targetRateLineEdit")), QStringLiteral("4,5"));
    CHECK(QTest::qWaitFor([&] { return editor.problem().isEmpty(); }, 3000));
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    const CampaignInput stored = CampaignService(*w.ws).load(editor.recordId()).value();
    CHECK(stored.brand == QStringLiteral("Kopi Kita"));
    CHECK(stored.budget == Money(25'000'000, QStringLiteral("IDR")));
    CHECK(stored.hashtags == QStringList{QStringLiteral("KopiKita"), QStringLiteral("MudikBareng")});
    CHECK(stored.kpi.views == 150'000);
    CHECK(stored.kpi.engagementRateBp == 450);
    CHECK(w.undo()->undoText() == QStringLiteral("Add Lebaran"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM campaigns WHERE name = 'Lebaran'")).toInt() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM campaign_tags WHERE tag = 'MudikBareng'")).toInt() == 0);
    w.undo()->redo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM campaign_tags WHERE tag = 'MudikBareng'")).toInt() == 1);
}

TEST_CASE("deleting a campaign says what goes with it, and undo brings all of it back")
{
    Window w(QMessageBox::Yes);
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    REQUIRE(page != nullptr);
    QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->select(1);
    page->deleteSelected();
    CHECK(ask::lastText() == QStringLiteral("Delete Ramadan Refresh 2026?\n\nThis also deletes 2 creators taking part, "
                                            "1 deliverable, 2 post metric snapshots, 1 contract, 2 payments.\nEdit > "
                                            "Undo brings it all back."));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM post_metric_snapshots")).toInt() == 0);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM campaigns")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM post_metric_snapshots")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT body FROM deliverable_feedback")).toString() ==
          QStringLiteral("Show the bottle label"));
    CHECK(page->table()->model()->rowCount() == 2);
}

TEST_CASE("the creator picked for a campaign shows their 90-day engagement rate")
{
    Window w(QMessageBox::Yes);
    // As of 1 Apr 2026 the window is 2 Jan to 1 Apr: Rina's post of 12 Mar counts with its
    // snapshot of 20 Mar, 3,100 + 210 + 75 + 140 = 3,525 engagements over the 48,000 followers she
    // had on 28 Feb (the count before posting): 7.34%.
    Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    {
        ParticipantEditor editor(*w.window->history(), 2, 0, ParticipantInput{}, w.window.get());
        auto *creator = editor.findChild<QComboBox *>(QStringLiteral("participantCreatorComboBox"));
        auto *info = editor.findChild<QLabel *>(QStringLiteral("participantCreatorInfo"));
        creator->setCurrentText(QStringLiteral("Rina Wijaya"));
        CHECK(info->text().startsWith(QStringLiteral("Macro · engagement 7.34% over 90 days\nInstagram 52,500")));
        creator->setCurrentText(QStringLiteral("Alex Chen")); // no post in the window: no rate
        CHECK_FALSE(info->text().contains(QStringLiteral("engagement")));
        creator->setCurrentText(QStringLiteral("Rina Wijaya"));
        CHECK(info->text().startsWith(QStringLiteral("Macro · engagement 7.34% over 90 days")));
    }
    Clock::setFixed({});
}

TEST_CASE("a creator joins a campaign with their terms, the budget follows, and undo takes it back")
{
    Window w(QMessageBox::Yes);
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(2); // Kopi Launch: USD, a $20,000.00 budget, nobody yet
    CampaignView *view = page->view();
    QAbstractItemModelTester tester(view->participants(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view->summary() ==
          QStringLiteral("0 creators taking part · $0.00 committed of the $20,000.00 budget ($20,000.00 left; "
                         "commission comes on top)"));

    ParticipantEditor editor(*w.window->history(), 2, 0, ParticipantInput{}, w.window.get());
    auto *creator = editor.findChild<QComboBox *>(QStringLiteral("participantCreatorComboBox"));
    creator->setCurrentText(QStringLiteral("Budi Santoso")); // archived: not offered, and refused
    test::waitForCheck(editor);
    CHECK(editor.problem().contains(QStringLiteral("archived")));
    creator->setCurrentText(QStringLiteral("Rina Wijaya"));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("participantCreatorInfo"))
              ->text()
              .startsWith(QStringLiteral(
                  "Macro\nInstagram 52,500 followers, typical fee $393.75 – $656.25\nTikTok 120,000 followers")));
    // Her signed exclusivity with Teh Segar (beverages, to 2026-06-30) is said before she is added.
    CHECK(editor.findChild<QLabel *>(QStringLiteral("participantCreatorInfo"))
              ->text()
              .endsWith(QStringLiteral("\n⚠ Rina Wijaya is exclusive to Teh Segar for beverages 1 Mar 2026 to "
                                       "30 Jun 2026 (contract 1); Kopi Launch (Kopi Kita) overlaps 1 May 2026 to "
                                       "30 Jun 2026: Kopi Kita's category is beverages.")));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("participantFeeLineEdit")), QStringLiteral("$1,500"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("participantDepositLineEdit")),
                     QStringLiteral("2000"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("participantCommissionLineEdit")),
                     QStringLiteral("10"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("participantProductLineEdit")), QStringLiteral("50"));
    test::waitForCheck(editor);
    CHECK(editor.problem().startsWith(QStringLiteral("The deposit")));
    CHECK(editor.budgetText() == QStringLiteral("$1,550.00 committed with this creator ($0.00 by the others) of the "
                                                "$20,000.00 budget: $18,450.00 left"));
    editor.findChild<QLineEdit *>(QStringLiteral("participantDepositLineEdit"))->setText(QStringLiteral("500"));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT fee_minor FROM participants WHERE campaign_id = 2")).toInt() == 150'000);
    CHECK(w.scalar(QStringLiteral("SELECT commission_rate_bp FROM participants WHERE campaign_id = 2")).toInt() ==
          1000);
    CHECK(w.scalar(QStringLiteral("SELECT deposit_minor FROM participants WHERE campaign_id = 2")).toInt() == 50'000);
    CHECK(view->participants()->rowCount() == 1);
    CHECK(view->summary() ==
          QStringLiteral("1 creator taking part · $1,550.00 committed of the $20,000.00 budget ($18,450.00 left; "
                         "commission comes on top)"));
    // A second creator on other terms: product seeding and points.
    QSqlDatabase db = w.ws->db();
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO creators (name, name_key, created_at, updated_at) VALUES "
                                        "('Sari', 'sari', '2026-01-01', '2026-01-01')"))
                .ok());
    ParticipantEditor second(*w.window->history(), 2, 0, ParticipantInput{}, w.window.get());
    second.findChild<QComboBox *>(QStringLiteral("participantCreatorComboBox"))->setCurrentText(QStringLiteral("Sari"));
    QTest::keyClicks(second.findChild<QLineEdit *>(QStringLiteral("participantProductLineEdit")),
                     QStringLiteral("$120.00"));
    QTest::keyClicks(second.findChild<QLineEdit *>(QStringLiteral("participantPointsLineEdit")), QStringLiteral("300"));
    QTest::keyClicks(second.findChild<QLineEdit *>(QStringLiteral("participantPointValueLineEdit")),
                     QStringLiteral("0.50"));
    test::waitForCheck(second);
    REQUIRE(second.problem().isEmpty());
    // $120 of product and 300 points at $0.50 come on top of Rina's $1,550.
    CHECK(second.budgetText() ==
          QStringLiteral("$1,820.00 committed with this creator ($1,550.00 by the others) of the "
                         "$20,000.00 budget: $18,180.00 left"));
    second.accept();
    REQUIRE(second.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT points * point_value_minor FROM participants WHERE creator_id = "
                                  "(SELECT id FROM creators WHERE name = 'Sari')"))
              .toInt() == 15'000);
    CHECK(view->participants()->committed() == Money(182'000, QStringLiteral("USD")));
    w.undo()->undo();
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 2")).toInt() == 0);
    CHECK(view->participants()->rowCount() == 0);
}

TEST_CASE("removing a creator from a campaign says what goes, and undo brings it back")
{
    Window w(QMessageBox::Yes);
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    CampaignView *view = page->view();
    REQUIRE(view->participants()->rowCount() == 2); // Alex (declined), Rina
    view->participantsTable()->selectRow(1);
    view->removeSelected();
    CHECK(
        ask::lastText().startsWith(QStringLiteral("Remove Rina Wijaya from the campaign?\n\nThis also deletes their 1 "
                                                  "deliverable, 2 post metric snapshots, 1 contract, 2 payments.")));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 1")).toInt() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments")).toInt() == 0);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE campaign_id = 1")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM payments")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt() == 1);
}

TEST_CASE("a campaign's creators show their status as a chip with its label and sort by it in the order deals go")
{
    Window w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    QTableView *table = page->view()->participantsTable();
    QAbstractItemModel *m = table->model();
    REQUIRE(m->rowCount() == 2); // Alex (declined), Rina (confirmed)
    REQUIRE(qobject_cast<StatusChipDelegate *>(table->itemDelegateForColumn(ParticipantListModel::Status)));
    const auto shown = [m](int column, int role = Qt::DisplayRole) {
        QStringList texts;
        for (int row = 0; row < m->rowCount(); ++row)
            texts << m->index(row, column).data(role).toString();
        return texts;
    };
    // The label, not the stored word ("confirmed" read the same in Indonesian).
    CHECK(shown(ParticipantListModel::Status) == QStringList{QStringLiteral("Declined"), QStringLiteral("Confirmed")});
    CHECK(shown(ParticipantListModel::Status, ParticipantListModel::StatusWordRole) ==
          QStringList{QStringLiteral("declined"), QStringLiteral("confirmed")});
    CHECK(statusChipRole(u"confirmed") == ColorRole::Good);
    CHECK(statusChipRole(u"invited") == ColorRole::Info);
    CHECK(statusChipRole(u"declined") == ColorRole::Muted);
    // Confirmed before declined, though "Declined" comes first by label.
    table->sortByColumn(ParticipantListModel::Status, Qt::AscendingOrder);
    CHECK(shown(ParticipantListModel::Creator) ==
          QStringList{QStringLiteral("Rina Wijaya"), QStringLiteral("Alex Chen")});
    CHECK(ParticipantListModel::statusRank(QStringLiteral("invited")) <
          ParticipantListModel::statusRank(QStringLiteral("negotiating")));
    CHECK(ParticipantListModel::statusRank(QStringLiteral("completed")) <
          ParticipantListModel::statusRank(QStringLiteral("cancelled")));
    const QFontMetrics metrics(table->font());
    CHECK(table->columnWidth(ParticipantListModel::Creator) >
          metrics.horizontalAdvance(QStringLiteral("Ayu Firmansyah 2")));
}

TEST_CASE("a deliverable goes through the pipeline to verified with one revision, each step undoable")
{
    Window w(QMessageBox::Yes);
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    DeliverablesPanel *panel = page->view()->deliverablesPanel();
    QAbstractItemModelTester tester(panel->deliverables(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(panel->deliverables()->rowCount() == 1); // the fixture's Iftar reel

    DeliverableEditor editor(*w.window->history(), 1, 0, 0, DeliverableInput{}, w.window.get());
    editor.findChild<QComboBox *>(QStringLiteral("deliverableCreatorComboBox"))
        ->setCurrentText(QStringLiteral("Rina Wijaya"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("deliverableTitleLineEdit")),
                     QStringLiteral("Iftar reel"));
    test::waitForCheck(editor);
    CHECK(editor.problem().contains(QStringLiteral("Iftar reel"))); // that title is taken on Instagram
    editor.findChild<QLineEdit *>(QStringLiteral("deliverableTitleLineEdit"))->setText(QStringLiteral("Sahur story"));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    const qint64 id = editor.recordId();
    const auto status = [&] {
        return w.scalar(QStringLiteral("SELECT status FROM deliverables WHERE id = ?"), {id}).toString();
    };
    CHECK(status() == QStringLiteral("planned"));
    // The fixture's contract grants two rounds.
    CHECK(w.scalar(QStringLiteral("SELECT revision_limit FROM deliverables WHERE id = ?"), {id}).toInt() == 2);

    QTableView *table = panel->table();
    const auto choose = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, DeliverableListModel::Title).data().toString() ==
                QStringLiteral("Sahur story"))
                table->selectRow(row);
    };
    // The step button's label follows the status at one width, so the buttons beside it stay put
    // (the width a layout gives it: its size hint or its minimum, whichever is larger).
    const auto laidOutWidth = [&] {
        const QPushButton *b = panel->advanceButton();
        return std::max(b->sizeHint().width(), b->minimumWidth());
    };
    const int stepWidth = laidOutWidth();
    choose();
    CHECK(panel->advanceButton()->text() == QStringLiteral("Draft &Submitted"));
    CHECK(laidOutWidth() == stepWidth);
    panel->advanceSelected();
    CHECK(status() == QStringLiteral("draft_submitted"));
    ask::setAnswerForTests(QMessageBox::Yes, QStringLiteral("Show the bottle in the first second"));
    panel->requestRevision();
    CHECK(status() == QStringLiteral("revision_requested"));
    CHECK(w.scalar(QStringLiteral("SELECT revisions_used FROM deliverables WHERE id = ?"), {id}).toInt() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT body FROM deliverable_feedback WHERE deliverable_id = ?"), {id}).toString() ==
          QStringLiteral("Show the bottle in the first second"));
    // Undo takes the request and its note back; redo restores both.
    w.undo()->undo();
    CHECK(status() == QStringLiteral("draft_submitted"));
    CHECK(
        w.scalar(QStringLiteral("SELECT count(*) FROM deliverable_feedback WHERE deliverable_id = ?"), {id}).toInt() ==
        0);
    w.undo()->redo();
    CHECK(
        w.scalar(QStringLiteral("SELECT count(*) FROM deliverable_feedback WHERE deliverable_id = ?"), {id}).toInt() ==
        1);
    choose();
    panel->advanceSelected(); // draft submitted again
    panel->advanceSelected(); // approved
    CHECK(status() == QStringLiteral("approved"));
    CHECK(panel->advanceButton()->text() == QStringLiteral("Mark &Posted"));
    CHECK(laidOutWidth() == stepWidth);
    {
        // Saving the post's URL and day in the editor posts an approved deliverable.
        DeliverableEditor edit(*w.window->history(), 1, id, 1, DeliverableService(*w.ws).load(id)->second,
                               w.window.get());
        CHECK(edit.findChild<QLabel *>(QStringLiteral("deliverableFeedbackLabel"))
                  ->text()
                  .endsWith(QStringLiteral(" (you): Show the bottle in the first second")));
        edit.findChild<QLineEdit *>(QStringLiteral("deliverableUrlLineEdit"))
            ->setText(QStringLiteral("https://www.instagram.com/stories/rina.eats/31337/"));
        edit.findChild<QDateEdit *>(QStringLiteral("deliverablePostedDateEdit"))->setDate(QDate(2026, 3, 20));
        QTest::qWait(0);
        REQUIRE(edit.problem().isEmpty());
        edit.accept();
        REQUIRE(edit.result() == QDialog::Accepted);
    }
    CHECK(status() == QStringLiteral("posted"));
    w.undo()->undo();
    CHECK(status() == QStringLiteral("approved"));

    // Mark Posted asks for the post itself and says at once what the caption misses of the brief.
    QString warning, fixed, heading;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<MarkPostedDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        heading = d->heading();
        d->urlEdit()->setText(QStringLiteral("https://www.instagram.com/stories/rina.eats/31337/"));
        d->dateEdit()->setDate(QDate(2026, 3, 20));
        d->captionEdit()->setPlainText(QStringLiteral("Sahur segar #TehSegar"));
        warning = d->briefWarning();
        d->captionEdit()->setPlainText(
            QStringLiteral("Sahur segar #TehSegar #SegarkanRamadan @tehsegar.id #KolaborasiBerbayar"));
        fixed = d->briefWarning();
        saveButton(d)->click();
    });
    choose();
    panel->advanceSelected();
    CHECK(warning == QStringLiteral("⚠ Against the brief: Missing #SegarkanRamadan. Missing @tehsegar.id. No "
                                    "disclosure marker: add one of #ad, #iklan, #sponsored, #paidpartnership, "
                                    "#KolaborasiBerbayar."));
    CHECK(fixed.isEmpty());
    // The dialog names the deliverable, whose it is and where it goes, not only its window title.
    CHECK(heading.startsWith(QStringLiteral("<b>Sahur story</b> by Rina Wijaya on Instagram")));
    CHECK(status() == QStringLiteral("posted"));
    CHECK(w.scalar(QStringLiteral("SELECT posted_at FROM deliverables WHERE id = ?"), {id}).toString() ==
          QStringLiteral("2026-03-20"));
    CHECK(w.undo()->undoText() == QStringLiteral("Mark Posted: Sahur story"));
    choose();
    panel->advanceSelected();
    CHECK(status() == QStringLiteral("verified"));
    CHECK_FALSE(panel->advanceButton()->isEnabled());
    CHECK(w.undo()->undoText() == QStringLiteral("Verify: Sahur story"));
}

TEST_CASE("late deliverables stand out and are counted")
{
    Window w;
    QSqlDatabase db = w.ws->db();
    REQUIRE(
        sql::run(db, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, due_date, "
                                    "created_at, updated_at) VALUES (1, 'tiktok', 'Late one', 'late one', "
                                    "'2026-03-15', '2026-01-01', '2026-01-01')"))
            .ok());
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    DeliverablesPanel *panel = page->view()->deliverablesPanel();
    CHECK(panel->summary() == QStringLiteral("2 deliverables, 1 late"));
    // The status column shows its longest word whole (it read "draft submitt…").
    const QFontMetrics metrics(panel->table()->font());
    for (const QString &word : allWords<DeliverableStatus>())
        CHECK(panel->table()->horizontalHeader()->sectionSize(DeliverableListModel::Status) >
              metrics.horizontalAdvance(wordLabel(word)));
    QAbstractItemModel *shown = panel->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const bool late = shown->index(row, 1).data().toString() == QStringLiteral("Late one");
        CHECK(shown->index(row, 0).data(Qt::ForegroundRole).isValid() == late);
    }
}

TEST_CASE("each deliverable shows whether it follows the brief, with the rules on hover")
{
    Window w;
    QSqlDatabase db = w.ws->db();
    REQUIRE(
        sql::run(db, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, posted_at, "
                                    "caption, created_at, updated_at) VALUES (1, 'tiktok', 'Sahur', 'sahur', "
                                    "'2026-03-26', '#TehSegar only', '2026-01-01', '2026-01-01')"))
            .ok());
    DeliverableListModel model(w.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(1);
    REQUIRE(model.rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex brief = model.index(row, DeliverableListModel::Brief);
        if (model.index(row, DeliverableListModel::Title).data().toString() == QStringLiteral("Iftar reel")) {
            CHECK(brief.data().toString() == QStringLiteral("✓ follows"));
        } else {
            // Missing #SegarkanRamadan and @tehsegar.id, no disclosure, a day after the window.
            CHECK(brief.data().toString() == QStringLiteral("✗ Hashtags, Mentions, Disclosure, Posting window"));
            CHECK(brief.data(Qt::ToolTipRole)
                      .toString()
                      .startsWith(
                          QStringLiteral("✗ Hashtags: missing #SegarkanRamadan\n✗ Mentions: missing @tehsegar.id\n")));
        }
    }
}

TEST_CASE("campaigns filter by brand and status, together with the search")
{
    Window w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    QTableView *table = page->table();
    REQUIRE(table->model()->rowCount() == 2);
    auto *brand = page->findChild<QComboBox *>(QStringLiteral("campaignBrandFilter"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("campaignStatusFilter"));
    CHECK(brand->count() == 3); // all, Kopi Kita, Teh Segar
    brand->setCurrentIndex(brand->findData(QStringLiteral("Teh Segar")));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Ramadan Refresh 2026"));
    status->setCurrentIndex(status->findData(QStringLiteral("Planned")));
    CHECK(table->model()->rowCount() == 0);
    brand->setCurrentIndex(0);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Kopi Launch"));
    QTest::keyClicks(page->searchField(), QStringLiteral("ramadan"));
    CHECK(table->model()->rowCount() == 0);
}

TEST_CASE("the campaign calendar groups dates by week and follows edits")
{
    Window w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    QTreeWidget *tree = page->view()->timelinePanel()->tree();
    // Weeks from Monday: 03-01 is a Sunday (week of 02-23), then 03-05, 03-10 and 03-12, 03-25, 03-31.
    REQUIRE(tree->topLevelItemCount() == 5);
    CHECK(tree->topLevelItem(1)->childCount() == 1); // the window opens on 03-05
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("Week of 2 Mar 2026"));
    // On 03-12 the week of 03-09 is this one: its own line says so, not the column of events.
    Clock::setFixed(QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC));
    page->view()->timelinePanel()->reload();
    Clock::setFixed({});
    CHECK(tree->topLevelItem(2)->text(0) == QStringLiteral("Week of 9 Mar 2026 (this week)"));
    CHECK(tree->topLevelItem(2)->text(1).isEmpty());
    CHECK(tree->topLevelItem(1)->text(0) == QStringLiteral("Week of 2 Mar 2026"));
    CHECK(tree->topLevelItem(2)->child(0)->text(1) == QStringLiteral("Due: Iftar reel (Rina Wijaya), posted"));
    QSqlDatabase db = w.ws->db();
    DeliverableInput late;
    late.platform = Platform::TikTok;
    late.title = QStringLiteral("Sahur");
    late.due = QDate(2026, 3, 11);
    REQUIRE(
        writeInTransaction(*w.ws, [&](Transaction &tx) { return DeliverableService(*w.ws).insert(tx, 1, late); }).ok());
    REQUIRE(tree->topLevelItem(2)->childCount() == 3);
    const QTreeWidgetItem *sahur = tree->topLevelItem(2)->child(1);
    CHECK(sahur->text(1) == QStringLiteral("Due, late: Sahur (Rina Wijaya), planned"));
    CHECK(sahur->foreground(1).color() == QColor(0xd3, 0x2f, 0x2f));
}

TEST_CASE("the campaigns list takes what its rows need up to half the page until the user moves the handle",
          "[campaigns]")
{
    LocalSettings::remove(QStringLiteral("campaigns/splitter"));
    Window w;
    // Twelve campaigns: more than half the page holds at 1366x768.
    for (int i = 0; i < 10; ++i)
        test::exec(
            *w.ws,
            QStringLiteral(
                "INSERT INTO campaigns (brand_id, name, name_key, status, start_date, currency, "
                "created_at, updated_at) VALUES (1, 'Extra %1', 'extra %1', 'planned', '2026-12-01', 'IDR', 'x', 'x')")
                .arg(i));
    emit w.ws->changed({QStringLiteral("campaigns")});
    w.window->resize(1366, 768);
    w.window->show();
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    auto *splitter = page->findChild<QSplitter *>(QStringLiteral("detailSplitter"));
    REQUIRE(splitter != nullptr);
    QCoreApplication::processEvents();
    // The detail's tabs asked for two thirds: the list showed 8 of 9 rows of the small demo.
    QList<int> sizes = splitter->sizes();
    REQUIRE(sizes.size() == 2);
    INFO(sizes[0] << " " << sizes[1] << " rows " << page->table()->model()->rowCount());
    CHECK(std::abs(sizes[0] - sizes[1]) <= 2);
    // Filtered to three rows, the list gives the detail what it no longer needs (a third is kept).
    page->searchField()->setText(QStringLiteral("Extra 1"));
    QCoreApplication::processEvents();
    sizes = splitter->sizes();
    CHECK(sizes[0] < sizes[1]);
    CHECK(page->table()->viewport()->height() >= page->table()->verticalHeader()->length());
    // Moved, the handle stays where the user put it, then and the next time.
    splitter->setSizes({400, 200});
    emit splitter->splitterMoved(400, 1);
    page->searchField()->clear();
    QCoreApplication::processEvents();
    CHECK(splitter->sizes()[0] > splitter->sizes()[1] + 100);
    // Kept once the drag is over: after the quiet moment, however late a busy machine gets to it
    // (a fixed wait of the moment and 100 ms failed once in CI).
    REQUIRE(QTest::qWaitFor([] { return LocalSettings::contains(QStringLiteral("campaigns/splitter")); }, 10'000));
    Window again;
    again.window->resize(1366, 768);
    again.window->show();
    again.window->showPage(MainWindow::Campaigns);
    QCoreApplication::processEvents();
    const QList<int> kept = again.window->page<CampaignsPage>(MainWindow::Campaigns)
                                ->findChild<QSplitter *>(QStringLiteral("detailSplitter"))
                                ->sizes();
    CHECK(kept[0] > kept[1] + 100);
}
