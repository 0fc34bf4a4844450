// `collabdesk-cli mediakit` on a small demo workspace: one A4 page in English and in Indonesian,
// read back with poppler-utils; its options and their errors.
#include "CliRun.h"
#include "PdfText.h"
#include "WorkspaceAddress.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;
using namespace cd::test;

namespace {
struct DemoWorkspace
{
    TempDir dir;
    cd::test::WorkspaceAddress workspace{dir, QStringLiteral("demo.collabdesk")};
    QString db = workspace.address();
    QString creator, handle;

    DemoWorkspace()
    {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode == 0);
        // The demo's first creator with an account: a name and a handle to find in the PDF.
        Run list = run({QStringLiteral("list"), QStringLiteral("creators"), QStringLiteral("--json")});
        REQUIRE(list.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        for (const QJsonValue &row : rows)
            if (!row[QStringLiteral("handle")].toString().isEmpty()) {
                creator = row[QStringLiteral("name")].toString();
                handle = row[QStringLiteral("handle")].toString();
                break;
            }
        REQUIRE_FALSE(creator.isEmpty());
    }
    Run run(QStringList args) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }
    Run mediakit(const QString &pdf, const QString &language) const
    {
        return run({QStringLiteral("mediakit"), QStringLiteral("--creator"), creator, QStringLiteral("--pdf"), pdf,
                    QStringLiteral("--lang"), language});
    }
};
} // namespace

TEST_CASE("mediakit writes a one-page media kit in English and in Indonesian")
{
    DemoWorkspace demo;
    const QString en = demo.dir.path(QStringLiteral("kit-en.pdf"));
    Run run = demo.mediakit(en, QStringLiteral("en"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("Wrote the media kit of %1 to %2.").arg(demo.creator, en));
    CHECK(pageCount(en) == 1);
    const QString english = layoutWords(en);
    INFO(english.toStdString());
    CHECK(english.contains(demo.creator));
    CHECK(english.contains(QLatin1Char('@') + demo.handle));
    CHECK(english.contains(QStringLiteral("Engagement rate")));
    CHECK(english.contains(QStringLiteral("Latest collaborations")));
    CHECK(english.contains(QStringLiteral("Audience")));
    CHECK(english.contains(QStringLiteral("Rate card")));

    const QString id = demo.dir.path(QStringLiteral("kit-id.pdf"));
    run = demo.mediakit(id, QStringLiteral("id"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(pageCount(id) == 1);
    const QString indonesian = layoutWords(id);
    INFO(indonesian.toStdString());
    CHECK(indonesian.contains(demo.creator));
    CHECK(indonesian.contains(QLatin1Char('@') + demo.handle));
    for (const char *word : {"Pengikut", "Tingkat engagement", "Kolaborasi terakhir", "Audiens", "Daftar harga", "Usia",
                             "Jenis kelamin", "Negara", "Pertumbuhan"})
        CHECK(indonesian.contains(QString::fromUtf8(word)));
    // No English heading or phrase left behind ("Tier" is the app's Indonesian word as well: "Kategori"
    // read as the exclusivity's category).
    for (const char *word : {"Followers", "Engagement rate", "Latest collaborations", "Audience", "Rate card",
                             "Follower growth", "as of ", "Gender", "Country", "Price", "posts"})
        CHECK_FALSE(indonesian.contains(QString::fromUtf8(word)));
}

TEST_CASE("mediakit --lang defaults to the system's language")
{
    DemoWorkspace demo;
    const QString pdf = demo.dir.path(QStringLiteral("kit.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COLLABDESK_DB"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COLLABDESK_CLI), {QStringLiteral("--db"), demo.db, QStringLiteral("mediakit"),
                                             QStringLiteral("--creator"), demo.creator, QStringLiteral("--pdf"), pdf});
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitCode() == 0);
    CHECK(layoutWords(pdf).contains(QStringLiteral("Kolaborasi terakhir")));

    // And English for an English system.
    REQUIRE(
        demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), demo.creator, QStringLiteral("--pdf"), pdf})
            .exitCode == 0);
    CHECK(layoutWords(pdf).contains(QStringLiteral("Latest collaborations")));
}

TEST_CASE("mediakit: an unknown creator is exit 1 with a hint, missing options exit 2")
{
    DemoWorkspace demo;
    const QString pdf = demo.dir.path(QStringLiteral("kit.pdf"));
    Run unknown = demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), QStringLiteral("Nobody Here"),
                            QStringLiteral("--pdf"), pdf});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Nobody Here")));
    CHECK(unknown.err.contains(QStringLiteral("list creators")));
    CHECK_FALSE(QFile::exists(pdf));

    CHECK(demo.run({QStringLiteral("mediakit"), QStringLiteral("--pdf"), pdf}).exitCode == 2);
    CHECK(demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), demo.creator}).exitCode == 2);
    Run language = demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), demo.creator,
                             QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(language.exitCode == 2);
    CHECK(language.err.contains(QStringLiteral("en or id")));
    CHECK(demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), demo.creator, QStringLiteral("--pdf"), pdf,
                    QStringLiteral("--as-of"), QStringLiteral("30/11/2026")})
              .exitCode == 2);

    // --as-of: figures as they stood then, dated so.
    REQUIRE(demo.run({QStringLiteral("mediakit"), QStringLiteral("--creator"), demo.creator, QStringLiteral("--pdf"),
                      pdf, QStringLiteral("--as-of"), QStringLiteral("2026-01-15"), QStringLiteral("--lang"),
                      QStringLiteral("en")})
                .exitCode == 0);
    CHECK(layoutWords(pdf).contains(QStringLiteral("as of 15 Jan 2026")));
}
