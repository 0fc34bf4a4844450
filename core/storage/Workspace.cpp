#include "Workspace.h"

#include "Backup.h"
#include "Connection.h"
#include "FileIdentity.h"
#include "ServerChanges.h"
#include "ServerConnection.h"
#include "StopToken.h"
#include "VerifiedStamp.h"
#include "WorkspacePaths.h"
#include "WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

namespace cd {

Workspace::Workspace(QString path, Access access) : m_path(std::move(path)), m_dataPath(m_path), m_access(access) {}

Workspace::~Workspace()
{
    m_checkpoint.reset(); // its last write to the file comes before the clean close is noted
    QMutexLocker locker(&m_mutex);
    const Qt::HANDLE self = QThread::currentThreadId();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.key() == self)
            connection::close(it.value());
        else // another thread's: only its own thread may touch it; drop the registration
            QSqlDatabase::removeDatabase(it.value());
    }
    m_connections.clear();
    locker.unlock();
    if (m_lock && m_readyForWriting) {
        // Closed cleanly, with the log folded in: the next open need not check the file again.
        verified::record(m_path);
    }
    m_lock.reset();
}

QString Workspace::lockPath(const QString &path)
{
    return WriterLock::infoPath(resolvedPath(path));
}

QString Workspace::lockHolder(const QString &path)
{
    // A server has no single writer to name.
    return ServerAddress::looksLike(path) ? QString() : WriterLock::holder(resolvedPath(path));
}

QString Workspace::displayName() const
{
    return m_server ? m_server->database : QFileInfo(m_path).completeBaseName();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Access access)
{
    Options options;
    options.access = access;
    return open(path, options);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &rawPath, const Options &options)
{
    if (ServerAddress::looksLike(rawPath))
        return openServer(rawPath, options);
    auto opened = openFile(rawPath, options);
    // Whatever step was interrupted failed with SQLite's "interrupted": say what it means instead.
    if (!opened && options.stop && options.stop->stopped())
        return fail(tr("Opening %1 was cancelled; nothing in it was changed.").arg(resolvedPath(rawPath)));
    return opened;
}

