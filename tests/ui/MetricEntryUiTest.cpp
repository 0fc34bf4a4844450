#include "UiTestSupport.h"

#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/DeliverablesPanel.h"
#include "campaigns/PostNumbersDialog.h"
#include "campaigns/ResultsEntryDialog.h"
#include "campaigns/ResultsPanel.h"
#include "charts/EngagementChart.h"
#include "creators/FollowerCountDialog.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace cd;
using cd::test::saveButton;
using cd::test::Window;

namespace {
QString tinyPng(const test::TempDir &dir)
{
    QFile f(dir.path(QStringLiteral("proof.png")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    return f.fileName();
}

// The highest value a line of the engagement chart reaches.
double highest(EngagementChart *chart, const QString &line)
{
    for (QAbstractSeries *s : chart->view()->chart()->series())
        if (s->name() == line)
            if (auto *xy = qobject_cast<QXYSeries *>(s)) {
                double top = 0;
                for (const QPointF &p : xy->points())
                    top = std::max(top, p.y());
                return top;
            }
    FAIL("no such line");
    return -1;
}
} // namespace

TEST_CASE("numbers typed for a deliverable change the KPI tiles and the chart, and undo takes them back")
{
    test::PinnedClock clock; // 2026-11-23
    Window w;
    w.window->show();
    w.window->showPage(MainWindow::Campaigns);
    auto *page = w.window->page<CampaignsPage>(MainWindow::Campaigns);
    page->select(1);
    ResultsPanel *results = page->view()->resultsPanel();
    page->view()->showResults();
    REQUIRE(results->tile(QStringLiteral("engagement"))->text() == QStringLiteral("3,525"));
    REQUIRE(highest(results->chart(), QStringLiteral("Likes")) == 3100);

    DeliverablesPanel *deliverables = page->view()->deliverablesPanel();
    deliverables->table()->selectRow(0);
    CHECK(deliverables->numbersButton()->isEnabled()); // the reel is posted

    PostNumbersDialog dialog(*w.window->history(), 1, w.window.get());
    CHECK(dialog.dateEdit()->minimumDate() == QDate(2026, 3, 12)); // not before it was posted
    dialog.dateEdit()->setDate(QDate(2026, 3, 20));
    CHECK(dialog.countEdit(0)->text() == QStringLiteral("41000")); // the day's stored numbers
    dialog.dateEdit()->setDate(QDate(2026, 3, 25));
    CHECK(dialog.countEdit(0)->text().isEmpty());
    CHECK_FALSE(saveButton(&dialog)->isEnabled()); // nothing typed yet
    dialog.countEdit(3)->setText(QStringLiteral("5.000.5"));
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("whole number")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());
    const QString values[] = {QStringLiteral("80,000"),
                              QString(),
                              QString(),
                              QStringLiteral("5,000"),
                              QStringLiteral("400"),
                              QStringLiteral("100"),
                              QStringLiteral("200")};
    for (int i = 0; i < int(std::size(values)); ++i)
        dialog.countEdit(i)->setText(values[i]);
    dialog.sourceEdit()->setText(QStringLiteral("creator's screenshot"));
    dialog.addProof(tinyPng(w.dir));
    REQUIRE(saveButton(&dialog)->isEnabled());
    REQUIRE(dialog.save());

    // As of today the 03-25 numbers are the latest: 5,000 + 400 + 100 + 200 = 5,700 engagements.
    CHECK(results->tile(QStringLiteral("engagement"))->text() == QStringLiteral("5,700"));
    CHECK(highest(results->chart(), QStringLiteral("Likes")) == 5000);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM attachments a JOIN post_metric_snapshots s ON "
                                  "s.id = a.post_snapshot_id WHERE s.snapshot_date = '2026-03-25'"))
              .toInt() == 1);
    CHECK(w.undo()->undoText() == QStringLiteral("Numbers for Iftar reel on 2026-03-25"));

    w.undo()->undo();
    CHECK(results->tile(QStringLiteral("engagement"))->text() == QStringLiteral("3,525"));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE post_snapshot_id IS NOT NULL")).toInt() == 0);
    w.undo()->redo();
    CHECK(results->tile(QStringLiteral("engagement"))->text() == QStringLiteral("5,700"));
}

