// The workspace through the command line: creating, finding, checking, listing, backing up and
// restoring it, and the commands that must never write over it or past another writer.
#include "CliRun.h"
#include "WorkspaceAddress.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;
using cd::test::WorkspaceAddress;

TEST_CASE("init creates a workspace, then check reports it healthy")
{
    TempDir dir;
    const WorkspaceAddress workspace(dir, QStringLiteral("w.sqlite"));
    const QString &db = workspace.address();
    Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out == QStringLiteral("Created workspace %1 (schema v11).\n").arg(db));
    CHECK(init.err.isEmpty());

    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("already a CollabDesk workspace (schema v11); nothing to do")));

    Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Schema:      v11 (current)")));
    // A file's pages are checked; a server keeps its own (ServerCliTest has the whole report).
    CHECK(check.out.contains(workspace.onServer() ? QStringLiteral("Integrity:   kept by the server")
                                                  : QStringLiteral("Integrity:   ok")));
    CHECK(check.out.contains(QStringLiteral("0 creators")));
    CHECK(check.out.contains(QStringLiteral("Summaries:   agree with the snapshots")));
}

TEST_CASE("check names kept summaries that disagree with the snapshots and --repair makes them again")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0); // migrated to v11
    {
        // A change behind the triggers' back (another program, a hand edit).
        auto ws = cd::Workspace::open(db);
        REQUIRE(ws.ok());
        QSqlQuery q(ws.value()->db());
        REQUIRE(q.exec(QStringLiteral("UPDATE follower_latest SET followers = 7 WHERE account_id = 3")));
    }
    Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral(
        "account 3: the kept latest count is 7 (28 Feb 2026), the snapshots say 1,250,000 (28 Feb 2026)")));
    CHECK(check.err.contains(QStringLiteral("check --repair")));

    Run repair = cli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--repair")});
    CHECK(repair.exitCode == 0);
    CHECK(repair.out.contains(QStringLiteral("Summaries:   made again from the snapshots")));
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Summaries:   agree with the snapshots")));
}

TEST_CASE("the workspace comes from --db, else COLLABDESK_DB, else the XDG data folder", "[file]")
{
    TempDir dir;
    Run init = cli({QStringLiteral("init")}, dir.path(QStringLiteral("xdg")));
    CHECK(init.exitCode == 0);
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("xdg/collabdesk/workspace.collabdesk"))));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLLABDESK_DB"), dir.path(QStringLiteral("env.collabdesk")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COLLABDESK_CLI), {QStringLiteral("init")});
    REQUIRE(p.waitForFinished(60'000));
    CHECK(p.exitCode() == 0);
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("env.collabdesk"))));
}

TEST_CASE("check refuses a damaged file with exit 1 and leaves it unchanged", "[file]")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(3000, '\x5A'));
    f.close();
    const QByteArray before = cd::test::fileBytes(db);
    for (const char *command : {"check", "init", "list"}) {
        QStringList args{QStringLiteral("--db"), db, QString::fromLatin1(command)};
        if (QByteArray(command) == "list")
            args << QStringLiteral("creators");
        Run r = cli(args);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged")));
        CHECK(r.out.isEmpty());
    }
    CHECK(cd::test::fileBytes(db) == before);
}

TEST_CASE("check finds page-level damage that opening does not notice", "[file]")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    // Scribble over the middle of the file, past the schema: the header still looks fine.
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    f.seek(size / 2);
    f.write(QByteArray(8192, '\x33'));
    f.close();
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is damaged")));
}

TEST_CASE("foreign files are refused with exit 1", "[file]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("creators.csv"));
    QFile f(db);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name,platform,handle\r\nRina,instagram,rina.eats\r\n");
    f.close();
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(r.exitCode == 1);
    CHECK(r.err ==
          QStringLiteral("%1 is not a CollabDesk workspace (it is not a SQLite database). It was left unchanged.\n")
              .arg(db));
}

