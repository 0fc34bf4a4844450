#include "UiTestSupport.h"
#include "common/Clock.h"
#include "common/LocalSettings.h"

#include "brands/BrandEditor.h"
#include "campaigns/CampaignsPage.h"
#include "commands/EditHistory.h"
#include "creators/AccountsForm.h"
#include "creators/AudienceForm.h"
#include "creators/CreatorEditor.h"
#include "creators/RateCardForm.h"
#include "creators/VettingForm.h"
#include "main/Ask.h"
#include "main/MainWindow.h"
#include "main/RoleColors.h"
#include "main/StatusChip.h"
#include "services/BrandService.h"
#include "services/CreatorProfile.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace cd;
using cd::test::childNamed;
using cd::test::saveButton;
using cd::test::TempDir;
using cd::test::Window;

TEST_CASE("a creator added through the editor is stored whole, and undo and redo take it out and back")
{
    Window w;
    CreatorEditor editor(*w.window->history(), 0, CreatorProfile{}, w.window.get());
    // A new form says nothing until it is touched or saved; Save then says what is missing.
    CHECK(editor.problem() == QStringLiteral("Profile: A creator needs a name."));
    CHECK(editor.shownMessages().isEmpty());
    REQUIRE(saveButton(&editor)->isEnabled());
    saveButton(&editor)->click();
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(editor.shownMessages() == QStringList{QStringLiteral("A creator needs a name.")});

    auto *name = editor.findChild<QLineEdit *>(QStringLiteral("creatorNameLineEdit"));
    QTest::keyClicks(name, QStringLiteral("rina  WIJAYA"));
    test::waitForCheck(editor);
    CHECK(editor.problem() == QStringLiteral("A creator named 'Rina Wijaya' already exists; creator names must be "
                                             "unique (ignoring case and spaces)."));
    CHECK(editor.shownMessages() == QStringList{editor.problem()}); // said once, on the form's line

    name->clear();
    QTest::keyClicks(name, QStringLiteral("Sari Wulandari"));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("creatorEmailLineEdit")), QStringLiteral("sari@"));
    test::waitForCheck(editor);
    CHECK(editor.problem().startsWith(QStringLiteral("Profile: ")));
    CHECK(editor.shownMessages().size() == 1); // under the email field only
    CHECK(editor.shownMessages().value(0) == editor.problem().mid(9));
    QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("creatorEmailLineEdit")),
                     QStringLiteral("example.id"));

    editor.accountsForm()->addRow(); // TikTok is the first platform
    QTest::keyClicks(childNamed<QLineEdit>(editor.accountsForm(), QStringLiteral("Handle")),
                     QStringLiteral("@sari.wulan"));
    childNamed<QSpinBox>(editor.accountsForm(), QStringLiteral("New follower count"))->setValue(48'200);
    auto *noRates = editor.rateCardForm()->findChild<QLabel *>(QStringLiteral("noRatesLabel"));
    REQUIRE(noRates != nullptr);
    CHECK_FALSE(noRates->isHidden()); // a new creator has no prices: the tab says what it is for
    editor.rateCardForm()->addRow();
    CHECK(noRates->isHidden());
    childNamed<QComboBox>(editor.rateCardForm(), QStringLiteral("Platform"))->setCurrentIndex(0); // TikTok
    QTest::keyClicks(childNamed<QLineEdit>(editor.rateCardForm(), QStringLiteral("Price")),
                     QStringLiteral("Rp2.500.000"));
    // The estimate beside the price follows the follower count typed on the Accounts tab.
    auto estimate = editor.rateCardForm()->findChildren<QLabel *>();
    CHECK(std::any_of(estimate.cbegin(), estimate.cend(),
                      [](const QLabel *l) { return l->text() == QStringLiteral("Rp1.500.000 – Rp5.000.000"); }));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    REQUIRE(saveButton(&editor)->isEnabled());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    const qint64 id = editor.recordId();
    REQUIRE(id > 0);

    CreatorProfile stored = CreatorProfileService(*w.ws).load(id).value();
    CHECK(stored.details.name == QStringLiteral("Sari Wulandari"));
    CHECK(stored.details.email == QStringLiteral("sari@example.id"));
    REQUIRE(stored.accounts.size() == 1);
    CHECK(stored.accounts[0].platform == Platform::TikTok);
    CHECK(stored.accounts[0].handle == QStringLiteral("sari.wulan"));
    CHECK(stored.accounts[0].latestFollowers == 48'200);
    REQUIRE(stored.rates.size() == 1);
    CHECK(stored.rates[0].amount == Money(2'500'000, QStringLiteral("IDR")));
    CHECK(w.window->creatorsPage()->summary() == QStringLiteral("3 of 4 creators (1 archived hidden)"));

    REQUIRE(w.undo()->count() == 1);
    CHECK(w.undo()->undoText() == QStringLiteral("Add Sari Wulandari"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators WHERE id = ?"), {id}).toInt() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE handle = 'sari.wulan'")).toInt() == 0);
    CHECK(w.window->creatorsPage()->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    w.undo()->redo();
    CHECK(CreatorProfileService(*w.ws).load(id)->accounts.value(0).latestFollowers == 48'200);
}

TEST_CASE("editing a creator's vetting and audience is one undoable step")
{
    Window w;
    const qint64 rina = 1;
    CreatorEditor editor(*w.window->history(), rina, CreatorProfileService(*w.ws).load(rina).value(), w.window.get());
    CHECK(editor.findChild<QLabel *>(QStringLiteral("vettingScoreLabel"))
              ->text()
              .contains(QStringLiteral("9 of 10 (90%)")));
    auto *score = childNamed<QComboBox>(editor.vettingForm(), QStringLiteral("Score for question 12"));
    // Every step of the scale says what it means, and an empty score says it is not scored.
    QStringList steps;
    for (int i = 0; i < score->count(); ++i)
        steps << score->itemText(i);
    CHECK(steps == QStringList{QStringLiteral("— not scored"), QStringLiteral("0 red flag"),
                               QStringLiteral("1 poor fit"), QStringLiteral("2 weak fit"), QStringLiteral("3 fair fit"),
                               QStringLiteral("4 good fit"), QStringLiteral("5 perfect fit")});
    score->setCurrentIndex(score->findData(2));
    emit score->activated(score->currentIndex());
    QTest::keyClicks(childNamed<QLineEdit>(editor.vettingForm(), QStringLiteral("Answer to question 12")),
                     QStringLiteral("Rp3.5m per reel"));
    CHECK(editor.findChild<QLabel *>(QStringLiteral("vettingScoreLabel"))->text().contains(QStringLiteral("11 of 15")));
    // Each group's total reads as a percent does ("42%", "73.5%"), "—" while nothing is typed, red
    // over 100%, which saving refuses.
    const auto total = [&](const AudienceForm *form, const char *name) {
        return form->findChild<QLabel *>(QLatin1String(name));
    };
    const AudienceForm *audience = editor.audienceForm();
    CHECK(total(audience, "audienceAgeTotal")->text() == QStringLiteral("<b>42%</b>"));
    auto *teens = childNamed<QDoubleSpinBox>(editor.audienceForm(), QStringLiteral("Share aged 13-17"));
    teens->setValue(75);
    childNamed<QDoubleSpinBox>(editor.audienceForm(), QStringLiteral("Share aged 25-34"))->setValue(31.5);
    CHECK(total(audience, "audienceAgeTotal")->text() == QStringLiteral("<b>148.5%</b>"));
    CHECK(total(audience, "audienceAgeTotal")->palette().color(QPalette::WindowText) ==
          roleColor(ColorRole::Bad, audience));
    teens->setValue(0);
    CHECK(total(audience, "audienceAgeTotal")->text() == QStringLiteral("<b>73.5%</b>"));
    CHECK(total(audience, "audienceAgeTotal")->palette().color(QPalette::WindowText) !=
          roleColor(ColorRole::Bad, audience));
    AudienceForm empty;
    CHECK(total(&empty, "audienceGenderTotal")->text() == QStringLiteral("<b>—</b>"));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(
        w.scalar(QStringLiteral("SELECT score FROM vetting_answers WHERE creator_id = 1 AND question = 12")).toInt() ==
        2);
    CHECK(
        w.scalar(QStringLiteral("SELECT share_bp FROM audience_demographics WHERE creator_id = 1 AND bucket = '25-34'"))
            .toInt() == 3150);
    // The per-platform share the form does not show is left alone.
    CHECK(w.scalar(QStringLiteral("SELECT share_bp FROM audience_demographics WHERE platform = 'instagram'")).toInt() ==
          9100);
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM vetting_answers WHERE creator_id = 1")).toInt() == 2);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM audience_demographics WHERE bucket = '25-34'")).toInt() == 0);
}

