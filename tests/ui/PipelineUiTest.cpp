#include "UiTestSupport.h"
#include "common/LocalSettings.h"

#include "main/BackgroundRead.h"

#include "commands/EditHistory.h"
#include "desk/DealCardDelegate.h"
#include "desk/Managers.h"
#include "desk/MyCreators.h"
#include "desk/PipelinePage.h"
#include "main/MainWindow.h"
#include "models/DealListModel.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/DeliverableService.h"
#include "services/Lookup.h"
#include "services/ParticipantService.h"
#include "storage/SettingKeys.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace cd;

namespace {
// A workspace built through the services, as of the pinned 23 Nov 2026 (a brand's perspective):
//  Sari Dewi manages Rina and Budi, Tono Hadi manages Citra, Dewi has no manager.
//  Ramadan Glow (Glow & Co, IDR): Rina invited Rp5.000.000 (offer); Budi negotiating Rp8.000.000;
//    Citra confirmed Rp3.000.000 with a Reel due 20 Nov not posted (in production, late).
//  Morning Brew (Kopi Nusantara, IDR): Citra negotiating Rp2.500.000; Rina confirmed
//    Rp12.000.000 (contracted); Budi declined Rp4.000.000 (lost).
//  Global Launch (Glow & Co, USD): Citra confirmed $1,500.00 (contracted); Dewi confirmed $800.00
//    with her one deliverable posted (delivered).
struct Board
{
    test::PinnedClock clock;
    test::TempDir dir;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<EditHistory> history;
    std::unique_ptr<MyCreators> mine;
    std::unique_ptr<PipelinePage> page;
    QMap<QString, qint64> deal; // "Campaign/Creator" -> participant id

