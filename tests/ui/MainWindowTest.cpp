#include "TestSupport.h"

#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "main/MainWindow.h"
#include "services/CreatorService.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace cd;
using cd::test::TempDir;

TEST_CASE("the window shows the roster, searchable as you type, archived creators hidden")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    Workspace *workspace = ws.value().get();
    MainWindow window(std::move(ws).value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("workspace-v1 — CollabDesk"));

    CreatorsPage *page = window.creatorsPage();
    REQUIRE(page != nullptr);
    QAbstractItemModelTester tester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = page->table();
    REQUIRE(table->model()->rowCount() == 2); // Budi is archived
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Alex Chen"));
    CHECK(page->summary() == QStringLiteral("2 of 3 creators"));

    QTest::keyClicks(page->searchField(), QStringLiteral("food"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Rina Wijaya"));
    page->searchField()->clear();

    page->proxy()->setShowArchived(true);
    CHECK(table->model()->rowCount() == 3);
    CHECK(page->summary() == QStringLiteral("3 creators"));

    // Sorting by followers puts numbers in numeric order, not text order.
    table->sortByColumn(3, Qt::DescendingOrder);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Alex Chen"));
    CHECK(table->model()->index(2, 0).data().toString() == QStringLiteral("Budi Santoso"));

    // A committed change elsewhere in the app shows up without reopening.
    CreatorService creators(*workspace);
    CreatorInput input;
    input.name = QStringLiteral("Wave 2");
    REQUIRE(creators.add(input).ok());
    input.name = QStringLiteral("Wave 10");
    REQUIRE(creators.add(input).ok());
    REQUIRE(table->model()->rowCount() == 5);
    table->sortByColumn(0, Qt::AscendingOrder);
    CHECK(table->model()->index(3, 0).data().toString() == QStringLiteral("Wave 2"));
    CHECK(table->model()->index(4, 0).data().toString() == QStringLiteral("Wave 10"));
    CHECK(window.statusBar()->findChildren<QLabel *>().size() >= 2);
}

TEST_CASE("an empty workspace says how the roster fills")
{
    TempDir dir;
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk"))));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QStringLiteral("No creators yet")))
            found = true;
    CHECK(found);
    CHECK(window.creatorsPage()->summary() == QStringLiteral("0 creators"));
}