Result<std::unique_ptr<Workspace>> Workspace::openFile(const QString &rawPath, const Options &options)
{
    if (rawPath.trimmed().isEmpty())
        return fail(tr("no workspace file was given"));
    // One name per file: the lock, the log and the notices all follow the file, not a link to it.
    const QString path = resolvedPath(rawPath);
    const int target = targetVersion(options.migrations);
    // Reading connections make -wal and -shm beside the file; a refused file is left without them.
    const connection::Sidecars sidecars(path);
    // A rollback journal a crash left beside the file holds the pages to put back; only a writer
    // may, and only under the lock. Identifying the file first would read it half-changed.
    std::unique_ptr<WriterLock> recovered;
    if (options.access == Access::ReadWrite && QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        auto lock = WriterLock::acquire(path);
        if (!lock)
            return lock.failure();
        recovered = std::move(lock.value());
        if (Status s = connection::rollBack(path); !s)
            return s.failure();
    }
    auto identity = identifyFile(path, target);
    if (!identity)
        return identity.failure();

    std::unique_ptr<Workspace> ws(new Workspace(path, options.access));
    const bool exists = identity->kind == FileIdentity::Kind::Workspace;
    if (!exists) {
        if (!options.create || options.access == Access::ReadOnly)
            return fail(identity->kind == FileIdentity::Kind::Missing
                            ? tr("there is no workspace at %1; create one with 'collabdesk-cli --db %1 init'").arg(path)
                            : tr("%1 is an empty file, not a workspace; create one with 'collabdesk-cli --db %1 init'")
                                  .arg(path));
        if (!QFileInfo(path).absoluteDir().exists())
            return fail(tr("cannot create %1: the folder %2 does not exist").arg(path, QFileInfo(path).absolutePath()));
    }
    ws->m_version = identity->version;

    if (options.access == Access::ReadWrite) {
        if (recovered) { // the crash that left the journal is an unclean shutdown
            ws->m_lock = std::move(recovered);
            ws->m_uncleanShutdown = true;
        } else if (Status s = ws->lockForWriting(!exists); !s) {
            // Through a second name, the -wal and -shm that reading made beside it are nobody else's.
            if (ws->m_refusedForLinks)
                sidecars.removeMadeSince();
            return s.failure();
        }
        if (Status s = ws->prepareForWriting(options, !exists); !s) {
            if (ws->m_version > 0 && ws->m_connections.isEmpty()) // refused before any writing connection
                sidecars.removeMadeSince();
            return s.failure();
        }
        ws->m_readyForWriting = true;
    } else if (ws->m_version < target) {
        if (Status s = ws->snapshotForReading(options); !s) {
            // The reading connection made -wal and -shm beside a file it then could not read; closed
            // first, so nothing of it is left (found by the workspace_open fuzzer).
            ws.reset();
            sidecars.removeMadeSince();
            return s.failure();
        }
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString &text, const Options &options)
{
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.failure();
    if (!options.password.isEmpty())
        address->password = options.password;
    std::unique_ptr<Workspace> ws(new Workspace(address->display(), options.access));
    ws->m_server = std::move(address.value());
    // This thread's connection, kept as its db() for the work that follows the open.
    const QString name = connection::uniqueName(QStringLiteral("ws"));
    auto db = ws->openConnection(name, options.access == Access::ReadOnly);
    if (!db)
        return db.failure();
    ws->m_connections.insert(QThread::currentThreadId(), name);
    if (Status s = ws->prepareServer(db.value(), options); !s)
        return s.failure();
    // Others' saves make this workspace's pages read again, as its own do.
    auto *others = new ServerChanges(db.value(), ws.get());
    connect(others, &ServerChanges::changed, ws.get(),
            [workspace = ws.get()](const QStringList &kinds) { workspace->announce(Changes(kinds)); });
    return ws;
}

Status Workspace::prepareServer(QSqlDatabase &db, const Options &options)
{
    const QList<MigrationStep> &steps = serverMigrations();
    const int target = targetVersion(steps);
    auto identity = server::identify(db, m_path, target);
    if (!identity)
        return identity.failure();
    m_version = identity->version;
    if (identity->kind == server::Identity::Kind::Empty && (!options.create || m_access == Access::ReadOnly))
        return fail(
            tr("the database %1 is empty; make a workspace in it with 'collabdesk-cli --db %1 init'").arg(m_path));
    if (m_version == target)
        return {};
    if (m_access == Access::ReadOnly)
        return fail(tr("the workspace %1 uses schema v%2; open it for writing once to update it to v%3")
                        .arg(m_path)
                        .arg(m_version)
                        .arg(target));
    // One transaction on the server: a failed step leaves the database as it was (a server
    // workspace is backed up with pg_dump, not by CollabDesk; README says how).
    if (Status s = applyMigrations(db, m_version, steps); !s)
        return fail(m_version == 0 ? tr("creating the workspace failed: %1").arg(s.error()) : s.error());
    if (m_version > 0)
        m_notices << tr("The workspace was updated from schema v%1 to v%2.").arg(m_version).arg(target);
    m_created = m_version == 0;
    m_version = target;
    return {};
}

Result<QSqlDatabase> Workspace::openConnection(const QString &name, bool readOnly) const
{
    if (m_server)
        return server::open(*m_server, name, readOnly);
    return connection::open(m_dataPath, name, readOnly ? connection::Access::ReadOnly : connection::Access::ReadWrite);
}

void Workspace::checkpointInBackground()
{
    const QMutexLocker locker(&m_mutex);
    if (m_server || !m_readyForWriting)
        return;
    if (!m_checkpoint)
        m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_dataPath);
    m_checkpoint->start();
}

BackgroundCheckpoint::Outcome Workspace::waitForCheckpoint()
{
    const QMutexLocker locker(&m_mutex);
    return m_checkpoint ? m_checkpoint->wait() : BackgroundCheckpoint::Outcome{};
}

Workspace::Opener Workspace::readerOpener() const
{
    if (m_server)
        return [address = *m_server](const QString &name) { return server::open(address, name, true); };
    return
        [path = m_dataPath](const QString &name) { return connection::open(path, name, connection::Access::ReadOnly); };
}

