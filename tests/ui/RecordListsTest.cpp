#include "UiTestSupport.h"

#include "brands/BrandsPage.h"
#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/DeliverablesPanel.h"
#include "common/LocalSettings.h"
#include "common/Words.h"
#include "contracts/ContractsPage.h"
#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "main/EmptyState.h"
#include "main/MainWindow.h"
#include "main/StatusChip.h"
#include "main/TablePage.h"
#include "models/CampaignListModel.h"
#include "models/CreatorRosterModel.h"
#include "models/DeliverableListModel.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "storage/Settings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFontMetrics>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The record lists (brands, campaigns, contracts) in the window: what they show, how they read,
// sort and filter, their status chips and what an empty one offers.

using namespace cd;
using cd::test::TempDir;

TEST_CASE("the Brands page lists the workspace's brands and searches them")
{
    test::InlineReads inlineReads;
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    window.showPage(MainWindow::Brands);
    auto *page = window.findChild<TablePage *>(QStringLiteral("brandsPage"));
    REQUIRE(page != nullptr);
    QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->table()->model()->rowCount() == 2);
    QTest::keyClicks(page->searchField(), QStringLiteral("jeruk")); // a competitor's name
    REQUIRE(page->table()->model()->rowCount() == 1);
    CHECK(page->table()->model()->index(0, 0).data().toString() == QStringLiteral("Teh Segar"));
    // Every word must appear, each in any column: a name and a competitor's name together.
    page->searchField()->setText(QStringLiteral("  SEGAR   kopi "));
    REQUIRE(page->table()->model()->rowCount() == 1);
    CHECK(page->table()->model()->index(0, 0).data().toString() == QStringLiteral("Teh Segar"));
    page->searchField()->setText(QStringLiteral("segar glowria"));
    CHECK(page->table()->model()->rowCount() == 0);
}

TEST_CASE("the Campaigns page lists campaigns with budget, creators and deliverables done")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    auto *page = window.page<TablePage>(MainWindow::Campaigns);
    REQUIRE(page != nullptr);
    QAbstractItemModel *m = page->table()->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Read on a worker: until the rows arrive (through the event loop) the page says so.
    CHECK(page->summary() == QStringLiteral("Reading campaigns…"));
    CHECK(page->emptyState()->isVisibleTo(page));
    CHECK(page->emptyState()->text().contains(QStringLiteral("Reading campaigns…")));
    CHECK(m->rowCount() == 0);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    REQUIRE(QTest::qWaitFor([m] { return m->rowCount() == 2; }, 10'000));
    CHECK(page->summary() == QStringLiteral("2 campaigns"));
    CHECK_FALSE(page->emptyState()->isVisibleTo(page));
    // Running campaigns first (the Status column's order), then planned ones.
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("Ramadan Refresh 2026"));
    CHECK(m->index(0, 2).data().toString() == QStringLiteral("Active"));
    CHECK(m->index(0, 5).data().toString() == QStringLiteral("Rp50.000.000"));
    CHECK(m->index(0, 6).data().toInt() == 1); // Alex declined: only Rina takes part
    CHECK(m->index(0, 7).data().toString() == QStringLiteral("1 of 1"));
    CHECK(m->index(1, 0).data().toString() == QStringLiteral("Kopi Launch"));
    CHECK(m->index(1, 2).data().toString() == QStringLiteral("Planned"));
    CHECK(m->index(1, 5).data().toString() == QStringLiteral("$20,000.00"));
    CHECK(m->index(1, 4).data().toString() == QStringLiteral("open"));
    page->table()->sortByColumn(5, Qt::AscendingOrder); // budgets grouped by currency, then by amount
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("Ramadan Refresh 2026"));
    CHECK(m->index(0, 5, {}).data(CampaignListModel::SortRole).toString() == QStringLiteral("IDR 0000000000050000000"));
}

