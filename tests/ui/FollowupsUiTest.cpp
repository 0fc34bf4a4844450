#include "UiTestSupport.h"

#include "brands/BrandEditor.h"
#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "creators/CreatorEditor.h"
#include "desk/FollowupDialog.h"
#include "desk/Followups.h"
#include "desk/FollowupsPanel.h"
#include "models/ParticipantListModel.h"
#include "services/BrandService.h"
#include "services/CreatorProfile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cd;

namespace {

// The v1 fixture (migrated) as of 2026-03-12: Rina Wijaya (creator 1, managed by Dewi Lestari) takes
// part in Ramadan Refresh 2026 (campaign 1, participant 1) for Teh Segar (brand 1).
struct Followups : test::Window
{
    Followups() { Clock::setFixed(QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC)); }
    ~Followups() { Clock::setFixed({}); }

    int count() { return scalar(QStringLiteral("SELECT count(*) FROM followups")).toInt(); }
    qint64 add(FollowupAbout about, qint64 record, const QDate &due, const QString &note)
    {
        auto id = FollowupService(*ws).add({about, record, due, note, {}, {}});
        REQUIRE(id.ok());
        return id.value();
    }
};

// Fills in the follow-up dialog once it is open (exec() runs its own loop), then lets `fill` save
// or cancel it; a dialog still open afterwards is closed so a failing test cannot hang.
void whenDialogOpens(const std::function<void(FollowupDialog *)> &fill)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, fill] {
        auto *dialog = qobject_cast<FollowupDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 300)
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog)
            return;
        fill(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    timer->start(10);
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

void focusList(QWidget *window, FollowupsPanel *panel)
{
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    panel->view()->setFocus();
}

} // namespace

