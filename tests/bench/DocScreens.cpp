// doc_screens: shows one screen of the app on a workspace, for README pictures and the screenshot
// tour (scripts/tour.sh), on a real X server.
// Usage: doc_screens [--shot OUT.png] [--dark] WORKSPACE SCREEN [en|id]
// SCREEN: a page (today, dashboard, creators, brands, campaigns, pipeline, contracts, payments; "-mine"
// for My Creators on), today-rights (Today's usage rights listed whole from the row after their first three),
// dashboard-roster (the dashboard scrolled to the roster's follower growth), money,
// followups, mark-posted, results, results-followers, new-brand, new-creator, new-campaign, settings, settings-money,
// settings-managers, campaign-tab-N (the busiest running campaign at its Nth tab), creator-tab-N (the busiest
// creator's editor at its Nth tab), contract-editor, invoices. "money" opens the creator with the most payments at
// their Money tab; "followups" the creator with the most follow-ups.
// --shot saves the whole screen to OUT.png once the screen has settled, then quits (closing the
// workspace cleanly); without it the program runs until it is stopped. --dark uses the dark palette.
#include "Translations.h"
#include "brands/BrandEditor.h"
#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/MarkPostedDialog.h"
#include "campaigns/ResultsPanel.h"
#include "charts/FollowersChart.h"
#include "common/PostUrl.h"
#include "contracts/ContractEditor.h"
#include "creators/CreatorEditor.h"
#include "creators/MoneyTab.h"
#include "dashboard/DashboardPage.h"
#include "desk/FollowupsPanel.h"
#include "desk/MyCreators.h"
#include "desk/TodayPage.h"
#include "main/BackgroundRead.h"
#include "main/DarkPalette.h"
#include "main/MainWindow.h"
#include "models/TodayModel.h"
#include "payments/InvoicesDialog.h"
#include "services/CreatorProfile.h"
#include "services/DeliverableService.h"
#include "settings/ManagersForm.h"
#include "settings/SettingsDialog.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <memory>

#include <cstdio>

