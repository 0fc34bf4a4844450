#include "UiTestSupport.h"
#include "UiTextWalk.h"

#include "interchange/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

using namespace cd;
using cd::test::TempDir;

namespace {
// Moves on and, when the page starts a check or an import, waits for it.
void nextAndWait(ImportWizard &wizard)
{
    QSignalSpy done(&wizard, &ImportWizard::jobDone);
    wizard.next();
    if (wizard.currentId() == ImportWizard::CheckPage || wizard.currentId() == ImportWizard::ImportPage)
        REQUIRE((done.count() > 0 || done.wait(20'000)));
}

bool canGoOn(ImportWizard &wizard)
{
    return wizard.currentPage()->isComplete();
}

QStringList headerOf(QTableWidget *table)
{
    QStringList names;
    for (int c = 0; c < table->columnCount(); ++c)
        names << table->horizontalHeaderItem(c)->text();
    return names;
}

qint64 snapshots(test::Window &w)
{
    return w.scalar(QStringLiteral("SELECT count(*) FROM post_metric_snapshots")).toLongLong();
}
} // namespace

TEST_CASE("the import wizard reads an Instagram export once the campaign is given")
{
    test::PinnedClock clock;
    test::Window w;
    const qint64 before = snapshots(w);
    ImportWizard wizard(*w.ws);
    wizard.show();
    wizard.setKind(QStringLiteral("brands"));
    wizard.setFile(test::fixture(QStringLiteral("instagram-export.csv")));
    CHECK(wizard.kind() == QStringLiteral("post_metrics")); // recognised by its header
    nextAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    CHECK(wizard.plan().format == QStringLiteral("Instagram export"));
    CHECK(wizard.mappingBox(7)->currentData().toString() == QStringLiteral("post_url"));  // Permalink
    CHECK(wizard.mappingBox(6)->currentData().toString() == QStringLiteral("posted_at")); // Publish time
    CHECK(wizard.mappingBox(3)->currentData().toString().isEmpty());                      // Account name
    CHECK_FALSE(canGoOn(wizard));
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("neededLabel"))->text().contains(QStringLiteral("campaign")));

    test::childNamed<QComboBox>(&wizard, QStringLiteral("Campaign for every row"))
        ->setCurrentText(QStringLiteral("Ramadan Refresh 2026"));
    wizard.findChild<QCheckBox *>()->setChecked(true); // "Lifetime" numbers: as of today
    CHECK(canGoOn(wizard));

    nextAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    INFO(wizard.lastReport().errors.join(QLatin1Char('\n')).toStdString());
    CHECK(wizard.checkSummary()->text() ==
          QStringLiteral("Every row is fine. Importing will add 2, update 0 and leave 0 unchanged."));
    CHECK(wizard.preview()->rowCount() == 2);
    CHECK(headerOf(wizard.preview()).contains(QStringLiteral("campaign")));
    CHECK(wizard.preview()->item(0, int(headerOf(wizard.preview()).indexOf(QStringLiteral("campaign"))))->text() ==
          QStringLiteral("Ramadan Refresh 2026"));
    CHECK(snapshots(w) == before); // the check wrote nothing
    REQUIRE(canGoOn(wizard));

    nextAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ImportPage);
    CHECK(wizard.imported());
    CHECK(wizard.importSummary()->text().startsWith(
        QStringLiteral("Imported instagram-export.csv: 2 new, 0 updated, 0 unchanged.")));
    CHECK(snapshots(w) == before + 2);
}

