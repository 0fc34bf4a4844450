// `collabdesk-cli move`: a whole workspace copied and checked, through the real program. The source
// is made where the suite puts workspaces (a file, or the test server in "cli on server").
#include "CliRun.h"
#include "ServerDatabase.h"
#include "WorkspaceAddress.h"

#include <QFile>
#include <QRegularExpression>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;
using cd::test::WorkspaceAddress;

namespace {

// The table lines of move's report: "creators 40 <64 hex digits>" by table.
QHash<QString, qint64> rowsReported(const QString &out)
{
    static const QRegularExpression line(QStringLiteral("^(\\w+) +(\\d+) +[0-9a-f]{64}$"),
                                         QRegularExpression::MultilineOption);
    QHash<QString, qint64> rows;
    for (auto m = line.globalMatch(out); m.hasNext();) {
        const auto match = m.next();
        rows.insert(match.captured(1), match.captured(2).toLongLong());
    }
    return rows;
}

} // namespace

TEST_CASE("move copies a workspace into a new file and reports each table it checked")
{
    TempDir dir;
    const WorkspaceAddress source(dir, QStringLiteral("agency.collabdesk"));
    REQUIRE(cli({QStringLiteral("--db"), source.address(), QStringLiteral("demo")}).exitCode == 0);
    const QString copy = dir.path(QStringLiteral("copy.collabdesk"));
    const Run moved =
        cli({QStringLiteral("move"), QStringLiteral("--from"), source.address(), QStringLiteral("--to"), copy});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.err.isEmpty()); // progress goes to a terminal only
    const QHash<QString, qint64> rows = rowsReported(moved.out);
    CHECK(rows.size() == 34);
    CHECK(rows.value(QStringLiteral("creators")) == 40);
    CHECK(rows.value(QStringLiteral("brands")) == 5);
    CHECK(rows.value(QStringLiteral("campaigns")) == 9);
    qint64 total = 0;
    for (qint64 n : rows)
        total += n;
    CHECK(moved.out.startsWith(QStringLiteral("Copied %1 rows in 34 tables from %2 to %3; every table's row count and "
                                              "content hash are the same on both sides.\n")
                                   .arg(total)
                                   .arg(source.address(), copy)));
    // The copy reads as the source does.
    const QStringList list = {QStringLiteral("list"), QStringLiteral("payments"), QStringLiteral("--json")};
    const Run there = cli(QStringList{QStringLiteral("--db"), source.address()} + list);
    const Run here = cli(QStringList{QStringLiteral("--db"), copy} + list);
    REQUIRE(there.exitCode == 0);
    CHECK(here.out == there.out);
    CHECK(cli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode == 0);

    // Again onto the copy, which now holds records: refused, and the copy stays as it is.
    const QByteArray before = cd::test::fileBytes(copy);
    const Run again =
        cli({QStringLiteral("move"), QStringLiteral("--from"), source.address(), QStringLiteral("--to"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records: brands (5)")));
    CHECK(again.out.isEmpty());
    CHECK(cd::test::fileBytes(copy) == before);
}

TEST_CASE("move without both sides is a usage error")
{
    const Run half = cli({QStringLiteral("move"), QStringLiteral("--from"), QStringLiteral("a.collabdesk")});
    CHECK(half.exitCode == 2);
    CHECK(half.err.contains(QStringLiteral("name both sides: move --from SRC --to DST")));
}

TEST_CASE("move takes a file to a server and back, checked both ways", "[postgresql]")
{
    TempDir dir;
    const QString file = cd::test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    cd::test::ServerDatabase server;
    const Run up =
        cli({QStringLiteral("move"), QStringLiteral("--from"), file, QStringLiteral("--to"), server.address()});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    const Run down = cli({QStringLiteral("move"), QStringLiteral("--from"), server.address(), QStringLiteral("--to"),
                          dir.path(QStringLiteral("back.collabdesk"))});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    // The same tables, rows and hashes each way (the first lines name the places, which differ).
    CHECK(up.out.section(QLatin1Char('\n'), 1) == down.out.section(QLatin1Char('\n'), 1));
    CHECK(rowsReported(up.out).value(QStringLiteral("creators")) == 3);
    const QStringList list = {QStringLiteral("list"), QStringLiteral("creators"), QStringLiteral("--json")};
    CHECK(cli(QStringList{QStringLiteral("--db"), server.address()} + list).out ==
          cli(QStringList{QStringLiteral("--db"), file} + list).out);
}
