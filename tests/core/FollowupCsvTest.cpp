#include "TestSupport.h"

#include "desk/Followups.h"
#include "desk/Managers.h"
#include "interchange/Importer.h"
#include "records/RecordKind.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using cd::test::TempDir;

namespace {

QVariant scalar(Workspace &ws, const QString &statement)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, statement);
    REQUIRE(v.ok());
    return v.value();
}

ImportReport import(Workspace &ws, const TempDir &dir, const QString &kind, const QByteArray &csv)
{
    return importCsv(ws, kind, test::writeFile(dir, kind + QStringLiteral(".csv"), csv));
}

// The records follow-ups are about, the same in every workspace of these tests.
std::unique_ptr<Workspace> roster(const TempDir &dir, const QString &name)
{
    auto ws = test::createWorkspace(dir.path(name));
    for (const auto &[kind, csv] :
         {std::pair{"brands", "name\nTeh Segar\nKopi Kita\n"},
          std::pair{"creators", "name,platform,handle,manager\nRina Wijaya,tiktok,rina,Dewi Lestari\n"
                                "Budi Santoso,instagram,budi,\n"},
          std::pair{"campaigns", "name,brand,start_date,currency\nSummer Launch,Teh Segar,2026-11-01,IDR\n"},
          std::pair{"participants", "campaign,creator\nSummer Launch,Budi Santoso\n"}}) {
        const ImportReport report = import(*ws, dir, QLatin1String(kind), csv);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
    }
    return ws;
}

qint64 idOf(Workspace &ws, const char *table, const char *name)
{
    return scalar(ws,
                  QStringLiteral("SELECT id FROM %1 WHERE name = '%2'").arg(QLatin1String(table), QLatin1String(name)))
        .toLongLong();
}

} // namespace

TEST_CASE("follow-ups export, import into a workspace with the same records and export the same file")
{
    test::PinnedClock clock; // today is 2026-11-23
    TempDir dir;
    auto source = roster(dir, QStringLiteral("source.collabdesk"));
    FollowupService followups(*source);
    // One made first and removed after the others, so the ids to keep do not start at 1.
    auto scratch = followups.add({FollowupAbout::Brand, idOf(*source, "brands", "Kopi Kita"), QDate(2026, 12, 1),
                                  QStringLiteral("scratch"), std::nullopt, QDate()});
    REQUIRE(scratch.ok());
    const qint64 participant = scalar(*source, QStringLiteral("SELECT id FROM participants")).toLongLong();
    QSqlDatabase db = source->db();
    const auto dewi = ManagerService::findByName(db, QStringLiteral("Dewi Lestari"));
    REQUIRE(dewi);
    for (const FollowupInput &in :
         {FollowupInput{FollowupAbout::Creator, idOf(*source, "creators", "Rina Wijaya"), QDate(2026, 12, 1),
                        QStringLiteral("Ask for the rate card"), dewi, QDate()},
          FollowupInput{FollowupAbout::Brand, idOf(*source, "brands", "Teh Segar"), QDate(2026, 11, 20),
                        QStringLiteral("Send the proposal"), std::nullopt, QDate(2026, 11, 20)},
          FollowupInput{FollowupAbout::Campaign, idOf(*source, "campaigns", "Summer Launch"), QDate(2026, 11, 28),
                        QStringLiteral("Brief, \"v2\"; check\nthe hashtags"), std::nullopt, QDate()},
          FollowupInput{FollowupAbout::Participant, participant, QDate(2026, 11, 27),
                        QStringLiteral("=confirm the posting time"), std::nullopt, QDate()}})
        REQUIRE(followups.add(in).ok());
    REQUIRE(followups.remove(scratch.value()).ok());

    const QString first = dir.path(QStringLiteral("followups-export.csv"));
    auto rows = exportCsv(*source, QStringLiteral("followups"), first);
    REQUIRE(rows.ok());
    CHECK(rows.value() == 4);
    // By id; only the names each is about; the formula guard on the note; done as yes/no.
    CHECK(test::fileBytes(first) == QByteArray("id,about,creator,brand,campaign,due_date,note,done,manager\r\n"
                                               "2,creator,Rina Wijaya,,,2026-12-01,Ask for the rate card,no,"
                                               "Dewi Lestari\r\n"
                                               "3,brand,,Teh Segar,,2026-11-20,Send the proposal,yes,\r\n"
                                               "4,campaign,,,Summer Launch,2026-11-28,\"Brief, \"\"v2\"\"; check\n"
                                               "the hashtags\",no,\r\n"
                                               "5,participant,Budi Santoso,,Summer Launch,2026-11-27,"
                                               "'=confirm the posting time,no,\r\n"));

    auto fresh = roster(dir, QStringLiteral("fresh.collabdesk"));
    const ImportReport report = importCsv(*fresh, QStringLiteral("followups"), first);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 4);
    CHECK(report.warnings.isEmpty());
    const QString second = dir.path(QStringLiteral("followups-again.csv"));
    REQUIRE(exportCsv(*fresh, QStringLiteral("followups"), second).ok());
    CHECK(test::fileBytes(second) == test::fileBytes(first));
    // The file does not carry the day it was done: a new follow-up done is done on the import day.
    CHECK(scalar(*fresh, QStringLiteral("SELECT done_on FROM followups WHERE id = 3")).toString() ==
          QStringLiteral("2026-11-23"));
    CHECK(scalar(*fresh, QStringLiteral("SELECT count(*) FROM followups WHERE done_on IS NULL")).toInt() == 3);

    // Importing it again, here or into the source, changes nothing and keeps the day it was done.
    const ImportReport again = importCsv(*fresh, QStringLiteral("followups"), first);
    CHECK(again.ok());
    CHECK(again.unchanged == 4);
    const ImportReport home = importCsv(*source, QStringLiteral("followups"), first);
    CHECK(home.ok());
    CHECK(home.unchanged == 4);
    CHECK(scalar(*source, QStringLiteral("SELECT done_on FROM followups WHERE id = 3")).toString() ==
          QStringLiteral("2026-11-20"));

    // list followups --json: the CSV columns plus id.
    QSqlDatabase freshDb = fresh->db();
    auto records = readRecords(freshDb, *findRecordKind(u"followups"));
    REQUIRE(records.ok());
    const QJsonArray json = recordsToJson(records.value());
    REQUIRE(json.size() == 4);
    // QJsonObject sorts its members.
    CHECK(QJsonDocument(json.at(0).toObject()).toJson(QJsonDocument::Compact) ==
          R"({"about":"creator","brand":null,"campaign":null,"creator":"Rina Wijaya","done":false,)"
          R"("due_date":"2026-12-01","id":2,"manager":"Dewi Lestari","note":"Ask for the rate card"})");
    CHECK(json.at(1).toObject().value(QStringLiteral("done")) == QJsonValue(true));
}

