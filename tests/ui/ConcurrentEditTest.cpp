// Two people editing one server workspace at once ([postgresql]): each signs in with a role of their
// own, and a save made over someone else's change is refused with who made it, losing nothing.
#include "UiTestSupport.h"

#include "ServerDatabase.h"
#include "commands/EditHistory.h"
#include "common/Clock.h"
#include "creators/CreatorEditor.h"
#include "creators/CreatorsPage.h"
#include "desk/TeamRoles.h"
#include "main/MainWindow.h"
#include "services/BrandService.h"
#include "services/CreatorProfile.h"
#include "services/CreatorService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cd;

namespace {

// One person's window onto the shared workspace: their connection, their undo history.
struct Person
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<EditHistory> history;

    explicit Person(const QString &address)
    {
        auto opened = Workspace::open(address);
        INFO((opened ? QString() : opened.error()).toStdString());
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        history = std::make_unique<EditHistory>(*ws);
    }
    std::unique_ptr<CreatorEditor> editCreator(qint64 id)
    {
        return std::make_unique<CreatorEditor>(*history, id, CreatorProfileService(*ws).load(id).value());
    }
    QVariant scalar(const QString &statement)
    {
        QSqlDatabase db = ws->db();
        auto v = sql::scalar(db, statement);
        REQUIRE(v.ok());
        return v.value();
    }
};

