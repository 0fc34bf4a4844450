// The media kit from the app: the roster's action and the button on the creator's page write the
// creator's one-page PDF (read back with poppler-utils).
#include "PdfText.h"
#include "UiTestSupport.h"

#include "creators/CreatorEditor.h"
#include "services/CreatorProfile.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace cd;
using namespace cd::test;

namespace {
// While alive, the media kit goes to `path` without a dialog.
struct MediaKitPath
{
    explicit MediaKitPath(const QString &path) { CreatorsPage::setMediaKitPathForTests(path); }
    ~MediaKitPath() { CreatorsPage::setMediaKitPathForTests({}); }
};
} // namespace

TEST_CASE("media kit: the roster's action writes the chosen creator's kit as a PDF", "[documents]")
{
    test::PinnedClock clock;
    test::Window w;
    CreatorsPage *page = w.window->creatorsPage();
    QAction *action = page->mediaKitAction();
    REQUIRE(action);
    CHECK(page->table()->actions().contains(action)); // in the roster's context menu
    CHECK_FALSE(action->isEnabled());                 // nobody chosen yet
    w.selectCreator(QStringLiteral("Rina Wijaya"));
    REQUIRE(action->isEnabled());

    const QString pdf = w.dir.path(QStringLiteral("Media kit - Rina Wijaya.pdf"));
    {
        MediaKitPath to(pdf);
        action->trigger();
    }
    REQUIRE(QFile::exists(pdf));
    CHECK(pageCount(pdf) == 1);
    const QString text = layoutText(pdf);
    CHECK(text.contains(QStringLiteral("Rina Wijaya")));
    CHECK(text.contains(QStringLiteral("Media kit")));
}

TEST_CASE("media kit: the creator's page has a button for it", "[documents]")
{
    test::PinnedClock clock;
    test::Window w;
    CreatorEditor editor(*w.window->history(), 2, CreatorProfileService(*w.ws).load(2).value(), w.window.get());
    auto *button = editor.findChild<QPushButton *>(QStringLiteral("mediaKitButton"));
    REQUIRE(button);
    CHECK_FALSE(button->toolTip().isEmpty());
    const QString pdf = w.dir.path(QStringLiteral("alex.pdf"));
    {
        MediaKitPath to(pdf);
        button->click();
    }
    REQUIRE(QFile::exists(pdf));
    CHECK(layoutText(pdf).contains(QStringLiteral("Alex Chen")));

    // A creator not saved yet has no kit to write.
    CreatorEditor fresh(*w.window->history(), 0, CreatorProfile{}, w.window.get());
    CHECK(fresh.findChild<QPushButton *>(QStringLiteral("mediaKitButton")) == nullptr);
}

TEST_CASE("media kit: written in Indonesian from the app", "[documents]")
{
    test::PinnedClock clock;
    test::Window w;
    const QString pdf = w.dir.path(QStringLiteral("budi.pdf"));
    REQUIRE(CreatorsPage::writeMediaKit(*w.ws, 3, ContractLanguage::Id, pdf).ok());
    const QString text = layoutText(pdf);
    CHECK(text.contains(QStringLiteral("Budi Santoso")));
    CHECK(text.contains(QStringLiteral("Pengikut")));
    CHECK(text.contains(QStringLiteral("Kolaborasi terakhir")));
    CHECK_FALSE(text.contains(QStringLiteral("Followers")));
    CHECK_FALSE(CreatorsPage::writeMediaKit(*w.ws, 99, ContractLanguage::En, w.dir.path(QStringLiteral("x.pdf"))).ok());
}
