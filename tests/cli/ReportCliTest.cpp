// `collabdesk-cli report`: the client report of a campaign as a PDF, its options and its errors,
// on the released v1 workspace (one post with two snapshots, a declined creator).
#include "CliRun.h"
#include "PdfText.h"
#include "WorkspaceAddress.h"

using namespace cd::test;

namespace {
struct ReportRun
{
    TempDir dir;
    WorkspaceAddress workspace{dir, QStringLiteral("workspace-v1.collabdesk"), WorkspaceAddress::Start::FromFixture};
    const QString &db = workspace.address();
    Run report(const QStringList &options)
    {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("report")} + options);
    }
};
} // namespace

TEST_CASE("report writes the campaign's report as of a date in the chosen language")
{
    ReportRun r;
    const QString en = r.dir.path(QStringLiteral("report-en.pdf"));
    Run run = r.report({QStringLiteral("--campaign"), QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--as-of"),
                        QStringLiteral("2026-03-31"), QStringLiteral("--lang"), QStringLiteral("en"),
                        QStringLiteral("--pdf"), en});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const int pages = pageCount(en);
    CHECK(run.out.trimmed() ==
          QStringLiteral("Wrote the report of Ramadan Refresh 2026 as of 2026-03-31 (%1 pages) to %2.")
              .arg(pages)
              .arg(en));
    const QString text = plainText(en);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Figures as of 31 Mar 2026")));
    // The tiles, captions over figures: the second row's figures under "Follower growth, Cost, CPE, CPM".
    const QString layout = layoutText(en);
    INFO(layout.toStdString());
    CHECK(hasLine(layout, QStringLiteral("\\s*1\\s+41,000\\s+3,525\\s+7.34%")));       // 20 March's snapshot, whole
    CHECK(hasLine(layout, QStringLiteral("\\s*0.0%\\s+Rp5.850.000\\s+Rp1.660\\s+—"))); // 5,850,000 / 3,525

    const QString id = r.dir.path(QStringLiteral("report-id.pdf"));
    run = r.report({QStringLiteral("--campaign"), QStringLiteral("ramadan refresh 2026"), QStringLiteral("--as-of"),
                    QStringLiteral("2026-03-31"), QStringLiteral("--lang"), QStringLiteral("id"),
                    QStringLiteral("--pdf"), id});
    REQUIRE(run.exitCode == 0);
    const QString indonesian = plainText(id);
    CHECK(indonesian.contains(QStringLiteral("Angka per 31 Maret 2026")));
    CHECK(hasLine(layoutText(id), QStringLiteral("\\s*1\\s+41.000\\s+3.525\\s+7,34%")));
}

TEST_CASE("report says what is wrong with its options and names")
{
    ReportRun r;
    const QString out = r.dir.path(QStringLiteral("r.pdf"));
    Run run = r.report({QStringLiteral("--campaign"), QStringLiteral("Nope"), QStringLiteral("--pdf"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("there is no campaign named 'Nope'")));
    CHECK_FALSE(QFile::exists(out));
    run = r.report({QStringLiteral("--campaign"), QStringLiteral("Ramadan Refresh 2026")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--pdf OUT.pdf")));
    run = r.report({QStringLiteral("--campaign"), QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), out,
                    QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown language 'fr' for --lang: use en or id")));
    run = r.report({QStringLiteral("--campaign"), QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), out,
                    QStringLiteral("--as-of"), QStringLiteral("31/03/2026")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--as-of")));
    CHECK_FALSE(QFile::exists(out));
}