    explicit Board(bool agency = false)
    {
        // The board's behaviour, not its threading: each read delivers before reload() returns.
        BackgroundRead::setInlineForTests(true);
        ws = test::createWorkspace(dir.path(QStringLiteral("board.collabdesk")));
        REQUIRE(ws);
        if (agency)
            REQUIRE(settings::setByName(*ws, *findSettingKey(u"perspective"), QStringLiteral("agency")).ok());
        for (const char *brand : {"Glow & Co", "Kopi Nusantara"})
            REQUIRE(BrandService(*ws).add({QString::fromUtf8(brand), {}, {}, {}, {}}).ok());
        const std::pair<const char *, const char *> creators[] = {{"Rina Wijaya", "Sari Dewi"},
                                                                  {"Budi Santoso", "Sari Dewi"},
                                                                  {"Citra Lestari", "Tono Hadi"},
                                                                  {"Dewi Anggraini", ""}};
        for (const auto &[name, manager] : creators) {
            CreatorInput c;
            c.name = QString::fromLatin1(name);
            c.manager = QString::fromLatin1(manager);
            auto id = CreatorService(*ws).add(c);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
        }
        const auto addCampaign = [&](const char *name, const char *brand, const char *currency) {
            CampaignInput c;
            c.name = QString::fromLatin1(name);
            c.brand = QString::fromUtf8(brand);
            c.status = CampaignStatus::Active;
            c.start = QDate(2026, 11, 1);
            c.end = QDate(2026, 12, 15);
            c.currency = QString::fromLatin1(currency);
            auto id = CampaignService(*ws).add(c);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
        };
        addCampaign("Ramadan Glow", "Glow & Co", "IDR");
        addCampaign("Morning Brew", "Kopi Nusantara", "IDR");
        addCampaign("Global Launch", "Glow & Co", "USD");
        const auto join = [&](const char *campaign, const char *creator, ParticipantStatus status, Money fee) {
            ParticipantInput p{QString::fromLatin1(campaign), QString::fromLatin1(creator), {}, status, {}};
            p.compensation.fee = fee;
            auto id = ParticipantService(*ws).add(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            deal.insert(QStringLiteral("%1/%2").arg(QLatin1String(campaign), QLatin1String(creator)), id.value());
        };
        const auto usd = [](qint64 cents) { return Money(cents, QStringLiteral("USD")); };
        join("Ramadan Glow", "Rina Wijaya", ParticipantStatus::Invited, test::idr(5'000'000));
        join("Ramadan Glow", "Budi Santoso", ParticipantStatus::Negotiating, test::idr(8'000'000));
        join("Ramadan Glow", "Citra Lestari", ParticipantStatus::Confirmed, test::idr(3'000'000));
        join("Morning Brew", "Citra Lestari", ParticipantStatus::Negotiating, test::idr(2'500'000));
        join("Morning Brew", "Rina Wijaya", ParticipantStatus::Confirmed, test::idr(12'000'000));
        join("Morning Brew", "Budi Santoso", ParticipantStatus::Declined, test::idr(4'000'000));
        join("Global Launch", "Citra Lestari", ParticipantStatus::Confirmed, usd(150'000));
        join("Global Launch", "Dewi Anggraini", ParticipantStatus::Confirmed, usd(80'000));
        const auto deliverable = [&](const QString &key, const char *title, const char *due, const char *status) {
            test::exec(*ws, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, "
                                           "format, due_date, status, created_at, updated_at) VALUES (%1, "
                                           "'instagram', '%2', '%3', 'reel', '%4', '%5', '2026-11-01T00:00:00Z', "
                                           "'2026-11-01T00:00:00Z')")
                                .arg(deal.value(key))
                                .arg(QLatin1String(title), QString::fromLatin1(title).toLower(), QLatin1String(due),
                                     QLatin1String(status)));
        };
        deliverable(QStringLiteral("Ramadan Glow/Citra Lestari"), "Glow Reel", "2026-11-20", "planned");
        deliverable(QStringLiteral("Global Launch/Dewi Anggraini"), "Launch Reel", "2026-11-10", "posted");

        history = std::make_unique<EditHistory>(*ws);
        mine = std::make_unique<MyCreators>(ws.get());
        LocalSettings::remove(QStringLiteral("pipeline/showLost")); // each board starts as a new user's
        page = std::make_unique<PipelinePage>(ws.get(), history.get(), mine.get());
        page->resize(1366, 700);
        // As a person would: the board reads its deals when it is shown.
        page->show();
        QCoreApplication::processEvents(); // lays the board out, as the event loop would
        ask::setAnswerForTests(QMessageBox::Ok);
    }
    ~Board()
    {
        page.reset();
        ask::setAnswerForTests(std::nullopt);
        BackgroundRead::setInlineForTests(false);
    }

    QString status(const QString &key) const
    {
        QSqlDatabase db = ws->db();
        auto v = sql::scalar(db, QStringLiteral("SELECT status FROM participants WHERE id = ?"), {deal.value(key)});
        REQUIRE(v.ok());
        return v->toString();
    }
    // "Creator/Campaign" of each card of a column, top to bottom.
    QStringList cards(DealStage stage) const
    {
        QStringList out;
        const DealListModel *m = page->column(stage);
        for (int row = 0; row < m->rowCount(); ++row)
            out << m->index(row).data(DealListModel::CreatorRole).toString() + QLatin1Char('/') +
                       m->index(row).data(DealListModel::CampaignRole).toString();
        return out;
    }
    int count(DealStage stage) const { return page->column(stage)->rowCount(); }
    // The summary's figures: "8 deals · 1 offer · 1 late" -> "8/1/1" (the words' plural forms
    // come from the English translation, which may not have them yet).
    QString figures() const
    {
        QStringList out;
        for (const QString &part : page->summary().split(QStringLiteral(" · ")))
            out << part.section(QLatin1Char(' '), 0, 0);
        return out.join(QLatin1Char('/'));
    }
    // The stage whose column shows the deal, or -1.
    int stageOf(const QString &key) const
    {
        for (int s = 0; s < 8; ++s)
            if (page->column(DealStage(s))->rowOf(deal.value(key)) >= 0)
                return s;
        return -1;
    }
};
// Counts the resets of each board column: a column reset is one whose cards changed.
struct ColumnResets
{
    std::array<int, 8> resets{};
    explicit ColumnResets(PipelinePage *page)
    {
        for (int s = 0; s < 8; ++s)
            QObject::connect(page->column(DealStage(s)), &QAbstractItemModel::modelReset, [this, s] { ++resets[s]; });
    }
    // The columns reset since the last call.
    QList<int> take()
    {
        QList<int> out;
        for (int s = 0; s < 8; ++s)
            if (resets[s] > 0)
                out << s;
        resets.fill(0);
        return out;
    }
};
} // namespace

TEST_CASE("a card names the brand once when the campaign's name starts with it", "[pipeline]")
{
    CHECK(DealCardDelegate::placeLine(QStringLiteral("Teh Segar"), QStringLiteral("Ramadan Refresh")) ==
          QStringLiteral("Teh Segar · Ramadan Refresh"));
    CHECK(DealCardDelegate::placeLine(QStringLiteral("Urban Labs"), QStringLiteral("Urban Labs Campaign 3")) ==
          QStringLiteral("Urban Labs Campaign 3"));
    CHECK(DealCardDelegate::placeLine(QStringLiteral("teh segar"), QStringLiteral("Teh Segar Wave 2")) ==
          QStringLiteral("Teh Segar Wave 2"));
    CHECK(DealCardDelegate::placeLine(QString(), QStringLiteral("Solo")) == QStringLiteral("Solo"));
}

TEST_CASE("the pipeline board shows each stage's cards with its count and gross per currency", "[pipeline]")
{
    Board b;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int s = 0; s < 8; ++s)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            b.page->column(DealStage(s)), QAbstractItemModelTester::FailureReportingMode::Fatal));
    // Every column is reset under the testers: another brand, then all of them again.
    QComboBox *brand = b.page->brandFilter();
    REQUIRE(brand->count() == 3); // every brand by name, after "All brands"
    CHECK(brand->itemText(1) == QStringLiteral("Glow & Co"));
    CHECK(brand->itemData(2).toLongLong() == lookup::idByName(*b.ws, "brands", QStringLiteral("Kopi Nusantara")));
    brand->setCurrentIndex(brand->findText(QStringLiteral("Kopi Nusantara")));
    brand->setCurrentIndex(0);
    CHECK(b.page->headerText(DealStage::Offer) == QStringLiteral("Offer · 1 · Rp5.000.000"));
    CHECK(b.page->headerText(DealStage::Negotiating) == QStringLiteral("Negotiating · 2 · Rp10.500.000"));
    // Sums never mix currencies: one figure per currency.
    CHECK(b.page->headerText(DealStage::Contracted) == QStringLiteral("Contracted · 2 · Rp12.000.000 + $1,500.00"));
    CHECK(b.page->headerText(DealStage::InProduction) == QStringLiteral("In production · 1 · Rp3.000.000"));
    CHECK(b.page->headerText(DealStage::Delivered) == QStringLiteral("Delivered · 1 · $800.00"));
    CHECK(b.page->headerText(DealStage::Paid) == QStringLiteral("Paid · 0"));
    CHECK(b.page->headerText(DealStage::Lost) == QStringLiteral("Lost · 1 · Rp4.000.000"));
    CHECK(b.cards(DealStage::Contracted).size() == 2);
    CHECK(b.cards(DealStage::Delivered) == QStringList{QStringLiteral("Dewi Anggraini/Global Launch")});
    CHECK(b.figures() == QStringLiteral("8/1/1"));

