#include "UiTestSupport.h"
#include "common/Clock.h"
#include "common/LocalSettings.h"

#include "common/Tier.h"
#include "contracts/ContractText.h"
#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "dashboard/DashboardPage.h"
#include "desk/PipelinePage.h"
#include "desk/TodayPage.h"
#include "main/DarkPalette.h"
#include "main/EmptyState.h"
#include "main/FirstRunDialog.h"
#include "main/MainWindow.h"
#include "main/TablePage.h"
#include "main/WorkspaceOpening.h"
#include "models/CreatorRosterModel.h"
#include "models/DealListModel.h"
#include "models/PaymentListModel.h"
#include "models/TodayModel.h"
#include "payments/PaymentsPage.h"
#include "services/CreatorService.h"
#include "settings/SettingsDialog.h"
#include "storage/FileIdentity.h"
#include "storage/Sql.h"
#include "storage/WorkspacePaths.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleOption>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cd;
using cd::test::TempDir;

TEST_CASE("the window shows the roster, searchable as you type, archived creators hidden")
{
    test::InlineReads inlineReads; // the roster as read after each step
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
    CHECK(page->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    // The status bar counts the page shown, and nothing on the dashboard (it said "2 of 3 creators").
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    CHECK(counts->text() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    window.showPage(MainWindow::Dashboard);
    CHECK(counts->text().isEmpty());
    window.showPage(MainWindow::Creators);
    CHECK(counts->text() == QStringLiteral("2 of 3 creators (1 archived hidden)"));

    // Rina chosen, then searched for: she stays chosen while she is shown, and is let go once hidden.
    page->select(1);
    REQUIRE(page->selectedIds() == QList<qint64>{1});
    QTest::keyClicks(page->searchField(), QStringLiteral("food"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Rina Wijaya"));
    CHECK(page->selectedIds() == QList<qint64>{1});
    page->searchField()->setText(QStringLiteral("alex"));
    CHECK(page->selectedIds().isEmpty());
    page->searchField()->clear();
    // Any case, every term in some column: the tier and a platform of hers, the count as shown.
    QTest::keyClicks(page->searchField(), QStringLiteral("MACRO TikTok 120,000"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Rina Wijaya"));
    page->searchField()->setText(QStringLiteral("macro youtube"));
    CHECK(table->model()->rowCount() == 0);
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
    page->searchField()->setText(QStringLiteral("wave")); // the search texts are those of the new read
    CHECK(table->model()->rowCount() == 2);
    page->searchField()->clear();
    table->sortByColumn(0, Qt::AscendingOrder);
    CHECK(table->model()->index(3, 0).data().toString() == QStringLiteral("Wave 2"));
    CHECK(table->model()->index(4, 0).data().toString() == QStringLiteral("Wave 10"));
    CHECK(window.statusBar()->findChildren<QLabel *>().size() >= 2);
}

TEST_CASE("the roster is read on a worker and what it shows stays until the new rows arrive")
{
    TempDir dir;
    auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(opened.ok());
    Workspace *workspace = opened.value().get();
    MainWindow window(std::move(opened).value());
    CreatorsPage *page = window.creatorsPage();
    const QAbstractItemModel *roster = page->proxy()->sourceModel();
    // Before the first rows: the page says it is reading, never "No creators yet".
    REQUIRE(page->isReading());
    CHECK(page->summary() == QStringLiteral("Reading the roster…"));
    CHECK(page->emptyState()->text().contains(QStringLiteral("Reading the roster")));
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(page->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    CHECK(page->table()->isVisibleTo(page));

    // A creator added through the service is read back at once (RecordListsTest.cpp); a change that
    // does not name its creators (an import, say) reads the whole roster again.
    test::exec(*workspace, QStringLiteral("INSERT INTO creators (name, name_key, created_at, updated_at) VALUES "
                                          "('Wave 2', 'wave 2', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    workspace->announce(Changes{QStringLiteral("creators")});
    REQUIRE(page->isReading());
    CHECK(roster->rowCount() == 3); // the rows shown until the new read arrives
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(roster->rowCount() == 4);
    CHECK(page->summary() == QStringLiteral("3 of 4 creators (1 archived hidden)"));
}

TEST_CASE("a long roster shows its first screen by name while the whole is read")
{
    LocalSettings::remove(QStringLiteral("creators/header")); // sorted by name, as on a first start
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("long.collabdesk")));
    {
        QSqlDatabase db = ws->db();
        // 160 creators "Creator 001" to "Creator 160", added in a shuffled order.
        REQUIRE(
            sql::run(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160) "
                                        "INSERT INTO creators (name, name_key, created_at, updated_at) "
                                        "SELECT printf('Creator %03d', (i * 37) % 160 + 1), printf('creator %03d', "
                                        "(i * 37) % 160 + 1), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"))
                .ok());
    }
    // The page's two reads run one after the other, the first screen first.
    test::OneReadSlot oneSlot;
    const auto seen = [](CreatorsPage &page) {
        QStringList out; // per reset: rows, the first row shown, the summary
        QObject::connect(page.proxy()->sourceModel(), &QAbstractItemModel::modelReset, &page, [&page, &out] {
            out << QStringLiteral("%1 %2 | %3")
                       .arg(page.proxy()->sourceModel()->rowCount())
                       .arg(page.table()->model()->index(0, 0).data().toString(), page.summary());
        });
        REQUIRE(QTest::qWaitFor([&page] { return !page.isReading(); }, 10'000));
        return out;
    };
    {
        CreatorsPage page(ws.get(), nullptr);
        CHECK(page.summary() == QStringLiteral("Reading the roster…"));
        CHECK(seen(page) ==
              QStringList{QStringLiteral("150 Creator 001 | The first 150 of 160 creators by name; reading the rest…"),
                          QStringLiteral("160 Creator 001 | 160 creators")});
        CHECK(page.table()->model()->index(159, 0).data().toString() == QStringLiteral("Creator 160"));
        page.table()->sortByColumn(CreatorRosterModel::Name, Qt::DescendingOrder);
    }
    {
        CreatorsPage page(ws.get(), nullptr); // sorted Z-A as left: the last 150 come first
        CHECK(seen(page) ==
              QStringList{QStringLiteral("150 Creator 160 | The first 150 of 160 creators by name; reading the rest…"),
                          QStringLiteral("160 Creator 160 | 160 creators")});
        page.table()->sortByColumn(CreatorRosterModel::Followers, Qt::DescendingOrder);
    }
    {
        CreatorsPage page(ws.get(), nullptr); // by followers the first screen needs every row: one read
        CHECK(seen(page) == QStringList{QStringLiteral("160 Creator 001 | 160 creators")});
        page.table()->sortByColumn(CreatorRosterModel::Name, Qt::AscendingOrder);
    }
    test::exec(*ws, QStringLiteral("DELETE FROM creators WHERE name > 'Creator 140'"));
    {
        CreatorsPage page(ws.get(), nullptr); // a first screen that holds every creator says so
        CHECK(seen(page) == QStringList{QStringLiteral("140 Creator 001 | 140 creators"),
                                        QStringLiteral("140 Creator 001 | 140 creators")});
    }
    LocalSettings::remove(QStringLiteral("creators/header"));
}

TEST_CASE("an empty workspace says how the roster fills")
{
    test::InlineReads inlineReads; // the roster as read after each step
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

TEST_CASE("the sidebar and View menu switch pages and the menus carry the standard shortcuts")
{
    TempDir dir;
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("shell.collabdesk"))));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.currentPage() == MainWindow::Creators);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
    REQUIRE(sidebar != nullptr);
    REQUIRE(sidebar->count() == MainWindow::PageCount);
    CHECK(sidebar->item(MainWindow::Campaigns)->text() == QStringLiteral("Campaigns"));
    // Every page has its own icon from the Breeze set (breeze-icon-theme, installed by the scripts).
    QList<QImage> icons;
    for (int p = 0; p < sidebar->count(); ++p) {
        INFO("page " << p);
        const QImage icon = sidebar->item(p)->icon().pixmap(22).toImage();
        CHECK_FALSE(icon.isNull());
        CHECK_FALSE(icons.contains(icon));
        icons << icon;
    }
    CHECK(QIcon::themeName().startsWith(QStringLiteral("breeze")));

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Campaigns);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Today);
    sidebar->setCurrentRow(MainWindow::Brands);
    CHECK(window.currentPage() == MainWindow::Brands);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Find goes to the roster's search
    CHECK(window.currentPage() == MainWindow::Creators);

    QStringList shortcuts;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut().toString();
    for (const char *expected :
         {"Ctrl+N", "Ctrl+O", "Ctrl+F", "Ctrl+Q", "Ctrl+I", "Ctrl+E", "Ctrl+1", "Ctrl+8", "Ctrl+Shift+M"})
        CHECK(shortcuts.contains(QString::fromLatin1(expected)));
}

TEST_CASE("the window builds and reads the page it opens on first and alone and the others one at a time after it")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    // A brand's workspace opens on the roster: the other pages are neither built nor reading yet.
    REQUIRE(window.currentPage() == MainWindow::Creators);
    CHECK(window.findChildren<CreatorsPage *>().size() == 1);
    CHECK(window.creatorsPage()->isReading());
    CHECK(window.findChildren<TablePage *>().isEmpty()); // brands, campaigns, contracts
    CHECK(window.findChildren<QTableView *>().size() == 1);
    // The rest follow once the roster is in, each page's reads arriving before the next is built.
    // How many pages are reading (Today reads in two halves and the dashboard in parts, at once).
    const auto reading = [&window] {
        qsizetype n = 0;
        const auto count = [&n](const auto &pages) {
            for (const auto *page : pages)
                n += page->isReading() ? 1 : 0;
        };
        count(window.findChildren<CreatorsPage *>());
        count(window.findChildren<TodayPage *>());
        count(window.findChildren<DashboardPage *>());
        count(window.findChildren<TablePage *>());
        count(window.findChildren<PipelinePage *>());
        count(window.findChildren<PaymentsPage *>());
        return n;
    };
    const auto othersBuilt = [&window] {
        return window.findChildren<TodayPage *>().size() + window.findChildren<DashboardPage *>().size() +
               window.findChildren<TablePage *>().size() + window.findChildren<PipelinePage *>().size() +
               window.findChildren<PaymentsPage *>().size();
    };
    qsizetype mostAtOnce = 0, built = 0;
    bool builtBeforeRoster = false;
    QElapsedTimer waited;
    waited.start();
    while (built < 7 && waited.elapsed() < 20'000) {
        QTest::qWait(10);
        built = othersBuilt();
        builtBeforeRoster = builtBeforeRoster || (built > 0 && window.creatorsPage()->isReading());
        mostAtOnce = std::max(mostAtOnce, reading());
    }
    CHECK(built == 7);
    CHECK_FALSE(builtBeforeRoster);
    CHECK(mostAtOnce == 1);
    CHECK(window.findChildren<TodayPage *>().size() == 1);
    CHECK(window.findChildren<DashboardPage *>().size() == 1);
    CHECK(window.findChildren<PipelinePage *>().size() == 1);
    CHECK(window.findChildren<TablePage *>().size() == 3);
    CHECK(window.findChildren<CreatorsPage *>().size() == 1);
    CHECK(window.currentPage() == MainWindow::Creators);
    // The pages that read only when shown have read out of sight as they were built: shown now,
    // they have their rows at once and read nothing.
    REQUIRE(QTest::qWaitFor(
        [&] {
            mostAtOnce = std::max(mostAtOnce, reading());
            return reading() == 0;
        },
        10'000));
    CHECK(mostAtOnce == 1);
    auto *payments = window.page<PaymentsPage>(MainWindow::Payments);
    CHECK(payments->model()->rowCount() == 2);
    CHECK(window.page<TodayPage>(MainWindow::Today)->model()->asOf() == Clock::today());
    auto *pipeline = window.page<PipelinePage>(MainWindow::Pipeline);
    int deals = 0;
    for (int s = 0; s < 8; ++s)
        deals += pipeline->column(DealStage(s))->rowCount();
    CHECK(deals == 2);
    window.show();
    for (const auto which : {MainWindow::Today, MainWindow::Dashboard, MainWindow::Pipeline, MainWindow::Payments}) {
        window.showPage(which);
        CHECK(reading() == 0);
    }
    CHECK(payments->model()->rowCount() == 2);
}

TEST_CASE("a page shown before its turn is built at once and a workspace opened starts again from the page shown")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    window.show();
    window.showPage(MainWindow::Campaigns); // before the roster's read is in
    REQUIRE(window.currentPage() == MainWindow::Campaigns);
    auto *campaigns = qobject_cast<TablePage *>(window.page(MainWindow::Campaigns));
    REQUIRE(campaigns != nullptr);
    CHECK(window.findChildren<TablePage *>() == QList<TablePage *>{campaigns});
    CHECK(campaigns->isVisible());
    REQUIRE(QTest::qWaitFor([campaigns] { return !campaigns->isReading(); }, 10'000));
    CHECK(campaigns->summary() == QStringLiteral("2 campaigns"));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
    CHECK(counts->text() == QStringLiteral("2 campaigns"));

    // Another workspace: the pages of the first go, and the page shown is built anew on the second.
    REQUIRE(window.openWorkspace(dir.path(QStringLiteral("second.collabdesk"))));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.currentPage() == MainWindow::Campaigns);
    CHECK(window.findChildren<CreatorsPage *>().isEmpty());
    const QList<TablePage *> second = window.findChildren<TablePage *>();
    REQUIRE(second.size() == 1);
    REQUIRE(QTest::qWaitFor([&second] { return !second.first()->isReading(); }, 10'000));
    CHECK(second.first()->summary() == QStringLiteral("0 campaigns"));
    CHECK(counts->text() == QStringLiteral("0 campaigns"));
}

TEST_CASE("opening another workspace switches the window and remembers it as recent")
{
    test::InlineReads inlineReads; // the roster as read after each step
    TempDir dir;
    const QString first = dir.path(QStringLiteral("first.collabdesk"));
    const QString second = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    MainWindow window(test::createWorkspace(first));
    CHECK(window.creatorsPage()->summary() == QStringLiteral("0 creators"));
    REQUIRE(window.openWorkspace(second)); // checked and updated to this schema on a worker
    CHECK(window.workspace()->path() == QFileInfo(second).absoluteFilePath());
    // Opened on a worker, the workspace is the window's: its changes reach the pages at once.
    CHECK(window.workspace()->thread() == window.thread());
    CHECK(window.workspace()->schemaVersion() == CurrentSchemaVersion);
    CHECK(window.windowTitle() == QStringLiteral("workspace-v1 — CollabDesk"));
    CHECK(window.creatorsPage()->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    const QStringList recent = MainWindow::recentWorkspaces();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.at(0) == QFileInfo(second).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(first).absoluteFilePath());
    CHECK(Workspace::lockHolder(first).isEmpty()); // the first one was closed and unlocked
}

TEST_CASE("the roster filters by tier, platform and niche")
{
    test::InlineReads inlineReads;                            // the roster as read after each step
    LocalSettings::remove(QStringLiteral("creators/header")); // sorted by name, as on a first start
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    CreatorsPage page(ws.value().get(), nullptr);
    QAbstractItemModel *shown = page.table()->model();
    const auto names = [&] {
        QStringList out;
        for (int row = 0; row < shown->rowCount(); ++row)
            out << shown->index(row, 0).data().toString();
        return out;
    };
    REQUIRE(names() == QStringList{QStringLiteral("Alex Chen"), QStringLiteral("Rina Wijaya")});

    page.tierFilter()->setCurrentIndex(page.tierFilter()->findData(int(Tier::Macro)));
    CHECK(names() == QStringList{QStringLiteral("Rina Wijaya")});
    page.tierFilter()->setCurrentIndex(0);

    page.platformFilter()->setCurrentIndex(page.platformFilter()->findData(QStringLiteral("youtube")));
    CHECK(names() == QStringList{QStringLiteral("Alex Chen")});
    page.platformFilter()->setCurrentIndex(0);

    QStringList niches;
    for (int i = 0; i < page.nicheFilter()->count(); ++i)
        niches << page.nicheFilter()->itemText(i);
    CHECK(niches == QStringList{QStringLiteral("All niches"), QStringLiteral("food"), QStringLiteral("tech"),
                                QStringLiteral("travel")});
    page.nicheFilter()->setCurrentIndex(page.nicheFilter()->findData(QStringLiteral("food")));
    CHECK(names() == QStringList{QStringLiteral("Rina Wijaya")});
    CHECK(page.summary() == QStringLiteral("1 of 3 creators (1 archived hidden)"));
    page.nicheFilter()->setCurrentIndex(0);

    // A read that brings other niches changes the list (one entry for niches that differ in case
    // only); the one chosen stays chosen, and one no creator has any more stops filtering.
    const auto nichesListed = [&] {
        QStringList out;
        for (int i = 0; i < page.nicheFilter()->count(); ++i)
            out << page.nicheFilter()->itemText(i).toLower();
        return out;
    };
    page.nicheFilter()->setCurrentIndex(page.nicheFilter()->findData(QStringLiteral("food")));
    test::exec(*ws.value(), QStringLiteral("UPDATE creators SET niche = 'Beauty' WHERE name = 'Alex Chen'"));
    test::exec(*ws.value(), QStringLiteral("UPDATE creators SET niche = 'FOOD' WHERE name = 'Budi Santoso'"));
    page.reload();
    CHECK(nichesListed() ==
          QStringList{QStringLiteral("all niches"), QStringLiteral("beauty"), QStringLiteral("food")});
    CHECK(page.nicheFilter()->currentText().toLower() == QStringLiteral("food")); // Budi's "FOOD" comes first
    CHECK(names() == QStringList{QStringLiteral("Rina Wijaya")});
    page.nicheFilter()->setCurrentIndex(page.nicheFilter()->findData(QStringLiteral("Beauty")));
    CHECK(names() == QStringList{QStringLiteral("Alex Chen")});
    test::exec(*ws.value(), QStringLiteral("UPDATE creators SET niche = 'tech' WHERE name = 'Alex Chen'"));
    page.reload();
    CHECK(nichesListed() == QStringList{QStringLiteral("all niches"), QStringLiteral("food"), QStringLiteral("tech")});
    CHECK(page.nicheFilter()->currentIndex() == 0);
    CHECK(names() == QStringList{QStringLiteral("Alex Chen"), QStringLiteral("Rina Wijaya")});
    page.proxy()->setShowArchived(true);
    page.tierFilter()->setCurrentIndex(page.tierFilter()->findData(int(Tier::Nano)));
    CHECK(names() == QStringList{QStringLiteral("Budi Santoso")});
}

TEST_CASE("a first run asks what to open, later runs reopen the last workspace")
{
    TempDir dir;
    qunsetenv("COLLABDESK_DB");
    LocalSettings::remove(QStringLiteral("workspace/last"));
    QFile::remove(defaultWorkspacePath());
    CHECK(startupWorkspace(QString()).isEmpty());
    CHECK(startupWorkspace(QStringLiteral("/tmp/x.collabdesk")) == QStringLiteral("/tmp/x.collabdesk"));

    const QString last = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    LocalSettings::set(QStringLiteral("workspace/last"), last);
    CHECK(startupWorkspace(QString()) == last);
    LocalSettings::remove(QStringLiteral("workspace/last"));

    FirstRunDialog welcome(defaultWorkspacePath());
    CHECK(welcome.choice() == FirstRunDialog::None);
    REQUIRE(welcome.button(FirstRunDialog::Demo) != nullptr);
    welcome.button(FirstRunDialog::Demo)->click();
    CHECK(welcome.choice() == FirstRunDialog::Demo);
    CHECK(welcome.result() == QDialog::Accepted);
}

TEST_CASE("the roster remembers its column widths and sorting")
{
    test::InlineReads inlineReads; // the roster as read after each step
    LocalSettings::remove(QStringLiteral("creators/header"));
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("columns.collabdesk")));
    {
        CreatorsPage page(ws.get(), nullptr);
        page.table()->setColumnWidth(0, 321);
        page.table()->sortByColumn(3, Qt::DescendingOrder);
    }
    CreatorsPage again(ws.get(), nullptr);
    CHECK(again.table()->columnWidth(0) == 321);
    CHECK(again.table()->horizontalHeader()->sortIndicatorSection() == 3);
    CHECK(again.table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    LocalSettings::remove(QStringLiteral("creators/header"));
}

TEST_CASE("File > Restore replaces the open workspace with a backup and keeps the old one")
{
    test::InlineReads inlineReads; // the roster as read after each step
    TempDir dir;
    const QString backupFile = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("mine.collabdesk"))));
    CHECK(window.creatorsPage()->summary() == QStringLiteral("0 creators"));
    QString kept;
    REQUIRE(window.restoreFrom(backupFile, &kept));
    CHECK(window.creatorsPage()->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    CHECK(window.workspace()->path() == QFileInfo(dir.path(QStringLiteral("mine.collabdesk"))).absoluteFilePath());
    CHECK(kept.contains(QStringLiteral("mine.collabdesk.before-restore-")));
    auto old = Workspace::open(kept, Workspace::Access::ReadOnly);
    REQUIRE(old.ok());
}

TEST_CASE("Settings saves the workspace defaults and the roster follows the new tiers")
{
    test::InlineReads inlineReads; // the roster as read after each step
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    CreatorsPage page(ws.value().get(), nullptr);
    SettingsDialog dialog(*ws.value());
    CHECK(dialog.microTierSpinBox()->value() == 10'000);
    CHECK(dialog.values() == WorkspaceDefaults()); // the fixture's settings are the defaults

    WorkspaceDefaults wanted = dialog.values();
    wanted.tiers = {5'000, 50'000, 150'000};
    wanted.baselines[Platform::TikTok] = {400, 900};
    dialog.setValues(wanted);
    CHECK(dialog.values() == wanted);
    dialog.companyNameEdit()->setText(QStringLiteral("PT Kreasi Nusantara Digital"));
    REQUIRE(dialog.save());
    QSqlDatabase db = ws.value()->db();
    CHECK(settings::defaults(db) == wanted);
    CHECK(ownParty(db).legalName == QStringLiteral("PT Kreasi Nusantara Digital")); // the company on contracts
    // Budi's 8,000 followers were nano; with micro from 5,000 the roster shows him as micro at once.
    page.proxy()->setShowArchived(true);
    QAbstractItemModel *shown = page.table()->model();
    REQUIRE(shown->index(1, 0).data().toString() == QStringLiteral("Budi Santoso"));
    CHECK(shown->index(1, 1).data().toString() == QStringLiteral("Micro"));
    CHECK(shown->index(2, 1).data().toString() == QStringLiteral("Macro")); // Rina: 120,000 < 150,000

    WorkspaceDefaults bad = wanted;
    bad.tiers = {50'000, 5'000, 150'000};
    dialog.setValues(bad);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.problemText().startsWith(QStringLiteral("Not saved: tier thresholds must grow")));
    CHECK(dialog.microTierSpinBox()->value() == 50'000); // the input is kept
    CHECK(settings::defaults(db) == wanted);
}

TEST_CASE("on a dark palette disabled icons are faded and an unchecked box keeps an outline that shows")
{
    TempDir dir;
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("dark.collabdesk")))); // puts the app's style on
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());

    // A near-white icon (Breeze Dark's) disabled: a third of its opacity, not the style's light grey.
    QPixmap white(16, 16);
    white.fill(Qt::white);
    QStyleOption option;
    option.palette = QApplication::palette();
    const QImage faded = QApplication::style()->generatedIconPixmap(QIcon::Disabled, white, &option).toImage();
    CHECK(qAlpha(faded.pixel(8, 8)) >= 80);
    CHECK(qAlpha(faded.pixel(8, 8)) <= 95);

    // An unchecked box: its outline stands out from the dark field it is drawn on.
    QCheckBox box(QStringLiteral("Show archived"));
    box.resize(box.sizeHint());
    const QImage shot = box.grab().toImage();
    QStyleOptionButton buttonOption;
    buttonOption.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &buttonOption, &box);
    int lightest = 0;
    for (int y = indicator.top(); y <= indicator.bottom(); ++y)
        for (int x = indicator.left(); x <= indicator.right(); ++x)
            lightest = std::max(lightest, QColor(shot.pixel(x, y)).lightness());
    const int field = QApplication::palette().color(QPalette::Base).lightness();
    INFO("lightest " << lightest << " on " << field);
    CHECK(lightest - field >= 40);
    QApplication::setPalette(before);
}

