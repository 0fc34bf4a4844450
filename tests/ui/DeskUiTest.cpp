#include "UiTestSupport.h"

#include "brands/BrandsPage.h"
#include "campaigns/CampaignsPage.h"
#include "common/Clock.h"
#include "contracts/ContractsPage.h"
#include "desk/Followups.h"
#include "desk/Managers.h"
#include "desk/MyCreators.h"
#include "desk/TodayPage.h"
#include "main/RoleColors.h"
#include "models/TodayModel.h"
#include "payments/PaymentsPage.h"
#include "storage/SettingKeys.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace cd;

namespace {

// The v1 fixture (migrated): Rina Wijaya and Budi Santoso are Dewi Lestari's, Alex Chen has no
// manager. Rina's "Iftar reel" is sent back to draft review, due 2026-03-10, as of 2026-03-12.
struct Desk : test::Window
{
    TodayPage *today = nullptr;
    qint64 dewi = 0;

    Desk()
    {
        Clock::setFixed(QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC));
        test::exec(*ws, QStringLiteral("UPDATE deliverables SET status = 'draft_submitted', post_url = '', "
                                       "post_url_key = '', posted_at = NULL WHERE id = 1"));
        QSqlDatabase db = ws->db();
        dewi = ManagerService::findByName(db, QStringLiteral("Dewi Lestari")).value();
        window->resize(1366, 768);
        window->show();
        window->showPage(MainWindow::Today);
        today = window->page<TodayPage>(MainWindow::Today);
        REQUIRE(today != nullptr);
        today->reload();
        settle();
    }
    ~Desk() { Clock::setFixed({}); }

    // Today reads on a worker: wait for the list the last change asked for.
    void settle() const
    {
        for (int waited = 0; today->isReading() && waited < 10'000; waited += 5)
            QTest::qWait(5);
        REQUIRE_FALSE(today->isReading());
    }
    int count(TodaySection section) const
    {
        settle();
        TodayModel *m = today->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (TodaySection(m->index(row, 0).data(TodayModel::SectionRole).toInt()) == section)
                return m->index(row, 0).data(TodayModel::CountRole).toInt(); // shown or not
        FAIL("no such section");
        return -1;
    }
    void choose(TodaySection section, int item = 0)
    {
        settle();
        TodayModel *m = today->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (TodaySection(m->index(row, 0).data(TodayModel::SectionRole).toInt()) == section) {
                auto *shown = static_cast<QAbstractProxyModel *>(today->view()->model());
                today->view()->setCurrentIndex(shown->mapFromSource(m->index(item, 0, m->index(row, 0))));
                return;
            }
    }
    QPushButton *button(const char *name) const { return today->findChild<QPushButton *>(QLatin1String(name)); }
};

} // namespace