TEST_CASE("follow-ups without an id are found by what they are about, due date and note")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = roster(dir, QStringLiteral("w.collabdesk"));
    const QByteArray csv = "About,Creator,Brand,Campaign,Due Date,Note,Done,Manager\n"
                           "Creator,rina  wijaya,,,2026-12-01,Call about the rate,,Sinta\n"
                           "participant,Budi Santoso,teh segar,Summer Launch,2026-12-02,Send the brief,no,\n";
    ImportReport report = import(*ws, dir, QStringLiteral("followups"), csv);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.added == 2);
    // An unknown manager is added by name.
    CHECK(scalar(*ws, QStringLiteral("SELECT m.name FROM followups f JOIN managers m ON m.id = f.manager_id "
                                     "WHERE f.note = 'Call about the rate'"))
              .toString() == QStringLiteral("Sinta"));
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM managers")).toInt() == 2); // Dewi and Sinta

    report = import(*ws, dir, QStringLiteral("followups"), csv);
    CHECK(report.ok());
    CHECK(report.unchanged == 2);

    // done yes marks it done today; empty cells keep what is stored (the manager stays Sinta).
    report = import(*ws, dir, QStringLiteral("followups"),
                    "about,creator,due_date,note,done\ncreator,Rina Wijaya,2026-12-01,Call about the rate,yes\n");
    REQUIRE(report.ok());
    CHECK(report.updated == 1);
    CHECK(scalar(*ws, QStringLiteral("SELECT done_on || ' ' || manager_id FROM followups WHERE note LIKE 'Call%'"))
              .toString() ==
          QStringLiteral("2026-11-23 ") +
              scalar(*ws, QStringLiteral("SELECT id FROM managers WHERE name = 'Sinta'")).toString());
    // ... and done no opens it again.
    report = import(*ws, dir, QStringLiteral("followups"),
                    "about,creator,due_date,note,done\ncreator,Rina Wijaya,2026-12-01,Call about the rate,no\n");
    REQUIRE(report.ok());
    CHECK(report.updated == 1);
    CHECK(scalar(*ws, QStringLiteral("SELECT done_on FROM followups WHERE note LIKE 'Call%'")).isNull());
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM followups")).toInt() == 2);
}