    // The card's parts as the delegate paints them: the next date, late in words, posted counts.
    const QModelIndex citra = b.page->column(DealStage::InProduction)->index(0);
    CHECK(citra.data(DealListModel::GrossRole).toString() == QStringLiteral("Rp3.000.000"));
    CHECK(citra.data(DealListModel::DeliverablesRole).toString() == QStringLiteral("0/1 posted"));
    const QDate due = citra.data(DealListModel::NextDateRole).toDate();
    CHECK(due == QDate(2026, 11, 20));
    CHECK(DealCardDelegate::isLate(int(DealStage::InProduction), due, QDate(2026, 11, 23)));
    CHECK_FALSE(DealCardDelegate::isLate(int(DealStage::Lost), due, QDate(2026, 11, 23)));
    // An agency's paid deal (the brand paid) whose fee to the creator is past due is late too.
    CHECK(DealCardDelegate::isLate(int(DealStage::Paid), due, QDate(2026, 11, 23)));
    CHECK(DealCardDelegate::nextLine(due, QStringLiteral("Reel due"), QDate(2026, 11, 23)) ==
          QStringLiteral("20 Nov · Reel due"));
    CHECK(DealCardDelegate::nextLine(QDate(2027, 1, 4), QStringLiteral("Fee due"), QDate(2026, 11, 23)) ==
          QStringLiteral("4 Jan 2027 · Fee due"));
    // Cards are painted, never widgets: every column is a list with one height for all cards.
    CHECK(b.page->columnView(DealStage::Offer)->uniformItemSizes());
    int lists = 0;
    for (QListView *view : b.page->findChildren<QListView *>())
        if (view->objectName().startsWith(QStringLiteral("pipelineList_"))) {
            ++lists;
            CHECK(view->viewport()->findChildren<QWidget *>().isEmpty());
        }
    CHECK(lists == 8);
    // Painting every shown card (late chip, several currencies, manager line) goes through.
    CHECK_FALSE(b.page->grab().isNull());
}

TEST_CASE("a brand's pipeline has no invoiced column, an agency's has", "[pipeline]")
{
    {
        Board brand;
        CHECK_FALSE(brand.page->isColumnShown(DealStage::Invoiced));
        CHECK_FALSE(brand.page->columnView(DealStage::Invoiced)->isVisible());
        CHECK(brand.page->columnView(DealStage::Paid)->isVisible());
        // Nor can a card be moved into it from its menu.
        std::unique_ptr<QMenu> menu(brand.page->makeContextMenu(
            brand.deal.value(QStringLiteral("Ramadan Glow/Rina Wijaya")), brand.page.get()));
        CHECK(menu->findChild<QAction *>(QStringLiteral("moveTo_invoiced")) == nullptr);
    }
    Board agency(true);
    CHECK(agency.page->isColumnShown(DealStage::Invoiced));
    CHECK(agency.page->columnView(DealStage::Invoiced)->isVisible());
    CHECK(agency.page->headerText(DealStage::Invoiced) == QStringLiteral("Invoiced · 0"));
}

TEST_CASE("Ctrl+Right moves a card one allowed stage, Undo puts it back", "[pipeline]")
{
    Board b;
    const QString rina = QStringLiteral("Ramadan Glow/Rina Wijaya");
    REQUIRE(b.page->selectDeal(b.deal.value(rina)));
    QListView *offers = b.page->columnView(DealStage::Offer);
    const int steps = b.history->stack()->count();
    QTest::keyClick(offers, Qt::Key_Right, Qt::ControlModifier);
    CHECK(b.status(rina) == QStringLiteral("negotiating"));
    CHECK(b.stageOf(rina) == int(DealStage::Negotiating));
    CHECK(b.history->stack()->count() == steps + 1);
    CHECK(b.history->stack()->undoText() == QStringLiteral("Move Rina Wijaya (Ramadan Glow) to Negotiating"));
    // The card stays selected, in its new column.
    CHECK(b.page->currentDeal() == b.deal.value(rina));
    CHECK(b.page->columnView(DealStage::Negotiating)->selectionModel()->hasSelection());
    CHECK_FALSE(offers->selectionModel()->hasSelection());
    CHECK(b.page->headerText(DealStage::Negotiating).startsWith(QStringLiteral("Negotiating · 3 ·")));
    // The move re-read only Rina's deals; the board is what a full read shows.
    QStringList incremental, full;
    for (int s = 0; s < 8; ++s)
        incremental << b.page->headerText(DealStage(s)) + b.cards(DealStage(s)).join(QLatin1Char(','));
    b.page->reload();
    for (int s = 0; s < 8; ++s)
        full << b.page->headerText(DealStage(s)) + b.cards(DealStage(s)).join(QLatin1Char(','));
    CHECK(incremental == full);
    CHECK(b.page->currentDeal() == b.deal.value(rina));

    // On again: negotiating -> contracted (confirmed); back with Ctrl+Left.
    QTest::keyClick(b.page->columnView(DealStage::Negotiating), Qt::Key_Right, Qt::ControlModifier);
    CHECK(b.status(rina) == QStringLiteral("confirmed"));
    CHECK(b.stageOf(rina) == int(DealStage::Contracted));
    QTest::keyClick(b.page->columnView(DealStage::Contracted), Qt::Key_Left, Qt::ControlModifier);
    CHECK(b.status(rina) == QStringLiteral("negotiating"));

    b.history->stack()->undo();
    CHECK(b.status(rina) == QStringLiteral("confirmed"));
    b.history->stack()->undo();
    b.history->stack()->undo();
    CHECK(b.status(rina) == QStringLiteral("invited"));
    // The board follows the undo (the change is committed and the page is shown).
    CHECK(b.stageOf(rina) == int(DealStage::Offer));
    CHECK(b.page->headerText(DealStage::Offer) == QStringLiteral("Offer · 1 · Rp5.000.000"));

    // In production skips contracted (it is contracted already): Ctrl+Right marks it lost.
    const QString citra = QStringLiteral("Ramadan Glow/Citra Lestari");
    REQUIRE(b.page->selectDeal(b.deal.value(citra)));
    QTest::keyClick(b.page->columnView(DealStage::InProduction), Qt::Key_Right, Qt::ControlModifier);
    CHECK(b.status(citra) == QStringLiteral("cancelled"));
    CHECK(b.stageOf(citra) == int(DealStage::Lost));
    // The lost column, hidden until asked for, comes on with the card selected in it.
    CHECK(b.page->showLostCheck()->isChecked());
    CHECK(b.page->isColumnVisible(DealStage::Lost));
    auto *scroll = b.page->findChild<QScrollArea *>(QStringLiteral("pipelineScrollArea"));
    QListView *lost = b.page->columnView(DealStage::Lost);
    const QRect card = lost->visualRect(lost->currentIndex());
    const QRect shownAt(lost->viewport()->mapTo(scroll->viewport(), card.topLeft()), card.size());
    CHECK(scroll->viewport()->rect().contains(shownAt));
    CHECK(b.page->focusWidget() == lost);

    // Plain Left and Right walk between columns without moving anything.
    REQUIRE(b.page->selectDeal(b.deal.value(rina)));
    QTest::keyClick(b.page->columnView(DealStage::Offer), Qt::Key_Right);
    CHECK(b.page->focusWidget() == b.page->columnView(DealStage::Negotiating));
    CHECK(b.page->currentDeal() ==
          b.page->column(DealStage::Negotiating)->index(0).data(DealListModel::ParticipantIdRole).toLongLong());
    CHECK(b.status(rina) == QStringLiteral("invited"));
}

TEST_CASE("a card cannot be moved to a stage that follows from the records", "[pipeline]")
{
    Board b;
    const QString rina = QStringLiteral("Ramadan Glow/Rina Wijaya");
    const int steps = b.history->stack()->count();
    CHECK_FALSE(b.page->moveDealTo(b.deal.value(rina), DealStage::Delivered));
    CHECK(b.status(rina) == QStringLiteral("invited"));
    CHECK(b.stageOf(rina) == int(DealStage::Offer));
    CHECK(b.history->stack()->count() == steps);
    CHECK(ask::lastText().contains(QStringLiteral("cannot be moved to Delivered by hand")));

    // The menu offers only offer, negotiating, contracted and lost, and says why not the others.
    std::unique_ptr<QMenu> menu(b.page->makeContextMenu(b.deal.value(rina), b.page.get()));
    for (const char *stage : {"negotiating", "contracted", "lost"})
        CHECK(menu->findChild<QAction *>(QStringLiteral("moveTo_%1").arg(QLatin1String(stage)))->isEnabled());
    for (const char *stage : {"offer", "in_production", "delivered", "paid"})
        CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("moveTo_%1").arg(QLatin1String(stage)))->isEnabled());
    CHECK(menu->findChild<QAction *>(QStringLiteral("moveTo_delivered"))
              ->toolTip()
              .contains(QStringLiteral("deliverables")));

    // A delivered deal stays delivered whatever its status: only "lost" moves it, so Ctrl+Left
    // explains instead of writing a change that shows nowhere.
    const QString dewi = QStringLiteral("Global Launch/Dewi Anggraini");
    REQUIRE(b.page->selectDeal(b.deal.value(dewi)));
    QTest::keyClick(b.page->columnView(DealStage::Delivered), Qt::Key_Left, Qt::ControlModifier);
    CHECK(b.status(dewi) == QStringLiteral("confirmed"));
    CHECK(b.history->stack()->count() == steps);
    CHECK(ask::lastText().contains(QStringLiteral("only be marked lost")));

    // Dropped on another column: the drag carries the page's own mime type, not the model's. The
    // application delivers a drop to the widget that accepted the drag's entry, as a real drag does.
    QListView *negotiating = b.page->columnView(DealStage::Negotiating);
    std::unique_ptr<QMimeData> mime(PipelinePage::dealMimeData(b.deal.value(rina), DealStage::Offer));
    QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(negotiating->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(negotiating->viewport(), &drop);
    CHECK(drop.isAccepted());
    QCoreApplication::processEvents();
    CHECK(b.status(rina) == QStringLiteral("negotiating"));
    CHECK(b.page->currentDeal() == b.deal.value(rina));
    CHECK(b.history->stack()->count() == steps + 1);
    // ...and a column that follows from the records refuses it.
    std::unique_ptr<QMimeData> again(PipelinePage::dealMimeData(b.deal.value(rina), DealStage::Negotiating));
    QDragEnterEvent refused(QPoint(20, 20), Qt::MoveAction, again.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(b.page->columnView(DealStage::Paid)->viewport(), &refused);
    CHECK_FALSE(refused.isAccepted());
    QCoreApplication::processEvents();
    CHECK(b.status(rina) == QStringLiteral("negotiating"));
}

TEST_CASE("the manager filter and the creator search narrow the board", "[pipeline]")
{
    Board b;
    QComboBox *manager = b.page->managerFilter();
    REQUIRE(manager->itemText(0) == QStringLiteral("All managers"));
    const int sari = manager->findText(QStringLiteral("Sari Dewi"));
    REQUIRE(sari > 0);
    QListView *offers = b.page->columnView(DealStage::Offer);
    const int withManager = offers->sizeHintForRow(0);
    manager->setCurrentIndex(sari);
    // One manager's creators: the cards leave out whose they are, and are shorter for it.
    CHECK(offers->sizeHintForRow(0) < withManager);
    // Rina and Budi only.
    CHECK(b.cards(DealStage::Offer) == QStringList{QStringLiteral("Rina Wijaya/Ramadan Glow")});
    CHECK(b.cards(DealStage::Negotiating) == QStringList{QStringLiteral("Budi Santoso/Ramadan Glow")});
    CHECK(b.count(DealStage::Contracted) == 1);
    CHECK(b.count(DealStage::InProduction) == 0);
    CHECK(b.figures() == QStringLiteral("4/1"));

    // The brand filter reads again, with both.
    QComboBox *brand = b.page->brandFilter();
    brand->setCurrentIndex(brand->findText(QStringLiteral("Kopi Nusantara")));
    CHECK(b.figures() == QStringLiteral("2/0"));
    brand->setCurrentIndex(0);
    manager->setCurrentIndex(0);
    CHECK(b.figures() == QStringLiteral("8/1/1"));

    // Creator search narrows as one types (debounced; filtered in memory).
    QTest::keyClicks(b.page->creatorSearch(), QStringLiteral("citra"));
    CHECK(QTest::qWaitFor([&] { return b.figures() == QStringLiteral("3/0/1"); }, 2000));
    CHECK(b.count(DealStage::Negotiating) == 1);
    CHECK(b.page->headerText(DealStage::Contracted) == QStringLiteral("Contracted · 1 · $1,500.00"));
    b.page->creatorSearch()->clear();
    CHECK(QTest::qWaitFor([&] { return b.figures() == QStringLiteral("8/1/1"); }, 2000));

    // "My creators" on: the board follows it, and a manager picked by hand stays picked after an edit.
    QSqlDatabase db = b.ws->db();
    const auto tono = ManagerService::findByName(db, QStringLiteral("Tono Hadi"));
    REQUIRE(tono);
    b.mine->setMe(*tono);
    b.mine->setOn(true);
    CHECK(manager->currentText() == QStringLiteral("Tono Hadi"));
    CHECK(b.figures() == QStringLiteral("3/0/1"));
    b.mine->setOn(false);
    CHECK(manager->currentText() == QStringLiteral("All managers"));
    CHECK(b.figures() == QStringLiteral("8/1/1"));
}

TEST_CASE("a hidden board reads nothing and catches up when shown, and Enter opens the campaign", "[pipeline]")
{
    Board b;
    const QString rina = QStringLiteral("Ramadan Glow/Rina Wijaya");
    b.page->hide();
    test::exec(*b.ws,
               QStringLiteral("UPDATE participants SET status = 'negotiating' WHERE id = %1").arg(b.deal.value(rina)));
    b.ws->announce({QStringLiteral("participants")});
    CHECK(b.stageOf(rina) == int(DealStage::Offer)); // hidden: still what it showed
    b.page->show();
    CHECK(b.stageOf(rina) == int(DealStage::Negotiating));

    qint64 opened = 0, creator = 0;
    QObject::connect(b.page.get(), &PipelinePage::openCampaign, [&](qint64 id) { opened = id; });
    QObject::connect(b.page.get(), &PipelinePage::openCreator, [&](qint64 id) { creator = id; });
    REQUIRE(b.page->selectDeal(b.deal.value(rina)));
    QListView *view = b.page->columnView(DealStage::Negotiating);
    QTest::keyClick(view, Qt::Key_Return);
    const QModelIndex card = view->currentIndex();
    CHECK(opened == card.data(DealListModel::CampaignIdRole).toLongLong());
    CHECK(opened != 0);
    std::unique_ptr<QMenu> menu(b.page->makeContextMenu(b.deal.value(rina), b.page.get()));
    menu->findChild<QAction *>(QStringLiteral("openCreatorAction"))->trigger();
    CHECK(creator == card.data(DealListModel::CreatorIdRole).toLongLong());
}

TEST_CASE("a board read again resets only the columns whose cards changed", "[pipeline]")
{
    Board b;
    ColumnResets columns(b.page.get());
    const auto resetColumns = [&] { return columns.take(); };
    // Read again with nothing changed: no column is reset.
    b.page->reload();
    CHECK(resetColumns().isEmpty());
    // The late reel's title: only the in-production column, whose card says what is due.
    test::exec(*b.ws, QStringLiteral("UPDATE deliverables SET title = 'Glow Reel Cut' WHERE title = 'Glow Reel'"));
    b.ws->announce({QStringLiteral("deliverables")});
    CHECK(resetColumns() == QList<int>{int(DealStage::InProduction)});
    CHECK(b.page->column(DealStage::InProduction)
              ->index(0)
              .data(DealListModel::NextWhatRole)
              .toString()
              .contains(QStringLiteral("Glow Reel Cut")));
    // Rina's offer accepted into negotiation: the column it leaves and the one it joins.
    test::exec(*b.ws, QStringLiteral("UPDATE participants SET status = 'negotiating' WHERE id = %1")
                          .arg(b.deal.value(QStringLiteral("Ramadan Glow/Rina Wijaya"))));
    b.ws->announce({QStringLiteral("participants")});
    CHECK(resetColumns() == QList<int>{int(DealStage::Offer), int(DealStage::Negotiating)});
    CHECK(b.stageOf(QStringLiteral("Ramadan Glow/Rina Wijaya")) == int(DealStage::Negotiating));
    // The same deal removed: only the column it was in.
    test::exec(*b.ws, QStringLiteral("DELETE FROM participants WHERE id = %1")
                          .arg(b.deal.value(QStringLiteral("Ramadan Glow/Rina Wijaya"))));
    b.ws->announce({QStringLiteral("participants")});
    CHECK(resetColumns() == QList<int>{int(DealStage::Negotiating)});
    CHECK(b.stageOf(QStringLiteral("Ramadan Glow/Rina Wijaya")) == -1);
    // Another manager's board is another read: every column anew.
    b.page->managerFilter()->setCurrentIndex(b.page->managerFilter()->findText(QStringLiteral("Sari Dewi")));
    CHECK(resetColumns().size() >= 6);
}

TEST_CASE("a committed change that names its deals or deliverables reads only their creators' deals again",
          "[pipeline]")
{
    Board b;
    BackgroundRead::setInlineForTests(false); // a whole read goes to the worker, and shows as reading
    ColumnResets columns(b.page.get());
    // The late reel renamed: Citra's deals are read again, and only the in-production column changes.
    DeliverableService deliverables(*b.ws);
    auto reel = deliverables.find(b.deal.value(QStringLiteral("Ramadan Glow/Citra Lestari")), Platform::Instagram,
                                  QStringLiteral("Glow Reel"));
    REQUIRE(reel.has_value());
    reel->second.title = QStringLiteral("Glow Reel Cut");
    test::commit(*b.ws, [&](Transaction &tx) { return deliverables.change(tx, reel->first, reel->second); });
    CHECK_FALSE(b.page->isReading());
    CHECK(columns.take() == QList<int>{int(DealStage::InProduction)});
    CHECK(b.page->column(DealStage::InProduction)
              ->index(0)
              .data(DealListModel::NextWhatRole)
              .toString()
              .contains(QStringLiteral("Glow Reel Cut")));
    // Rina's offer taken into negotiation: the column it leaves and the one it joins.
    const qint64 rina = b.deal.value(QStringLiteral("Ramadan Glow/Rina Wijaya"));
    test::commit(*b.ws, [&](Transaction &tx) {
        Compensation terms;
        terms.fee = test::idr(5'000'000);
        return ParticipantService(*b.ws).change(tx, rina, terms, ParticipantStatus::Negotiating, {});
    });
    CHECK_FALSE(b.page->isReading());
    CHECK(columns.take() == QList<int>{int(DealStage::Offer), int(DealStage::Negotiating)});
    CHECK(b.stageOf(QStringLiteral("Ramadan Glow/Rina Wijaya")) == int(DealStage::Negotiating));
    // A change that names no records (an import, an undo) reads every deal again.
    b.ws->announce({QStringLiteral("deliverables")});
    CHECK(b.page->isReading());
    REQUIRE(QTest::qWaitFor([&] { return !b.page->isReading(); }, 10'000));
    CHECK(columns.take().isEmpty());
}

TEST_CASE("a deal without a fee says so on its card and adds no zero to its column", "[pipeline]")
{
    Board b;
    // Rina is offered Global Launch (USD) before any fee is agreed.
    ParticipantInput p{
        QStringLiteral("Global Launch"), QStringLiteral("Rina Wijaya"), {}, ParticipantStatus::Invited, {}};
    auto id = ParticipantService(*b.ws).add(p);
    REQUIRE(id.ok());
    b.page->reload();
    // Rp5.000.000 for Ramadan Glow; the $0.00 is no second figure.
    CHECK(b.page->headerText(DealStage::Offer) == QStringLiteral("Offer · 2 · Rp5.000.000"));
    const DealListModel *offers = b.page->column(DealStage::Offer);
    const int unpriced = offers->rowOf(id.value()),
              priced = offers->rowOf(b.deal.value(QStringLiteral("Ramadan Glow/Rina Wijaya")));
    REQUIRE(unpriced >= 0);
    REQUIRE(priced >= 0);
    const DealCardDelegate cards;
    CHECK(cards.grossLine(offers->index(unpriced)) == QStringLiteral("No fee"));
    CHECK(cards.grossLine(offers->index(priced)) == QStringLiteral("Rp5.000.000"));

    // Marked lost, it adds no "$0.00" to Budi's Rp4.000.000 there either.
    REQUIRE(b.page->moveDealTo(id.value(), DealStage::Lost));
    CHECK(b.page->headerText(DealStage::Lost) == QStringLiteral("Lost · 2 · Rp4.000.000"));
    CHECK(b.page->headerText(DealStage::Offer) == QStringLiteral("Offer · 1 · Rp5.000.000"));
}

TEST_CASE("the board's columns share the window at 1366 px and lost deals show when asked", "[pipeline]")
{
    LocalSettings::remove(QStringLiteral("pipeline/showLost"));
    test::Window w;
    w.window->resize(1366, 768);
    w.window->show();
    w.window->showPage(MainWindow::Pipeline);
    auto *page = w.window->page<PipelinePage>(MainWindow::Pipeline);
    REQUIRE(page != nullptr);
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("pipelineScrollArea"));
    REQUIRE(scroll != nullptr);
    // The deals are read on a worker and the board laid out after: wait for the cards, then the layout.
    REQUIRE(QTest::qWaitFor([page] { return !page->showLostCheck()->text().isEmpty(); }, 10'000));
    const auto shownWidths = [page] {
        QList<int> widths;
        for (int s = 0; s < 8; ++s)
            if (page->columnView(DealStage(s))->isVisible())
                widths << page->columnView(DealStage(s))->width();
        return widths;
    };
    const auto filled = [&] {
        const QList<int> shown = shownWidths();
        return std::accumulate(shown.cbegin(), shown.cend(), 0) + int(shown.size() - 1) * 8 >=
               scroll->viewport()->width() - 6;
    };
    CHECK(QTest::qWaitFor(filled, 2'000));
    // A brand's board: offer to paid, six columns of one width, side by side without scrolling.
    CHECK_FALSE(page->showLostCheck()->isChecked());
    CHECK(page->showLostCheck()->text() == QStringLiteral("Show &lost deals (1)"));
    QList<int> widths = shownWidths();
    CHECK(widths.size() == 6);
    CHECK(*std::min_element(widths.cbegin(), widths.cend()) >= 184); // room to spare with six
    CHECK(*std::max_element(widths.cbegin(), widths.cend()) - *std::min_element(widths.cbegin(), widths.cend()) <= 1);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    // ... and they fill it: the hidden columns (invoiced, lost) leave no gap.
    CHECK(std::accumulate(widths.cbegin(), widths.cend(), 0) + 5 * 8 >= scroll->viewport()->width() - 6);

    // Asked for, lost deals take a seventh column (as an agency's invoiced deals do): the columns
    // narrow to share the width rather than scroll the last one out of sight.
    page->showLostCheck()->setChecked(true);
    QCoreApplication::processEvents();
    CHECK(page->isColumnVisible(DealStage::Lost));
    CHECK(QTest::qWaitFor([scroll] { return scroll->horizontalScrollBar()->maximum() == 0; }, 2'000));
    widths = shownWidths();
    CHECK(widths.size() == 7);
    CHECK(*std::min_element(widths.cbegin(), widths.cend()) >= 150);
    CHECK(*std::max_element(widths.cbegin(), widths.cend()) - *std::min_element(widths.cbegin(), widths.cend()) <= 1);
    // The choice is kept for the next time.
    CHECK(LocalSettings::value(QStringLiteral("pipeline/showLost")).toBool());
}
