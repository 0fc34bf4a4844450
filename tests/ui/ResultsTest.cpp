#include "UiTestSupport.h"

#include "campaigns/CampaignView.h"
#include "charts/ChartExport.h"
#include "charts/ChartParts.h"
#include "charts/EngagementChart.h"
#include "charts/FollowersChart.h"
#include "charts/PostRateChart.h"
#include "common/Clock.h"

#include "campaigns/CampaignsPage.h"
#include "campaigns/ResultsPanel.h"
#include "creators/CreatorEditor.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "services/CreatorProfile.h"
#include "storage/Sql.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>
#include <QXYSeries>

using namespace cd;
using cd::test::childNamed;
using cd::test::saveButton;
using cd::test::TempDir;
using cd::test::Window;

TEST_CASE("the results tab shows the campaign's KPIs as of today and its engagement chart")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    ResultsPanel *results = page->view()->resultsPanel();
    // The fixture's reel as of today: its 03-20 snapshot, 3,100 + 210 + 75 + 140 engagements.
    CHECK(results->tile(QStringLiteral("posts"))->text() == QStringLiteral("1"));
    CHECK(results->tile(QStringLiteral("engagement"))->text() == QStringLiteral("3,525"));
    CHECK(results->tile(QStringLiteral("cpe"))->text() == QStringLiteral("Rp1.660"));
    CHECK(results->tile(QStringLiteral("cpe"))->toolTip() ==
          QStringLiteral("CPE = Rp5.850.000 / 3.525 engagements = Rp1.660"));
    CHECK(results->under(QStringLiteral("cpe")).isEmpty()); // everyone taking part has posted
    // A figure with a value has nothing under it.
    CHECK(results->tile(QStringLiteral("roi_pct"))->text() == QStringLiteral("2.56%"));
    CHECK(results->under(QStringLiteral("roi_pct")).isEmpty());
    CHECK(results->under(QStringLiteral("engagement")).isEmpty());
    // Each tile with a target says it under the figure: 1 of 6 posts is 16.7%.
    CHECK(results->targetText(QStringLiteral("posts")) == QStringLiteral("of the 6 target · 17%"));
    // The rate: 7.34% against the 4.00% target (183.6%, as the targets chart says).
    CHECK(results->targetText(QStringLiteral("engagement_rate_followers")) ==
          QStringLiteral("of the 4.00% target · 184%"));
    // The chart runs from the start to a month after the end, one point a day per line, plus the
    // end's marker; the start is the chart's first day, where a marker would hide in the axis.
    CHECK(results->chart()->lineSummary() ==
          QStringList{QStringLiteral("Likes: 61"), QStringLiteral("Comments: 61"), QStringLiteral("Shares: 61"),
                      QStringLiteral("Saves: 61"), QStringLiteral("Engagement rate: 49"), QStringLiteral("End: 2")});
    // Hiding the likes (3,100) from the legend brings the others up: the count axis fits the
    // comments (210) instead of leaving them flat at the bottom of a 4K axis.
    auto *engagement = results->findChild<QChartView *>(QStringLiteral("engagementChartView"));
    REQUIRE(engagement != nullptr);
    QChart *chart = engagement->chart();
    const auto countAxis = [chart] {
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            if (axis->titleText() == QStringLiteral("Count"))
                return static_cast<QCategoryAxis *>(axis);
        return static_cast<QCategoryAxis *>(nullptr);
    };
    REQUIRE(countAxis() != nullptr);
    CHECK(countAxis()->max() == 4000);
    QLegendMarker *likes = chart->legend()->markers(chart->series().first()).first();
    emit likes->clicked();
    CHECK_FALSE(chart->series().first()->isVisible());
    CHECK(countAxis()->max() == 250);
    CHECK(countAxis()->categoriesLabels().last() == QStringLiteral("250"));
    // The end's marker reaches the new top; shown again, the likes take the axis back.
    const auto *end = qobject_cast<QXYSeries *>(chart->series().last());
    CHECK(end->at(1).y() == 250);
    emit likes->clicked();
    CHECK(countAxis()->max() == 4000);
    // The campaign's other charts sit beside it: followers, targets, budget.
    REQUIRE(results->chartTabs()->count() == 4);
    auto *targets = results->findChild<QChartView *>(QStringLiteral("kpiChartView"));
    REQUIRE(targets != nullptr);
    CHECK(targets->chart()->title() == QStringLiteral("Progress against targets, as of 23 Nov 2026"));
    CHECK(targets->chart()->series().size() == 2); // the bars and the 100% line
}