TEST_CASE("usage errors exit 2")
{
    CHECK(cli({}).exitCode == 2);
    Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    CHECK(cli({QStringLiteral("backup")}).exitCode == 2);
    CHECK(cli({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db")}).exitCode == 2);
    Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("restore BACKUP [--force]")));
    Run commandHelp = cli({QStringLiteral("backup"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--force")));
}

TEST_CASE("list prints a table or formats.md's JSON")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    Run text = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("followers")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("creator       platform   date        followers  source\n"
                                             "Alex Chen     youtube    2026-02-28    1250000  manual\n")));
    Run json = cli(
        {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("participants"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).toObject().value(QStringLiteral("fee")).toString() == QStringLiteral("5000000"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("id")).toInt() == 1);
    Run bad = cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("invoices")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("unknown kind 'invoices'")));
}

TEST_CASE("backup refuses to overwrite without --force and restore replaces the workspace", "[file]")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString out = dir.path(QStringLiteral("copy.bak"));
    Run first = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), out});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("checked")));
    Run second = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), out});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("add --force")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), out, QStringLiteral("--force")}).exitCode == 0);

    const QString fresh = dir.path(QStringLiteral("fresh.collabdesk"));
    REQUIRE(cli({QStringLiteral("--db"), fresh, QStringLiteral("init")}).exitCode == 0);
    Run noForce = cli({QStringLiteral("--db"), fresh, QStringLiteral("restore"), out});
    CHECK(noForce.exitCode == 1);
    CHECK(noForce.err.contains(QStringLiteral("--force")));
    Run restore = cli({QStringLiteral("--db"), fresh, QStringLiteral("restore"), out, QStringLiteral("--force")});
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("the previous workspace is kept at")));
    Run list = cli(
        {QStringLiteral("--db"), fresh, QStringLiteral("list"), QStringLiteral("brands"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 2);
}

TEST_CASE("no command writes its output over the workspace and export asks before replacing a file", "[file]")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QByteArray before = cd::test::fileBytes(db);
    const QList<QStringList> overWorkspace = {
        {QStringLiteral("export"), QStringLiteral("brands"), db, QStringLiteral("--force")},
        {QStringLiteral("backup"), db, QStringLiteral("--force")},
        {QStringLiteral("backup"), db + QStringLiteral("-wal"), QStringLiteral("--force")},
        {QStringLiteral("chart"), QStringLiteral("--campaign"), QStringLiteral("Any"), QStringLiteral("--kind"),
         QStringLiteral("kpi"), QStringLiteral("--png"), db + QStringLiteral("-wal")},
        {QStringLiteral("brief"), QStringLiteral("--campaign"), QStringLiteral("Any"), QStringLiteral("--pdf"), db},
    };
    for (const QStringList &command : overWorkspace) {
        CAPTURE(command);
        Run refused = cli(QStringList{QStringLiteral("--db"), db} + command);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("the open workspace itself")));
        CHECK(cd::test::fileBytes(db) == before);
    }
    const QString csv = dir.path(QStringLiteral("brands.csv"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("brands"), csv}).exitCode == 0);
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("brands"), csv});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists; choose another name or add --force")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("brands"), csv,
               QStringLiteral("--force")})
              .exitCode == 0);
}

TEST_CASE("writing commands refuse a workspace open elsewhere but reading ones and backup work", "[file]")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    auto holder = cd::Workspace::open(db); // this test process plays CollabDesk
    REQUIRE(holder.ok());
    const QString pid = QStringLiteral("cli_tests (pid %1)").arg(QCoreApplication::applicationPid());
    Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("open in %1").arg(pid)));
    Run restore = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), db, QStringLiteral("--force")});
    CHECK(restore.exitCode == 1);
    Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("In use by:   %1").arg(pid)));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("creators")}).exitCode == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), dir.path(QStringLiteral("live.bak"))}).exitCode ==
          0);
}
