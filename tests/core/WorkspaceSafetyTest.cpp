// Ways a workspace could be lost or damaged from outside the app (issue 18): a second name for the
// file, a damaged file opened for writing, an output written over the workspace, two restores in
// one second, a lock file left empty by a crash, a full disk under an export.
#include "TestSupport.h"

#include "interchange/Importer.h"
#include "services/Attachments.h"
#include "storage/Backup.h"
#include "storage/Restore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/VerifiedStamp.h"
#include "storage/WorkspacePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace cd;
using cd::test::TempDir;

namespace {
void addBrands(Workspace &ws, int n, const QString &prefix = QStringLiteral("Brand"))
{
    Transaction tx(ws);
    REQUIRE(tx);
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("%1 %2 with a long enough name to fill pages").arg(prefix).arg(i);
        REQUIRE(sql::run(tx.db(),
                         QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) "
                                        "VALUES (?, ?, 'x', 'x')"),
                         {name, name.toLower()})
                    .ok());
    }
    REQUIRE(tx.commit().ok());
}

qint64 brandCount(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    REQUIRE(ws.ok());
    QSqlDatabase db = ws.value()->db();
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM brands")).value().toLongLong();
}

bool makeLink(const QString &target, const QString &link, bool symbolic)
{
    const QByteArray from = QFile::encodeName(target), to = QFile::encodeName(link);
    return (symbolic ? ::symlink(from.constData(), to.constData()) : ::link(from.constData(), to.constData())) == 0;
}

QStringList filesIn(const TempDir &dir)
{
    return QDir(dir.path(QString())).entryList(QDir::Files | QDir::System, QDir::Name);
}
} // namespace

TEST_CASE("a second writer through a symlink or a hard link meets the same lock", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("deals.collabdesk"));
    const QString symlinked = dir.path(QStringLiteral("shortcut.collabdesk"));
    const QString hardLinked = dir.path(QStringLiteral("second-name.collabdesk"));
    test::createWorkspace(path).reset();
    REQUIRE(makeLink(path, symlinked, true));
    {
        auto first = Workspace::open(path);
        REQUIRE(first.ok());
        REQUIRE(makeLink(path, hardLinked, false)); // a second name made while the first writer works
        auto throughSymlink = Workspace::open(symlinked);
        REQUIRE_FALSE(throughSymlink.ok());
        CHECK(throughSymlink.error().contains(
            QStringLiteral(" is open in core_tests (pid %1)").arg(QCoreApplication::applicationPid())));
        // Through a hard link the holder's lock file (beside the other name) cannot be found; the
        // lock on the file itself still stops the second writer.
        auto throughHardLink = Workspace::open(hardLinked);
        REQUIRE_FALSE(throughHardLink.ok());
        CHECK(throughHardLink.error() == QStringLiteral("%1 is open in another program; close it there first, or open "
                                                        "it read-only")
                                             .arg(hardLinked));
        CHECK(Workspace::lockHolder(hardLinked) == QStringLiteral("another program"));
        CHECK_FALSE(QFileInfo::exists(hardLinked + QStringLiteral("-wal"))); // refused without a trace
        CHECK_FALSE(QFileInfo::exists(hardLinked + QStringLiteral("-shm")));
    }
    // Free again, a hard-linked file is still refused for writing: SQLite keeps its log beside the
    // name it was opened by, so two names would mean two logs for one file.
    auto throughHardLink = Workspace::open(hardLinked);
    REQUIRE_FALSE(throughHardLink.ok());
    CHECK(throughHardLink.error().contains(QStringLiteral("has 2 names on this disk")));
    CHECK_FALSE(QFileInfo::exists(hardLinked + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(hardLinked + QStringLiteral("-shm")));
    CHECK(Workspace::open(hardLinked, Workspace::Access::ReadOnly).ok());
    // A symlink opens the file itself: its lock, log and name are the file's.
    REQUIRE(QFile::remove(hardLinked));
    auto throughSymlink = Workspace::open(symlinked);
    REQUIRE(throughSymlink.ok());
    CHECK(throughSymlink.value()->path() == QFileInfo(path).canonicalFilePath());
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(QFileInfo::exists(symlinked + QStringLiteral(".lock")));
}

TEST_CASE("a damaged workspace is refused for writing and left byte for byte as it was", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.collabdesk"));
    {
        auto ws = test::createWorkspace(path);
        addBrands(*ws, 3000);
    }
    CHECK(verified::isUnchanged(path)); // closed cleanly by CollabDesk: no check needed next time
    // The last page of the file is a brands page: its header is overwritten, as a bad sector or
    // another program would. The first page, the one identification reads, stays whole.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 40 * 4096);
    file.seek(file.size() - 4096);
    file.write(QByteArray(12, '\xff'));
    file.close();
    CHECK_FALSE(verified::isUnchanged(path));
    const QByteArray before = test::fileBytes(path);

    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().contains(QStringLiteral("is damaged")));
    CHECK(ws.error().contains(QStringLiteral("left unchanged")));
    CHECK(test::fileBytes(path) == before);
    CHECK(filesIn(dir) == QStringList{QStringLiteral("damaged.collabdesk")}); // no -wal, -shm or lock left
    // Refused again on the next try: a refusal never marks the file as checked.
    CHECK_FALSE(Workspace::open(path).ok());
}