TEST_CASE("a creator's campaigns show each status as a chip with its label")
{
    Window w;
    CreatorEditor editor(*w.window->history(), 1, CreatorProfileService(*w.ws).load(1).value(), w.window.get());
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("creatorCampaignsTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 1); // Rina in Ramadan Refresh 2026
    CHECK(table->item(0, 0)->text() == QStringLiteral("Ramadan Refresh 2026"));
    // The labels people read ("active" and "confirmed" showed as stored, in either language).
    CHECK(table->item(0, 2)->text() == QStringLiteral("Active"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Confirmed"));
    for (const int column : {2, 4})
        CHECK(qobject_cast<StatusChipDelegate *>(table->itemDelegateForColumn(column)));
    CHECK(table->item(0, 2)->data(Qt::UserRole + 1).toString() == QStringLiteral("active"));
    CHECK(table->item(0, 4)->data(Qt::UserRole + 1).toString() == QStringLiteral("confirmed"));
}

TEST_CASE("archiving from the roster hides the creator, and undo brings them back")
{
    Window w;
    w.selectCreator(QStringLiteral("Alex Chen"));
    w.window->creatorsPage()->proxy()->setShowArchived(false);
    w.window->creatorsPage()->toggleArchiveSelected();
    CHECK(w.scalar(QStringLiteral("SELECT status FROM creators WHERE id = 2")).toString() ==
          QStringLiteral("archived"));
    CHECK(w.window->creatorsPage()->summary() == QStringLiteral("1 of 3 creators (2 archived hidden)"));
    CHECK(w.undo()->undoText() == QStringLiteral("Archive Alex Chen"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT status FROM creators WHERE id = 2")).toString() == QStringLiteral("active"));
    CHECK(w.window->creatorsPage()->summary() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
}

TEST_CASE("deleting a creator with campaigns offers archiving, without them deletes everything undoably")
{
    SECTION("with campaign history: archived instead, after asking")
    {
        Window w(QMessageBox::Yes);
        w.selectCreator(QStringLiteral("Rina Wijaya"));
        w.window->creatorsPage()->deleteSelected();
        CHECK(ask::lastText().startsWith(QStringLiteral("Rina Wijaya (1 campaign) took part in campaigns")));
        CHECK(w.scalar(QStringLiteral("SELECT status FROM creators WHERE id = 1")).toString() ==
              QStringLiteral("archived"));
        CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM participants WHERE creator_id = 1")).toInt() == 1);
    }
    SECTION("a mixed selection: only those with history are archived, the rest stay")
    {
        Window w(QMessageBox::Yes);
        w.window->creatorsPage()->proxy()->setShowArchived(true);
        w.window->creatorsPage()->table()->selectAll(); // Alex (declined: still history), Budi, Rina
        w.window->creatorsPage()->deleteSelected();
        CHECK(ask::lastText().endsWith(
            QStringLiteral("The other creators selected are left as they are; delete them on their own.")));
        CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators")).toInt() == 3);
        CHECK(w.scalar(QStringLiteral("SELECT group_concat(status) FROM creators ORDER BY id")).toString() ==
              QStringLiteral("archived,archived,archived"));
        CHECK(w.undo()->undoText() == QStringLiteral("Archive 2 creators"));
    }
    SECTION("cancelled: nothing changes")
    {
        Window w(QMessageBox::Cancel);
        w.selectCreator(QStringLiteral("Budi Santoso"));
        w.window->creatorsPage()->deleteSelected();
        CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators")).toInt() == 3);
        CHECK(w.undo()->count() == 0);
    }
    SECTION("without: the confirmation says what goes, and undo restores it all")
    {
        Window w(QMessageBox::Yes);
        w.selectCreator(QStringLiteral("Budi Santoso"));
        w.window->creatorsPage()->deleteSelected();
        CHECK(ask::lastText() == QStringLiteral("Delete Budi Santoso?\n\nThis also deletes 1 platform account, 1 "
                                                "follower count.\nEdit > Undo brings it all back."));
        CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM creators WHERE id = 3")).toInt() == 0);
        CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM follower_snapshots WHERE account_id = 4")).toInt() == 0);
        w.undo()->undo();
        CHECK(w.scalar(QStringLiteral("SELECT name FROM creators WHERE id = 3")).toString() ==
              QStringLiteral("Budi Santoso"));
        CHECK(w.scalar(QStringLiteral("SELECT followers FROM follower_snapshots WHERE account_id = 4")).toInt() ==
              8000);
        CHECK(w.scalar(QStringLiteral("SELECT approximate FROM follower_snapshots WHERE account_id = 4")).toInt() == 1);
    }
}

TEST_CASE("a brand edited in its editor saves, undoes and redoes")
{
    Window w;
    w.window->showPage(MainWindow::Brands);
    BrandEditor editor(*w.window->history(), 1, BrandService(*w.ws).load(1).value(), w.window.get());
    auto *competitors = editor.findChild<QLineEdit *>(QStringLiteral("brandCompetitorsLineEdit"));
    CHECK(competitors->text() == QStringLiteral("Kopi Kita, Es Jeruk Co"));
    competitors->setText(QStringLiteral("Es Jeruk Co, Teh Botol"));
    auto *brandName = editor.findChild<QLineEdit *>(QStringLiteral("brandNameLineEdit"));
    brandName->setText(QStringLiteral("kopi kita"));
    test::waitForCheck(editor);
    CHECK(editor.problem().startsWith(QStringLiteral("A brand named 'Kopi Kita' already exists")));
    editor.accept(); // refused, and the dialog stays with what was typed
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(brandName->text() == QStringLiteral("kopi kita"));
    brandName->setText(QStringLiteral("Teh Segar Indonesia"));
    test::waitForCheck(editor);
    REQUIRE(editor.problem().isEmpty());
    editor.accept();
    REQUIRE(editor.result() == QDialog::Accepted);
    CHECK(BrandService(*w.ws).load(1)->competitors ==
          QStringList{QStringLiteral("Es Jeruk Co"), QStringLiteral("Teh Botol")});
    CHECK(w.scalar(QStringLiteral("SELECT name FROM brands WHERE id = 1")).toString() ==
          QStringLiteral("Teh Segar Indonesia"));
    w.undo()->undo();
    CHECK(w.scalar(QStringLiteral("SELECT name FROM brands WHERE id = 1")).toString() == QStringLiteral("Teh Segar"));
    CHECK(BrandService(*w.ws).load(1)->competitors ==
          QStringList{QStringLiteral("Kopi Kita"), QStringLiteral("Es Jeruk Co")});
    // The campaign that refers to the brand kept it throughout.
    CHECK(w.scalar(QStringLiteral("SELECT brand_id FROM campaigns WHERE id = 1")).toInt() == 1);
    w.undo()->redo();
    CHECK(w.scalar(QStringLiteral("SELECT name FROM brands WHERE id = 1")).toString() ==
          QStringLiteral("Teh Segar Indonesia"));
}

TEST_CASE("an undo after something else changed the record is refused with the reason")
{
    test::PinnedClock clock;
    Window w;
    w.selectCreator(QStringLiteral("Alex Chen"));
    w.window->creatorsPage()->toggleArchiveSelected();
    // Something outside the history (an import, say) edits the creator five minutes later.
    const QDateTime later = QDateTime::fromString(QStringLiteral("2026-11-23T09:05:00Z"), Qt::ISODate);
    Clock::setFixed(later);
    CreatorInput alex = CreatorService(*w.ws).load(2).value();
    alex.niche = QStringLiteral("gadgets");
    REQUIRE(CreatorService(*w.ws).update(2, alex).ok());
    QString reported;
    QObject::connect(w.window->history(), &EditHistory::failed, [&](const QString &m) { reported = m; });
    w.undo()->undo();
    // A file does not know who: one person at a time writes it.
    CHECK(reported == QStringLiteral("Cannot undo “Archive Alex Chen”: Alex Chen was changed by someone else at %1.")
                          .arg(QLocale().toString(later.toLocalTime(), QLocale::ShortFormat)));
    CHECK(w.scalar(QStringLiteral("SELECT status FROM creators WHERE id = 2")).toString() ==
          QStringLiteral("archived"));
    CHECK(w.scalar(QStringLiteral("SELECT niche FROM creators WHERE id = 2")).toString() == QStringLiteral("gadgets"));
    CHECK(w.undo()->count() == 0);
}

TEST_CASE("a read-only workspace says why nothing can be saved")
{
    TempDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    CreatorEditor editor(*window.history(), 2, CreatorProfileService(*window.workspace()).load(2).value(), &window);
    CHECK(editor.problem() == QStringLiteral("The workspace is open read-only; nothing can be saved."));
    CHECK_FALSE(saveButton(&editor)->isEnabled());
}

TEST_CASE("this computer's preferences save even for a read-only workspace and style the toolbar")
{
    TempDir dir;
    auto ws =
        Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")), Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    MainWindow window(std::move(ws).value());
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolbar != nullptr);
    CHECK(toolbar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    {
        SettingsDialog dialog(*window.workspace(), &window);
        auto *style = dialog.findChild<QComboBox *>(QStringLiteral("toolbarComboBox"));
        style->setCurrentIndex(style->findData(int(Qt::ToolButtonIconOnly)));
        dialog.findChild<QCheckBox *>(QStringLiteral("reopenLastCheckBox"))->setChecked(false);
        REQUIRE(dialog.save());
    }
    CHECK(preferences::toolbarStyle() == int(Qt::ToolButtonIconOnly));
    CHECK_FALSE(preferences::reopenLastWorkspace());
    MainWindow again(nullptr);
    CHECK(again.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->toolButtonStyle() == Qt::ToolButtonIconOnly);
    for (const char *key : {"app/reopenLast", "app/toolbar", "app/language"})
        LocalSettings::remove(QLatin1String(key));
    CHECK(preferences::reopenLastWorkspace());
}

TEST_CASE("the status bar counts what the page shown lists")
{
    Window w;
    auto *counts = w.window->statusBar()->findChildren<QLabel *>().last();
    w.window->showPage(MainWindow::Creators);
    CHECK(counts->text() == QStringLiteral("2 of 3 creators (1 archived hidden)"));
    w.window->showPage(MainWindow::Brands);
    CHECK(counts->text() == QStringLiteral("2 brands"));
    w.window->showPage(MainWindow::Campaigns);
    CHECK(counts->text() == QStringLiteral("2 campaigns"));
    w.window->page<CampaignsPage>(MainWindow::Campaigns)->searchField()->setText(QStringLiteral("kopi"));
    CHECK(counts->text() == QStringLiteral("1 of 2 campaigns"));
}
