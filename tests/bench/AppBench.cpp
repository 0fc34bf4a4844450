// Benchmark (not a test): time to the first window, to load the roster and to filter it, the
// pages that read on a worker (Payments, Today, the pipeline: the longest pause of the GUI thread
// and when the rows are on screen), the first show of the Campaigns and Contracts pages (built out
// of sight after the start), and resident memory, for the small and the agency demo
// workspaces side by side, and for a copy of the agency demo grown to 50,000 payments; then each
// one's start with its file evicted from the page cache (as after a reboot), and the first look at
// Today, the dashboard, the pipeline and Payments a few seconds after a start (--settled).
// Run: build/tests/bench/app_bench [SMALL.collabdesk AGENCY.collabdesk [LARGE.collabdesk]]
// Without paths it generates both demos in a temporary folder first (the agency one takes ~15 s).
// Each workspace is measured in a fresh process of its own, so memory figures do not mix.
#include "BenchSupport.h"
#include "PageCache.h"
#include "StallWatch.h"
#include "common/FreeMemory.h"
#include "creators/CreatorFilterProxy.h"
#include "creators/CreatorsPage.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "desk/MyCreators.h"
#include "desk/PipelinePage.h"
#include "desk/TodayPage.h"
#include "main/BackgroundRead.h"
#include "main/MainWindow.h"
#include "main/TablePage.h"
#include "main/WorkspaceOpening.h"
#include "models/CreatorRosterModel.h"
#include "models/PaymentListModel.h"
#include "payments/PaymentsPage.h"
#include "storage/Backup.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <memory>

using namespace cd;
using cd::bench::medianMs;

namespace {
QElapsedTimer g_sinceStart;

// A line of /proc/self/status in MiB ("VmRSS", "RssAnon", "RssFile", "VmHWM").
double statusMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == field + ':')
                return parts[1].toDouble() / 1024;
        }
    return 0;
}

// VmRSS (now) and VmHWM (peak) from /proc, in MiB.
std::pair<double, double> residentMiB()
{
    return {statusMiB("VmRSS"), statusMiB("VmHWM")};
}

// With COLLABDESK_BENCH_MEMORY set, the resident memory after each step on stderr: which page holds
// what (the heap's part, then the mapped files' part: libraries and SQLite's reads are not the heap).
void memoryStep(const char *step)
{
    static const bool on = qEnvironmentVariableIsSet("COLLABDESK_BENCH_MEMORY");
    if (on)
        QTextStream(stderr)
            << QStringLiteral("memory after %1: RSS %2 MiB (heap and other private %3, files %4; heap in use %5)\n")
                   .arg(QLatin1String(step))
                   .arg(statusMiB("VmRSS"), 0, 'f', 1)
                   .arg(statusMiB("RssAnon"), 0, 'f', 1)
                   .arg(statusMiB("RssFile") + statusMiB("RssShmem"), 0, 'f', 1)
                   .arg(double(mallinfo2().uordblks + mallinfo2().hblkhd) / (1 << 20), 0, 'f', 1);
}

// The watchdog of the GUI thread: how long it went without handling events (StallWatch). Made in
// main() with the application, gone before it.
bench::StallWatch *g_stalls = nullptr;

bench::StallWatch &stalls()
{
    return *g_stalls;
}

// Runs the event loop until `reading` says the page has what it asked for and the window has
// painted it; `longestPause` grows to the longest stall of the GUI thread since the last
// stalls().reset() (what a person feels as a frozen window). Between events the thread sleeps, as
// the app's does: a loop that spun here took one of the machine's two cores from the threads
// reading (the watchdog's calls every 2 ms wake it to look again).
void waitUntilShown(const std::function<bool()> &reading, double &longestPause)
{
    while (reading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents(); // the new rows painted
    longestPause = std::max(longestPause, stalls().longestMs());
}

// "longest GUI pause / on screen after" of `ask` (which starts a read), in ms; `ask` counts as a
// pause too. `runs` > 1: the pause is the longest of all runs, the time the median. `what` names the
// pauses for the run's longest (StallWatch::worst).
QString pauseAndShown(const QString &what, int runs, const std::function<void()> &ask,
                      const std::function<bool()> &reading)
{
    double pause = 0;
    QList<double> shown;
    stalls().reset(what);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer wall;
        wall.start();
        ask();
        pause = std::max(pause, double(wall.nsecsElapsed()) / 1e6);
        waitUntilShown(reading, pause);
        shown << double(wall.nsecsElapsed()) / 1e6;
    }
    std::sort(shown.begin(), shown.end());
    return QStringLiteral("%1 / %2").arg(pause, 0, 'f', 0).arg(shown.at(shown.size() / 2), 0, 'f', 0);
}