TEST_CASE("a workspace changed by anything but CollabDesk is checked before the next write", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("noted.collabdesk"));
    test::createWorkspace(path).reset();
    CHECK(verified::isUnchanged(path));
    // The same bytes written again still count as a change: the file system's change time moved.
    const QByteArray bytes = test::fileBytes(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(bytes);
    file.close();
    CHECK_FALSE(verified::isUnchanged(path));
    CHECK(Workspace::open(path).ok()); // checked, healthy, and noted again on close
    CHECK(verified::isUnchanged(path));
    CHECK_FALSE(verified::isUnchanged(dir.path(QStringLiteral("missing.collabdesk"))));
}

TEST_CASE("a lock file left empty by a crash neither blocks the next writer nor hides the crash", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crashed.collabdesk"));
    test::createWorkspace(path).reset();
    QFile lock(Workspace::lockPath(path));
    REQUIRE(lock.open(QIODevice::WriteOnly)); // created, then the process died before writing it
    lock.close();
    // Asking who holds it (as `check` does) changes nothing on disk.
    CHECK(Workspace::lockHolder(path).isEmpty());
    CHECK(QFileInfo::exists(Workspace::lockPath(path)));
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    REQUIRE(ws.value()->notices().size() == 1);
    CHECK(ws.value()->notices().first().contains(QStringLiteral("not closed properly")));
    ws.value().reset();
    CHECK_FALSE(QFileInfo::exists(Workspace::lockPath(path)));
}

TEST_CASE("the lock file names the writer and nothing about the machine and is private", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("named.collabdesk"));
    auto ws = test::createWorkspace(path);
    CHECK(test::fileBytes(Workspace::lockPath(path)) ==
          QByteArray::number(QCoreApplication::applicationPid()) + "\ncore_tests\n");
    CHECK(QFileInfo(Workspace::lockPath(path)).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("no output may be the workspace or one of its own files under any name", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("live.collabdesk"));
    auto ws = test::createWorkspace(path);
    addBrands(*ws, 2);
    REQUIRE(makeLink(path, dir.path(QStringLiteral("link.collabdesk")), true));
    REQUIRE(makeLink(path, dir.path(QStringLiteral("hard.collabdesk")), false));
    const QString relative = QDir::current().relativeFilePath(path);
    for (const QString &out :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral(".lock"),
          dir.path(QStringLiteral("link.collabdesk")), dir.path(QStringLiteral("hard.collabdesk")), relative}) {
        CAPTURE(out);
        Status refused = checkOutputPath(out, path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("the open workspace itself")));
    }
    CHECK(checkOutputPath(dir.path(QStringLiteral("brands.csv")), path).ok());
    CHECK(checkOutputPath(path + QStringLiteral(".bak"), path).ok());

    const QByteArray before = test::fileBytes(path);
    auto exported = exportCsv(*ws, QStringLiteral("brands"), dir.path(QStringLiteral("link.collabdesk")));
    REQUIRE_FALSE(exported.ok());
    CHECK(test::fileBytes(path) == before);
    QSqlDatabase db = ws->db();
    Status overBackup = backup::writeCopy(db, dir.path(QStringLiteral("hard.collabdesk")), true);
    REQUIRE_FALSE(overBackup.ok());
    CHECK(overBackup.error().contains(QStringLiteral("the open workspace itself")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("two restores in the same second keep both replaced workspaces", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("restored.collabdesk"));
    const QString oneBrand = dir.path(QStringLiteral("one.bak"));
    const QString twoBrands = dir.path(QStringLiteral("two.bak"));
    {
        auto ws = test::createWorkspace(path);
        addBrands(*ws, 1);
        QSqlDatabase db = ws->db();
        REQUIRE(backup::writeCopy(db, oneBrand, false).ok());
        addBrands(*ws, 1, QStringLiteral("Second"));
        REQUIRE(backup::writeCopy(db, twoBrands, false).ok());
        addBrands(*ws, 5, QStringLiteral("Third"));
    }
    QString firstKept, secondKept;
    REQUIRE(backup::restore(path, oneBrand, &firstKept).ok());
    REQUIRE(backup::restore(path, twoBrands, &secondKept).ok());
    CHECK(firstKept != secondKept);
    CHECK(brandCount(firstKept) == 7);  // the workspace as it was before the first restore
    CHECK(brandCount(secondKept) == 1); // as the first restore left it
    CHECK(brandCount(path) == 2);
}

TEST_CASE("restoring through a symlink replaces the file it names and keeps the link", "[file]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("real.collabdesk"));
    const QString link = dir.path(QStringLiteral("current.collabdesk"));
    const QString saved = dir.path(QStringLiteral("saved.bak"));
    {
        auto ws = test::createWorkspace(path);
        addBrands(*ws, 1);
        QSqlDatabase db = ws->db();
        REQUIRE(backup::writeCopy(db, saved, false).ok());
        addBrands(*ws, 2, QStringLiteral("Later"));
    }
    REQUIRE(makeLink(path, link, true));
    QString kept;
    REQUIRE(backup::restore(link, saved, &kept).ok());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(brandCount(path) == 1);
    CHECK(brandCount(kept) == 3);
    CHECK(kept.startsWith(QFileInfo(path).canonicalFilePath()));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
}

TEST_CASE("an export that meets a full disk leaves the old file as it was")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("full.collabdesk")));
    addBrands(*ws, 5);
    const QString out = dir.path(QStringLiteral("brands.csv"));
    REQUIRE(exportCsv(*ws, QStringLiteral("brands"), out).ok());
    const QByteArray old = test::fileBytes(out);
    REQUIRE(old.size() > 200);
    addBrands(*ws, 5, QStringLiteral("More"));
    QSqlDatabase db = ws->db(); // opened now: the limit below is for the export's file alone

    // A file size limit stands in for a full disk: writes past 64 bytes fail as they would there.
    struct rlimit saved;
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tight = saved;
    tight.rlim_cur = 64;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
    auto exported = exportCsv(*ws, QStringLiteral("brands"), out);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().contains(QStringLiteral("the file was not changed")));
    CHECK(test::fileBytes(out) == old);
    CHECK(filesIn(dir).filter(QStringLiteral("brands")) == QStringList{QStringLiteral("brands.csv")});
}

