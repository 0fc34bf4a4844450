// Erasing a creator's personal data from the roster: asked first with Cancel as the default, then
// done for good, with the undo history forgotten (its steps hold the data as it was).
#include "UiTestSupport.h"

#include "commands/EditHistory.h"
#include "main/Ask.h"
#include "services/BrandService.h"

#include <QAction>
#include <QUndoStack>

using namespace cd;
using namespace cd::test;

TEST_CASE("erase from the roster: Cancel keeps everything, Erase removes the data and the undo steps")
{
    test::PinnedClock clock;
    test::Window w(QMessageBox::Cancel);
    CreatorsPage *page = w.window->creatorsPage();
    QAction *action = page->eraseAction();
    REQUIRE(action);
    CHECK(page->table()->actions().contains(action));
    CHECK_FALSE(action->isEnabled());
    // An earlier step in the history, to see it forgotten.
    BrandService brands(*w.ws);
    BrandInput brand;
    brand.name = QStringLiteral("Warung Senja");
    REQUIRE(w.window->history()
                ->edit(RecordImage::Kind::Brand, 0, QStringLiteral("Add Warung Senja"),
                       [&](Transaction &tx) { return brands.insert(tx, brand); })
                .ok());
    REQUIRE(w.undo()->count() == 1);
    const qint64 rina = w.scalar(QStringLiteral("SELECT id FROM creators WHERE name = 'Rina Wijaya'")).toLongLong();
    REQUIRE(rina > 0);
    w.selectCreator(QStringLiteral("Rina Wijaya"));
    REQUIRE(action->isEnabled());

    action->trigger(); // answered Cancel
    CHECK(ask::lastText().startsWith(QStringLiteral("Erasing the personal data of Rina Wijaya")));
    CHECK(
        ask::lastText().endsWith(QStringLiteral("This cannot be undone, and Edit > Undo forgets its earlier steps.")));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM erasures")).toInt() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT name FROM creators WHERE id = ?"), {rina}).toString() ==
          QStringLiteral("Rina Wijaya"));

    ask::setAnswerForTests(QMessageBox::Yes);
    action->trigger();
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM erasures WHERE creator_id = ?"), {rina}).toInt() == 1);
    CHECK(w.scalar(QStringLiteral("SELECT email || status FROM creators WHERE id = ?"), {rina}).toString() ==
          QStringLiteral("archived"));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE creator_id = ? AND handle NOT LIKE 'erased-%'"),
                   {rina})
              .toInt() == 0);
    CHECK(ask::lastText().contains(QStringLiteral("Backups and exports made before now still hold the data")));
    CHECK(w.undo()->count() == 0);
}
