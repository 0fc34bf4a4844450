// `collabdesk-cli brief` in English or Bahasa Indonesia: --lang, its check, and its default (the
// app's language, from the system's settings), read back from the PDF with pdftotext.
#include "CliRun.h"
#include "PdfText.h"
#include "WorkspaceAddress.h"

#include <QFile>
#include <QMap>
#include <QProcess>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;
using namespace cd::test;

namespace {
// Runs the CLI with the locale variables of `locale` only (the others removed), as a user whose
// system speaks that language would.
Run cliIn(const QStringList &args, const QMap<QString, QString> &locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COLLABDESK_DB"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (auto it = locale.begin(); it != locale.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COLLABDESK_CLI), args);
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString English = QStringLiteral("(#TehSegar, not #TehSegarPromo)");
const QString Indonesian = QStringLiteral("(#TehSegar, bukan #TehSegarPromo)");
} // namespace

TEST_CASE("brief --lang id writes the brief in Indonesian, --lang en in English")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString id = dir.path(QStringLiteral("brief-id.pdf"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                   QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), id, QStringLiteral("--lang"),
                   QStringLiteral("id")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = layoutWords(id);
    INFO(text.toStdString());
    CHECK(text.contains(Indonesian));
    CHECK(text.contains(QStringLiteral("Jadwal unggah")));
    CHECK(text.contains(QStringLiteral("#iklan #ad #sponsored #paidpartnership #KolaborasiBerbayar")));
    CHECK(text.contains(QStringLiteral("Kirim draf sebelum posting")));
    CHECK_FALSE(text.contains(QStringLiteral("When to post")));

    const QString en = dir.path(QStringLiteral("brief-en.pdf"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                 QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), en, QStringLiteral("--lang=EN")})
                .exitCode == 0);
    const QString english = layoutWords(en);
    CHECK(english.contains(English));
    CHECK(english.contains(QStringLiteral("When to post")));
}

TEST_CASE("brief --lang with another language is a usage error that names en and id")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QString pdf = dir.path(QStringLiteral("brief.pdf"));
    Run run = cli({QStringLiteral("--db"), db, QStringLiteral("brief"), QStringLiteral("--campaign"),
                   QStringLiteral("Ramadan Refresh 2026"), QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
                   QStringLiteral("xx")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'xx'")));
    CHECK(run.err.contains(QStringLiteral("use en or id")));
    CHECK_FALSE(QFile::exists(pdf));
    Run help = cli({QStringLiteral("brief"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--lang")));
}

TEST_CASE("brief without --lang follows the system's language")
{
    TempDir dir;
    const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("workspace-v1.collabdesk"),
                                               cd::test::WorkspaceAddress::Start::FromFixture);
    const QString &db = workspace.address();
    const QStringList args = {QStringLiteral("--db"),
                              db,
                              QStringLiteral("brief"),
                              QStringLiteral("--campaign"),
                              QStringLiteral("Ramadan Refresh 2026"),
                              QStringLiteral("--pdf")};
    struct Case
    {
        QMap<QString, QString> locale;
        QString expected;
    };
    // Qt reads the UI language itself (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), so these work
    // whether or not the machine has the Indonesian locale installed.
    const QList<Case> cases = {
        {{{QStringLiteral("LC_ALL"), QStringLiteral("id_ID.UTF-8")}}, Indonesian},
        {{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("id")}},
         Indonesian},
        {{{QStringLiteral("LANG"), QStringLiteral("id_ID.UTF-8")},
          {QStringLiteral("LC_MESSAGES"), QStringLiteral("en_US.UTF-8")}},
         English},
        {{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}}, English},
    };
    int n = 0;
    for (const Case &c : cases) {
        const QString pdf = dir.path(QStringLiteral("brief-%1.pdf").arg(++n));
        Run run = cliIn(args + QStringList{pdf}, c.locale);
        INFO(n << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(layoutWords(pdf).contains(c.expected));
    }
}
