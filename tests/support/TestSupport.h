#pragma once

#include <catch2/catch.hpp>

#include "common/Money.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// Lets Catch print QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace cd::test {

// A temporary folder per test, removed afterwards.
class TempDir
{
public:
    TempDir() { REQUIRE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Pins the product's clock to 2026-11-23 09:00 UTC for the life of the object.
struct PinnedClock
{
    PinnedClock();
    ~PinnedClock();
};

// Creates a fresh workspace at `path` (opened for writing); when the suite runs against the test
// server (COLLABDESK_TEST_WORKSPACES=postgresql://... names it), in a new database of its own there
// instead, dropped with the workspace. Tests of files themselves (their bytes, backups, locks) are
// tagged [file] and run on files only.
std::unique_ptr<Workspace> createWorkspace(const QString &path);
bool onTestServer();

// Writes `bytes` to the file `name` in `dir` and returns its path.
QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes);

// The bytes of a file, for "left unchanged byte for byte" checks.
QByteArray fileBytes(const QString &path);

// Path of a fixture under tests/data.
QString fixture(const QString &name);

// Copies a fixture into `dir` and returns the copy's path (fixtures themselves stay pristine).
QString copyFixture(const TempDir &dir, const QString &name);
// Opens a copy of a fixture in `dir` (brought up to the current schema as the app would); the test
// stops with the reason if it cannot.
std::unique_ptr<Workspace> openFixture(const TempDir &dir, const QString &name);

// An amount in whole rupiah.
inline Money idr(qint64 rupiah)
{
    return Money(rupiah, QStringLiteral("IDR"));
}

// The ids of a list of records (anything with an `id`), in its order.
template <typename List> QList<qint64> idsOf(const List &records)
{
    QList<qint64> ids;
    for (const auto &r : records)
        ids << r.id;
    return ids;
}

// Runs one statement on the workspace's own connection (to set up data for a test); fails the
// test when it does not run.
void exec(Workspace &ws, const QString &statement, const QVariantList &params = {});
// Runs `write` in a transaction of its own and commits it, as a service's caller does; fails the
// test when either fails.
void commit(Workspace &ws, const std::function<Status(Transaction &)> &write);
// The first column of a query's first row as an integer (a count, a sum); fails the test when the
// query does not run.
qint64 integerOf(Workspace &ws, const QString &statement);

// Two campaigns worked out by hand in the KPI and report tests: "Ramadan" (IDR, 1–31 March 2026,
// Instagram and TikTok, Sari confirmed with a fee, product and 10% commission, Budi completed with
// points, Dewi declined; several snapshots of one post, one after March) and "Quiet" (USD, no
// targets, no posts).
void fillRamadanCampaign(Workspace &ws);

// Runs one statement on a file through a private connection (to build odd files for tests).
void rawExec(const QString &path, const QString &sql);

} // namespace cd::test