// A start as the app makes it: the workspace opened on a worker, then the window on the page it
// opens on (an agency's Today, a brand's roster: MainWindow), whose list a worker reads (the window
// is up first, the rows follow). Times in ms since the process began.
struct Start
{
    std::unique_ptr<MainWindow> window;
    bool onToday = false; // opened on Today (an agency), not on the roster
    // The first window; the page it opened on, its first rows (the roster's first screen; Today
    // comes whole) and all of it on screen; the roster read (in view or, behind Today, out of sight).
    double firstWindow = 0, firstRows = 0, pageShown = 0, rosterRead = 0;
};

Start start(const QString &path)
{
    auto ws = openWithProgress(nullptr, path, {});
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    Start started{std::make_unique<MainWindow>(std::move(ws).value())};
    started.window->show();
    QApplication::processEvents();
    started.firstWindow = double(g_sinceStart.nsecsElapsed()) / 1e6;
    memoryStep("the first window");
    started.onToday = started.window->currentPage() == MainWindow::Today;
    double pause = 0;
    const auto now = [] { return double(g_sinceStart.nsecsElapsed()) / 1e6; };
    if (started.onToday) {
        // Asked for only now: the roster is read out of sight once Today's read is done, as when a
        // person opens Creators later.
        TodayPage *today = started.window->page<TodayPage>(MainWindow::Today);
        waitUntilShown([today] { return today->isReading(); }, pause);
        started.firstRows = started.pageShown = now();
    }
    CreatorsPage *page = started.window->creatorsPage();
    if (!started.onToday) {
        // The first screen by name comes before the whole roster (CreatorsPage::FirstScreenRows).
        waitUntilShown([page] { return page->isReading() && !page->showsFirstRowsOnly(); }, pause);
        started.firstRows = now();
    }
    waitUntilShown([page] { return page->isReading(); }, pause);
    started.rosterRead = now();
    if (!started.onToday)
        started.pageShown = started.rosterRead;
    memoryStep("the roster");
    return started;
}

// "first window / the page opened on: first rows / on screen / the roster read" in ms.
QString startFigures(const Start &started)
{
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(started.firstWindow, 0, 'f', 0)
        .arg(started.firstRows, 0, 'f', 0)
        .arg(started.pageShown, 0, 'f', 0)
        .arg(started.rosterRead, 0, 'f', 0);
}