TEST_CASE("mid-campaign the results tab shows the cost so far under the committed cost")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    // Budi joins with a Rp2.000.000 fee and has posted nothing yet.
    w.scalar(
        QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, fee_minor, created_at, "
                       "updated_at) VALUES (1, 3, 'confirmed', 2000000, '2026-01-01', '2026-01-01') RETURNING id"));
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    ResultsPanel *results = page->view()->resultsPanel();
    // Committed: Rina's Rp5.850.000 and Budi's Rp2.000.000, over Rina's 3,525 engagements.
    CHECK(results->tile(QStringLiteral("cost"))->text() == QStringLiteral("Rp7.850.000"));
    CHECK(results->tile(QStringLiteral("cpe"))->text() == QStringLiteral("Rp2.227"));
    CHECK(results->under(QStringLiteral("cost")) == QStringLiteral("Rp5.850.000 so far (1 of 2 creators posted)"));
    CHECK(results->under(QStringLiteral("cpe")) == QStringLiteral("Rp1.660 so far"));
    // No impressions yet, so no CPM: its "—" says why (it read "— so far", then nothing).
    CHECK(results->tile(QStringLiteral("cpm"))->text() == QStringLiteral("—"));
    CHECK(results->under(QStringLiteral("cpm")) == QStringLiteral("no impressions yet"));
}

TEST_CASE("before a campaign starts its charts say why they are empty")
{
    Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    Window w;
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(2); // Kopi Launch starts on 1 May 2026
    ResultsPanel *results = page->view()->resultsPanel();
    CHECK(results->chart()->title() == QStringLiteral("No numbers before the campaign starts on 1 May 2026"));
    // No posts yet: each "—" says why under it.
    CHECK(results->tile(QStringLiteral("roi_pct"))->text() == QStringLiteral("—"));
    CHECK(results->under(QStringLiteral("roi_pct")) == QStringLiteral("no revenue yet"));
    CHECK(results->under(QStringLiteral("cpe")) == QStringLiteral("no engagement yet"));
    CHECK(results->chart()->lineSummary().isEmpty());
    auto *targets = results->findChild<QChartView *>(QStringLiteral("kpiChartView"));
    REQUIRE(targets);
    CHECK(targets->chart()->title() == QStringLiteral("No numbers before the campaign starts on 1 May 2026"));
    Clock::setFixed(QDateTime());
}

TEST_CASE("a creator's growth tab charts each platform's followers over the last year")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    REQUIRE(editor.followersChart() != nullptr);
    // Rina's Instagram from 02-28 and TikTok from 02-28 (their first counts in the year) to today:
    // 269 days each, a step a day.
    CHECK(editor.followersChart()->lineSummary() ==
          QStringList{QStringLiteral("Instagram: 269"), QStringLiteral("TikTok: 269")});
    // Each in its platform's colour (design.md), as the engagement chart beside it has them.
    for (QAbstractSeries *series : editor.followersChart()->view()->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        REQUIRE(line);
        const Platform platform = line->name() == QStringLiteral("Instagram") ? Platform::Instagram : Platform::TikTok;
        CHECK(line->pen().color() == platformColour(platform));
    }
    CHECK(platformColour(Platform::Instagram) == QColor(0xC1, 0x35, 0x84));
    // Rina's posts of the last year: the reel (Instagram) over Instagram's 3%–6% band; TikTok has
    // no band until one is set in Settings. The reel went up in March, inside the year.
    CHECK(editor.postRateChart()->seriesSummary() ==
          QStringList{QStringLiteral("Instagram normal range"), QStringLiteral("Instagram: 1")});
}

TEST_CASE("a chart saves as PNG and as SVG, and a failed save leaves nothing")
{
    test::PinnedClock clock;
    Window w;
    w.window->resize(1280, 760);
    w.window->show();
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    QChartView *view = page->view()->resultsPanel()->chart()->view();
    view->resize(640, 360);
    REQUIRE(view->actions().size() == 2); // the right-click menu offers both
    const QString png = w.dir.path(QStringLiteral("engagement.png"));
    const QString svg = w.dir.path(QStringLiteral("engagement.svg"));
    REQUIRE(saveChart(view, png).ok());
    REQUIRE(saveChart(view, svg).ok());
    const QImage image(png);
    CHECK(image.width() == 1280); // twice the view, for print
    CHECK(image.height() == 720);
    const QByteArray vectors = test::fileBytes(svg);
    CHECK(vectors.contains("<svg"));
    CHECK(vectors.contains("Engagement over time"));
    const QString nowhere = w.dir.path(QStringLiteral("missing/folder/chart.png"));
    const Status failed = saveChart(view, nowhere);
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().startsWith(QStringLiteral("cannot write")));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("clicking a legend entry hides its line and clicking again brings it back")
{
    test::PinnedClock clock;
    Window w;
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    QChart *chart = editor.followersChart()->view()->chart();
    QLegendMarker *instagram = chart->legend()->markers().first();
    REQUIRE(instagram->label() == QStringLiteral("Instagram"));
    emit instagram->clicked();
    CHECK_FALSE(instagram->series()->isVisible());
    QCoreApplication::processEvents();
    CHECK(instagram->isVisible()); // the entry stays to bring the line back
    emit instagram->clicked();
    CHECK(instagram->series()->isVisible());
}