TEST_CASE("a stored proof opens from a private folder under a name that cannot leave it")
{
    CHECK(attachments::plainFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("passwd"));
    CHECK(attachments::plainFileName(QStringLiteral(".bashrc")) == QStringLiteral("bashrc"));
    CHECK(attachments::plainFileName(QStringLiteral("bukti 12/05 *final*.png")) == QStringLiteral("05 _final_.png"));
    CHECK(attachments::plainFileName(QStringLiteral("..")) == QStringLiteral("file"));
    CHECK(attachments::plainFileName(QStringLiteral("Tangkapan layar 1.png")) ==
          QStringLiteral("Tangkapan layar 1.png"));

    TempDir dir;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path(QStringLiteral("runtime"))));
    QDir().mkpath(dir.path(QStringLiteral("runtime")));
    QFile::setPermissions(dir.path(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto ws = test::createWorkspace(dir.path(QStringLiteral("proofs.collabdesk")));
    const QByteArray content("proof bytes");
    const QString source = test::writeFile(dir, QStringLiteral("source.png"), content);
    qint64 id = 0;
    {
        Transaction tx(*ws);
        REQUIRE(sql::run(tx.db(), QStringLiteral("INSERT INTO creators (name, name_key, created_at, updated_at) "
                                                 "VALUES ('Sari', 'sari', 'x', 'x')"))
                    .ok());
        auto added = attachments::add(tx, AttachmentOwner::Creator, 1, source);
        REQUIRE(added.ok());
        id = added.value();
        REQUIRE(tx.commit().ok());
    }
    QSqlDatabase db = ws->db();
    auto copy = attachments::openableCopy(db, id, QStringLiteral("../../../home/victim/.profile"));
    REQUIRE(copy.ok());
    CHECK(copy.value() == dir.path(QStringLiteral("runtime/collabdesk-files/%1-profile").arg(id)));
    CHECK(test::fileBytes(copy.value()) == content);
    CHECK(QFileInfo(QFileInfo(copy.value()).absolutePath()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser | QFileDevice::ExeUser));
    CHECK(QFileInfo(copy.value()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    qunsetenv("XDG_RUNTIME_DIR");
}

TEST_CASE("a backup clears the temporary copies of killed backups and leaves running ones", "[file]")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("tidy.collabdesk")));
    const QString out = dir.path(QStringLiteral("tidy.bak"));
    const QString dead = out + QStringLiteral(".tmp-999999999"); // above any pid Linux gives out
    const QString running = out + QStringLiteral(".tmp-%1").arg(::getppid());
    test::writeFile(dir, QFileInfo(dead).fileName(), "half a backup");
    test::writeFile(dir, QFileInfo(running).fileName(), "a backup being written");
    QSqlDatabase db = ws->db();
    REQUIRE(backup::writeCopy(db, out, false).ok());
    CHECK_FALSE(QFileInfo::exists(dead));
    CHECK(QFileInfo::exists(running));
    CHECK(backup::verify(out).ok());
}

TEST_CASE("a Cancel that comes after the last row still writes nothing")
{
    TempDir dir;
    auto ws = test::createWorkspace(dir.path(QStringLiteral("cancel.collabdesk")));
    const QString csv = test::writeFile(dir, QStringLiteral("brands.csv"), "name,category\r\nTeh Segar,beverages\r\n");
    ImportOptions options;
    qint64 asked = 0;
    // The user presses Cancel while the file's last rows are being written: only the last question says so.
    options.progress = [&](qint64 done, qint64 total) {
        ++asked;
        return done < total;
    };
    const ImportReport report = importCsv(*ws, QStringLiteral("brands"), csv, options);
    CHECK(report.cancelled);
    CHECK(report.added == 0);
    CHECK(asked == 1);
    QSqlDatabase db = ws->db();
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM brands")).value().toInt() == 0);
}