TEST_CASE("Today lists all eleven sections and approves a draft without leaving the page", "[desk]")
{
    Desk d;
    QAbstractItemModelTester tester(d.today->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    d.settle();
    REQUIRE(d.today->model()->rowCount() == 11);
    CHECK(d.today->model()->index(0, 0).data().toString() == QStringLiteral("Drafts to review (1)"));
    CHECK(d.count(TodaySection::Late) == 1);
    // The draft is listed twice (to review, and late) but is one thing to do.
    CHECK(d.today->summary() == QStringLiteral("1 thing to do, 1 late"));
    // The line of counts links each section that has something; following "Late" lands on its item.
    d.settle();
    auto *jump = d.today->findChild<QLabel *>(QStringLiteral("todayJumpLabel"));
    REQUIRE(jump != nullptr);
    CHECK(jump->text().contains(QStringLiteral("href=\"3\"")));       // Late is the fourth section
    CHECK_FALSE(jump->text().contains(QStringLiteral("href=\"4\""))); // no offers: not a link
    // Apart by gaps a line breaks after, never by a dot that wrapping leaves at a line's end.
    // A brand's workspace has no receivables: that section (the seventh) is left out of the line and
    // the list, and the CLI's JSON keeps it.
    CHECK(jump->text().count(QChar(0x2003)) == 9); // between ten sections
    CHECK_FALSE(jump->text().contains(QStringLiteral("Receivables")));
    CHECK(d.today->view()->isRowHidden(6, {}));
    CHECK_FALSE(d.today->view()->isRowHidden(7, {})); // payables due
    CHECK_FALSE(jump->text().contains(QStringLiteral("·")));
    REQUIRE(settings::setByName(*d.ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
    d.today->reload();
    d.settle();
    CHECK(jump->text().count(QChar(0x2003)) == 10); // an agency's eleven
    CHECK(jump->text().contains(QStringLiteral("Receivables")));
    CHECK_FALSE(d.today->view()->isRowHidden(6, {}));
    emit jump->linkActivated(QStringLiteral("3"));
    REQUIRE(d.today->view()->currentIndex().isValid());
    CHECK(d.today->view()->currentIndex().parent().row() == 3);
    d.choose(TodaySection::DraftsToReview);
    QPushButton *next = d.button("todayNextActionButton");
    REQUIRE(next->isVisible());
    CHECK(next->text() == QStringLiteral("&Approve"));
    CHECK(d.button("todayRequestRevisionButton")->isVisible());
    next->click();
    CHECK(d.scalar(QStringLiteral("SELECT status FROM deliverables WHERE id = 1")).toString() ==
          QStringLiteral("approved"));
    CHECK(d.count(TodaySection::DraftsToReview) == 0);
    // Still late (approved is not posted), and undo puts the draft back on the list.
    CHECK(d.count(TodaySection::Late) == 1);
    d.undo()->undo();
    CHECK(d.scalar(QStringLiteral("SELECT status FROM deliverables WHERE id = 1")).toString() ==
          QStringLiteral("draft_submitted"));
    CHECK(d.count(TodaySection::DraftsToReview) == 1);
}

TEST_CASE("Today opens its short sections whole and a long one to its first three items", "[desk]")
{
    Desk d;
    QAbstractItemModelTester tester(d.today->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Sixteen follow-ups due: one more than a section shows whole.
    for (int i = 0; i < 16; ++i)
        REQUIRE(FollowupService(*d.ws)
                    .add({FollowupAbout::Creator, 2, QDate(2026, 3, 11), QStringLiteral("Call %1").arg(i), {}, {}})
                    .ok());
    d.today->reload();
    REQUIRE(d.count(TodaySection::Followups) == 16);
    auto *shown = static_cast<QAbstractProxyModel *>(d.today->view()->model());
    TodayModel *m = d.today->model();
    const auto expanded = [&](int row) { return d.today->view()->isExpanded(shown->mapFromSource(m->index(row, 0))); };
    const auto followups = [&] { return m->index(int(TodaySection::Followups), 0); };
    CHECK(expanded(int(TodaySection::Followups)));
    CHECK(m->rowCount(followups()) == TodayModel::PreviewRows + 1);
    const QModelIndex more = m->index(TodayModel::PreviewRows, 0, followups());
    CHECK(m->isMoreRow(more));
    CHECK(m->item(more) == nullptr);
    CHECK(more.data().toString() == QStringLiteral("Show the other 13…"));
    CHECK(m->item(m->index(TodayModel::PreviewRows - 1, 0, followups())) != nullptr);
    CHECK(expanded(int(TodaySection::Late))); // one item: open, whole
    CHECK(m->rowCount(m->index(int(TodaySection::Late), 0)) == 1);
    // Why the late draft is listed is in the colour of what is late; under Drafts to review, where its
    // day is the day it was sent, it is not.
    const auto foreground = [&](TodaySection section, int column) {
        return shown->mapFromSource(m->index(0, column, m->index(int(section), 0))).data(Qt::ForegroundRole);
    };
    CHECK(foreground(TodaySection::Late, TodayModel::Detail).value<QColor>() == roleColor(ColorRole::Bad, d.today));
    CHECK_FALSE(foreground(TodaySection::Late, TodayModel::What).isValid());
    REQUIRE(m->rowCount(m->index(int(TodaySection::DraftsToReview), 0)) == 1);
    CHECK_FALSE(foreground(TodaySection::DraftsToReview, TodayModel::Detail).isValid());
    CHECK_FALSE(expanded(int(TodaySection::Offers))); // none: closed, with its "(0)"
    // Its link in the line of counts keeps it open.
    emit d.today->findChild<QLabel *>(QStringLiteral("todayJumpLabel"))
        ->linkActivated(QString::number(int(TodaySection::Followups)));
    CHECK(expanded(int(TodaySection::Followups)));
    // Enter on the row after the first three (or Open) lists them all, as held: no read, and the
    // first of the others is current.
    d.today->view()->setCurrentIndex(shown->mapFromSource(more));
    QPushButton *open = d.button("todayOpenButton");
    REQUIRE(open->isEnabled());
    open->click();
    CHECK_FALSE(d.today->isReading());
    REQUIRE(m->rowCount(followups()) == 16);
    CHECK_FALSE(m->isMoreRow(m->index(15, 0, followups())));
    const TodayItem *current = m->item(shown->mapToSource(d.today->view()->currentIndex()));
    REQUIRE(current != nullptr);
    CHECK(current == &m->sections().at(int(TodaySection::Followups)).items.at(TodayModel::PreviewRows));
    // Opened whole, it stays whole when a change reads it again (one more follow-up).
    REQUIRE(FollowupService(*d.ws)
                .add({FollowupAbout::Creator, 2, QDate(2026, 3, 11), QStringLiteral("Call again"), {}, {}})
                .ok());
    REQUIRE(d.count(TodaySection::Followups) == 17);
    CHECK(expanded(int(TodaySection::Followups)));
    CHECK(m->rowCount(followups()) == 17);
    // Closed by hand, a section stays closed, even when it has few things again.
    d.today->view()->collapse(shown->mapFromSource(m->index(int(TodaySection::Late), 0)));
    emit d.ws->changed({QStringLiteral("deliverables")});
    REQUIRE(d.count(TodaySection::Late) == 1);
    CHECK_FALSE(expanded(int(TodaySection::Late)));
}

TEST_CASE("Today holds the first items of a long section and lists the others when asked", "[desk]")
{
    Desk d;
    QAbstractItemModelTester tester(d.today->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 205 follow-ups on Alex, overdue: due 2026-03-10 back to 205 days before 2026-03-11, the
    // oldest first on the list.
    test::exec(*d.ws, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 205) "
                                     "INSERT INTO followups (creator_id, due_date, note, created_at, updated_at) "
                                     "SELECT 2, date('2026-03-11', '-' || i || ' days'), 'Call ' || i, 'x', 'x' "
                                     "FROM n"));
    d.today->reload();
    d.settle();
    TodayModel *m = d.today->model();
    const QModelIndex section = m->index(int(TodaySection::Followups), 0);
    // 200 held (the first three shown: a long section opens to those).
    CHECK(m->sections().at(int(TodaySection::Followups)).items.size() == 200);
    CHECK(m->sections().at(int(TodaySection::Followups)).items.at(199).what == QStringLiteral("Call 6"));
    REQUIRE(m->rowCount(section) == TodayModel::PreviewRows + 1);
    CHECK(section.data(TodayModel::CountRole).toInt() == 205);
    CHECK(section.data().toString().endsWith(QStringLiteral(" (205)")));
    CHECK(m->item(m->index(2, 0, section))->what == QStringLiteral("Call 203"));
    const QModelIndex more = m->index(TodayModel::PreviewRows, 0, section);
    CHECK(more.data(TodayModel::IsMoreRole).toBool());
    CHECK_FALSE(m->index(2, 0, section).data(TodayModel::IsMoreRole).toBool());
    CHECK(m->item(more) == nullptr);
    CHECK(more.data().toString() == QStringLiteral("Show the other 202…"));
    // Every one counts, held or not: the draft (listed twice) and the 205 follow-ups, all late.
    CHECK(d.today->summary() == QStringLiteral("206 things to do, 206 late"));
    CHECK(
        d.today->findChild<QLabel *>(QStringLiteral("todayJumpLabel"))->text().contains(QStringLiteral("<b>205</b>")));

    // Enter on that row (or Open, as on an item) reads the section whole and lands on the first of
    // the others.
    auto *shown = static_cast<QAbstractProxyModel *>(d.today->view()->model());
    d.today->view()->setCurrentIndex(shown->mapFromSource(more));
    QPushButton *open = d.button("todayOpenButton");
    REQUIRE(open->isEnabled());
    open->click();
    d.settle();
    const QModelIndex whole = m->index(int(TodaySection::Followups), 0);
    REQUIRE(m->rowCount(whole) == 205);
    CHECK_FALSE(m->index(204, 0, whole).data(TodayModel::IsMoreRole).toBool());
    const TodayItem *current = m->item(shown->mapToSource(d.today->view()->currentIndex()));
    REQUIRE(current != nullptr);
    CHECK(current->what == QStringLiteral("Call 202"));
    CHECK(d.today->view()->isExpanded(shown->mapFromSource(whole)));
    // It stays whole, and open, when a change reads it again.
    REQUIRE(FollowupService(*d.ws)
                .add({FollowupAbout::Creator, 2, QDate(2026, 3, 11), QStringLiteral("Call again"), {}, {}})
                .ok());
    REQUIRE(d.count(TodaySection::Followups) == 206);
    CHECK(d.today->view()->isExpanded(shown->mapFromSource(m->index(int(TodaySection::Followups), 0))));
    CHECK(d.today->summary() == QStringLiteral("207 things to do, 207 late"));
}

TEST_CASE("Today reads again only the parts of the list a change can reach", "[desk]")
{
    Desk d;
    // Rows written here without a transaction send no change signal: what the page shows tells
    // which part it read again. Rina's usage rights end in eight days.
    test::exec(*d.ws, QStringLiteral("UPDATE contract_versions SET usage_end = '2026-03-20' WHERE id = 2"));
    d.today->reload();
    REQUIRE(d.count(TodaySection::Rights) == 1);
    test::exec(*d.ws, QStringLiteral("UPDATE contract_versions SET usage_end = '2026-12-31' WHERE id = 2"));
    // Rina's draft approved behind the page's back, too.
    test::exec(*d.ws, QStringLiteral("UPDATE deliverables SET status = 'approved' WHERE id = 1"));
    // A follow-up leaves the rights and the deliverables as read.
    REQUIRE(FollowupService(*d.ws)
                .add({FollowupAbout::Creator, 2, QDate(2026, 3, 11), QStringLiteral("Call"), {}, {}})
                .ok());
    CHECK(d.count(TodaySection::Followups) == 1);
    CHECK(d.count(TodaySection::Rights) == 1);
    CHECK(d.count(TodaySection::DraftsToReview) == 1);
    // A change to deliverables reads them again, and only them.
    emit d.ws->changed({QStringLiteral("deliverables")});
    CHECK(d.count(TodaySection::DraftsToReview) == 0);
    CHECK(d.count(TodaySection::Rights) == 1);
    CHECK(d.count(TodaySection::Followups) == 1);
    test::exec(*d.ws, QStringLiteral("UPDATE deliverables SET status = 'draft_submitted' WHERE id = 1"));
    emit d.ws->changed({QStringLiteral("deliverables")});
    CHECK(d.count(TodaySection::DraftsToReview) == 1);
    // A change to contracts reads them again; so does a reload, and the work half stays whole.
    emit d.ws->changed({QStringLiteral("contracts")});
    CHECK(d.count(TodaySection::Rights) == 0);
    CHECK(d.count(TodaySection::Followups) == 1);
    test::exec(*d.ws, QStringLiteral("UPDATE contract_versions SET usage_end = '2026-03-20' WHERE id = 2"));
    d.today->reload();
    CHECK(d.count(TodaySection::Rights) == 1);
    CHECK(d.count(TodaySection::DraftsToReview) == 1);

    SECTION("on workers, a second change while the first is read reads what both reach")
    {
        BackgroundRead::setInlineForTests(false);
        test::exec(*d.ws, QStringLiteral("UPDATE contract_versions SET usage_end = '2026-12-31' WHERE id = 2"));
        emit d.ws->changed({QStringLiteral("contracts")});
        CHECK(d.today->isReading());
        REQUIRE(FollowupService(*d.ws)
                    .add({FollowupAbout::Creator, 2, QDate(2026, 3, 12), QStringLiteral("Mail"), {}, {}})
                    .ok());
        CHECK(d.count(TodaySection::Followups) == 2);
        CHECK(d.count(TodaySection::Rights) == 0);
        CHECK(d.today->summary() == QStringLiteral("3 things to do, 2 late"));
    }
}

TEST_CASE("Today marks a follow-up done, undoably", "[desk]")
{
    Desk d;
    REQUIRE(FollowupService(*d.ws)
                .add({FollowupAbout::Creator, 2, QDate(2026, 3, 11), QStringLiteral("Call Alex about rates"), {}, {}})
                .ok());
    REQUIRE(d.count(TodaySection::Followups) == 1);
    d.choose(TodaySection::Followups);
    QPushButton *next = d.button("todayNextActionButton");
    CHECK(next->text() == QStringLiteral("Mark &Done"));
    next->click();
    CHECK(d.count(TodaySection::Followups) == 0);
    CHECK(d.scalar(QStringLiteral("SELECT done_on FROM followups")).toString() == QStringLiteral("2026-03-12"));
    d.undo()->undo();
    CHECK(d.count(TodaySection::Followups) == 1);

    // A follow-up on a brand opens the brand.
    REQUIRE(FollowupService(*d.ws)
                .add({FollowupAbout::Brand, 2, QDate(2026, 3, 10), QStringLiteral("Kopi Kita recap"), {}, {}})
                .ok());
    d.today->reload();
    d.choose(TodaySection::Followups, 0); // the oldest first: the brand's, due on the 10th
    REQUIRE(d.today->view()->currentIndex().data().toString() == QStringLiteral("Kopi Kita recap"));
    d.button("todayOpenButton")->click();
    CHECK(d.window->currentPage() == MainWindow::Brands);
    CHECK(d.window->page<BrandsPage>(MainWindow::Brands)->selectedIds() == QList<qint64>{2});
}

TEST_CASE("My Creators narrows the roster, Today and the campaigns to my manager's creators", "[desk]")
{
    Desk d;
    auto *mine = d.window->findChild<QAction *>(QStringLiteral("myCreatorsAction"));
    REQUIRE(mine != nullptr);
    // Nobody is "me" yet: the switch says where to choose.
    CHECK_FALSE(mine->isEnabled());
    d.window->myCreators()->setMe(d.dewi);
    REQUIRE(mine->isEnabled());
    mine->trigger();
    CHECK(d.window->myCreators()->isOn());
    CHECK(d.window->myCreators()->managerId() == d.dewi);
    CHECK(d.count(TodaySection::DraftsToReview) == 1);
    // Other pages narrow when they are shown.
    d.window->showPage(MainWindow::Creators);
    QAbstractItemModel *roster = d.window->creatorsPage()->table()->model();
    QStringList names;
    for (int row = 0; row < roster->rowCount(); ++row)
        names << roster->index(row, 0).data().toString();
    // (Budi Santoso, Dewi's too, is archived: hidden as always.)
    CHECK(names == QStringList{QStringLiteral("Rina Wijaya")});
    // Campaigns: only those a creator of hers takes part in (Ramadan Refresh, not Kopi Launch).
    d.window->showPage(MainWindow::Campaigns);
    QAbstractItemModel *campaigns = d.window->page<CampaignsPage>(MainWindow::Campaigns)->table()->model();
    REQUIRE(campaigns->rowCount() == 1);
    CHECK(campaigns->index(0, 0).data().toString() == QStringLiteral("Ramadan Refresh 2026"));
    d.window->showPage(MainWindow::Today);
    CHECK(d.count(TodaySection::DraftsToReview) == 1);

    // Rina handed to another manager drops out of Dewi's Today.
    test::exec(*d.ws, QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) "
                                     "VALUES ('Marcus Tan', 'marcus tan', 'x', 'x')"));
    test::exec(*d.ws, QStringLiteral("UPDATE creators SET manager_id = (SELECT id FROM managers WHERE name = "
                                     "'Marcus Tan') WHERE name = 'Rina Wijaya'"));
    d.today->reload();
    CHECK(d.count(TodaySection::DraftsToReview) == 0);
    // Read again (as after any change of creators), Dewi's contracts and payments are none: Rina's
    // contract and her two payments went with her.
    d.window->myCreators()->setOn(false);
    d.window->myCreators()->setOn(true);
    d.window->showPage(MainWindow::Contracts);
    QAbstractItemModel *contracts = d.window->page<ContractsPage>(MainWindow::Contracts)->table()->model();
    CHECK(contracts->rowCount() == 0);
    d.window->showPage(MainWindow::Payments);
    auto *payments = d.window->page<PaymentsPage>(MainWindow::Payments);
    // The Payments page reads on a worker: wait for the rows it asked for.
    const auto paymentsRead = [payments] {
        for (int waited = 0; payments->isReading() && waited < 10'000; waited += 5)
            QTest::qWait(5);
        REQUIRE_FALSE(payments->isReading());
        REQUIRE(payments->hasRows());
    };
    paymentsRead();
    CHECK(payments->proxy()->rowCount() == 0);

    d.window->showPage(MainWindow::Creators);
    mine->trigger();
    CHECK_FALSE(d.window->myCreators()->isOn());
    CHECK(roster->rowCount() == 2);
    d.window->showPage(MainWindow::Contracts);
    CHECK(contracts->rowCount() == 1);
    d.window->showPage(MainWindow::Payments);
    paymentsRead();
    payments->setStatusFilter(PaymentsPage::All);
    CHECK(payments->proxy()->rowCount() == 2);
    d.window->showPage(MainWindow::Today);
    CHECK(d.count(TodaySection::DraftsToReview) == 1);
    // The choice is this computer's: a new window on the same workspace remembers "me".
    MyCreators again(d.ws);
    CHECK(again.me() == d.dewi);
}

TEST_CASE("My Creators reads my records on a worker and says when they are in", "[desk]")
{
    Desk d;
    BackgroundRead::setInlineForTests(false); // the worker is under test (Desk's window reads inline)
    MyCreators mine(d.ws);
    mine.setMe(d.dewi); // still off: everyone's, said at once
    CHECK_FALSE(mine.managed());
    QSignalSpy changed(&mine, &MyCreators::changed);
    mine.setOn(true);
    CHECK(mine.managerId() == d.dewi); // the switch itself at once
    CHECK(mine.isReading());
    CHECK_FALSE(mine.managed()); // her records not yet: nothing has narrowed
    CHECK(changed.isEmpty());
    REQUIRE(changed.wait(10'000));
    CHECK(changed.takeFirst().first().toLongLong() == d.dewi);
    REQUIRE(mine.managed());
    CHECK(mine.managed()->creators.size() == 2); // Rina Wijaya and Budi Santoso (archived)
    CHECK(mine.managed()->campaigns.size() == 1);
    // Off: everyone's at once; a read turned off before it arrives is dropped.
    mine.setOn(false);
    CHECK_FALSE(mine.managed());
    REQUIRE(changed.size() == 1);
    CHECK(changed.takeFirst().first().toLongLong() == 0);
    mine.setOn(true);
    mine.setOn(false);
    changed.clear();
    REQUIRE(QTest::qWaitFor([&mine] { return !mine.isReading(); }, 10'000));
    QTest::qWait(20);
    CHECK_FALSE(mine.managed());
    CHECK(changed.isEmpty());
    BackgroundRead::setInlineForTests(true);
}