TEST_CASE("the import wizard reads an export in Indonesian with Indonesian numbers and refuses it without them")
{
    test::PinnedClock clock;
    test::Window w;
    const qint64 before = snapshots(w);
    ImportWizard wizard(*w.ws);
    wizard.show();
    wizard.setFile(test::fixture(QStringLiteral("instagram-export-id-numbers.csv")));
    nextAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    // "60.100" and no "60,100": guessed Indonesian.
    auto *numbers = wizard.findChild<QComboBox *>(QStringLiteral("numbersComboBox"));
    CHECK(numbers->currentIndex() == 1);
    test::childNamed<QComboBox>(&wizard, QStringLiteral("Campaign for every row"))
        ->setCurrentText(QStringLiteral("Ramadan Refresh 2026"));

    SECTION("read as English numbers, every dotted count is refused and nothing is written")
    {
        numbers->setCurrentIndex(0);
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        CHECK_FALSE(canGoOn(wizard));
        // Line 2: views, reach, likes and saves; line 3: views, reach and likes ("1,2 rb").
        CHECK(wizard.lastReport().errors.size() == 7);
        CHECK(wizard.lastReport().errors.first().contains(QStringLiteral("import it with Indonesian numbers")));
        CHECK(snapshots(w) == before);
    }
    SECTION("read as Indonesian numbers, both posts are imported")
    {
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        INFO(wizard.lastReport().errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(canGoOn(wizard));
        nextAndWait(wizard);
        CHECK(wizard.imported());
        CHECK(snapshots(w) == before + 2);
        CHECK(w
                  .scalar(QStringLiteral(
                      "SELECT sum(views) FROM post_metric_snapshots s JOIN posts p ON p.id = "
                      "s.post_id WHERE s.snapshot_date = '2026-11-23' AND p.url_key IN ('instagram.com/reel/ABC123', "
                      "'instagram.com/p/XYZ789')"))
                  .toLongLong() == 60'100 + 14'300);
    }
}

TEST_CASE("the import wizard lists a TikTok export's bad row and imports nothing")
{
    test::PinnedClock clock;
    test::Window w;
    const qint64 before = snapshots(w);
    QByteArray bytes = test::fileBytes(test::fixture(QStringLiteral("tiktok-export.csv")));
    bytes += "Bad one,https://www.tiktok.com/@RinaEats/video/7301234560000,2026-03-18 10:00:00,lots,1,2,300,1.0,4\n";
    ImportWizard wizard(*w.ws);
    wizard.show();
    wizard.setFile(test::writeFile(w.dir, QStringLiteral("tiktok march.csv"), bytes));
    nextAndWait(wizard);
    CHECK(wizard.plan().format == QStringLiteral("TikTok export"));
    CHECK(wizard.mappingBox(1)->currentData().toString() == QStringLiteral("post_url")); // Video link
    test::childNamed<QComboBox>(&wizard, QStringLiteral("Campaign for every row"))
        ->setCurrentText(QStringLiteral("Ramadan Refresh 2026"));
    nextAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkSummary()->text().startsWith(QStringLiteral("1 problem found.")));
    REQUIRE(wizard.problems()->count() >= 1);
    CHECK(wizard.problems()->item(0)->text().startsWith(QStringLiteral("tiktok march.csv:4: likes:")));
    CHECK_FALSE(canGoOn(wizard)); // no way to import a file with a bad row
    CHECK(snapshots(w) == before);
}

