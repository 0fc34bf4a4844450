#include "CliRun.h"
#include "WorkspaceAddress.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;

namespace {

// Two creators with a manager each, one deliverable due, one payment due and two follow-ups.
struct DeskWorkspace
{
    TempDir dir;
    cd::test::WorkspaceAddress workspace{dir, QStringLiteral("desk.collabdesk")};
    QString db = workspace.address();

    DeskWorkspace()
    {
        REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
        import("brands", "name\nTeh Segar\n");
        import("creators", "name,platform,handle,manager\nRina Wijaya,tiktok,rina,Dewi Lestari\n"
                           "Budi Santoso,instagram,budi,Andi Pratama\n");
        import("campaigns", "name,brand,status,start_date,end_date,currency\n"
                            "Summer Launch,Teh Segar,active,2026-11-01,2026-12-31,IDR\n");
        import("participants", "campaign,creator,fee\nSummer Launch,Rina Wijaya,10000000\n"
                               "Summer Launch,Budi Santoso,5000000\n");
        import("deliverables", "campaign,creator,platform,title,format,due_date\n"
                               "Summer Launch,Rina Wijaya,tiktok,Unboxing,video,2026-12-01\n");
        import("payments",
               "campaign,creator,kind,amount,due_date\nSummer Launch,Budi Santoso,fee,5000000,2026-12-15\n");
        import("followups", "about,creator,due_date,note\ncreator,Rina Wijaya,2026-11-25,Ask for the rate card\n"
                            "creator,Budi Santoso,2026-11-26,Send the brief\n");
    }
    Run run(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }
    void import(const char *kind, const char *csv)
    {
        const QString file = cd::test::writeFile(dir, QString::fromLatin1(kind) + QStringLiteral(".csv"), csv);
        Run r = run({QStringLiteral("import"), QString::fromLatin1(kind), file});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // The UIDs of an .ics file, in order (UIDs here are short enough never to be folded).
    static QStringList uids(const QString &path)
    {
        QStringList out;
        for (const QByteArray &line : cd::test::fileBytes(path).split('\n'))
            if (line.startsWith("UID:"))
                out << QString::fromUtf8(line.mid(4).chopped(1)).section(QLatin1Char('@'), 0, 0);
        return out;
    }
};

} // namespace

TEST_CASE("calendar writes the feed and says how many events it holds", "[calendar]")
{
    DeskWorkspace desk;
    const QString out = desk.dir.path(QStringLiteral("desk.ics"));
    Run r = desk.run({QStringLiteral("calendar"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QLatin1String("Wrote 4 event")));
    CHECK(r.out.contains(out));
    CHECK(r.err.isEmpty());
    const QByteArray ics = cd::test::fileBytes(out);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK(QFile::permissions(out) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(DeskWorkspace::uids(out) == QStringList{QStringLiteral("followup-1-due"), QStringLiteral("followup-2-due"),
                                                  QStringLiteral("deliverable-1-due"),
                                                  QStringLiteral("payment-1-due")});

    // The same UIDs every time, and only Dewi's creator's with --manager.
    REQUIRE(desk.run({QStringLiteral("calendar"), QStringLiteral("--out"), out}).exitCode == 0);
    CHECK(DeskWorkspace::uids(out).size() == 4);
    r = desk.run({QStringLiteral("calendar"), QStringLiteral("--manager"), QStringLiteral("dewi lestari"),
                  QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QLatin1String("Wrote 2 event")));
    CHECK(DeskWorkspace::uids(out) ==
          QStringList{QStringLiteral("followup-1-due"), QStringLiteral("deliverable-1-due")});
}

// About files: the workspace's own files under other names.
TEST_CASE("calendar refuses to write over the workspace", "[calendar][file]")
{
    DeskWorkspace desk;
    const QByteArray before = cd::test::fileBytes(desk.db);
    REQUIRE(QFile::link(desk.db, desk.dir.path(QStringLiteral("link.ics"))));
    for (const QString &out : {desk.db, desk.db + QStringLiteral("-wal"), desk.dir.path(QStringLiteral("link.ics"))}) {
        INFO(out.toStdString());
        Run r = desk.run({QStringLiteral("calendar"), QStringLiteral("--out"), out});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String("workspace itself")));
    }
    CHECK(cd::test::fileBytes(desk.db) == before);
}

TEST_CASE("calendar reports bad arguments", "[calendar]")
{
    DeskWorkspace desk;
    Run r = desk.run({QStringLiteral("calendar")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QLatin1String("--out FILE.ics")));
    r = desk.run({QStringLiteral("calendar"), QStringLiteral("--manager"), QStringLiteral("Nobody"),
                  QStringLiteral("--out"), desk.dir.path(QStringLiteral("x.ics"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("no manager named 'Nobody'")));
    CHECK_FALSE(QFileInfo::exists(desk.dir.path(QStringLiteral("x.ics"))));
}

TEST_CASE("followups import, list and export through the CLI", "[calendar]")
{
    DeskWorkspace desk;
    Run r = desk.run({QStringLiteral("list"), QStringLiteral("followups"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).toObject().value(QStringLiteral("creator")).toString() == QStringLiteral("Budi Santoso"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Send the brief"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("done")) == QJsonValue(false));

    r = desk.run({QStringLiteral("list"), QStringLiteral("followups")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QLatin1String("id  about    creator       brand  campaign  due_date    note")));

    const QString out = desk.dir.path(QStringLiteral("followups-out.csv"));
    r = desk.run({QStringLiteral("export"), QStringLiteral("followups"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(cd::test::fileBytes(out) == QByteArray("id,about,creator,brand,campaign,due_date,note,done,manager\r\n"
                                                 "1,creator,Rina Wijaya,,,2026-11-25,Ask for the rate card,no,\r\n"
                                                 "2,creator,Budi Santoso,,,2026-11-26,Send the brief,no,\r\n"));
    r = desk.run({QStringLiteral("import"), QStringLiteral("followups"), out});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("0 new, 0 updated, 2 unchanged")));

    const QString bad =
        cd::test::writeFile(desk.dir, QStringLiteral("bad.csv"), "about,creator,due_date,note\nfriend,Rina,,Hi\n");
    r = desk.run({QStringLiteral("import"), QStringLiteral("followups"), bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("bad.csv:2: due_date: is required")));
}