TEST_CASE("the campaigns list sorts by the places its read gave each column")
{
    LocalSettings::remove(QStringLiteral("campaigns/header")); // sorted as on a first start
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    Workspace *workspace = ws.value().get();
    for (const char *name : {"Wave 10", "wave 9"}) {
        CampaignInput added;
        added.name = QLatin1String(name);
        added.brand = QStringLiteral("Kopi Kita");
        added.start = QDate(2026, 3, 1);
        added.currency = QStringLiteral("IDR");
        REQUIRE(CampaignService(*workspace).add(added).ok());
    }
    MainWindow window(std::move(ws).value());
    auto *page = window.page<TablePage>(MainWindow::Campaigns);
    REQUIRE(page != nullptr);
    QAbstractItemModel *m = page->table()->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    const auto names = [m] {
        QStringList shown;
        for (int row = 0; row < m->rowCount(); ++row)
            shown << m->index(row, CampaignListModel::Name).data().toString();
        return shown;
    };
    // On a first start, running campaigns first, then planned ones, then drafts; by name within
    // each, numbers within names by value (wave 9 before Wave 10), case aside.
    CHECK(names() == QStringList{QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("Kopi Launch"),
                                 QStringLiteral("wave 9"), QStringLiteral("Wave 10")});
    page->table()->sortByColumn(CampaignListModel::Status, Qt::DescendingOrder);
    CHECK(names() == QStringList{QStringLiteral("Wave 10"), QStringLiteral("wave 9"), QStringLiteral("Kopi Launch"),
                                 QStringLiteral("Ramadan Refresh 2026")});
    page->table()->sortByColumn(CampaignListModel::Name, Qt::AscendingOrder);
    CHECK(names() == QStringList{QStringLiteral("Kopi Launch"), QStringLiteral("Ramadan Refresh 2026"),
                                 QStringLiteral("wave 9"), QStringLiteral("Wave 10")});
    page->table()->sortByColumn(CampaignListModel::Name, Qt::DescendingOrder);
    CHECK(names() == QStringList{QStringLiteral("Wave 10"), QStringLiteral("wave 9"),
                                 QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("Kopi Launch")});
    page->table()->sortByColumn(CampaignListModel::Brand, Qt::AscendingOrder);
    CHECK(m->index(2, CampaignListModel::Brand).data().toString() == QStringLiteral("Kopi Kita"));
    CHECK(m->index(3, CampaignListModel::Name).data().toString() == QStringLiteral("Ramadan Refresh 2026"));
    // The brand filter offers the brands in use, in the list's order.
    auto *brands = page->findChild<QComboBox *>();
    REQUIRE(brands != nullptr);
    REQUIRE(brands->count() == 3);
    CHECK(brands->itemText(1) == QStringLiteral("Kopi Kita"));
    CHECK(brands->itemText(2) == QStringLiteral("Teh Segar"));
}

