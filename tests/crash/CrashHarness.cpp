// The crash harness (issue 18). Runs collabdesk-cli operations (an import, a backup, a restore, a
// schema migration, an erasure) and kills each with SIGKILL just before every call that makes data last or
// moves it (fsync, fdatasync, ftruncate, rename, unlink: crash_shim.c), then at random instants.
// After every kill the workspace must open for writing as the next session would, pass its
// integrity check and hold exactly the records it held before the operation or exactly those after
// it; an output file must be absent or whole. Prints its figures; exits 1 on anything else.
//
//   crash_harness [--random N]   N random kills per operation (default 10: the short run CI makes)
#include "storage/Backup.h"
#include "storage/Connection.h"
#include "storage/KeptSummaries.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <cstdio>
#include <functional>

using namespace cd;

namespace {

struct Operation
{
    QString name;
    QStringList files;                                     // copied from the base folder into each trial
    std::function<QStringList(const QString &trial)> args; // the command line, given the trial folder
    QString output;                                        // a file the command writes, checked whole or absent
};

// Every table's rows in rowid order, hashed: two workspaces with the same records hash the same.
QByteArray recordsOf(const QString &path, QString *why)
{
    auto ws = Workspace::open(path);
    if (!ws) {
        *why = ws.error();
        return {};
    }
    QSqlDatabase db = ws.value()->db();
    if (auto problems = connection::quickCheck(db); !problems || !problems->isEmpty()) {
        *why = problems ? problems->join(QStringLiteral("; ")) : problems.error();
        return {};
    }
    // The kept summaries (v5) must agree with the snapshots whatever instant the kill came at.
    if (auto disagree = summaries::problems(db); !disagree || !disagree->isEmpty()) {
        *why = disagree ? disagree->join(QStringLiteral("; ")) : disagree.error();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY name"));
    while (list.next())
        tables << list.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        // The workspace id is new at each migration: a fact of the run, not a record.
        QSqlQuery rows(db);
        rows.exec(table == QLatin1String("settings")
                      ? QStringLiteral("SELECT * FROM settings WHERE key <> 'workspace_id' ORDER BY rowid")
                      : QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        hash.addData(table.toUtf8());
        const QSqlRecord columns = rows.record();
        while (rows.next())
            for (int i = 0; i < columns.count(); ++i)
                if (!columns.fieldName(i).endsWith(QLatin1String("_at"))) // when it was saved, not what
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

// A fresh trial folder holding `files` from the base folder (those that exist there).
void copyFiles(const QString &from, const QString &to, const QStringList &files)
{
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    for (const QString &name : files) {
        if (QFile::exists(QDir(from).filePath(name)))
            QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
    }
}

QProcessEnvironment environment(const QString &cache)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(CRASH_SHIM));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CRASH_AT"));
    return env;
}

struct Tally
{
    int runs = 0, before = 0, after = 0, failures = 0;
    Tally &operator+=(const Tally &t)
    {
        runs += t.runs;
        before += t.before;
        after += t.after;
        failures += t.failures;
        return *this;
    }
};

class Harness
{
public:
    Harness(QString base, QString work) : m_base(std::move(base)), m_work(std::move(work)) {}

    // Runs `op` once whole (its call count, its time and its after-state), then killed at every
    // counted call, then killed `randomKills` times at random instants.
    Tally run(const Operation &op, int randomKills)
    {
        Tally tally;
        const QString trial = QDir(m_work).filePath(QStringLiteral("trial"));
        QDir().mkpath(trial);
        const QString workspace = QDir(trial).filePath(QStringLiteral("ws.collabdesk"));
        QString why;
        copyFiles(m_base, trial, op.files);
        const QByteArray before = recordsOf(workspace, &why);
        copyFiles(m_base, trial, op.files);
        const QString countFile = QDir(m_work).filePath(QStringLiteral("count"));
        QProcessEnvironment env = environment(QDir(m_work).filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("CRASH_COUNT_FILE"), countFile);
        QElapsedTimer clock;
        clock.start();
        const int status = launch(op, trial, env, -1);
        const qint64 wholeMs = clock.elapsed();
        env.remove(QStringLiteral("CRASH_COUNT_FILE"));
        QFile counted(countFile);
        const int calls = counted.open(QIODevice::ReadOnly) ? counted.readAll().trimmed().toInt() : 0;
        const QByteArray after = recordsOf(workspace, &why);
        if (status != 0 || before.isEmpty() || after.isEmpty()) {
            std::printf("%s: the uncrashed run failed (exit %d) %s\n", qPrintable(op.name), status, qPrintable(why));
            tally.failures = 1;
            return tally;
        }
        auto judge = [&](const QString &how) {
            QString problem;
            const QByteArray now = recordsOf(workspace, &problem);
            ++tally.runs;
            if (!now.isEmpty() && now == before)
                ++tally.before;
            else if (!now.isEmpty() && now == after)
                ++tally.after;
            else
                problem = problem.isEmpty() ? QStringLiteral("records match neither before nor after") : problem;
            const QString out = op.output.isEmpty() ? QString() : QDir(trial).filePath(op.output);
            if (problem.isEmpty() && !out.isEmpty() && QFile::exists(out) && !backup::verify(out))
                problem = QStringLiteral("%1 exists but is not whole").arg(op.output);
            if (!problem.isEmpty()) {
                ++tally.failures;
                std::printf("  FAILED %s, %s: %s\n", qPrintable(op.name), qPrintable(how), qPrintable(problem));
            }
        };
        for (int k = 1; k <= calls; ++k) {
            copyFiles(m_base, trial, op.files);
            launch(op, trial, env, k);
            judge(QStringLiteral("killed before call %1 of %2").arg(k).arg(calls));
        }
        for (int i = 0; i < randomKills; ++i) {
            copyFiles(m_base, trial, op.files);
            const int delay = int(QRandomGenerator::global()->bounded(qMax<qint64>(1, wholeMs)));
            launch(op, trial, env, 0, delay);
            judge(QStringLiteral("killed after %1 ms").arg(delay));
        }
        std::printf("%-16s %3d calls, %4lld ms whole; %3d killed runs: %3d exactly before, %3d exactly after, %d "
                    "other\n",
                    qPrintable(op.name), calls, static_cast<long long>(wholeMs), tally.runs, tally.before, tally.after,
                    tally.failures);
        std::fflush(stdout);
        return tally;
    }

private:
    // Runs the command: killed by the shim before call `crashAt` (> 0), or by us after `killAfterMs`
    // (crashAt 0), or left to finish (crashAt -1). Returns its exit code (-1 when killed).
    int launch(const Operation &op, const QString &trial, QProcessEnvironment env, int crashAt, int killAfterMs = 0)
    {
        if (crashAt > 0)
            env.insert(QStringLiteral("CRASH_AT"), QString::number(crashAt));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(QStringLiteral(COLLABDESK_CLI), op.args(trial));
        if (crashAt == 0) {
            p.waitForStarted();
            QThread::msleep(killAfterMs);
            p.kill();
        }
        p.waitForFinished(120'000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString m_base, m_work;
};

// The base folder: a workspace with committed changes still in its write-ahead log (as a crash or
// an open app leaves it), a backup of an earlier state, a CSV of new brands, the v1 fixture.
bool prepareBase(const QString &base)
{
    const QString ws = QDir(base).filePath(QStringLiteral("prep.collabdesk"));
    Workspace::Options creating;
    creating.create = true;
    auto opened = Workspace::open(ws, creating);
    if (!opened)
        return false;
    Workspace &w = *opened.value();
    auto addBrands = [&](int from, int n) {
        Transaction tx(w);
        for (int i = from; i < from + n; ++i) {
            QSqlQuery q(tx.db());
            q.prepare(QStringLiteral("INSERT INTO brands (name, name_key, created_at, updated_at) VALUES (?, ?, 'x', "
                                     "'x')"));
            q.addBindValue(QStringLiteral("Brand %1").arg(i));
            q.addBindValue(QStringLiteral("brand %1").arg(i));
            q.exec();
        }
        tx.touch(QStringLiteral("brands"));
        return tx.commit().ok();
    };
    if (!addBrands(0, 50))
        return false;
    QSqlDatabase db = w.db();
    if (!backup::writeCopy(db, QDir(base).filePath(QStringLiteral("earlier.bak")), true))
        return false;
    if (!addBrands(50, 20))
        return false;
    // Copied while open: the last changes are only in the log.
    QFile::copy(ws, QDir(base).filePath(QStringLiteral("ws.collabdesk")));
    QFile::copy(ws + QStringLiteral("-wal"), QDir(base).filePath(QStringLiteral("ws.collabdesk-wal")));
    opened.value().reset();

    QFile csv(QDir(base).filePath(QStringLiteral("brands.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("name,category,website\r\n");
    for (int i = 0; i < 300; ++i)
        csv.write(QStringLiteral("Imported %1,beverages,https://imported%1.example\r\n").arg(i).toUtf8());
    csv.close();
    // Follower counts for the v1 fixture's creator, newest first: each row moves the kept latest count.
    QFile counts(QDir(base).filePath(QStringLiteral("followers.csv")));
    if (!counts.open(QIODevice::WriteOnly))
        return false;
    counts.write("creator,platform,date,followers\r\n");
    for (int i = 0; i < 300; ++i)
        counts.write(QStringLiteral("Rina Wijaya,tiktok,%1,%2\r\n")
                         .arg(QDate(2025, 12, 31).addDays(-i).toString(Qt::ISODate))
                         .arg(130'000 - i * 10)
                         .toUtf8());
    counts.close();
    // Post numbers for the v1 fixture's post and 40 new ones: enough to fill batches, so the import
    // drops the post summary trigger in its transaction and makes it again before the commit.
    QFile metrics(QDir(base).filePath(QStringLiteral("post_metrics.csv")));
    if (!metrics.open(QIODevice::WriteOnly))
        return false;
    metrics.write("campaign,creator,platform,post_url,posted_at,date,likes\r\n");
    for (int post = 0; post <= 40; ++post)
        for (int day = 8; day >= 1; --day)
            metrics.write(QStringLiteral("Ramadan Refresh 2026,Rina Wijaya,instagram,"
                                         "https://www.instagram.com/reel/%1/,2026-03-12,2026-04-%2,%3\r\n")
                              .arg(post == 0 ? QStringLiteral("ABC123") : QStringLiteral("CRASH%1").arg(post))
                              .arg(day, 2, 10, QLatin1Char('0'))
                              .arg(post * 100 + day)
                              .toUtf8());
    metrics.close();
    return QFile::copy(QStringLiteral(FIXTURE_V1), QDir(base).filePath(QStringLiteral("v1.collabdesk")));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int randomKills = args.contains(QStringLiteral("--random"))
                                ? args.value(args.indexOf(QStringLiteral("--random")) + 1).toInt()
                                : 10;
    QTemporaryDir work;
    const QString base = work.filePath(QStringLiteral("base"));
    QDir().mkpath(base);
    qputenv("XDG_CACHE_HOME", QFile::encodeName(work.filePath(QStringLiteral("cache"))));
    if (!prepareBase(base)) {
        std::printf("could not prepare the base workspace\n");
        return 1;
    }
    QFile::copy(QDir(base).filePath(QStringLiteral("v1.collabdesk")),
                QDir(base).filePath(QStringLiteral("v1-as-ws.collabdesk")));
    const QStringList live = {QStringLiteral("ws.collabdesk"),     QStringLiteral("ws.collabdesk-wal"),
                              QStringLiteral("ws.collabdesk-shm"), QStringLiteral("ws.collabdesk.lock"),
                              QStringLiteral("out.bak"),           QStringLiteral("earlier.bak"),
                              QStringLiteral("brands.csv")};
    auto db = [](const QString &trial) {
        return QStringList{QStringLiteral("--db"), trial + QStringLiteral("/ws.collabdesk")};
    };
    const QList<Operation> operations = {
        {QStringLiteral("import brands"),
         live,
         [&](const QString &t) {
             return db(t) +
                    QStringList{QStringLiteral("import"), QStringLiteral("brands"), t + QStringLiteral("/brands.csv")};
         },
         {}},
        {QStringLiteral("backup"), live,
         [&](const QString &t) {
             return db(t) + QStringList{QStringLiteral("backup"), t + QStringLiteral("/out.bak")};
         },
         QStringLiteral("out.bak")},
        {QStringLiteral("restore"),
         live,
         [&](const QString &t) {
             return db(t) + QStringList{QStringLiteral("restore"), t + QStringLiteral("/earlier.bak"),
                                        QStringLiteral("--force")};
         },
         {}},
    };
    Harness harness(base, work.path());
    Tally total;
    for (const Operation &op : operations)
        total += harness.run(op, randomKills);
    // The migration: v1 is updated to the current schema; before and after are the same records.
    QFile::remove(QDir(base).filePath(QStringLiteral("ws.collabdesk")));
    QFile::remove(QDir(base).filePath(QStringLiteral("ws.collabdesk-wal")));
    QFile::copy(QStringLiteral(FIXTURE_V1), QDir(base).filePath(QStringLiteral("ws.collabdesk")));
    const Tally migration = harness.run({QStringLiteral("migrate v1"),
                                         {QStringLiteral("ws.collabdesk"), QStringLiteral("ws.collabdesk-wal")},
                                         [&](const QString &t) { return db(t) + QStringList{QStringLiteral("init")}; },
                                         {}},
                                        randomKills);
    total.runs += migration.runs;
    total.before += migration.before + migration.after;
    total.failures += migration.failures;
    // Erasing a creator's personal data (from the same v1 file, so the migration runs first): one
    // transaction with secure delete, then a checkpoint that rewrites the file from its log.
    total += harness.run({QStringLiteral("erase"),
                          {QStringLiteral("ws.collabdesk")},
                          [&](const QString &t) {
                              return db(t) + QStringList{QStringLiteral("erase"), QStringLiteral("--creator"),
                                                         QStringLiteral("Rina Wijaya")};
                          },
                          {}},
                         randomKills);
    // Imports into the same file: follower counts move the kept latest counts with every row; post
    // numbers in bulk have the summary trigger away until just before the commit.
    for (const QString &kind : {QStringLiteral("followers"), QStringLiteral("post_metrics")}) {
        const QString file = kind + QStringLiteral(".csv");
        total += harness.run({QStringLiteral("import ") + kind,
                              {QStringLiteral("ws.collabdesk"), file},
                              [&](const QString &t) {
                                  return db(t) + QStringList{QStringLiteral("import"), kind, t + u'/' + file};
                              },
                              {}},
                             randomKills);
    }
    std::printf("crash harness: %d kills, %d left the workspace exactly before, %d exactly after, %d other\n",
                total.runs, total.before, total.after, total.failures);
    return total.failures == 0 && total.runs > 0 ? 0 : 1;
}