TEST_CASE("a dashboard part that cannot be worked out says why in its own list and the others show")
{
    test::PinnedClock clock; // Monday 2026-11-23
    Window w;
    QSqlDatabase db = w.ws->db();
    auto *page = w.window->page<DashboardPage>(MainWindow::Dashboard);
    REQUIRE(page != nullptr);
    // Only the roster's growth reads the kept day-by-day changes of the roster's followers: without
    // them that part fails.
    REQUIRE(sql::run(db, QStringLiteral("DROP TABLE follower_day_changes")).ok());
    page->reload();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    for (const DashboardPart part : DashboardParts)
        CHECK(page->hasShown(part));
    REQUIRE(page->growth()->topLevelItemCount() == 1);
    CHECK(page->growth()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Could not work this out: ")));
    CHECK(page->growth()->topLevelItem(0)->text(0).contains(QStringLiteral("follower_day_changes")));
    // The rest as without the failure: the running campaign, the fixture's fee overdue since April.
    REQUIRE(page->campaigns()->topLevelItemCount() == 1);
    CHECK(page->campaigns()->topLevelItem(0)->text(0) == QStringLiteral("Ramadan Refresh 2026"));
    REQUIRE(page->overdue()->topLevelItemCount() == 1);
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("222 days"));
}

TEST_CASE("the dashboard works out again only the parts a change can reach")
{
    test::PinnedClock clock; // Monday 2026-11-23
    Window w;
    QSqlDatabase db = w.ws->db();
    auto *page = w.window->page<DashboardPage>(MainWindow::Dashboard);
    REQUIRE(page != nullptr);
    w.window->showPage(MainWindow::Dashboard);
    w.window->show();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading() && page->hasShown(DashboardPart::Due); }, 10'000));
    REQUIRE(page->overdue()->topLevelItemCount() == 1);
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("222 days"));
    const int dueBefore = page->due()->topLevelItemCount();
    // Written without a transaction, so without a change signal: the fee paid, a deliverable late.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE payments SET paid_date = '2026-11-22' WHERE id = 2")).ok());
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, "
                                        "due_date, status, created_at, updated_at) VALUES (1, 'tiktok', 'Late one', "
                                        "'late one', '2026-11-20', 'approved', 'x', 'x')"))
                .ok());
    // A payment's change reaches the overdue list (and the campaigns' costs), not what is due.
    emit w.ws->changed({QStringLiteral("payments")});
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    REQUIRE(page->overdue()->topLevelItemCount() == 1);
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("Nothing overdue today."));
    CHECK(page->due()->topLevelItemCount() == dueBefore);
    // A deliverable's does.
    emit w.ws->changed({QStringLiteral("deliverables")});
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    REQUIRE(page->due()->topLevelItemCount() >= 1);
    CHECK(page->due()->topLevelItem(0)->text(0) == QStringLiteral("Late · 1"));
    // Hidden, a change only marks its parts; shown again, they are worked out.
    w.window->showPage(MainWindow::Creators);
    REQUIRE(sql::run(db, QStringLiteral("UPDATE payments SET paid_date = NULL WHERE id = 2")).ok());
    emit w.ws->changed({QStringLiteral("payments")});
    CHECK_FALSE(page->isReading());
    w.window->showPage(MainWindow::Dashboard);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("222 days"));
    // Nothing changed, but a day went by while it was hidden: shown again, every part moves with it.
    w.window->showPage(MainWindow::Creators);
    Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    w.window->showPage(MainWindow::Dashboard);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("223 days"));
}