TEST_CASE("a slow open shows what it waits for and Cancel calls it off with the file as it was")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("w.collabdesk"));
    test::createWorkspace(path).reset();
    { // written to by another program (the same bytes again): the next open checks it
        const QByteArray bytes = test::fileBytes(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(bytes);
    }
    const QByteArray before = test::fileBytes(path);
    // The check is held back until the dialog is up and Cancel pressed: a small file is checked
    // long before the dialog would show.
    QSemaphore pressed;
    QString shownText;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible()) {
                shownText = dialog->findChild<QLabel *>()->text();
                dialog->findChild<QPushButton *>()->click();
                look.stop();
                pressed.release();
            }
    });
    look.start(20);
    Workspace::Options options;
    options.onStage = [&pressed](Workspace::Stage) { pressed.acquire(); };
    bool cancelled = false;
    auto ws = openWithProgress(nullptr, path, options, &cancelled);
    REQUIRE_FALSE(ws.ok());
    CHECK(cancelled);
    CHECK(ws.error().contains(QStringLiteral("was cancelled; nothing in it was changed")));
    CHECK(shownText.startsWith(QStringLiteral("Checking <b>w.collabdesk</b> (")));
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));

    // Not cancelled, it opens (quietly: no dialog for an open this short) and is this thread's.
    options.onStage = {};
    auto again = openWithProgress(nullptr, path, options, &cancelled);
    REQUIRE(again.ok());
    CHECK_FALSE(cancelled);
    CHECK(again.value()->thread() == QThread::currentThread());
    QSqlDatabase db = again.value()->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators")).value().toInt() == 0);
}