int measure(const QString &path)
{
    stalls().reset(QStringLiteral("start"));
    const Start started = start(path);
    MainWindow &window = *started.window;
    CreatorsPage *page = window.creatorsPage();
    auto *model = static_cast<CreatorRosterModel *>(page->proxy()->sourceModel());
    const auto rosterReading = [page] { return page->isReading(); };
    // Each timing includes the events the change causes (the view's relayout and repaint).
    const QString reload = pauseAndShown(
        QStringLiteral("roster re-read"), 5, [&] { page->reload(); }, rosterReading);
    // After an edit of one creator (what its commit announces, naming the creator, without writing
    // into the benchmark's file): the roster reads back that creator's row.
    const qint64 editedCreator = model->index(model->rowCount() / 2, 0).data(CreatorRosterModel::IdRole).toLongLong();
    const QString rosterEdit = pauseAndShown(
        QStringLiteral("roster after an edit"), 5,
        [&window, editedCreator] {
            Changes change;
            change.touch(QStringLiteral("creators"), editedCreator);
            window.workspace()->announce(change);
        },
        rosterReading);
    // Typing a search, a letter at a time, as a user does: each keystroke filters the whole roster.
    stalls().reset(QStringLiteral("roster search and filter"));
    const double perKey = medianMs(5,
                                   [&] {
                                       page->searchField()->clear();
                                       for (const QChar c : QStringLiteral("wij"))
                                           page->searchField()->insert(QString(c));
                                       QApplication::processEvents();
                                   }) /
                          3.0;
    const double tier = medianMs(5,
                                 [&] {
                                     page->proxy()->setTier(1);
                                     page->proxy()->setTier(-1);
                                     QApplication::processEvents();
                                 }) /
                        2.0;
    // A click on a column's header sorts every row by it: followers (a number) and niche (a text),
    // each the two ways in turn, then back to the name order the page opens on.
    const auto sortBy = [&](int column) {
        const double ms = medianMs(5,
                                   [&] {
                                       page->table()->sortByColumn(column, Qt::DescendingOrder);
                                       QApplication::processEvents();
                                       page->table()->sortByColumn(column, Qt::AscendingOrder);
                                       QApplication::processEvents();
                                   }) /
                          2.0;
        page->table()->sortByColumn(CreatorRosterModel::Name, Qt::AscendingOrder);
        QApplication::processEvents();
        return ms;
    };
    page->searchField()->clear(); // every row, not the search's
    QApplication::processEvents();
    stalls().reset(QStringLiteral("roster sorts"));
    const double sortFollowers = sortBy(CreatorRosterModel::Followers);
    const double sortNiche = sortBy(CreatorRosterModel::Niche);
    // The Payments page reads its rows on a worker when first shown, then again after a change
    // (a reload, as every saved edit asks for).
    auto *payments = window.page<PaymentsPage>(MainWindow::Payments);
    const auto paymentsReading = [payments] { return payments->isReading(); };
    // First shown: the longest GUI pause / the first open rows on screen / every row on screen.
    QString paymentsShown;
    {
        double pause = 0;
        stalls().reset(QStringLiteral("payments shown"));
        QElapsedTimer wall;
        wall.start();
        window.showPage(MainWindow::Payments);
        pause = double(wall.nsecsElapsed()) / 1e6;
        waitUntilShown([payments] { return payments->isReading() && !payments->showsFirstRowsOnly(); }, pause);
        const double first = double(wall.nsecsElapsed()) / 1e6;
        waitUntilShown(paymentsReading, pause);
        paymentsShown = QStringLiteral("%1 / %2 / %3")
                            .arg(pause, 0, 'f', 0)
                            .arg(first, 0, 'f', 0)
                            .arg(double(wall.nsecsElapsed()) / 1e6, 0, 'f', 0);
    }
    const QString paymentsReload = pauseAndShown(
        QStringLiteral("payments re-read"), 5, [&] { payments->reload(); }, paymentsReading);
    // After an edit made on the page (a payment marked paid): what its commit announces, naming
    // the payment (without writing into the benchmark's file). The page reads back that one.
    const qint64 edited = payments->model()->table().at(payments->model()->rowCount() / 2).id;
    const auto announceEdit = [&window, edited] {
        Changes change;
        change.touch(QStringLiteral("payments"), edited);
        window.workspace()->announce(change);
    };
    const QString paymentsEdit =
        pauseAndShown(QStringLiteral("payments after an edit"), 5, announceEdit, paymentsReading);
    // The desk. Today reads on a worker: what a person feels is the longest pause of the GUI
    // thread until the new list is shown, and how long until it is shown.
    auto *today = window.page<TodayPage>(MainWindow::Today);
    const auto settle = [&](double &longestPause) {
        waitUntilShown([today] { return today->isReading(); }, longestPause);
    };
    window.showPage(MainWindow::Today);
    double todayPause = 0;
    settle(todayPause);
    QList<double> todayShown;
    todayPause = 0;
    stalls().reset(QStringLiteral("today"));
    QElapsedTimer shown;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer wall;
        wall.start();
        QElapsedTimer call;
        call.start();
        today->reload();
        todayPause = std::max(todayPause, double(call.nsecsElapsed()) / 1e6);
        settle(todayPause);
        todayShown << double(wall.nsecsElapsed()) / 1e6;
    }
    std::sort(todayShown.begin(), todayShown.end());
    // After a change made on the desk (a follow-up done, a payment marked paid): what the commit's
    // signal asks for, without writing into the benchmark's file. Only the parts a change reaches
    // are read again (TodayPart).
    QList<double> todayAfterEdit;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer wall;
        wall.start();
        emit window.workspace()->changed({i % 2 ? QStringLiteral("payments") : QStringLiteral("followups")});
        todayPause = std::max(todayPause, double(wall.nsecsElapsed()) / 1e6);
        settle(todayPause);
        todayAfterEdit << double(wall.nsecsElapsed()) / 1e6;
    }
    std::sort(todayAfterEdit.begin(), todayAfterEdit.end());
    memoryStep("Payments and Today");
    // The pipeline board reads its deals on a worker too, when first shown.
    auto *pipeline = window.page<PipelinePage>(MainWindow::Pipeline);
    double pipelinePause = 0;
    stalls().reset(QStringLiteral("pipeline"));
    shown.start();
    {
        QElapsedTimer call;
        call.start();
        window.showPage(MainWindow::Pipeline);
        pipelinePause = double(call.nsecsElapsed()) / 1e6;
    }
    while (pipeline->isReading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    pipelinePause = std::max(pipelinePause, stalls().longestMs());
    const double pipelineShown = double(shown.nsecsElapsed()) / 1e6;
    // After the same edit (a payment marked paid): the board reads again its creator's deals only.
    const QString pipelineEdit = pauseAndShown(QStringLiteral("pipeline after an edit"), 5, announceEdit,
                                               [pipeline] { return pipeline->isReading(); });
    memoryStep("the pipeline");
    // "My creators" on for the first manager, with Today shown (every list narrows), then off.
    QSqlDatabase db = window.workspace()->db();
    auto first = sql::scalar(db, QStringLiteral("SELECT id FROM managers ORDER BY name_key LIMIT 1"));
    window.myCreators()->setMe(first && first->isValid() ? first->toLongLong() : 0);
    window.showPage(MainWindow::Today);
    settle(todayPause);
    double switchPause = 0;
    stalls().reset(QStringLiteral("my creators"));
    for (int i = 0; i < 5; ++i)
        for (const bool on : {true, false}) {
            QElapsedTimer call;
            call.start();
            window.myCreators()->setOn(on);
            switchPause = std::max(switchPause, double(call.nsecsElapsed()) / 1e6);
            settle(switchPause);
        }
    // Memory at rest: a second and a half after the last read of any page arrived (the switches
    // above start reads that outlive them), when the app has given back what its reading threads
    // freed (BackgroundRead), as a person sees it between actions.
    // Any read of the app's (a page built out of sight just now reads at once), and the pages, which
    // are looked for every 100 ms, not at every event: walking the window's widgets each time was a
    // third of the GUI thread's samples in a run at agency.
    QList<TablePage *> tablePages;
    QList<DashboardPage *> dashboards;
    QElapsedTimer lookedFor;
    const auto anyReading = [&] {
        if (!lookedFor.isValid() || lookedFor.elapsed() >= 100) {
            tablePages = window.findChildren<TablePage *>();
            dashboards = window.findChildren<DashboardPage *>();
            lookedFor.start();
        }
        return BackgroundRead::quietFor() == 0 || window.page<CreatorsPage>(MainWindow::Creators)->isReading() ||
               window.page<PaymentsPage>(MainWindow::Payments)->isReading() ||
               window.page<TodayPage>(MainWindow::Today)->isReading() ||
               window.page<PipelinePage>(MainWindow::Pipeline)->isReading() ||
               std::ranges::any_of(tablePages, [](TablePage *p) { return p->isReading(); }) ||
               std::ranges::any_of(dashboards, [](DashboardPage *p) { return p->isReading(); });
    };
    QElapsedTimer rest;
    rest.start();
    while (rest.elapsed() < 1500) {
        if (anyReading())
            rest.restart();
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const auto [rss, peak] = residentMiB();
    memoryStep("the switches, at rest");
    // Pages are built, and read their lists, when first shown (after the memory at rest, which is
    // that of the pages above): the Campaigns and Contracts lists from the click to every row on screen.
    const auto firstShown = [&window](MainWindow::Page which, const QString &what) {
        stalls().reset(what);
        QElapsedTimer wall;
        wall.start();
        window.showPage(which);
        auto *list = window.page<TablePage>(which);
        double pause = double(wall.nsecsElapsed()) / 1e6;
        waitUntilShown([list] { return list->isReading(); }, pause);
        return QStringLiteral("%1 / %2").arg(pause, 0, 'f', 0).arg(double(wall.nsecsElapsed()) / 1e6, 0, 'f', 0);
    };
    const QString campaignsShown = firstShown(MainWindow::Campaigns, QStringLiteral("campaigns shown"));
    const QString contractsShown = firstShown(MainWindow::Contracts, QStringLiteral("contracts shown"));
    QTextStream(stdout) << QStringLiteral(
                               "%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\t%11\t%12\t%13\t%14\t%15\t%16\t%17\n")
                               .arg(model->rowCount())
                               .arg(startFigures(started) +
                                    (started.onToday ? QStringLiteral(" (Today)") : QStringLiteral(" (roster)")))
                               .arg(reload + QStringLiteral(" / ") + rosterEdit)
                               .arg(perKey, 0, 'f', 1)
                               .arg(QStringLiteral("%1 / %2 / %3")
                                        .arg(tier, 0, 'f', 1)
                                        .arg(sortFollowers, 0, 'f', 1)
                                        .arg(sortNiche, 0, 'f', 1))
                               .arg(payments->model()->rowCount())
                               .arg(paymentsShown)
                               .arg(paymentsReload)
                               .arg(paymentsEdit)
                               .arg(QStringLiteral("%1 / %2 / %3")
                                        .arg(todayShown.at(2), 0, 'f', 0)
                                        .arg(todayAfterEdit.at(2), 0, 'f', 0)
                                        .arg(todayPause, 0, 'f', 0))
                               .arg(QStringLiteral("%1 / %2 / %3")
                                        .arg(pipelineShown, 0, 'f', 0)
                                        .arg(pipelinePause, 0, 'f', 0)
                                        .arg(pipelineEdit))
                               .arg(campaignsShown)
                               .arg(contractsShown)
                               .arg(switchPause, 0, 'f', 0)
                               .arg(rss, 0, 'f', 0)
                               .arg(peak, 0, 'f', 0)
                               .arg(stalls().worst());
    return 0;
}

// A page first looked at a few seconds after the start, as people do: once the window has built
// every page out of sight and no read has run for a second, each page that reads only when shown
// (the page the window opened on aside) is shown in turn. "longest GUI pause / on screen" in ms
// each, "-" for the page opened on, after how long the window settled.
int settled(const QString &path)
{
    const Start started = start(path);
    MainWindow &window = *started.window;
    QElapsedTimer waited;
    waited.start();
    const auto allBuilt = [&window] {
        for (int p = 0; p < MainWindow::PageCount; ++p)
            if (!window.isBuilt(MainWindow::Page(p)))
                return false;
        return true;
    };
    qint64 builtAfter = -1; // ms since the process began
    while ((!allBuilt() || BackgroundRead::quietFor() < 1000) && waited.elapsed() < 120'000) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (builtAfter < 0 && allBuilt())
            builtAfter = g_sinceStart.elapsed();
    }
    // When every page had been built, and when the last read out of sight ended (a second before).
    QStringList shown{QStringLiteral("%1 / %2").arg(builtAfter).arg(g_sinceStart.elapsed() - 1000)};
    const auto firstShown = [&](MainWindow::Page which, const QString &what, const std::function<bool()> &reading) {
        if (window.currentPage() == which) {
            shown << QStringLiteral("-");
            return;
        }
        stalls().reset(what);
        QElapsedTimer wall;
        wall.start();
        window.showPage(which);
        double pause = double(wall.nsecsElapsed()) / 1e6;
        waitUntilShown(reading, pause);
        shown << QStringLiteral("%1 / %2").arg(pause, 0, 'f', 0).arg(double(wall.nsecsElapsed()) / 1e6, 0, 'f', 0);
    };
    auto *today = window.page<TodayPage>(MainWindow::Today);
    firstShown(MainWindow::Today, QStringLiteral("today shown"), [today] { return today->isReading(); });
    auto *dashboard = window.page<DashboardPage>(MainWindow::Dashboard);
    firstShown(MainWindow::Dashboard, QStringLiteral("dashboard shown"),
               [dashboard] { return dashboard->isReading(); });
    auto *pipeline = window.page<PipelinePage>(MainWindow::Pipeline);
    firstShown(MainWindow::Pipeline, QStringLiteral("pipeline shown"), [pipeline] { return pipeline->isReading(); });
    auto *payments = window.page<PaymentsPage>(MainWindow::Payments);
    firstShown(MainWindow::Payments, QStringLiteral("payments shown"), [payments] { return payments->isReading(); });
    // Memory once every page has been read and shown (before: only when each was shown).
    QTextStream(stdout) << shown.join(QLatin1Char('\t'))
                        << QStringLiteral("\t%1\n").arg(residentMiB().first, 0, 'f', 0);
    return 0;
}

// start() alone: startFigures() and the longest GUI stall, in ms. Run on a file just evicted from
// the page cache, it is a start after a reboot.
int firstWindowOnly(const QString &path)
{
    stalls().reset(QStringLiteral("start"));
    const Start started = start(path);
    QTextStream(stdout) << QStringLiteral("%1 / %2").arg(startFigures(started)).arg(stalls().longestMs(), 0, 'f', 0);
    return 0;
}

// A copy of `agency` whose payments are copied row by row (same participants, dates and amounts,
// new ids) until it holds `target` of them, so the ledger's size is the only thing that changes
// (as money_bench grows it). Returns `agency` itself when it holds that many already.
QString grownCopy(const QString &agency, const QString &path, qint64 target)
{
    {
        auto ws = Workspace::open(agency);
        if (!ws)
            qFatal("%s", qPrintable(ws.error()));
        QSqlDatabase db = ws.value()->db();
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM payments")).value().toLongLong() >= target)
            return agency;
        if (Status copied = backup::writeCopy(db, path, true); !copied)
            qFatal("%s", qPrintable(copied.error()));
    }
    auto ws = Workspace::open(path);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    Transaction tx(*ws.value());
    for (;;) {
        const qint64 n = sql::scalar(tx.db(), QStringLiteral("SELECT count(*) FROM payments")).value().toLongLong();
        if (n >= target || n == 0)
            break;
        auto q = sql::run(tx.db(),
                          QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                                         "due_date, paid_date, method, reference, notes, withheld_minor, created_at, "
                                         "updated_at) SELECT participant_id, kind, direction, origin, amount_minor, "
                                         "due_date, paid_date, method, reference, notes, withheld_minor, created_at, "
                                         "updated_at FROM payments ORDER BY id LIMIT ?"),
                          {target - n});
        if (!q)
            qFatal("%s", qPrintable(q.error()));
    }
    if (!tx.commit())
        qFatal("growing the payments failed");
    return path;
}

