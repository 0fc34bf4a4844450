// doc_screens: shows one screen of the app on a workspace, for README pictures taken with
// ../shared/tools/screenshot.sh (which runs it on a private X server and saves the screen).
// Usage: doc_screens WORKSPACE dashboard|creators|campaigns|contracts|payments|money|followups|settings-money|
// settings-managers
// "money" opens the creator with the most payments at their Money tab; "followups" the creator with the most
// follow-ups at their Follow-ups tab.
#include "Translations.h"
#include "brands/BrandEditor.h"
#include "campaigns/CampaignView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/MarkPostedDialog.h"
#include "campaigns/ResultsPanel.h"
#include "common/PostUrl.h"
#include "creators/CreatorEditor.h"
#include "creators/MoneyTab.h"
#include "desk/FollowupsPanel.h"
#include "desk/MyCreators.h"
#include "main/MainWindow.h"
#include "services/CreatorProfile.h"
#include "services/DeliverableService.h"
#include "settings/ManagersForm.h"
#include "settings/SettingsDialog.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

#include <cstdio>

using namespace cd;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("collabdesk-doc-screens"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: doc_screens WORKSPACE PAGE [en|id]\n");
        return 2;
    }
    // The language of the pictures: the system's unless given.
    const UiLanguage language = argc > 3 ? uiLanguageFromCode(QString::fromLocal8Bit(argv[3])) : UiLanguage::System;
    installTranslations(language);
    applyUiLocale(language);
    auto ws = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error()));
        return 1;
    }
    Workspace *workspace = ws.value().get();
    auto *window = new MainWindow(std::move(ws).value());
    window->resize(1366, 768);
    window->show();
    const QString what = QString::fromLocal8Bit(argv[2]);
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
    if (pages.contains(page))
        window->showPage(MainWindow::Page(pages.indexOf(page)));
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
            sql::run(db, QStringLiteral("SELECT d.id, p.campaign_id FROM deliverables d JOIN participants p ON "
                                        "p.id = d.participant_id WHERE d.status = 'approved' ORDER BY d.id LIMIT 1"));
        if (q && q->next()) {
            const qint64 id = q->value(0).toLongLong();
            auto loaded = DeliverableService(*workspace).load(id);
            auto *dialog =
                new MarkPostedDialog(*window->history(), q->value(1).toLongLong(), id, loaded->second, window);
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
        auto *page = window->findChild<CampaignsPage *>();
        page->select(id ? id->toLongLong() : 0);
        ResultsPanel *results = page->view()->resultsPanel();
        if (auto *tabs = qobject_cast<QTabWidget *>(results->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(results);
        if (what.endsWith(QLatin1String("followers")))
            results->chartTabs()->setCurrentIndex(1);
    } else if (what == QLatin1String("new-brand")) {
        (new BrandEditor(*window->history(), 0, BrandInput{}, window))->show();
    } else if (what == QLatin1String("settings-money")) {
        auto *dialog = new SettingsDialog(*workspace, window);
        dialog->tabs()->setCurrentIndex(1);
        dialog->show();
    } else if (what == QLatin1String("settings-managers")) {
        auto *dialog = new SettingsDialog(*workspace, window, window->myCreators());
        dialog->tabs()->setCurrentWidget(dialog->managersForm());
        dialog->show();
    }
    return app.exec();
}