TEST_CASE("a followups.csv with any bad row imports nothing and names every problem")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = roster(dir, QStringLiteral("w.collabdesk"));
    REQUIRE(import(*ws, dir, QStringLiteral("followups"),
                   "id,about,creator,due_date,note\n7,creator,Rina Wijaya,2026-12-01,Existing\n")
                .ok());
    const ImportReport report = import(*ws, dir, QStringLiteral("followups"),
                                       "about,creator,brand,campaign,due_date,note,manager,priority\n"
                                       "creator,Nobody,,,2026-12-01,Call,,\n"
                                       "brand,,Teh Segar,,,Send the deck,,high\n"
                                       "deal,Rina Wijaya,,,2026-12-01,Ask,,\n"
                                       "creator,Rina Wijaya,Teh Segar,,2026-12-01,Ask,,\n"
                                       "campaign,,Kopi Kita,Summer Launch,2026-12-01,Ask,,\n"
                                       "participant,Rina Wijaya,,,2026-12-01,Ask,,\n"
                                       "participant,Rina Wijaya,,Summer Launch,2026-12-01,Ask,,\n"
                                       "brand,,Teh Segar,,2026-12-31,Fine on its own,New Manager,\n"
                                       "brand,,Teh Segar,,2026-12-31,Fine on its own,,\n");
    CHECK_FALSE(report.ok());
    CHECK(report.errors ==
          QStringList{
              QStringLiteral("followups.csv:2: creator: unknown creator 'Nobody': import creators.csv first"),
              QStringLiteral("followups.csv:3: due_date: is required"),
              QStringLiteral("followups.csv:4: about: unknown follow-up subject 'deal': use one of creator, brand, "
                             "campaign, participant"),
              QStringLiteral("followups.csv:5: brand: a follow-up about a creator names only its creator: leave brand "
                             "empty"),
              QStringLiteral("followups.csv:6: brand: 'Kopi Kita' is not the brand of the campaign Summer Launch (Teh "
                             "Segar is): a follow-up about a campaign or a deal is on the campaign's own brand"),
              QStringLiteral("followups.csv:7: campaign: a follow-up about a participant names its campaign"),
              QStringLiteral("followups.csv:8: creator: Rina Wijaya is not in the campaign Summer Launch: add them in "
                             "participants.csv first"),
              QStringLiteral("followups.csv:10: the same record as line 9 (a key may appear once per file)")});
    CHECK(report.warnings == QStringList{QStringLiteral("followups.csv:1: unknown column 'priority' is ignored")});
    CHECK(report.added == 0);
    // Nothing written: not the good row, not the manager it named.
    CHECK(scalar(*ws, QStringLiteral("SELECT group_concat(id || ':' || note) FROM followups")).toString() ==
          QStringLiteral("7:Existing"));
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM managers WHERE name = 'New Manager'")).toInt() == 0);

    // An id names one follow-up, which an import never moves to another record.
    const ImportReport moved = import(*ws, dir, QStringLiteral("followups"),
                                      "id,about,brand,due_date,note\n7,brand,Teh Segar,2026-12-01,Existing\n"
                                      "0,brand,Teh Segar,2026-12-01,Zero\n");
    CHECK(moved.errors ==
          QStringList{QStringLiteral("followups.csv:2: id: follow-up 7 is about a creator, not this row's brand; an "
                                     "import never moves a follow-up (leave id empty to add a new one)"),
                      QStringLiteral("followups.csv:3: id: a follow-up's id is a whole number from 1 (leave it "
                                     "empty for a new follow-up)")});
    // With its id, the note and due date may change.
    const ImportReport edited = import(*ws, dir, QStringLiteral("followups"),
                                       "id,about,creator,due_date,note\n7,creator,Rina Wijaya,2026-12-08,Edited\n");
    CHECK(edited.ok());
    CHECK(edited.updated == 1);
    CHECK(scalar(*ws, QStringLiteral("SELECT due_date || ' ' || note FROM followups WHERE id = 7")).toString() ==
          QStringLiteral("2026-12-08 Edited"));
}