Status Workspace::lockForWriting(bool create)
{
    auto lock = WriterLock::acquire(m_path, create ? WriterLock::Create::IfMissing : WriterLock::Create::No);
    if (!lock) {
        struct stat st
        {
        };
        m_refusedForLinks = ::stat(QFile::encodeName(m_path).constData(), &st) == 0 && st.st_nlink > 1;
        return lock.failure();
    }
    // SQLite keeps the write-ahead log beside the name it was opened by: a writer through another
    // name would miss a log a crash left behind and later replay a stale one over its own changes.
    if (const qint64 names = lock.value()->linkCount(); names > 1) {
        m_refusedForLinks = true;
        return fail(tr("%1 has %2 names on this disk (hard links). Writing through more than one name can lose "
                       "changes, so it is opened only read-only. Make a copy of its own with 'collabdesk-cli --db %1 "
                       "backup COPY.collabdesk' and use the copy, or remove the other names.")
                        .arg(m_path)
                        .arg(names));
    }
    // A lock file whose writer has gone means the last session ended without closing the workspace.
    m_uncleanShutdown = lock.value()->foundLeftOver();
    m_lock = std::move(lock.value());
    return {};
}

Status Workspace::checkIntegrity(const Options &options)
{
    if (options.onStage)
        options.onStage(Stage::Checking);
    if (options.stop && options.stop->stopped())
        return fail(tr("the check was cancelled"));
    // Through a reading connection, before the writing one exists: a damaged file is refused
    // without a single byte written to it (not even the journal mode). A rollback journal left by
    // a crash must be rolled back first, which only a writing connection may do.
    const bool hotJournal = QFileInfo(m_path + QStringLiteral("-journal")).size() > 0;
    QSqlDatabase writer = hotJournal ? db() : QSqlDatabase();
    const StopToken::Watch watch(options.stop, writer);
    auto problems = hotJournal ? connection::quickCheck(writer) : connection::checkFile(m_path, options.stop);
    if (!problems)
        return problems.failure();
    if (!problems->isEmpty())
        return fail(tr("%1 is damaged (%2). It was left unchanged. Restore a backup with 'collabdesk-cli restore'.")
                        .arg(m_path, problems->mid(0, 3).join(QStringLiteral("; "))));
    return {};
}

Status Workspace::prepareForWriting(const Options &options, bool create)
{
    if (create) {
        // Owner-only permissions from the first byte (the lock made the file 0600 when it was
        // missing; an empty file the user made is set so); SQLite gives -wal/-shm the same mode.
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        const bool mustMigrate = m_version < targetVersion(options.migrations);
        if (m_uncleanShutdown || mustMigrate || !verified::isUnchanged(m_path)) {
            if (Status s = checkIntegrity(options); !s)
                return s;
            if (m_uncleanShutdown)
                m_notices << tr("The workspace was not closed properly last time; its integrity was checked and is "
                                "fine.");
        }
        if (mustMigrate)
            if (Status s = migrate(options); !s)
                return s;
    }
    QSqlDatabase database = db();
    if (!database.isOpen())
        return fail(tr("cannot open %1 for writing").arg(m_path));
    if (create) {
        if (Status s = connection::exec(database, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)); !s)
            return s;
        if (Status s = applyMigrations(database, 0, options.migrations); !s) {
            // Nothing of the user's is in a file this call just made: remove it rather than leave half a workspace.
            database = QSqlDatabase();
            for (const QString &name : std::as_const(m_connections))
                connection::close(name);
            m_connections.clear();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(m_path + QLatin1String(suffix));
            return fail(tr("creating the workspace failed: %1").arg(s.error()));
        }
        m_version = targetVersion(options.migrations);
        m_created = true;
    }
    return {};
}