TEST_CASE("the quick-entry grid writes a campaign's changed rows as one step and keeps what it does not show")
{
    test::PinnedClock clock;
    Window w;
    ResultsEntryDialog dialog(*w.window->history(), 1, QStringLiteral("Ramadan Refresh 2026"), w.window.get());
    QTableWidget *grid = dialog.table();
    dialog.dateEdit()->setDate(QDate(2026, 3, 20));
    REQUIRE(grid->rowCount() == 1);
    CHECK(grid->item(0, 2)->text() == QStringLiteral("Iftar reel"));
    CHECK(grid->item(0, ResultsEntryDialog::FirstCount)->text() == QStringLiteral("41000"));    // views
    CHECK(grid->item(0, ResultsEntryDialog::FirstCount + 2)->text().isEmpty());                 // impressions
    CHECK(grid->item(0, ResultsEntryDialog::FirstCount + 3)->text() == QStringLiteral("3100")); // likes
    CHECK_FALSE(saveButton(&dialog)->isEnabled());

    grid->item(0, ResultsEntryDialog::FirstCount + 3)->setText(QStringLiteral("12.5"));
    CHECK(dialog.problemLabel()->text().contains(QStringLiteral("likes must be a whole number")));
    CHECK_FALSE(saveButton(&dialog)->isEnabled());
    grid->item(0, ResultsEntryDialog::FirstCount + 3)->setText(QStringLiteral("3,300"));
    CHECK(saveButton(&dialog)->isEnabled());
    CHECK(saveButton(&dialog)->text() == QStringLiteral("&Save 1 Row"));
    REQUIRE(dialog.save());

    const auto day = [&] {
        return w
            .scalar(QStringLiteral("SELECT likes || '/' || views || '/' || revenue_minor || '/' || source FROM "
                                   "post_metric_snapshots WHERE snapshot_date = '2026-03-20'"))
            .toString();
    };
    // Likes changed; views, revenue (not in the grid) kept; the source says how it came in.
    CHECK(day() == QStringLiteral("3300/41000/6000000/manual entry"));
    CHECK(w.undo()->undoText() == QStringLiteral("Results for Ramadan Refresh 2026 on 2026-03-20"));
    w.undo()->undo();
    CHECK(day() == QStringLiteral("3100/41000/6000000/post_metrics.csv"));

    dialog.dateEdit()->setDate(QDate(2026, 3, 11)); // before the reel went up
    CHECK(grid->rowCount() == 0);
}

TEST_CASE("a follower count typed for a creator keeps its proof and undoes with it")
{
    test::PinnedClock clock;
    Window w;
    w.selectCreator(QStringLiteral("Rina Wijaya"));
    CHECK(w.window->creatorsPage()->recordFollowersAction()->isEnabled());
    FollowerCountDialog dialog(*w.window->history(), 1, QStringLiteral("Rina Wijaya"), w.window.get());
    REQUIRE(dialog.accountBox()->count() == 2);
    CHECK(dialog.accountBox()->currentText() == QStringLiteral("Instagram @rina.eats"));
    bool sawLatest = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        sawLatest = sawLatest || label->text() == QStringLiteral("Last recorded: 52,500 on 2026-04-01");
    CHECK(sawLatest);
    CHECK_FALSE(saveButton(&dialog)->isEnabled());
    dialog.followersEdit()->setText(QStringLiteral("61,200"));
    dialog.addProof(tinyPng(w.dir));
    REQUIRE(dialog.save());
    CHECK(w.scalar(QStringLiteral("SELECT followers || '/' || source FROM follower_snapshots WHERE account_id = 1 "
                                  "AND snapshot_date = '2026-11-23'"))
              .toString() == QStringLiteral("61200/manual entry"));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE follower_snapshot_id IS NOT NULL")).toInt() ==
          1);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM follower_snapshots WHERE snapshot_date = '2026-11-23'"))
              .toInt() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE follower_snapshot_id IS NOT NULL")).toInt() ==
          0);
}