TEST_CASE("a follow-up typed into the dialog from a creator's editor lists on the creator", "[followups]")
{
    Followups w;
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    FollowupsPanel *panel = editor.followupsPanel();
    REQUIRE(panel != nullptr);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(panel->model()->rowCount() == 0);
    CHECK(panel->findChild<QLabel *>(QStringLiteral("followupsEmptyLabel"))
              ->text()
              .startsWith(QStringLiteral("No follow-ups yet.")));
    const int tab = editor.tabs()->indexOf(panel);
    CHECK(editor.tabs()->tabText(tab) == QStringLiteral("&Follow-ups"));
    editor.tabs()->setCurrentIndex(tab);
    focusList(&editor, panel);

    QString about, dueDefault;
    whenDialogOpens([&](FollowupDialog *d) {
        about = d->aboutField()->text();
        dueDefault = isoDate(d->dueEdit()->date());
        // The day typed over the default's day section: 15 Mar becomes 20 Mar.
        d->dueEdit()->setFocus();
        d->dueEdit()->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(d->dueEdit(), QStringLiteral("20"));
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Call Rina about the Lebaran rate"));
        test::saveButton(d)->click();
    });
    QTest::keyClick(panel->view(), Qt::Key_N, Qt::ControlModifier); // the list's own Ctrl+N

    CHECK(about == QStringLiteral("Rina Wijaya"));
    CHECK(dueDefault == QStringLiteral("2026-03-15")); // three days out
    REQUIRE(w.count() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT creator_id FROM followups")).toLongLong() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT due_date FROM followups")).toString() == QStringLiteral("2026-03-20"));
    CHECK(w.scalar(QStringLiteral("SELECT note FROM followups")).toString() ==
          QStringLiteral("Call Rina about the Lebaran rate"));
    CHECK(w.scalar(QStringLiteral("SELECT manager_id IS NULL FROM followups")).toBool());
    CHECK(w.undo()->undoText() == QStringLiteral("Add follow-up: Call Rina about the Lebaran rate"));
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, 0).data().toString() == QStringLiteral("20 Mar 2026"));
    CHECK(panel->model()->index(0, 2).data().toString() == QStringLiteral("Call Rina about the Lebaran rate"));
    // Unassigned: Rina's manager's (named), not a nameless "creator's manager".
    CHECK(panel->model()->index(0, 3).data().toString() == QStringLiteral("Dewi Lestari (creator's manager)"));
    CHECK(panel->model()->index(0, 4).data().toString() == QStringLiteral("Open"));
    CHECK(panel->summary() == QStringLiteral("1 open"));
    CHECK(panel->lastMessage() == QStringLiteral("Added “Call Rina about the Lebaran rate”, due 20 Mar 2026."));
    CHECK(editor.tabs()->tabText(tab) == QStringLiteral("&Follow-ups (1)"));

    // Insert adds one from anywhere in the panel, as its hints say (outside the list Ctrl+N is the
    // window's New Workspace).
    CHECK(panel->findChild<QPushButton *>(QStringLiteral("newFollowupButton"))->toolTip().endsWith(u"(Insert)"));
    bool opened = false;
    whenDialogOpens([&](FollowupDialog *d) {
        opened = true;
        d->reject();
    });
    focusList(&editor, panel); // the window active again after the dialog
    auto *newButton = panel->findChild<QPushButton *>(QStringLiteral("newFollowupButton"));
    newButton->setFocus();
    QTest::keyClick(newButton, Qt::Key_Insert);
    CHECK(opened);
    CHECK(w.count() == 1);

    // Enter on the list edits it: assigned to Dewi and the note changed, one step.
    whenDialogOpens([&](FollowupDialog *d) {
        CHECK(d->noteEdit()->toPlainText() == QStringLiteral("Call Rina about the Lebaran rate"));
        d->managerBox()->setCurrentText(QStringLiteral("Dewi Lestari"));
        d->noteEdit()->setPlainText(QStringLiteral("Call Rina: Lebaran rate and dates"));
        test::saveButton(d)->click();
    });
    QTest::keyClick(panel->view(), Qt::Key_Return);
    CHECK(w.count() == 1);
    CHECK(w.undo()->undoText() == QStringLiteral("Edit follow-up: Call Rina: Lebaran rate and dates"));
    CHECK(panel->model()->index(0, 3).data().toString() == QStringLiteral("Dewi Lestari"));
    // Enter stayed with the list: the creator's editor is still open.
    CHECK(editor.isVisible());
    // The follow-ups are records of their own, saved as they were made: the form still saves.
    editor.findChild<QLineEdit *>(QStringLiteral("creatorNicheLineEdit"))->setText(QStringLiteral("lifestyle"));
    editor.accept();
    INFO(editor.problem().toStdString());
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(w.scalar(QStringLiteral("SELECT niche FROM creators WHERE id = 1")).toString() ==
          QStringLiteral("lifestyle"));

    // A creator not saved yet has nothing to hang a follow-up on.
    CreatorEditor fresh(*w.window->history(), 0, CreatorProfile{}, w.window.get());
    CHECK(fresh.followupsPanel() == nullptr);
    CHECK(fresh.findChild<QLabel *>(QStringLiteral("creatorFollowupsHint"))->text() ==
          QStringLiteral("Save the creator first to add follow-ups."));
}

TEST_CASE("saving a follow-up without a note says so under the note and writes nothing", "[followups]")
{
    Followups w;
    const int steps = w.undo()->count();
    FollowupInput about;
    about.about = FollowupAbout::Brand;
    about.recordId = 1;
    FollowupDialog dialog(*w.window->history(), 0, about, QStringLiteral("Teh Segar"), w.window.get());
    dialog.show();
    // Quiet until asked.
    CHECK(dialog.noteMessage().isEmpty());
    CHECK(dialog.managerBox()->itemText(0) == QStringLiteral("Anyone"));
    CHECK(dialog.doneBox() == nullptr);
    test::saveButton(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.noteMessage() == QStringLiteral("Say what to follow up on: the note is empty."));
    CHECK(w.count() == 0);
    CHECK(w.undo()->count() == steps);
    // The message follows the typing once shown.
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Ask for the Q2 brief"));
    CHECK(dialog.noteMessage().isEmpty());

    // Cancel on a changed form asks first; "Keep Editing" keeps it open with what was typed.
    ask::setAnswerForTests(QMessageBox::No);
    dialog.reject();
    CHECK(ask::lastText() == QStringLiteral("Discard this follow-up? It is not saved yet."));
    CHECK(dialog.isVisible());
    ask::setAnswerForTests(QMessageBox::Yes);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(w.count() == 0);

    // An untouched form closes without a question.
    FollowupDialog untouched(*w.window->history(), 0, about, QStringLiteral("Teh Segar"), w.window.get());
    untouched.show();
    ask::setAnswerForTests(QMessageBox::No);
    untouched.reject();
    CHECK_FALSE(untouched.isVisible());
}