using namespace cd;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("collabdesk-doc-screens"));
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("shot"), QStringLiteral("Save the screen to OUT and quit."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use the dark palette.")});
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("screen"), QStringLiteral("What to show."));
    parser.addPositionalArgument(QStringLiteral("language"), QStringLiteral("en or id (the system's by default)."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: doc_screens [--shot OUT.png] [--dark] WORKSPACE SCREEN [en|id]\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    // The language of the pictures: the system's unless given.
    const UiLanguage language = args.size() > 2 ? uiLanguageFromCode(args.at(2)) : UiLanguage::System;
    installTranslations(language);
    applyUiLocale(language);
    auto ws = Workspace::open(args.at(0));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    Workspace *workspace = ws.value().get();
    // Gone before the application: its pages' background reads are waited for (left to the exit
    // handlers, a read still running met a torn-down SQL driver and crashed).
    const auto owned = std::make_unique<MainWindow>(std::move(ws).value());
    MainWindow *window = owned.get();
    // The whole screen, as a maximised window would be (a bare X server has no window manager).
    window->resize(QGuiApplication::primaryScreen()->size());
    window->show();
    const QString what = args.at(1);
    const QStringList pages{QStringLiteral("today"),     QStringLiteral("dashboard"), QStringLiteral("creators"),
                            QStringLiteral("brands"),    QStringLiteral("campaigns"), QStringLiteral("pipeline"),
                            QStringLiteral("contracts"), QStringLiteral("payments")};
    // "today-mine", "pipeline-mine": as the workspace's first manager, with My Creators on.
    QString page = what;
    if (page.endsWith(QLatin1String("-mine"))) {
        page.chop(5);
        QSqlDatabase db = workspace->db();
        auto first = sql::scalar(db, QStringLiteral("SELECT id FROM managers ORDER BY name_key LIMIT 1"));
        window->myCreators()->setMe(first ? first->toLongLong() : 0);
        window->myCreators()->setOn(true);
    }
    // "dashboard-roster": the dashboard scrolled to the roster's follower growth.
    if (page == QLatin1String("dashboard-roster"))
        page = QStringLiteral("dashboard");
    if (pages.contains(page))
        window->showPage(MainWindow::Page(pages.indexOf(page)));
    if (what == QLatin1String("today-rights")) {
        window->showPage(MainWindow::Today);
        auto *today = window->page<TodayPage>(MainWindow::Today);
        while (today->isReading())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        QTreeView *view = today->view();
        const auto *shown = static_cast<const QAbstractProxyModel *>(view->model());
        const QModelIndex rights = shown->mapFromSource(today->model()->index(int(TodaySection::Rights), 0));
        view->expand(rights);
        // Its first three, then the row offering the others: Open on it lists every one and lands
        // on the first of those.
        view->setCurrentIndex(view->model()->index(view->model()->rowCount(rights) - 1, 0, rights));
        today->findChild<QPushButton *>(QStringLiteral("todayOpenButton"))->click();
        while (today->isReading())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        view->scrollTo(view->currentIndex(), QAbstractItemView::PositionAtCenter);
        view->setFocus();
    }
    if (what == QLatin1String("money")) {
        QSqlDatabase db = workspace->db();
        auto id = sql::scalar(db, QStringLiteral("SELECT p.creator_id FROM payments pay JOIN participants p ON p.id = "
                                                 "pay.participant_id GROUP BY p.creator_id ORDER BY count(*) DESC, "
                                                 "p.creator_id LIMIT 1"));
        const qint64 creator = id ? id->toLongLong() : 0;
        auto *editor = new CreatorEditor(*window->history(), creator,
                                         CreatorProfileService(*workspace).load(creator).value(), window);
        editor->findChild<QTabWidget *>()->setCurrentWidget(editor->moneyTab());
        editor->show();
    } else if (what == QLatin1String("followups")) {
        QSqlDatabase db = workspace->db();
        auto id =
            sql::scalar(db, QStringLiteral("SELECT creator_id FROM followups WHERE creator_id IS NOT NULL GROUP BY "
                                           "creator_id ORDER BY count(*) DESC, creator_id LIMIT 1"));
        const qint64 creator = id ? id->toLongLong() : 0;
        auto *editor = new CreatorEditor(*window->history(), creator,
                                         CreatorProfileService(*workspace).load(creator).value(), window);
        editor->tabs()->setCurrentWidget(editor->followupsPanel());
        editor->show();
    } else if (what == QLatin1String("mark-posted")) {
        // An approved deliverable with a caption that misses part of its brief.
        QSqlDatabase db = workspace->db();
        auto q =
            sql::run(db, QStringLiteral("SELECT d.id, p.campaign_id, cr.name FROM deliverables d JOIN participants p "
                                        "ON p.id = d.participant_id JOIN creators cr ON cr.id = p.creator_id "
                                        "WHERE d.status = 'approved' ORDER BY d.id LIMIT 1"));
        if (q && q->next()) {
            const qint64 id = q->value(0).toLongLong();
            auto loaded = DeliverableService(*workspace).load(id);
            auto *dialog = new MarkPostedDialog(*window->history(), q->value(1).toLongLong(), id, loaded->second,
                                                q->value(2).toString(), window);
            dialog->urlEdit()->setText(
                postUrlExample(loaded->second.platform).replace(QStringLiteral("…"), QStringLiteral("123")));
            dialog->captionEdit()->setPlainText(QStringLiteral("Buka puasa bareng! #ramadan"));
            dialog->show();
        }
    } else if (what.startsWith(QLatin1String("results"))) {
        // "results" or "results-followers": the busiest running campaign's Results tab.
        QSqlDatabase db = workspace->db();
        auto id = sql::scalar(db, QStringLiteral("SELECT id FROM campaigns WHERE status = 'active' ORDER BY "
                                                 "start_date LIMIT 1"));
        window->showPage(MainWindow::Campaigns);
        auto *campaigns = window->page<CampaignsPage>(MainWindow::Campaigns);
        // The list is read on a worker: the campaign can be chosen once it is there.
        while (campaigns->isReading())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        campaigns->select(id ? id->toLongLong() : 0);
        ResultsPanel *results = campaigns->view()->resultsPanel();
        campaigns->view()->showResults();
        if (what.endsWith(QLatin1String("followers")))
            results->chartTabs()->setCurrentIndex(1);
    } else if (what.startsWith(QLatin1String("campaign-tab-"))) {
        // "campaign-tab-N": the busiest running campaign's detail at its Nth tab (0: creators).
        QSqlDatabase db = workspace->db();
        auto id = sql::scalar(db, QStringLiteral("SELECT p.campaign_id FROM participants p JOIN campaigns c ON c.id = "
                                                 "p.campaign_id WHERE c.status = 'active' GROUP BY p.campaign_id "
                                                 "ORDER BY count(*) DESC, p.campaign_id LIMIT 1"));
        window->showPage(MainWindow::Campaigns);
        auto *campaigns = window->page<CampaignsPage>(MainWindow::Campaigns);
        while (campaigns->isReading())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        campaigns->select(id ? id->toLongLong() : 0);
        if (auto *tabs = campaigns->view()->findChild<QTabWidget *>())
            tabs->setCurrentIndex(what.mid(13).toInt());
    } else if (what.startsWith(QLatin1String("creator-tab-"))) {
        // "creator-tab-N": the creator with the most accounts and campaigns, in the editor at its Nth tab.
        QSqlDatabase db = workspace->db();
        auto id = sql::scalar(db, QStringLiteral("SELECT creator_id FROM participants GROUP BY creator_id ORDER BY "
                                                 "count(*) DESC, creator_id LIMIT 1"));
        const qint64 creator = id ? id->toLongLong() : 0;
        auto *editor = new CreatorEditor(*window->history(), creator,
                                         CreatorProfileService(*workspace).load(creator).value(), window);
        editor->tabs()->setCurrentIndex(what.mid(12).toInt());
        editor->show();
    } else if (what == QLatin1String("contract-editor")) {
        // The contract of the most recent signed participation.
        QSqlDatabase db = workspace->db();
        auto id = sql::scalar(db, QStringLiteral("SELECT participant_id FROM contracts WHERE status IN ('signed', "
                                                 "'active') ORDER BY id DESC LIMIT 1"));
        (new ContractEditor(*window->history(), id ? id->toLongLong() : 0, window))->show();
    } else if (what == QLatin1String("invoices")) {
        (new InvoicesDialog(*window->history(), window))->show();
    } else if (what == QLatin1String("new-brand")) {
        (new BrandEditor(*window->history(), 0, BrandInput{}, window))->show();
    } else if (what == QLatin1String("new-creator")) {
        window->showPage(MainWindow::Creators);
        QTimer::singleShot(0, window, [window] { window->newRecordAction()->trigger(); });
    } else if (what == QLatin1String("new-campaign")) {
        window->showPage(MainWindow::Campaigns);
        QTimer::singleShot(0, window, [window] { window->newRecordAction()->trigger(); });
    } else if (what == QLatin1String("settings")) {
        (new SettingsDialog(*workspace, window))->show();
    } else if (what == QLatin1String("settings-money")) {
        auto *dialog = new SettingsDialog(*workspace, window);
        dialog->tabs()->setCurrentIndex(1);
        dialog->show();
    } else if (what == QLatin1String("settings-managers")) {
        auto *dialog = new SettingsDialog(*workspace, window, window->myCreators());
        dialog->tabs()->setCurrentWidget(dialog->managersForm());
        dialog->show();
    }
    if (const QString out = parser.value(QStringLiteral("shot")); !out.isEmpty()) {
        // The picture once the pages have read what they show (an agency's dashboard takes a second
        // or more) and the charts are laid out: checked every 100 ms from 2.5 s, at most 20 s.
        auto *shoot = new QTimer(&app);
        auto *since = new QElapsedTimer;
        since->start();
        shoot->start(100);
        QObject::connect(shoot, &QTimer::timeout, &app, [out, what, window, shoot, since] {
            const QList<BackgroundRead *> reads = window->findChildren<BackgroundRead *>();
            const bool reading =
                std::any_of(reads.cbegin(), reads.cend(), [](const BackgroundRead *r) { return r->isBusy(); });
            if (since->elapsed() < 2500 || (reading && since->elapsed() < 20'000))
                return;
            shoot->stop();
            delete since;
            if (what == QLatin1String("dashboard-roster")) { // once its parts have arrived and are laid out
                auto *dashboard = window->page<DashboardPage>(MainWindow::Dashboard);
                if (auto *scroll = dashboard->findChild<QScrollArea *>())
                    scroll->ensureWidgetVisible(dashboard->rosterChart(), 0, 0);
                QApplication::processEvents();
            }
            const bool saved = QGuiApplication::primaryScreen()->grabWindow(0).save(out);
            if (!saved)
                std::fprintf(stderr, "doc_screens: could not save %s\n", qPrintable(out));
            // A modal dialog runs its own loop: leave that one and the application's.
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QDialog *>(top))
                    dialog->reject();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
