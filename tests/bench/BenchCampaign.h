#pragma once

#include "demo/DemoGenerator.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace cd {
class Workspace;
}

namespace cd::bench {

// Adds an active campaign `name` ending today and running `days` days, with `creators` existing
// creators that have an Instagram account (fewer if the workspace has fewer), each with one post
// on the first day and a metric snapshot every day since. Returns the campaign's id.
qint64 makeBenchCampaign(Workspace &ws, const QString &name, int creators, int days);

// Opens (or creates) a workspace for a benchmark; stops the program with the reason if it cannot.
std::unique_ptr<Workspace> openBenchWorkspace(const QString &path, bool create);

// Workspace `i` of a benchmark in `dir`: a copy of args[i] when two paths were given, else a
// freshly generated demo of `scale`.
QString benchWorkspace(const QTemporaryDir &dir, const QStringList &args, int i, DemoOptions::Scale scale);

// Copies of a benchmark's workspaces on a PostgreSQL server, for the same figures on a server beside
// a file: each in a new database of the server whose maintenance database's address is in
// $COLLABDESK_BENCH_SERVER (e.g. postgresql:///postgres?host=/tmp/cdpg), moved there with `move`'s
// own code, and dropped when this goes (after the workspaces opened on them have closed).
class ServerCopies
{
public:
    ServerCopies();
    ~ServerCopies();
    ServerCopies(const ServerCopies &) = delete;
    ServerCopies &operator=(const ServerCopies &) = delete;

    // Whether a server was named.
    bool enabled() const { return !m_server.isEmpty(); }
    // The address of a new database holding the workspace in `file`; stops the program with the
    // reason when it cannot.
    QString copy(const QString &file);
    // The address of a new, empty database (for a workspace to be made in it).
    QString empty();

private:
    QString m_server;
    QStringList m_databases;
};

} // namespace cd::bench