TEST_CASE("a brand's follow-up is marked done and deleted from its list, each undoable", "[followups]")
{
    Followups w;
    const qint64 review = w.add(FollowupAbout::Brand, 1, QDate(2026, 3, 10), QStringLiteral("Send the Q1 review"));
    const qint64 renew =
        w.add(FollowupAbout::Brand, 1, QDate(2026, 3, 30), QStringLiteral("Renewal call\nbring numbers"));
    w.add(FollowupAbout::Brand, 2, QDate(2026, 3, 1), QStringLiteral("Another brand's")); // not listed
    BrandEditor editor(*w.window->history(), 1, BrandService(*w.ws).load(1).value(), w.window.get());
    FollowupsPanel *panel = editor.followupsPanel();
    REQUIRE(panel != nullptr);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(editor.tabs()->tabText(editor.tabs()->indexOf(panel)) == QStringLiteral("&Follow-ups (2)"));
    QAbstractItemModel *m = panel->model();
    CHECK(column(m, 0) == QStringList{QStringLiteral("10 Mar 2026 · late"), QStringLiteral("30 Mar 2026")});
    CHECK(column(m, 2) == QStringList{QStringLiteral("Send the Q1 review"), QStringLiteral("Renewal call")});
    CHECK(m->index(1, 2).data(Qt::ToolTipRole).toString() == QStringLiteral("Renewal call\nbring numbers"));
    CHECK(column(m, 3) == QStringList{QStringLiteral("Anyone"), QStringLiteral("Anyone")});
    CHECK(panel->summary() == QStringLiteral("2 open, 1 late"));
    editor.tabs()->setCurrentWidget(panel);
    focusList(&editor, panel);

    // Space marks the late one done: it goes below the open one, greyed, and says when.
    panel->view()->setCurrentIndex(m->index(0, 2));
    QTest::keyClick(panel->view(), Qt::Key_Space);
    CHECK(w.scalar(QStringLiteral("SELECT done_on FROM followups WHERE id = ?"), {review}).toString() ==
          QStringLiteral("2026-03-12"));
    CHECK(column(m, 2) == QStringList{QStringLiteral("Renewal call"), QStringLiteral("Send the Q1 review")});
    CHECK(m->index(1, 4).data().toString() == QStringLiteral("Done 12 Mar 2026"));
    CHECK(m->index(1, 0).data().toString() == QStringLiteral("10 Mar 2026")); // done: no longer late
    CHECK(m->index(1, 0).data(Qt::ForegroundRole).isValid());
    CHECK(panel->summary() == QStringLiteral("1 open · 1 done"));
    CHECK(panel->doneAction()->text() == QStringLiteral("Re&open")); // it stays chosen
    CHECK(w.undo()->undoText() == QStringLiteral("Follow-up done: Send the Q1 review"));
    CHECK(panel->lastMessage() == QStringLiteral("Marked “Send the Q1 review” done."));
    // The Undo link under the list takes it back (the window's Edit menu is out of reach in a dialog).
    auto *message = panel->findChild<QLabel *>(QStringLiteral("followupsMessageLabel"));
    CHECK(message->text().contains(QStringLiteral("href=\"undo\"")));
    emit message->linkActivated(QStringLiteral("undo"));
    CHECK(w.scalar(QStringLiteral("SELECT done_on IS NULL FROM followups WHERE id = ?"), {review}).toBool());
    CHECK(panel->lastMessage() == QStringLiteral("Undone: Follow-up done: Send the Q1 review."));
    CHECK(column(m, 2) == QStringList{QStringLiteral("Send the Q1 review"), QStringLiteral("Renewal call")});

    // Delete asks nothing and says Undo brings it back.
    CHECK(panel->deleteAction()->toolTip().contains(QStringLiteral("Undo brings it back")));
    panel->view()->setCurrentIndex(m->index(1, 2));
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM followups WHERE id = ?"), {renew}).toInt() == 0);
    CHECK(m->rowCount() == 1);
    CHECK(panel->lastMessage() == QStringLiteral("Deleted “Renewal call”."));
    CHECK(w.undo()->undoText() == QStringLiteral("Delete follow-up: Renewal call"));
    CHECK(editor.isVisible()); // Delete stayed with the list
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT note FROM followups WHERE id = ?"), {renew}).toString() ==
          QStringLiteral("Renewal call\nbring numbers"));
    CHECK(m->rowCount() == 2);
    // Another step made the link stale: it no longer offers to undo.
    CHECK_FALSE(message->text().contains(QStringLiteral("href")));
    w.undo()->redo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM followups WHERE id = ?"), {renew}).toInt() == 0);
}

