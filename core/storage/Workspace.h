#pragma once

#include "BackgroundCheckpoint.h"
#include "Changes.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "common/Result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace cd {

class StopToken;
class WriterLock;

// One open workspace: a file, or a database on a PostgreSQL server (team mode). Owns the write lock and one SQLite
// connection per thread (a Qt SQL connection belongs to the thread that opened it). Every write goes through a
// Transaction; `changed` is emitted after a transaction commits, never before.
class Workspace : public QObject
{
    Q_OBJECT
public:
    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    // The steps of an open that grow with the file, reported as they begin.
    enum class Stage
    {
        Checking,  // the integrity check before the first write (after an unclean close, or a change elsewhere)
        BackingUp, // the copy kept from before a schema update
        Updating   // the schema update itself (for a read-only open, of a private copy)
    };

    struct Options
    {
        Access access = Access::ReadWrite;
        // Create the file when it does not exist (or is empty). Without it a missing file is an error.
        bool create = false;
        // Schema steps; tests pass their own to exercise migrations.
        QList<MigrationStep> migrations = standardMigrations();
        // Called on the opening thread as each slow step begins, so a window can say what it waits for.
        std::function<void(Stage)> onStage;
        // Set, a person may call off a check or an update under way from another thread: the open
        // then fails with wasStopped() in its message, and the file is as it was.
        StopToken *stop = nullptr;
        // A server workspace's password, asked for by the app (server::needsPassword); kept in
        // memory for this workspace's connections only, never written anywhere.
        QString password;
    };

    // Opens `path`: a server address (postgresql://..., see ServerAddress) or a file.
    // A server workspace is identified first too: an empty database is made a workspace only with
    // `create`; one holding anything else, or a newer schema, is refused and left unchanged.
    // A file (its links resolved: path() is the file's own name). The file is identified
    // read-only first: anything that is not a healthy CollabDesk workspace this build understands
    // is refused and left unchanged. ReadWrite takes the writer lock (a second writer, through any
    // name, gets "open in <app> (pid N)"), refuses a file with several hard links, checks the
    // file's integrity before the first write unless it is exactly as CollabDesk last closed it
    // (verified::isUnchanged), and migrates an older schema after a verified backup NAME.pre-vN.bak.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Access access = Access::ReadWrite);
    ~Workspace() override;

    // The file, or the server address without its password.
    const QString &path() const { return m_path; }
    bool isServer() const { return m_server.has_value(); }
    // The file connections read: the workspace itself, or the updated private copy a read-only
    // open of an older schema reads (for connections of their own, e.g. on a worker thread).
    const QString &dataPath() const { return m_dataPath; }
    // File name without extension (a server workspace: its database's name), for titles and the
    // status bar.
    QString displayName() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_version; }
    // Whether this open made the workspace (Options::create on a missing file or an empty database).
    bool wasCreated() const { return m_created; }
    // Things the user should hear about the open (migration done, unclean shutdown checked).
    const QStringList &notices() const { return m_notices; }

    // This thread's connection, opened on first use. Do not keep it beyond the Workspace.
    QSqlDatabase db();
    // Opens reading connections to this workspace's data on any thread under a given unique name
    // (closed with connection::close), independent of the Workspace object: a worker keeps the
    // opener, which holds a copy of the file name or server address.
    using Opener = std::function<Result<QSqlDatabase>(const QString &name)>;
    Opener readerOpener() const;
    // Closes this thread's connection; a worker thread calls it before it ends (after dropping
    // its QSqlDatabase and QSqlQuery objects).
    void releaseThreadConnection();

    // After a bulk write committed with the automatic checkpoint off (an import's): folds
    // the write-ahead log into the file on a thread of its own. Nothing on a server or read-only.
    void checkpointInBackground();
    // Waits for that checkpoint; what it did (tests).
    BackgroundCheckpoint::Outcome waitForCheckpoint();

    // Who holds the write lock of `path`, as "CollabDesk (pid 123)", or empty if nobody. Changes
    // nothing on disk.
    static QString lockHolder(const QString &path);
    // The file beside a workspace that names its writer (NAME.lock).
    static QString lockPath(const QString &path);

    // Tells every reader of the workspace what changed: recordsChanged(), then changed() with its
    // kinds. A commit calls it, and so does a save on the server by another client (kinds only);
    // tests and benchmarks stand in for a commit with it.
    void announce(const Changes &changes);

signals:
    // What a committed transaction changed, with the ids of the records its writes named (see
    // Changes); emitted just before changed(). For a page that reads back only those records.
    void recordsChanged(const cd::Changes &changes);
    // Record kinds ("creators", "brands", ...) changed by a committed transaction.
    void changed(const QStringList &kinds);

private:
    friend class Transaction;
    Workspace(QString path, Access access);
    Status lockForWriting(bool create);
    static Result<std::unique_ptr<Workspace>> openFile(const QString &rawPath, const Options &options);
    static Result<std::unique_ptr<Workspace>> openServer(const QString &address, const Options &options);
    Status prepareServer(QSqlDatabase &db, const Options &options);
    Result<QSqlDatabase> openConnection(const QString &name, bool readOnly) const;
    Status checkIntegrity(const Options &options);
    Status prepareForWriting(const Options &options, bool create);
    Status snapshotForReading(const Options &options);
    Status migrate(const Options &options);
    // Marks this thread as inside a transaction; false when it already is.
    bool enterTransaction();
    void leaveTransaction();

    QString m_path;
    // The file connections open: the workspace itself, or for a read-only look at an older schema
    // a private copy updated to this build's schema (the workspace file is never written).
    QString m_dataPath;
    std::unique_ptr<QTemporaryDir> m_snapshot;
    std::optional<ServerAddress> m_server;
    Access m_access;
    int m_version = 0;
    QStringList m_notices;
    std::unique_ptr<WriterLock> m_lock;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint; // made with the first bulk write
    bool m_created = false;
    bool m_uncleanShutdown = false;
    bool m_readyForWriting = false; // opened for writing and checked: its clean close is noted
    bool m_refusedForLinks = false; // refused, and the file has several names
    QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connections;
    // Threads with a transaction open: transactions nest on no thread, but an import's worker
    // thread may write while the GUI thread reads.
    QSet<Qt::HANDLE> m_transactionThreads;
};

} // namespace cd
