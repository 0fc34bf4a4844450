#include "FuzzSupport.h"

#include "common/Clock.h"
#include "interchange/Importer.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cd::fuzz {
namespace {
// Made once, never destroyed: the workspace and the application outlive every input, and their
// destruction order at exit is of no interest. The folder is removed by an exit handler.
QTemporaryDir *tempDir = nullptr;
Workspace *workspace = nullptr;
qint64 participant = 0;

void messages(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    if (verbose() || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(text));
}

void removeTempDir()
{
    if (tempDir)
        tempDir->remove();
}

// The files the seeded workspace is filled from (formats.md), in import order.
struct Seed
{
    const char *kind;
    const char *csv;
};
const Seed seeds[] = {
    {"brands", "name,category,competitors,contact_email,notes\n"
               "Teh Segar,beverages,Kopi Kita;Jus Jaya,hello@tehsegar.id,\n"
               "Kopi Kita,beverages,Teh Segar,,\"rival, \"\"old\"\" friend\"\n"},
    {"creators", "name,platform,handle,followers,niche,country,email,tax_type,agency_rate\n"
                 "Rina Wijaya,instagram,rina.eats,125000,food,ID,rina@example.com,person,20\n"
                 "Rina Wijaya,tiktok,RinaEats,310000,food,ID,rina@example.com,person,20\n"
                 "Budi Santoso,youtube,budicooks,54000,food,ID,,person_final,\n"},
    {"campaigns", "name,brand,goal,status,start_date,end_date,budget,currency,platforms,hashtags,mentions,"
                  "disclosure,kpi_posts,kpi_views\n"
                  "Ramadan Glow,Teh Segar,awareness,active,2026-03-01,2026-03-31,150000000,IDR,"
                  "instagram;tiktok;youtube,#TehSegar,@tehsegar.id,yes,6,500000\n"},
    {"participants", "campaign,creator,fee,currency,commission_rate,status\n"
                     "Ramadan Glow,Rina Wijaya,15000000,IDR,10,confirmed\n"
                     "Ramadan Glow,Budi Santoso,8000000,IDR,,confirmed\n"},
    {"deliverables", "campaign,creator,platform,title,format,due_date,status,post_url\n"
                     "Ramadan Glow,Rina Wijaya,instagram,Buka puasa reel,reel,2026-03-12,posted,"
                     "https://www.instagram.com/reel/ABC123/\n"},
    {"contracts", "campaign,creator,status,language,usage_channels,usage_start,usage_end,revision_rounds\n"
                  "Ramadan Glow,Budi Santoso,draft,id,organic;website,2026-03-01,2026-06-30,2\n"},
};
} // namespace

void initialize(int *argc, char ***argv)
{
    // QCoreApplication keeps a reference to argc: give it one that lives as long as it does.
    static int appArgc = 1;
    static char *appArgv[] = {*argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr};
    qInstallMessageHandler(messages);
    tempDir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/collabdesk-fuzz-XXXXXX"));
    if (!tempDir->isValid())
        violated("harness: no temporary folder", tempDir->errorString());
    std::atexit(removeTempDir);
    for (const char *name : {"XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = tempPath(QString::fromLatin1(name).toLower());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv(name, QFile::encodeName(dir));
    }
    new QCoreApplication(appArgc, appArgv);
    QCoreApplication::setApplicationName(QStringLiteral("collabdesk"));
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIntValue("COLLABDESK_FUZZ_VERBOSE") != 0;
    return on;
}

QString tempPath(const QString &name)
{
    return tempDir->filePath(name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        violated("harness: cannot write", path + QStringLiteral(": ") + file.errorString());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    return bytes.isNull() ? QByteArray("") : bytes; // an empty file is not an unreadable one
}

Workspace &seededWorkspace()
{
    if (workspace)
        return *workspace;
    Workspace::Options options;
    options.create = true;
    auto opened = Workspace::open(tempPath(QStringLiteral("seeded.collabdesk")), options);
    if (!opened)
        violated("harness: cannot create the seeded workspace", opened.error());
    workspace = opened.value().release();
    // An agency's workspace: payments both ways (a brand's has only payables).
    if (Status s = settings::setByName(*workspace, *findSettingKey(u"perspective"), QStringLiteral("agency")); !s)
        violated("harness: cannot set the perspective", s.error());
    const QString csv = tempPath(QStringLiteral("seed.csv"));
    for (const Seed &seed : seeds) {
        writeFile(csv, QByteArray(seed.csv));
        const ImportReport report = importCsv(*workspace, QString::fromLatin1(seed.kind), csv);
        if (!report.ok() || report.added == 0)
            violated("harness: the seed does not import",
                     QString::fromLatin1(seed.kind) + QLatin1Char('\n') + report.errors.join(QLatin1Char('\n')));
    }
    QSqlDatabase db = workspace->db();
    auto id = sql::scalar(db, QStringLiteral("SELECT p.id FROM participants p JOIN creators c ON c.id = p.creator_id "
                                             "WHERE c.name = 'Rina Wijaya'"));
    if (!id || id->isNull())
        violated("harness: the seeded participant is missing", id ? QString() : id.error());
    participant = id->toLongLong();
    return *workspace;
}

qint64 seededParticipant()
{
    seededWorkspace();
    return participant;
}

void violated(const char *what, const QString &detail)
{
    std::fprintf(stderr, "\n==== fuzz property violated: %s\n%s\n", what, qPrintable(detail));
    std::fflush(stderr);
    __builtin_trap();
}

} // namespace cd::fuzz