TEST_CASE("a record chosen while its list is being read is chosen when the read arrives")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    Workspace *workspace = ws.value().get();
    MainWindow window(std::move(ws).value());
    auto *page = window.page<TablePage>(MainWindow::Campaigns);
    REQUIRE(page != nullptr);
    // Opened from Today before the first read arrived.
    REQUIRE(page->isReading());
    const qint64 ramadan = CampaignService(*workspace).findByName(QStringLiteral("Ramadan Refresh 2026")).value();
    page->select(ramadan);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(page->selectedIds() == QList<qint64>{ramadan});
    // Just added: the list is being read again when the editor chooses the new campaign.
    CampaignInput added;
    added.name = QStringLiteral("Lebaran Mudik");
    added.brand = QStringLiteral("Kopi Kita");
    added.start = QDate(2026, 3, 1);
    added.currency = QStringLiteral("IDR");
    auto id = CampaignService(*workspace).add(added);
    REQUIRE(id.ok());
    REQUIRE(page->isReading());
    page->select(id.value());
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(page->selectedIds() == QList<qint64>{id.value()});
    CHECK(page->summary() == QStringLiteral("3 campaigns"));

    // The roster alike, while it reads every creator again (the tiers' thresholds changed).
    CreatorsPage *roster = window.creatorsPage();
    REQUIRE(QTest::qWaitFor([roster] { return !roster->isReading(); }, 10'000));
    REQUIRE(settings::setTierThresholds(*workspace, {5'000, 50'000, 500'000}).ok());
    REQUIRE(roster->isReading());
    roster->select(2);
    REQUIRE(QTest::qWaitFor([roster] { return !roster->isReading(); }, 10'000));
    CHECK(roster->selectedIds() == QList<qint64>{2});
}

TEST_CASE("the roster shows a creator added or changed at once by reading back that creator only")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    Workspace *workspace = ws.value().get();
    MainWindow window(std::move(ws).value());
    CreatorsPage *roster = window.creatorsPage();
    REQUIRE(QTest::qWaitFor([roster] { return !roster->isReading(); }, 10'000));
    const auto nameAt = [roster](int row) { return roster->proxy()->index(row, CreatorRosterModel::Name).data(); };
    CreatorService creators(*workspace);
    CreatorInput creator;
    creator.name = QStringLiteral("Sari Dewi");
    creator.niche = QStringLiteral("beauty");
    auto sari = creators.add(creator);
    REQUIRE(sari.ok());
    // No whole read: the row is there at once, in its place by name, and can be chosen.
    CHECK_FALSE(roster->isReading());
    CHECK(roster->summary() == QStringLiteral("3 of 4 creators (1 archived hidden)")); // Budi is archived, hidden
    CHECK(nameAt(1).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(nameAt(2).toString() == QStringLiteral("Sari Dewi"));
    CHECK(roster->nicheFilter()->findText(QStringLiteral("beauty")) > 0);
    roster->select(sari.value());
    CHECK(roster->selectedIds() == QList<qint64>{sari.value()});
    // Renamed to the front: it stays chosen.
    creator.name = QStringLiteral("Aaron");
    REQUIRE(creators.update(sari.value(), creator).ok());
    CHECK_FALSE(roster->isReading());
    CHECK(nameAt(0).toString() == QStringLiteral("Aaron"));
    CHECK(roster->selectedIds() == QList<qint64>{sari.value()});
    // Archived: hidden, as archived creators are.
    REQUIRE(creators.setStatus(sari.value(), CreatorStatus::Archived).ok());
    CHECK_FALSE(roster->isReading());
    CHECK(roster->summary() == QStringLiteral("2 of 4 creators (2 archived hidden)"));
    // A change that does not name its creators reads every one again.
    workspace->announce(Changes{QStringLiteral("creators")});
    CHECK(roster->isReading());
    REQUIRE(QTest::qWaitFor([roster] { return !roster->isReading(); }, 10'000));
    CHECK(roster->summary() == QStringLiteral("2 of 4 creators (2 archived hidden)"));
}

TEST_CASE("the roster shows a creator on four platforms whole and a campaign's deliverables their creators' names")
{
    LocalSettings::remove(QStringLiteral("creators/header")); // the widths of a first start
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    QTableView *roster = window.creatorsPage()->table();
    const QFontMetrics metrics(roster->font());
    // Cut at three before ("Facebook, Instagram, TikTok…"); a cell's margins take a few pixels more.
    CHECK(roster->columnWidth(CreatorRosterModel::Platforms) >
          metrics.horizontalAdvance(QStringLiteral("Facebook, Instagram, YouTube, TikTok")));
    auto *campaigns = window.page<CampaignsPage>(MainWindow::Campaigns);
    QTableView *deliverables = campaigns->view()->deliverablesPanel()->table();
    CHECK(deliverables->columnWidth(DeliverableListModel::Creator) >
          metrics.horizontalAdvance(QStringLiteral("Ayu Firmansyah 2")));
    CHECK(deliverables->columnWidth(DeliverableListModel::Title) >
          metrics.horizontalAdvance(QStringLiteral("Unboxing reel")));
}

TEST_CASE("statuses show as chips in their role colour with the whole word")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    window.resize(1366, 768);
    window.showPage(MainWindow::Campaigns);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.page<TablePage>(MainWindow::Campaigns);
    QTableView *table = page->table();
    REQUIRE(qobject_cast<StatusChipDelegate *>(table->itemDelegateForColumn(CampaignListModel::Status)));
    // Every status's label fits its chip in the column (the chip cut "Active" to "Acti…").
    const QFontMetrics metrics(table->font());
    for (const QString &word : allWords<CampaignStatus>())
        CHECK(table->columnWidth(CampaignListModel::Status) >=
              metrics.horizontalAdvance(CampaignListModel::statusLabel(word)) + StatusChipDelegate::ExtraWidth);
    CHECK(statusChipRole(u"active") == ColorRole::Info);
    CHECK(statusChipRole(u"verified") == ColorRole::Good);
    CHECK(statusChipRole(u"revision_requested") == ColorRole::Attention);
    CHECK(statusChipRole(u"terminated") == ColorRole::Bad);
    CHECK_FALSE(statusChipRole(u"archived"));
    // On screen: the chip's fill (the role colour at 15% over the row) behind each status.
    table->clearSelection();
    QTest::qWait(0);
    QAbstractItemModel *m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex cell = m->index(row, CampaignListModel::Status);
        const auto role = statusChipRole(cell.data(CampaignListModel::StatusWordRole).toString());
        REQUIRE(role);
        const QImage shot = table->viewport()->grab(table->visualRect(cell)).toImage();
        const QPalette palette = table->palette();
        const QColor fills[] = {StatusChipDelegate::fill(*role, table, palette.color(QPalette::Base)),
                                StatusChipDelegate::fill(*role, table, palette.color(QPalette::AlternateBase))};
        int filled = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                filled += shot.pixelColor(x, y) == fills[0] || shot.pixelColor(x, y) == fills[1];
        INFO("row " << row);
        CHECK(filled > 100);
    }
}

TEST_CASE("an empty list offers its first action: New and Import on records, Import on contracts")
{
    TempDir dir;
    MainWindow window(test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk"))));
    window.show();
    window.showPage(MainWindow::Brands);
    auto *brands = window.page<BrandsPage>(MainWindow::Brands);
    REQUIRE(brands);
    QStringList texts;
    for (QWidget *b : brands->emptyState()->buttons())
        texts << qobject_cast<QPushButton *>(b)->text();
    CHECK(texts == QStringList{QStringLiteral("&New Brand…"), QStringLiteral("&Import CSV…")});
    CHECK(brands->emptyState()->isVisibleTo(brands));
    // The New button opens the new brand's form.
    QString opened;
    QTimer::singleShot(0, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = modal->windowTitle();
            modal->close();
        }
    });
    qobject_cast<QPushButton *>(brands->emptyState()->buttons().value(0))->click();
    CHECK(opened == QStringLiteral("New Brand"));
    auto *contracts = window.page<ContractsPage>(MainWindow::Contracts);
    REQUIRE(contracts);
    CHECK(contracts->emptyState()->buttons().size() == 1);
    window.showPage(MainWindow::Creators);
    CHECK(window.creatorsPage()->emptyState()->buttons().size() == 2);
    CHECK(qobject_cast<QPushButton *>(window.creatorsPage()->emptyState()->buttons().value(0))->text() ==
          QStringLiteral("&New Creator…"));
}
