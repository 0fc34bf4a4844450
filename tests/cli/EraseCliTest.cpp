// `collabdesk-cli erase` on a small demo workspace: a dry run changes nothing, the erasure removes
// the creator from every list and leaves the KPIs of their campaigns as they were.
#include "CliRun.h"
#include "WorkspaceAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;

namespace {
QJsonArray jsonArray(const Run &r)
{
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}
} // namespace

TEST_CASE("erase removes a demo creator for good and leaves their campaigns' KPIs as they were")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("demo.collabdesk"));
    const QString &db = workspace.address();
    const auto run = [&db](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    };
    REQUIRE(run({QStringLiteral("init")}).exitCode == 0);
    REQUIRE(run({QStringLiteral("demo")}).exitCode == 0);
    // A creator who took part in a campaign, and that campaign's KPIs.
    const QJsonArray participants =
        jsonArray(run({QStringLiteral("list"), QStringLiteral("participants"), QStringLiteral("--json")}));
    REQUIRE_FALSE(participants.isEmpty());
    const QString creator = participants[0][QStringLiteral("creator")].toString();
    const QString campaign = participants[0][QStringLiteral("campaign")].toString();
    const auto kpis = [&] {
        const Run r = run({QStringLiteral("kpi"), QStringLiteral("--campaign"), campaign, QStringLiteral("--as-of"),
                           QStringLiteral("2026-11-23"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        j.remove(QStringLiteral("creators")); // by name
        return j;
    };
    const QJsonObject before = kpis();

    // What the dry run must leave as it was: a file byte for byte, a server's creators as listed.
    const auto state = [&] {
        return workspace.onServer()
                   ? run({QStringLiteral("list"), QStringLiteral("creators"), QStringLiteral("--json")}).out.toUtf8()
                   : cd::test::fileBytes(db);
    };
    const QByteArray bytes = state();
    const Run dry = run({QStringLiteral("erase"), QStringLiteral("--creator"), creator, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.startsWith(QStringLiteral("Erasing the personal data of %1 removes it for good").arg(creator)));
    CHECK(dry.out.contains(QStringLiteral("Backups and exports made before now still hold the data")));
    CHECK(state() == bytes);

    const Run erased = run({QStringLiteral("erase"), QStringLiteral("--creator"), creator});
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    const bool kept = erased.out.contains(QStringLiteral("stay for the tax records"));
    CHECK(erased.out.startsWith(kept ? QStringLiteral("Erased the personal data of %1 for good").arg(creator)
                                     : QStringLiteral("Erased the creator's personal data for good")));
    // The creator's rows: under the kept name (tax records) or the anonymous one, with anonymous handles.
    const QString shownAs = kept ? creator : erased.out.section(QLatin1Char('"'), 1, 1);
    CHECK(shownAs.startsWith(kept ? creator : QStringLiteral("Erased creator #")));
    const QJsonArray creators =
        jsonArray(run({QStringLiteral("list"), QStringLiteral("creators"), QStringLiteral("--json")}));
    int rows = 0;
    for (const QJsonValue &row : creators) {
        if (row[QStringLiteral("name")].toString() == creator && !kept)
            FAIL("the erased name is still listed");
        if (row[QStringLiteral("name")].toString() != shownAs)
            continue;
        ++rows;
        CHECK(row[QStringLiteral("email")].toString().isEmpty());
        CHECK(row[QStringLiteral("status")].toString() == QStringLiteral("archived"));
        CHECK(row[QStringLiteral("handle")].toString().startsWith(QStringLiteral("erased-")));
    }
    CHECK(rows >= 1);
    CHECK(kpis() == before);
    // Once gone, the name is unknown (unless the tax records keep it).
    if (!kept) {
        const Run again = run({QStringLiteral("erase"), QStringLiteral("--creator"), creator});
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("there is no creator named '%1'").arg(creator)));
    }
    CHECK(run({QStringLiteral("erase")}).exitCode == 2);
    CHECK(run({QStringLiteral("check")}).exitCode == 0);
}
