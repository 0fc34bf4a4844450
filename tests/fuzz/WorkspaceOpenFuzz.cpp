// Opening a file as a workspace (core/storage/FileIdentity.h, core/storage/Workspace.h): the input
// is written as a file, then identified, opened read-only and opened for writing, each time from a
// fresh copy in an empty folder. Checked beyond crashes and hangs (formats.md: a file that is not a
// workspace, or is damaged, is refused and never written):
// - identifying and reading never change the file; a refused file is left byte for byte as it was,
//   with no -wal, -shm or -journal made beside it;
// - what a read-only open accepts can be read: every record kind, and the settings;
// - what a writing open accepts is read and written, and is a workspace again once closed.
#include "FuzzSupport.h"

#include "records/RecordKind.h"
#include "storage/FileIdentity.h"
#include "storage/Settings.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace {
using namespace cd;

// A fresh folder holding only the input as "fuzz.collabdesk"; the verified-file notes (a clean close
// spares the next open its check) are forgotten too, so an input behaves the same every time.
QString freshFile(const QByteArray &bytes)
{
    static const QString dir = fuzz::tempPath(QStringLiteral("open"));
    static const QString notes = fuzz::tempPath(QStringLiteral("xdg_cache_home/collabdesk/verified.ini"));
    QDir(dir).removeRecursively();
    QFile::remove(notes);
    if (!QDir().mkpath(dir))
        fuzz::violated("harness: cannot make the folder", dir);
    const QString path = dir + QStringLiteral("/fuzz.collabdesk");
    fuzz::writeFile(path, bytes);
    return path;
}

void leftAsItWas(const char *what, const QString &path, const QByteArray &bytes, const QString &why)
{
    if (fuzz::readFile(path) != bytes)
        fuzz::violated(what, QStringLiteral("the file changed (%1)").arg(why));
}

void nothingBeside(const char *what, const QString &path, const QString &why)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            fuzz::violated(what, QStringLiteral("%1%2 was left beside it (%3)").arg(path, QLatin1String(suffix), why));
}

void readEverything(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    for (const RecordKind &kind : recordKinds())
        (void)readRecords(db, kind);
    (void)settings::tierThresholds(db);
    (void)settings::defaultCurrency(db);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    QString path = freshFile(bytes);
    const auto identity = identifyFile(path);
    leftAsItWas("identifyFile wrote to the file", path, bytes,
                identity ? QStringLiteral("identified") : identity.error());
    if (!identity)
        nothingBeside("identifyFile refused the file but left files beside it", path, identity.error());

    path = freshFile(bytes);
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (ws)
            readEverything(*ws.value());
        else
            nothingBeside("a read-only open refused the file but left files beside it", path, ws.error());
    }
    leftAsItWas("a read-only open wrote to the file", path, bytes, QStringLiteral("read-only"));

    path = freshFile(bytes);
    auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
    if (!ws) {
        leftAsItWas("a writing open refused the file but changed it", path, bytes, ws.error());
        nothingBeside("a writing open refused the file but left files beside it", path, ws.error());
        return 0;
    }
    readEverything(*ws.value());
    (void)settings::setValue(*ws.value(), QStringLiteral("fuzz.note"), QStringLiteral("written"));
    ws.value().reset();
    if (const auto again = identifyFile(path); !again || again->kind != FileIdentity::Kind::Workspace)
        fuzz::violated("a workspace opened for writing and closed is no workspace any more", again.error());
    return 0;
}
