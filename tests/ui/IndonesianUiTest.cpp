// The app in Bahasa Indonesia: every page, menu and the dialogs their buttons open, read on screen
// and compared with the English source texts of the translations.
#include "UiTestSupport.h"
#include "UiTextWalk.h"
#include "common/LocalSettings.h"

#include "Translations.h"
#include "demo/DemoGenerator.h"

#include "common/Dates.h"
#include "main/FormFields.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {
const QString Translations = QStringLiteral(COLLABDESK_TEST_DATA "/../../resources/translations/");

} // namespace

TEST_CASE("the English source texts are found on screen, and their translations are not")
{
    EnglishSources english;
    english.load(Translations + QStringLiteral("collabdesk_id.ts"));
    english.load(Translations + QStringLiteral("qtbase_id.ts"));
    CHECK(english.size() > 1800);
    CHECK(english.match(QStringLiteral("&Settings…")) == QStringLiteral("&Settings…"));
    CHECK(english.match(QStringLiteral("Exported 5 rows to /tmp/brands.csv")) ==
          QStringLiteral("Exported %1 rows to %2"));
    CHECK(english.match(QStringLiteral("Show Details...")) == QStringLiteral("Show Details..."));
    // Kept as they are by the translator, or too short to tell from a name.
    CHECK(english.match(QStringLiteral("Instagram")).isEmpty());
    CHECK(english.match(QStringLiteral("Ayu Lestari (Kopi Kita)")).isEmpty());
    CHECK(english.match(QStringLiteral("Pengaturan — Demo")).isEmpty());
}

TEST_CASE("the language chosen in Settings is kept for the next start and says so")
{
    TempDir dir;
    auto ws = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(ws.ok());
    CHECK(preferences::languageCode() == QStringLiteral("system"));
    {
        SettingsDialog dialog(*ws.value());
        dialog.show();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        auto *restart = dialog.findChild<QLabel *>(QStringLiteral("languageRestartLabel"));
        CHECK(language->currentData().toString() == QStringLiteral("system"));
        CHECK_FALSE(restart->isVisibleTo(&dialog));
        language->setCurrentIndex(language->findData(QStringLiteral("id")));
        CHECK(restart->isVisibleTo(&dialog));
        REQUIRE(dialog.save());
    }
    CHECK(preferences::languageCode() == QStringLiteral("id"));
    CHECK(uiLanguageFromCode(preferences::languageCode()) == UiLanguage::Indonesian);
    CHECK(uiLocale(UiLanguage::Indonesian).toString(12'500) == QStringLiteral("12.500"));
    CHECK(uiLocale(UiLanguage::English).toString(12'500) == QStringLiteral("12,500"));
    LocalSettings::remove(QStringLiteral("app/language"));
    CHECK(preferences::languageCode() == QStringLiteral("system"));
}

TEST_CASE("in Bahasa Indonesia dates and numbers are shown and typed the Indonesian way")
{
    AppLanguage indonesian(UiLanguage::Indonesian);
    CHECK(displayDate(QDate(2026, 8, 12)) == QStringLiteral("12 Agu 2026"));
    CHECK(QLocale().toString(12'500) == QStringLiteral("12.500"));
    QWidget parent;
    QDateEdit *date = makeOptionalDate(&parent, QStringLiteral("date"));
    setOptionalDate(date, QDate(2026, 3, 1));
    CHECK(date->text() == QStringLiteral("1 Mar 2026"));
    // Typed as it is shown, section by section: a month by its Indonesian name.
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("17"));
    date->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(date, QStringLiteral("Agu"));
    CHECK(optionalDate(date) == QDate(2026, 8, 17));
    QSpinBox count;
    count.setRange(0, 1'000'000);
    count.setGroupSeparatorShown(true);
    count.setValue(12'500);
    CHECK(count.text() == QStringLiteral("12.500"));
    CHECK(Money::parseDisplay(u"1.250,50", QStringLiteral("USD")).value().minor() == 125'050);
}

TEST_CASE("the app in Bahasa Indonesia shows no English on its pages and menus and in the dialogs they open and names "
          "every control")
{
    EnglishSources english;
    english.load(Translations + QStringLiteral("collabdesk_id.ts"));
    english.load(Translations + QStringLiteral("qtbase_id.ts"));

    AppLanguage indonesian(UiLanguage::Indonesian);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.collabdesk"));
    // Generated in Indonesian, as the app's demo is for an Indonesian user: its notes too.
    REQUIRE(prepareDemoWorkspace(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    MainWindow window(std::move(opened).value());
    window.resize(1366, 768);
    window.show();
    ask::setAnswerForTests(QMessageBox::No);

    QList<ShownText> shown;
    readMenus(&window, shown);
    int dialogs = 0;
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        window.showPage(MainWindow::Page(p));
        QTest::qWait(200);
        // The first record of a list page, so its details show too.
        for (QTableView *table : window.centralWidget()->findChildren<QTableView *>())
            if (table->isVisible() && table->model() && table->model()->rowCount() > 0) {
                table->selectRow(0);
                break;
            }
        QTest::qWait(100);
        const QString page = window.windowTitle() + QStringLiteral(" #") + QString::number(p);
        readTexts(&window, page, shown);
        dialogs += clickButtonsIn(window.centralWidget(), page, shown);
        // New… and Edit… of the page's records.
        for (QAction *a : window.menuBar()->actions().at(1)->menu()->actions())
            if (a->isEnabled() && (a->text().endsWith(QChar(0x2026))) && !a->menu())
                dialogs += readDialogsOpenedBy([a] { a->trigger(); }, page + QStringLiteral(" > ") + a->text(), shown);
    }
    // The File and Help menus' dialogs (file choosers, import, backup, shortcuts, about).
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (a->isEnabled() && !a->menu() && !a->isSeparator() && a->shortcut() != QKeySequence::Quit &&
                (a->text().endsWith(QChar(0x2026)) || menu == window.menuBar()->actions().constLast()))
                dialogs += readDialogsOpenedBy([a] { a->trigger(); }, QStringLiteral("menu > ") + a->text(), shown);
    ask::setAnswerForTests(std::nullopt);

    INFO(shown.size() << " texts read, " << dialogs << " dialogs");
    CHECK(shown.size() > 2000);
    CHECK(dialogs > 40); // with the dialogs opened from dialogs and from tabs not shown first
    const QStringList left = englishIn(shown, english);
    INFO("English left on screen:\n" << left.join(QLatin1Char('\n')).toStdString());
    CHECK(left.isEmpty());
    // Every control met on the way has a name a screen reader says, in Indonesian too.
    const QStringList nameless = takeNamelessControls();
    INFO("Controls without an accessible name:\n" << nameless.join(QLatin1Char('\n')).toStdString());
    CHECK(nameless.isEmpty());
}