Status Workspace::migrate(const Options &options)
{
    // A connection of its own that leaves the journal mode alone: switching an older file to WAL
    // rewrites its header, and a migration that fails must leave the file byte for byte as it was
    // (found by the workspace_open fuzzer). The connections opened later switch it.
    const int target = targetVersion(options.migrations);
    const QString copy = backup::preMigrationPath(m_path, target);
    const QString name = connection::uniqueName(QStringLiteral("migrate"));
    Status result;
    {
        auto database = connection::open(m_path, name, connection::Access::ReadWriteInJournalMode);
        QSqlDatabase none;
        const StopToken::Watch watch(options.stop, database ? database.value() : none);
        if (options.onStage)
            options.onStage(Stage::BackingUp);
        if (!database)
            result = fail(database.error());
        else if (options.stop && options.stop->stopped())
            result = fail(tr("the update was cancelled"));
        else if (Status s = backup::writeCopy(database.value(), copy, true); !s)
            result = fail(tr("the workspace needs updating to schema v%1, but the backup before it failed, so nothing "
                             "was changed: %2")
                              .arg(target)
                              .arg(s.error()));
        else {
            backup::prunePreMigration(m_path);
            if (options.onStage)
                options.onStage(Stage::Updating);
            if (Status migrated = applyMigrations(database.value(), m_version, options.migrations); !migrated)
                result = fail(tr("%1 Nothing in the workspace was changed; a copy from before the update is at %2.")
                                  .arg(migrated.error(), copy));
        }
    }
    connection::close(name);
    if (!result)
        return result;
    m_notices << tr("The workspace was updated from schema v%1 to v%2; a copy of the old one is at %3.")
                     .arg(m_version)
                     .arg(target)
                     .arg(copy);
    m_version = target;
    return {};
}

Status Workspace::snapshotForReading(const Options &options)
{
    // Reading never writes the file, yet queries expect the current schema: read a private copy
    // made through SQLite (consistent even while another program writes) and updated in place.
    m_snapshot = std::make_unique<QTemporaryDir>();
    if (!m_snapshot->isValid())
        return fail(tr("cannot make a temporary folder to read %1: %2").arg(m_path, m_snapshot->errorString()));
    const QString copy = m_snapshot->filePath(QStringLiteral("snapshot.collabdesk"));
    const QString reader = connection::uniqueName(QStringLiteral("snapshot-source"));
    {
        auto source = connection::open(m_path, reader, connection::Access::ReadOnly);
        if (!source)
            return source.failure();
        if (options.onStage)
            options.onStage(Stage::Updating);
        Status copied = [&] {
            const StopToken::Watch watch(options.stop, source.value());
            return backup::writeCopy(source.value(), copy, false);
        }();
        source.value() = QSqlDatabase();
        connection::close(reader);
        if (!copied)
            return fail(tr("cannot read %1 (schema v%2): %3").arg(m_path).arg(m_version).arg(copied.error()));
    }
    const QString writer = connection::uniqueName(QStringLiteral("snapshot"));
    Status migrated;
    {
        auto target = connection::open(copy, writer, connection::Access::ReadWrite);
        if (!target)
            return target.failure();
        migrated = [&] {
            const StopToken::Watch watch(options.stop, target.value());
            return applyMigrations(target.value(), m_version, options.migrations);
        }();
        target.value() = QSqlDatabase();
        connection::close(writer);
    }
    if (!migrated)
        return fail(tr("cannot read %1 (schema v%2): %3").arg(m_path).arg(m_version).arg(migrated.error()));
    m_notices << tr("The workspace uses schema v%1 and is shown as updated to v%2; the file itself stays as it is "
                    "until it is opened for writing.")
                     .arg(m_version)
                     .arg(targetVersion(options.migrations));
    m_version = targetVersion(options.migrations);
    m_dataPath = copy;
    return {};
}

QSqlDatabase Workspace::db()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker locker(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = connection::uniqueName(QStringLiteral("ws"));
    auto opened = openConnection(name, m_access == Access::ReadOnly);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    m_connections.insert(thread, name);
    return opened.value();
}

void Workspace::releaseThreadConnection()
{
    QMutexLocker locker(&m_mutex);
    const QString name = m_connections.take(QThread::currentThreadId());
    if (!name.isEmpty())
        connection::close(name);
}

bool Workspace::enterTransaction()
{
    QMutexLocker locker(&m_mutex);
    const Qt::HANDLE thread = QThread::currentThreadId();
    if (m_transactionThreads.contains(thread))
        return false;
    m_transactionThreads.insert(thread);
    return true;
}

void Workspace::leaveTransaction()
{
    QMutexLocker locker(&m_mutex);
    m_transactionThreads.remove(QThread::currentThreadId());
}

void Workspace::announce(const Changes &changes)
{
    if (changes.isEmpty())
        return;
    emit recordsChanged(changes);
    emit changed(changes.kinds());
}

} // namespace cd