TEST_CASE("Add Follow-up on a campaign's creator makes a follow-up about that deal, listed with the campaign's",
          "[followups]")
{
    Followups w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    REQUIRE(page != nullptr);
    page->select(1);
    CampaignView *view = page->view();
    FollowupsPanel *panel = view->followupsPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.add(FollowupAbout::Campaign, 1, QDate(2026, 3, 14), QStringLiteral("Check the posting calendar"));
    CHECK(panel->model()->rowCount() == 1);

    CHECK_FALSE(view->addFollowupAction()->isEnabled()); // nobody chosen
    QAbstractItemModel *shown = view->participantsTable()->model();
    int rina = -1;
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, ParticipantListModel::Creator).data().toString() == QStringLiteral("Rina Wijaya"))
            rina = row;
    REQUIRE(rina >= 0);
    view->participantsTable()->selectRow(rina);
    const qint64 participant = shown->index(rina, 0).data(ParticipantListModel::IdRole).toLongLong();
    REQUIRE(view->addFollowupAction()->isEnabled());

    QString about, manager;
    whenDialogOpens([&](FollowupDialog *d) {
        about = d->aboutField()->text();
        manager = d->managerBox()->itemText(0);
        QTest::keyClicks(d->noteEdit(), QStringLiteral("Chase the signed contract"));
        test::saveButton(d)->click();
    });
    view->addFollowupAction()->trigger();

    CHECK(about == QStringLiteral("Rina Wijaya in Ramadan Refresh 2026"));
    CHECK(manager == QStringLiteral("Whoever manages the creator"));
    REQUIRE(w.count() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT participant_id FROM followups WHERE note = 'Chase the signed contract'"))
              .toLongLong() == participant);
    CHECK(w.scalar(QStringLiteral("SELECT creator_id IS NULL AND campaign_id IS NULL FROM followups WHERE note = "
                                  "'Chase the signed contract'"))
              .toBool());
    CHECK(view->lastMessage() ==
          QStringLiteral("Follow-up on Rina Wijaya added, due 15 Mar 2026; the Follow-ups tab lists it."));
    // The campaign's list has its own and its deals', with who each is about.
    QAbstractItemModel *m = panel->model();
    CHECK(column(m, 1) == QStringList{QStringLiteral("the campaign"), QStringLiteral("Rina Wijaya")});
    CHECK(column(m, 2) ==
          QStringList{QStringLiteral("Check the posting calendar"), QStringLiteral("Chase the signed contract")});
    auto *tabs = view->findChild<QTabWidget *>();
    CHECK(tabs->tabText(tabs->indexOf(panel)) == QStringLiteral("Follow-&ups (2)"));
    // The other campaign lists none of them.
    page->select(2);
    CHECK(m->rowCount() == 0);
}