QString shortTime(const char *utc)
{
    return QLocale().toString(QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

TEST_CASE("a save over someone else's change to the same creator is refused with their name, and nothing is lost",
          "[postgresql]")
{
    test::PinnedClock clock;
    test::ServerDatabase server;
    qint64 sari = 0;
    {
        Workspace::Options made;
        made.create = true;
        auto ws = Workspace::open(server.address(), made);
        REQUIRE(ws.ok());
        CreatorInput in;
        in.name = QStringLiteral("Sari Wulandari");
        in.niche = QStringLiteral("beauty");
        auto id = CreatorService(*ws.value()).add(in);
        REQUIRE(id.ok());
        sari = id.value();
    }
    Person rina(server.addressAs(QStringLiteral("collabdesk_test_rina")));
    Person budi(server.addressAs(QStringLiteral("collabdesk_test_budi")));
    // The role that made the record is its author until someone saves it.
    CHECK(rina.scalar(QStringLiteral("SELECT updated_by FROM creators")).toString() ==
          QStringLiteral("collabdesk_test"));

    // Both open Sari's form; Rina saves first, five minutes later.
    auto rinasForm = rina.editCreator(sari);
    auto budisForm = budi.editCreator(sari);
    Clock::setFixed(QDateTime::fromString(QStringLiteral("2026-11-23T09:05:00Z"), Qt::ISODate));
    auto *niche = rinasForm->findChild<QLineEdit *>(QStringLiteral("creatorNicheLineEdit"));
    niche->setText(QStringLiteral("skincare"));
    rinasForm->accept();
    REQUIRE(rinasForm->result() == QDialog::Accepted);
    CHECK(budi.scalar(QStringLiteral("SELECT updated_by FROM creators")).toString() ==
          QStringLiteral("collabdesk_test_rina"));

    // Budi's save would put "beauty" back unseen: refused, naming Rina and when she saved.
    Clock::setFixed(QDateTime::fromString(QStringLiteral("2026-11-23T09:07:00Z"), Qt::ISODate));
    auto *notes = budisForm->findChild<QPlainTextEdit *>(QStringLiteral("creatorNotesEdit"));
    notes->setPlainText(QStringLiteral("Prefers morning shoots"));
    budisForm->accept();
    CHECK(budisForm->result() != QDialog::Accepted);
    CHECK(budisForm->problem() ==
          QStringLiteral("Not saved: Sari Wulandari was changed by collabdesk_test_rina at %1, after this form was "
                         "opened; cancel and open it again to see that change.")
              .arg(shortTime("2026-11-23T09:05:00Z")));
    // Rina's change stands, Budi's typing is still in his form, and nothing of his was written.
    CHECK(budi.scalar(QStringLiteral("SELECT niche FROM creators")).toString() == QStringLiteral("skincare"));
    CHECK(budi.scalar(QStringLiteral("SELECT notes FROM creators")).toString().isEmpty());
    CHECK(notes->toPlainText() == QStringLiteral("Prefers morning shoots"));
    CHECK(budi.history->stack()->count() == 0);

    // Opened again, his form shows her change and saves; he is the author now.
    budisForm = budi.editCreator(sari);
    CHECK(budisForm->findChild<QLineEdit *>(QStringLiteral("creatorNicheLineEdit"))->text() ==
          QStringLiteral("skincare"));
    budisForm->findChild<QPlainTextEdit *>(QStringLiteral("creatorNotesEdit"))
        ->setPlainText(QStringLiteral("Prefers morning shoots"));
    budisForm->accept();
    REQUIRE(budisForm->result() == QDialog::Accepted);
    CHECK(
        rina.scalar(QStringLiteral("SELECT niche || ' / ' || notes || ' / ' || updated_by FROM creators")).toString() ==
        QStringLiteral("skincare / Prefers morning shoots / collabdesk_test_budi"));

    // Rina's undo would throw Budi's notes away: refused the same way, and his save stands.
    QString refused;
    QObject::connect(rina.history.get(), &EditHistory::failed, [&](const QString &m) { refused = m; });
    rina.history->stack()->undo();
    CHECK(refused == QStringLiteral("Cannot undo “Edit Sari Wulandari”: Sari Wulandari was changed by "
                                    "collabdesk_test_budi at %1.")
                         .arg(shortTime("2026-11-23T09:07:00Z")));
    CHECK(rina.scalar(QStringLiteral("SELECT notes FROM creators")).toString() ==
          QStringLiteral("Prefers morning shoots"));

    // Budi's own undo and redo go through: the undo names him as the author of the row it puts
    // back, which the redo's check does not count as someone else's change.
    budi.history->stack()->undo();
    CHECK(budi.scalar(QStringLiteral("SELECT notes || ' / ' || updated_by FROM creators")).toString() ==
          QStringLiteral(" / collabdesk_test_budi"));
    budi.history->stack()->redo();
    CHECK(budi.scalar(QStringLiteral("SELECT notes FROM creators")).toString() ==
          QStringLiteral("Prefers morning shoots"));
    CHECK(budi.history->stack()->canUndo());
}

TEST_CASE("others' saves reach an open server workspace without a restart, and rolled-back ones never do",
          "[postgresql]")
{
    test::ServerDatabase server;
    {
        Workspace::Options made;
        made.create = true;
        REQUIRE(Workspace::open(server.address(), made).ok());
    }
    Person rina(server.addressAs(QStringLiteral("collabdesk_test_rina")));
    Workspace::Options reading;
    reading.access = Workspace::Access::ReadOnly;
    auto budi = Workspace::open(server.addressAs(QStringLiteral("collabdesk_test_budi")), reading);
    REQUIRE(budi.ok());
    QSignalSpy heard(budi.value().get(), &Workspace::changed);

    CreatorInput sari;
    sari.name = QStringLiteral("Sari Wulandari");
    REQUIRE(CreatorService(*rina.ws).add(sari).ok());
    REQUIRE(heard.wait(10000));
    CHECK(heard.takeFirst().at(0).toStringList() == QStringList{QStringLiteral("creators")});

    // A change that is rolled back is never announced; the next one that commits is, alone.
    {
        Transaction tx(*rina.ws);
        REQUIRE(tx);
        CreatorInput dewi;
        dewi.name = QStringLiteral("Dewi Anggraini");
        REQUIRE(CreatorService(*rina.ws).insert(tx, dewi).ok());
    }
    REQUIRE(BrandService(*rina.ws).add({QStringLiteral("Kopi Kita"), {}, {}, {}, {}}).ok());
    REQUIRE(heard.wait(10000));
    CHECK(heard.takeFirst().at(0).toStringList() == QStringList{QStringLiteral("brands")});
    CHECK(heard.isEmpty());
}

TEST_CASE("another manager's creator opens read-only, saying why, and one's own opens for editing", "[postgresql]")
{
    test::ServerDatabase server;
    qint64 sari = 0, budi = 0;
    {
        Workspace::Options made;
        made.create = true;
        auto owner = Workspace::open(server.address(), made);
        REQUIRE(owner.ok());
        const auto add = [&](const char *name, const char *manager) {
            CreatorInput in;
            in.name = QString::fromLatin1(name);
            in.manager = QString::fromLatin1(manager);
            auto id = CreatorService(*owner.value()).add(in);
            REQUIRE(id.ok());
            return id.value();
        };
        sari = add("Sari Wulandari", "Rina Wijaya");
        budi = add("Budi Santoso", "Tono Hadi");
        const QString rinasRole = QStringLiteral("cd_test_rina");
        (void)server.addressAs(rinasRole, test::ServerDatabase::Rights::Given);
        team::Setup setup;
        setup.managers = {{QStringLiteral("Rina Wijaya"), rinasRole}};
        REQUIRE(team::setUp(*owner.value(), setup).ok());
    }
    Person rina(server.addressAs(QStringLiteral("cd_test_rina"), test::ServerDatabase::Rights::Given));

    auto his = rina.editCreator(budi);
    CHECK(his->problem() == QStringLiteral("Budi Santoso is another manager's creator: you can read their records, "
                                           "but only their manager or an admin can change them."));
    CHECK_FALSE(his->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    his->accept();
    CHECK(his->result() != QDialog::Accepted);
    CHECK(rina.history->stack()->count() == 0);

    auto hers = rina.editCreator(sari);
    CHECK(hers->problem().isEmpty());
    CHECK(hers->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
    hers->findChild<QLineEdit *>(QStringLiteral("creatorNicheLineEdit"))->setText(QStringLiteral("skincare"));
    hers->accept();
    CHECK(hers->result() == QDialog::Accepted);
    CHECK(rina.scalar(QStringLiteral("SELECT niche FROM creators WHERE name = 'Sari Wulandari'")).toString() ==
          QStringLiteral("skincare"));

    // In her window, Archive and Delete are greyed for Budi, saying why, and offered for Sari.
    test::InlineReads inlineReads;
    auto opened =
        Workspace::open(server.addressAs(QStringLiteral("cd_test_rina"), test::ServerDatabase::Rights::Given));
    REQUIRE(opened.ok());
    MainWindow window(std::move(opened).value());
    window.showPage(MainWindow::Creators);
    CreatorsPage *page = window.creatorsPage();
    const auto choose = [&](const QString &name) {
        QAbstractItemModel *m = page->table()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, 0).data().toString() == name)
                return page->table()->selectRow(row);
        FAIL("no such creator in the roster");
    };
    choose(QStringLiteral("Budi Santoso"));
    CHECK_FALSE(window.archiveRecordAction()->isEnabled());
    CHECK_FALSE(window.deleteRecordAction()->isEnabled());
    CHECK(window.deleteRecordAction()->toolTip() ==
          QStringLiteral("Budi Santoso is another manager's creator: you can read their records, but only their "
                         "manager or an admin can change them."));
    choose(QStringLiteral("Sari Wulandari"));
    CHECK(window.archiveRecordAction()->isEnabled());
    CHECK(window.deleteRecordAction()->isEnabled());
    CHECK(window.deleteRecordAction()->toolTip() == QStringLiteral("Delete…")); // its own text again
}