QString makeDemo(const QString &path, DemoOptions::Scale scale)
{
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    DemoOptions demo;
    demo.scale = scale;
    if (auto made = generateDemo(*ws.value(), demo); !made)
        qFatal("%s", qPrintable(made.error()));
    return path;
}
} // namespace

int main(int argc, char *argv[])
{
    cd::keepFreedMemoryDuringBursts();
    g_sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("collabdesk-bench"));
    QStringList args = QApplication::arguments().mid(1);
    bench::StallWatch watch;
    g_stalls = &watch;
    if (args.size() == 2 && args[0] == QLatin1String("--measure"))
        return measure(args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("--first-window"))
        return firstWindowOnly(args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("--settled"))
        return settled(args[1]);

    QTemporaryDir dir;
    // A third path: the large demo, measured last (writing one takes minutes, so it is never made here).
    const QString large = args.size() == 3 ? args.takeLast() : QString();
    if (args.size() != 2) {
        QTextStream(stdout) << "Generating the small and agency demo workspaces…\n" << Qt::flush;
        args = {makeDemo(dir.filePath(QStringLiteral("small.collabdesk")), DemoOptions::Scale::Small),
                makeDemo(dir.filePath(QStringLiteral("agency.collabdesk")), DemoOptions::Scale::Agency)};
    }
    // The agency demo holds about 25,000 payments; the Payments page is measured at 50,000 too.
    if (const QString grown =
            grownCopy(args[1], dir.filePath(QStringLiteral("agency-50k-payments.collabdesk")), 50'000);
        grown != args[1])
        args << grown;
    if (!large.isEmpty())
        args << large;
    QTextStream out(stdout);
    out << "workspace\tcreators\tfirst window / the page it opens on (an agency's Today, a brand's roster): first "
           "rows / on screen / the roster read ms\troster reload: longest GUI pause / "
           "on screen; after an edit (one named): pause / on screen "
           "ms\tsearch per key ms\ttier filter / sort by followers / by niche ms\tpayments\t"
           "payments page shown: longest GUI pause / first rows / all rows on screen ms\tpayments reload: longest GUI "
           "pause / rows on "
           "screen ms\tpayments after an edit (one named): longest GUI pause / on screen ms\ttoday shown / after a "
           "desk change / longest GUI pause ms\tpipeline shown / longest "
           "GUI pause / after an edit: pause / on screen ms\tcampaigns first shown: longest GUI pause / on screen "
           "ms\tcontracts first shown: longest "
           "GUI pause / on screen ms\t"
           "my creators switch, longest GUI pause ms\t"
           "RSS at rest MiB\tpeak RSS MiB\t"
           "the run's longest GUI pause: during / ms / of it on a core / ready but waiting for a core\n";
    // Each in a fresh process: a start (cold: the file evicted from the page cache first), then the rest.
    const auto run = [&dir](const QStringList &arguments) {
        QProcess child;
        // A fresh settings folder: the window starts as on a first visit, without remembered state.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        child.setProcessEnvironment(env);
        child.start(QApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    };
    QStringList coldStarts, settledLooks;
    for (const QString &path : std::as_const(args)) {
        const bench::Residency before = bench::evict(path);
        coldStarts << QStringLiteral("%1\t%2 of %3\t%4")
                          .arg(QFileInfo(path).completeBaseName())
                          .arg(before.cached)
                          .arg(before.pages)
                          .arg(run({QStringLiteral("--first-window"), path}));
        out << QFileInfo(path).completeBaseName() << '\t' << run({QStringLiteral("--measure"), path}) << '\n'
            << Qt::flush;
        settledLooks << QFileInfo(path).completeBaseName() + QLatin1Char('\t') +
                            run({QStringLiteral("--settled"), path});
    }
    out << "\nworkspace\tfile pages cached at start\tcold start: first window / the page it opens on: first rows / "
           "on screen / the roster read / longest GUI stall ms\n";
    for (const QString &line : std::as_const(coldStarts))
        out << line << '\n';
    out << "\nworkspace\tsettled, ms since the process began: every page built / read\tfirst look once settled, "
           "longest GUI pause / on screen ms: today\tdashboard\tpipeline\tpayments\tRSS after them MiB\n";
    for (const QString &line : std::as_const(settledLooks))
        out << line << '\n';
    return 0;
}