TEST_CASE("the import wizard maps unknown columns by hand and cancels an import cleanly")
{
    test::PinnedClock clock;
    test::Window w;
    const auto followers = [&] {
        return w.scalar(QStringLiteral("SELECT count(*) FROM follower_snapshots")).toLongLong();
    };
    const qint64 before = followers();
    QByteArray bytes = "Day,Followers,Remarks\n";
    const int rows = 20'000;
    for (int day = 0; day < rows; ++day)
        bytes += QDate(2026, 11, 1).addDays(-day).toString(Qt::ISODate).toLatin1() + ',' +
                 QByteArray::number(40'000 + day) + ",ok\n";
    ImportWizard wizard(*w.ws);
    wizard.show();
    wizard.setFile(test::writeFile(w.dir, QStringLiteral("rina followers.csv"), bytes));
    CHECK(wizard.kind() == QStringLiteral("followers")); // by its name
    nextAndWait(wizard);
    CHECK(wizard.mappingBox(0)->currentData().toString().isEmpty()); // "Day" is no column name
    CHECK(wizard.mappingBox(1)->currentData().toString() == QStringLiteral("followers"));
    CHECK_FALSE(canGoOn(wizard));
    wizard.mappingBox(0)->setCurrentIndex(wizard.mappingBox(0)->findData(QStringLiteral("date")));
    test::childNamed<QComboBox>(&wizard, QStringLiteral("Creator for every row"))
        ->setCurrentText(QStringLiteral("Rina Wijaya"));
    test::childNamed<QComboBox>(&wizard, QStringLiteral("Platform for every row"))
        ->setCurrentIndex(test::childNamed<QComboBox>(&wizard, QStringLiteral("Platform for every row"))
                              ->findData(QStringLiteral("instagram")));
    REQUIRE(canGoOn(wizard));
    nextAndWait(wizard);
    INFO(wizard.lastReport().errors.mid(0, 3).join(QLatin1Char('\n')).toStdString());
    REQUIRE(wizard.lastReport().ok());
    CHECK(wizard.lastReport().added + wizard.lastReport().updated == rows);

    SECTION("cancel while importing")
    {
        QSignalSpy done(&wizard, &ImportWizard::jobDone);
        QSignalSpy closed(&wizard, &QDialog::rejected);
        wizard.next();
        REQUIRE(wizard.isBusy());
        wizard.reject(); // the dialog's Cancel: stops the worker, then closes
        REQUIRE((done.count() > 0 || done.wait(20'000)));
        CHECK(closed.count() == 1);
        CHECK(wizard.lastReport().cancelled);
        CHECK_FALSE(wizard.imported());
        CHECK(followers() == before);
    }
    SECTION("import to the end")
    {
        nextAndWait(wizard);
        CHECK(wizard.imported());
        CHECK(followers() == before + wizard.lastReport().added);
    }
}

TEST_CASE("the import wizard in Bahasa Indonesia shows no English on any of its pages")
{
    test::PinnedClock clock;
    test::Window w;
    test::EnglishSources english;
    const QString translations = QStringLiteral(COLLABDESK_TEST_DATA "/../../resources/translations/");
    english.load(translations + QStringLiteral("collabdesk_id.ts"));
    english.load(translations + QStringLiteral("qtbase_id.ts"));
    test::AppLanguage indonesian(UiLanguage::Indonesian);
    QList<test::ShownText> shown;
    const auto read = [&](ImportWizard &wizard, const QString &where) {
        test::readTexts(&wizard, where, shown);
        for (QAbstractButton *b : wizard.findChildren<QAbstractButton *>())
            if (b->isVisible())
                shown.append({where, b->text()});
    };
    {
        // Every page of an import that goes through: the file, its columns, the check, the import.
        ImportWizard wizard(*w.ws);
        wizard.show();
        read(wizard, QStringLiteral("source"));
        wizard.setFile(test::fixture(QStringLiteral("instagram-export-id-numbers.csv")));
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
        test::childNamed<QComboBox>(&wizard, QStringLiteral("Kampanye untuk semua baris"))
            ->setCurrentText(QStringLiteral("Ramadan Refresh 2026"));
        read(wizard, QStringLiteral("columns"));
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        read(wizard, QStringLiteral("check"));
        REQUIRE(canGoOn(wizard));
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::ImportPage);
        read(wizard, QStringLiteral("import"));
    }
    {
        // And the check that refuses a row, with its problem listed.
        QByteArray bytes = test::fileBytes(test::fixture(QStringLiteral("tiktok-export.csv")));
        bytes +=
            "Bad one,https://www.tiktok.com/@RinaEats/video/7301234560000,2026-03-18 10:00:00,lots,1,2,300,1.0,4\n";
        ImportWizard wizard(*w.ws);
        wizard.show();
        wizard.setFile(test::writeFile(w.dir, QStringLiteral("tiktok.csv"), bytes));
        nextAndWait(wizard);
        test::childNamed<QComboBox>(&wizard, QStringLiteral("Kampanye untuk semua baris"))
            ->setCurrentText(QStringLiteral("Ramadan Refresh 2026"));
        read(wizard, QStringLiteral("tiktok columns"));
        nextAndWait(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        read(wizard, QStringLiteral("tiktok check"));
        CHECK(wizard.problems()->count() > 0);
    }
    INFO(shown.size() << " texts read");
    CHECK(shown.size() > 100);
    const QStringList left = test::englishIn(shown, english);
    INFO("English left on screen:\n" << left.join(QLatin1Char('\n')).toStdString());
    CHECK(left.isEmpty());
}