TEST_CASE("the dashboard lists what needs a look and opens it")
{
    test::PinnedClock clock; // Monday 2026-11-23
    Window w;
    BackgroundRead::setInlineForTests(false); // the worker and the "working" state are under test
    QSqlDatabase db = w.ws->db();
    REQUIRE(
        sql::run(db, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, due_date, "
                                    "status, created_at, updated_at) VALUES (1, 'tiktok', 'Late one', 'late one', "
                                    "'2026-11-20', 'approved', '2026-01-01', '2026-01-01'), (1, 'tiktok', "
                                    "'Friday one', 'friday one', '2026-11-27', 'planned', '2026-01-01', "
                                    "'2026-01-01'), (1, 'tiktok', 'Next week', 'next week', '2026-12-01', "
                                    "'planned', '2026-01-01', '2026-01-01')"))
            .ok());
    auto *page = w.window->page<DashboardPage>(MainWindow::Dashboard);
    REQUIRE(page != nullptr);
    page->reload(); // the rows above went in without a transaction, so without a change signal
    // Until the first figures arrive each list says they are coming, not an empty box.
    REQUIRE(page->isReading());
    CHECK(page->overdue()->topLevelItem(0)->text(0) == QStringLiteral("Working out…"));
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000)); // worked out on a worker
    // Ramadan Refresh 2026 is the active one: its reel counts 1 of 6 posts (17%).
    REQUIRE(page->campaigns()->topLevelItemCount() == 1);
    // Asked again, the figures shown stay until the new ones arrive, and the title says they are
    // being worked out (on the agency demo that takes most of a second, off the GUI thread).
    auto *state = page->findChild<QLabel *>(QStringLiteral("dashboardStateLabel"));
    REQUIRE(state != nullptr);
    CHECK(state->text().isEmpty());
    for (const DashboardPart part : DashboardParts)
        CHECK(page->hasShown(part));
    // Each part is worked out on its own and shown as it arrives, every one once.
    QList<DashboardPart> arrived;
    const QMetaObject::Connection counting =
        QObject::connect(page, &DashboardPage::partShown, page, [&arrived](DashboardPart part) { arrived << part; });
    page->reload();
    CHECK(page->isReading());
    CHECK(page->campaigns()->topLevelItemCount() == 1);
    CHECK(state->text() == QStringLiteral("working out the figures…"));
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    QObject::disconnect(counting);
    CHECK(state->text().isEmpty());
    REQUIRE(arrived.size() == int(std::size(DashboardParts)));
    CHECK(QSet<DashboardPart>(arrived.cbegin(), arrived.cend()).size() == arrived.size());
    REQUIRE(page->campaigns()->topLevelItemCount() == 1);
    CHECK(page->campaigns()->topLevelItem(0)->text(0) == QStringLiteral("Ramadan Refresh 2026"));
    CHECK(page->campaigns()->topLevelItem(0)->text(2) == QStringLiteral("17%"));
    // Each percent says what it is of; revenue in the campaign's money.
    CHECK(page->campaigns()->topLevelItem(0)->toolTip(2) == QStringLiteral("Posts: 1 of the 6 target (16.7%)"));
    CHECK(page->campaigns()->topLevelItem(0)->toolTip(7).startsWith(QStringLiteral("Revenue: ")));
    // The rate's header names what rate it is; its sentence says it in full.
    CHECK(page->campaigns()->headerItem()->text(4) == QStringLiteral("Eng. rate"));
    CHECK(page->campaigns()->topLevelItem(0)->toolTip(4).startsWith(QStringLiteral("Engagement rate: ")));
    CHECK(page->campaigns()->topLevelItem(0)->toolTip(7).contains(QStringLiteral("of the Rp100.000.000 target")));
    // Due by Sunday 11-29 in groups with their counts, late first (in red, and saying so); next
    // week's waits.
    REQUIRE(page->due()->topLevelItemCount() == 2);
    QTreeWidgetItem *late = page->due()->topLevelItem(0);
    CHECK(late->text(0) == QStringLiteral("Late · 1"));
    CHECK(late->isExpanded());
    REQUIRE(late->childCount() == 1);
    CHECK(late->child(0)->text(1) == QStringLiteral("Late one · Rina Wijaya"));
    CHECK(late->child(0)->foreground(0).color() == QColor(0xd3, 0x2f, 0x2f));
    QTreeWidgetItem *week = page->due()->topLevelItem(1);
    CHECK(week->text(0) == QStringLiteral("Later this week · 1"));
    REQUIRE(week->childCount() == 1);
    CHECK(week->child(0)->text(1) == QStringLiteral("Friday one · Rina Wijaya"));
    // A long name is cut to the list's width and shown whole on hover; the list does not scroll sideways.
    const QString longName =
        QStringLiteral("Ramadan Refresh 2026 with a very long name that no dashboard box can hold");
    late->child(0)->setText(2, longName);
    late->child(0)->setToolTip(2, longName);
    w.window->resize(1366, 768);
    w.window->showPage(MainWindow::Dashboard);
    w.window->show();
    QTest::qWait(0);
    CHECK(page->due()->header()->sectionResizeMode(2) == QHeaderView::Stretch);
    CHECK(page->due()->horizontalScrollBar()->maximum() == 0);
    // Many late posts: the group is split by campaign, collapsed, so it reads as a few lines.
    {
        QString rows;
        for (int i = 0; i < 12; ++i)
            rows += QStringLiteral("%1(1, 'tiktok', 'Backlog %2', 'backlog %2', '2026-11-1%3', 'planned', "
                                   "'2026-01-01', '2026-01-01')")
                        .arg(i ? QStringLiteral(", ") : QString())
                        .arg(i)
                        .arg(i % 9);
        REQUIRE(sql::run(db, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, "
                                            "due_date, status, created_at, updated_at) VALUES ") +
                                 rows)
                    .ok());
        page->reload();
        REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
        QTreeWidgetItem *busy = page->due()->topLevelItem(0);
        CHECK(busy->text(0) == QStringLiteral("Late · 13"));
        REQUIRE(busy->childCount() == 1); // one campaign
        CHECK(busy->child(0)->text(0) == QStringLiteral("Ramadan Refresh 2026 · 13"));
        CHECK_FALSE(busy->child(0)->isExpanded());
        CHECK(busy->child(0)->childCount() == 13);
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM deliverables WHERE title LIKE 'Backlog %'")).ok());
        page->reload();
        REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    }
    // Cost per engagement in the running campaign: Rp5.850.000 / 3,525 engagements.
    REQUIRE(page->costs()->topLevelItemCount() == 2);
    CHECK(page->costs()->topLevelItem(0)->text(0) == QStringLiteral("Lowest"));
    CHECK(page->costs()->topLevelItem(0)->isFirstColumnSpanned()); // a heading across the list
    CHECK_FALSE(page->costs()->topLevelItem(1)->isFirstColumnSpanned());
    CHECK(page->costs()->topLevelItem(1)->text(0) == QStringLiteral("Rina Wijaya"));
    CHECK(page->costs()->topLevelItem(1)->text(1) == QStringLiteral("Rp1.660"));
    // The roster's followers week by week (three accounts counted since February), no one moved.
    CHECK(page->rosterChart()->lineSummary() == QStringList{QStringLiteral("All active creators: 26")});
    CHECK_FALSE(page->rosterChart()->view()->chart()->legend()->isVisible()); // the title names its one line
    CHECK(page->growth()->topLevelItemCount() == 0);
    CHECK(page->warnings()->topLevelItemCount() == 0);

    // Rina joins Kopi Kita's campaign while exclusive to Teh Segar (extended to mid-2027), and the
    // contract's usage rights now end in a week.
    REQUIRE(sql::run(db, QStringLiteral("UPDATE contract_versions SET exclusivity_end = '2027-06-30', "
                                        "usage_end = '2026-11-30' WHERE id = 2"))
                .ok());
    REQUIRE(sql::run(db, QStringLiteral("INSERT INTO participants (campaign_id, creator_id, created_at, updated_at) "
                                        "VALUES (2, 1, 'x', 'x')"))
                .ok());
    page->reload();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    QStringList shown;
    for (int i = 0; i < page->warnings()->topLevelItemCount(); ++i)
        shown << page->warnings()->topLevelItem(i)->text(0) + QStringLiteral(" | ") +
                     page->warnings()->topLevelItem(i)->text(1);
    CHECK(shown == QStringList{QStringLiteral("Exclusivity | "),
                               QStringLiteral("Rina Wijaya | Kopi Launch (Kopi Kita) overlaps the exclusivity to "
                                              "Teh Segar for beverages"),
                               QStringLiteral("Usage rights | "),
                               QStringLiteral("Rina Wijaya | Ends in 7 days (30 Nov 2026) · Ramadan Refresh 2026")});
    // The row names the creator; the line starts with what is wrong, and the whole sentence is its tooltip.
    CHECK(page->warnings()->topLevelItem(1)->toolTip(1) ==
          QStringLiteral("Rina Wijaya is exclusive to Teh Segar for beverages 1 Mar 2026 to 30 Jun 2027 (contract 1); "
                         "Kopi Launch (Kopi Kita) overlaps 1 May 2026 to 30 Jun 2027: Kopi Kita's category is "
                         "beverages."));
    CHECK(page->warnings()->topLevelItem(3)->toolTip(1) ==
          QStringLiteral("Teh Segar's rights to the Ramadan Refresh 2026 content end in 7 days (30 Nov 2026)"));
    // The Campaigns page is built as it opens: the campaign is chosen once its list has arrived.
    emit page->warnings()->itemActivated(page->warnings()->topLevelItem(1), 0);
    CHECK(w.window->currentPage() == MainWindow::Campaigns);
    auto *campaigns = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    REQUIRE(QTest::qWaitFor([campaigns] { return !campaigns->isReading(); }, 10'000));
    CHECK(campaigns->selectedIds() == QList<qint64>{2});
    w.window->showPage(MainWindow::Dashboard);
    emit page->due()->itemActivated(page->due()->topLevelItem(0)->child(0), 0);
    CHECK(w.window->currentPage() == MainWindow::Campaigns);
    REQUIRE(QTest::qWaitFor([campaigns] { return !campaigns->isReading(); }, 10'000));
    CHECK(campaigns->selectedIds() == QList<qint64>{1});

    // Thirty more contracts' rights: 15 used past their end (1-15 Oct), 15 ending 1-15 Dec. The
    // ten longest ended and the ten ending soonest are listed; the count says how many in all.
    for (const char *statement :
         {"INSERT INTO creators (name, name_key, created_at, updated_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
          "SELECT i + 1 FROM n WHERE i < 30) SELECT printf('Rights %02d', i), printf('rights %02d', i), 'x', 'x' FROM "
          "n",
          "INSERT INTO participants (campaign_id, creator_id, created_at, updated_at) SELECT 1, id, 'x', 'x' FROM "
          "creators WHERE name LIKE 'Rights %'",
          "INSERT INTO contracts (participant_id, status, rights_in_use, created_at, updated_at) SELECT p.id, "
          "'signed', 1, 'x', 'x' FROM participants p JOIN creators c ON c.id = p.creator_id WHERE c.name LIKE 'Rights "
          "%'",
          "INSERT INTO contract_versions (contract_id, version, usage_end, created_at) SELECT k.id, 1, CASE WHEN "
          "CAST(substr(c.name, 8) AS INTEGER) <= 15 THEN printf('2026-10-%02d', CAST(substr(c.name, 8) AS INTEGER)) "
          "ELSE printf('2026-12-%02d', CAST(substr(c.name, 8) AS INTEGER) - 15) END, 'x' FROM contracts k JOIN "
          "participants p ON p.id = k.participant_id JOIN creators c ON c.id = p.creator_id WHERE c.name LIKE "
          "'Rights %'"})
        REQUIRE(sql::run(db, QString::fromLatin1(statement)).ok());
    page->reload();
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 10'000));
    QStringList rights;
    bool inRights = false;
    for (int i = 0; i < page->warnings()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = page->warnings()->topLevelItem(i);
        inRights = item->text(0).startsWith(QStringLiteral("Usage rights")) ||
                   (inRights && item->text(0) != QStringLiteral("Authenticity"));
        if (inRights)
            rights << item->text(0);
    }
    QStringList expected{QStringLiteral("Usage rights · 31")};
    for (int i = 1; i <= 10; ++i) // ended longest ago first, then the Teh Segar rights (30 Nov) and 1-9 Dec
        expected << QStringLiteral("Rights %1").arg(i, 2, 10, QLatin1Char('0'));
    expected << QStringLiteral("Rina Wijaya");
    for (int i = 16; i <= 24; ++i)
        expected << QStringLiteral("Rights %1").arg(i);
    expected << QStringLiteral("…and 11 more on the Today page");
    CHECK(rights == expected);
    const QTreeWidgetItem *more = page->warnings()->topLevelItem(page->warnings()->topLevelItemCount() - 1);
    CHECK(more->isFirstColumnSpanned());
    CHECK(page->warnings()->topLevelItem(2 + 2)->foreground(0).color() == QColor(0xd3, 0x2f, 0x2f)); // ended: red
    // Its last day was 1 Oct, 52 days before 23 Nov.
    CHECK(page->warnings()->topLevelItem(2 + 2)->text(1) ==
          QStringLiteral("Ended 52 days ago, in use · Ramadan Refresh 2026"));
}
