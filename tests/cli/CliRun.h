#pragma once

#include "TestSupport.h"

#include <QProcess>
#include <QStringList>

// Runs the real collabdesk-cli, for the CLI test files.
namespace cd::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real collabdesk-cli with `args`, no inherited workspace variable, a private XDG home.
inline Run cli(const QStringList &args, const QString &home = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("COLLABDESK_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!home.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COLLABDESK_CLI), args);
    REQUIRE(p.waitForFinished(60'000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace cd::test
