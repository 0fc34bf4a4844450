#include "BenchCampaign.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "storage/Connection.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceMove.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace cd::bench {
namespace {
QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &params = {})
{
    auto v = sql::scalar(db, statement, params);
    if (!v)
        qFatal("%s", qPrintable(v.error()));
    return v.value();
}
} // namespace

qint64 makeBenchCampaign(Workspace &ws, const QString &name, int creators, int days)
{
    Transaction tx(ws);
    QSqlDatabase &db = tx.db();
    const QDate start = Clock::today().addDays(-days);
    const QString now = Clock::timestamp();
    const qint64 brand = scalar(db, QStringLiteral("SELECT min(id) FROM brands")).toLongLong();
    auto made =
        sql::run(db,
                 QStringLiteral("INSERT INTO campaigns (name, name_key, brand_id, status, start_date, end_date, "
                                "currency, budget_minor, kpi_posts, kpi_views, created_at, updated_at) VALUES "
                                "(?, ?, ?, 'active', ?, ?, 'IDR', 500000000, ?, 50000000, ?, ?)"),
                 {name, nameKey(name), brand, isoDate(start), isoDate(Clock::today()), creators, now, now});
    if (!made)
        qFatal("%s", qPrintable(made.error()));
    const qint64 campaign = made->lastInsertId().toLongLong();
    (void)sql::run(db, QStringLiteral("INSERT INTO campaign_platforms VALUES (?, 'instagram')"), {campaign});
    auto found = sql::run(db,
                          QStringLiteral("SELECT c.id FROM creators c JOIN accounts a ON a.creator_id = c.id "
                                         "AND a.platform = 'instagram' ORDER BY c.id LIMIT ?"),
                          {creators});
    QList<qint64> ids;
    while (found->next())
        ids << found->value(0).toLongLong();
    for (qint64 creator : std::as_const(ids)) {
        auto p = sql::run(db,
                          QStringLiteral("INSERT INTO participants (campaign_id, creator_id, fee_minor, created_at, "
                                         "updated_at) VALUES (?, ?, 2500000, ?, ?)"),
                          {campaign, creator, now, now});
        const qint64 participant = p->lastInsertId().toLongLong();
        const QString url = QStringLiteral("https://www.instagram.com/reel/BENCH%1X%2/").arg(campaign).arg(creator);
        auto post = sql::run(db,
                             QStringLiteral("INSERT INTO posts (participant_id, platform, url, url_key, posted_at) "
                                            "VALUES (?, 'instagram', ?, ?, ?)"),
                             {participant, url, url.mid(12).chopped(1), isoDate(start)});
        const qint64 postId = post->lastInsertId().toLongLong();
        for (int day = 0; day < days; ++day)
            (void)sql::run(db,
                           QStringLiteral("INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, likes, "
                                          "comments, shares, saves) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {postId, isoDate(start.addDays(day)), 1000 + day * 97, 50 + day * 5, day, day / 3, day / 2});
    }
    if (!tx.commit())
        qFatal("could not write the bench campaign");
    return campaign;
}

std::unique_ptr<Workspace> openBenchWorkspace(const QString &path, bool create)
{
    Workspace::Options options;
    options.create = create;
    auto ws = Workspace::open(path, options);
    if (!ws)
        qFatal("%s", qPrintable(ws.error()));
    return std::move(ws).value();
}

QString benchWorkspace(const QTemporaryDir &dir, const QStringList &args, int i, DemoOptions::Scale scale)
{
    const QString path = dir.filePath(QStringLiteral("w%1.collabdesk").arg(i));
    if (i < args.size()) {
        if (!QFile::copy(args[i], path))
            qFatal("cannot copy %s", qPrintable(args[i]));
        return path;
    }
    auto ws = openBenchWorkspace(path, true);
    DemoOptions options;
    options.scale = scale;
    if (!generateDemo(*ws, options))
        qFatal("demo failed");
    return path;
}

namespace {
// Runs `statement` in the server's maintenance database (CREATE and DROP DATABASE cannot run inside
// a transaction, nor in the database they name).
QString onServer(const QString &server, const QString &statement)
{
    auto address = ServerAddress::parse(server);
    if (!address)
        return address.error();
    const QString name = connection::uniqueName(QStringLiteral("bench-server"));
    QString error;
    {
        auto db = server::open(address.value(), name, false);
        if (!db)
            error = db.error();
        else if (Status s = connection::exec(db.value(), statement); !s)
            error = s.error();
    }
    connection::close(name);
    return error;
}
} // namespace

ServerCopies::ServerCopies() : m_server(qEnvironmentVariable("COLLABDESK_BENCH_SERVER")) {}

ServerCopies::~ServerCopies()
{
    for (const QString &database : std::as_const(m_databases))
        (void)onServer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}

QString ServerCopies::empty()
{
    // A name of digits and letters made here: safe to write into the statement.
    const QString database =
        QStringLiteral("collabdesk_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_databases.size());
    if (const QString error = onServer(m_server, QStringLiteral("CREATE DATABASE %1").arg(database)); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    m_databases << database;
    auto address = ServerAddress::parse(m_server);
    address->database = database;
    return address->display();
}

QString ServerCopies::copy(const QString &file)
{
    const QString to = empty();
    QElapsedTimer moving;
    moving.start();
    if (auto moved = moveWorkspace(file, to); !moved)
        qFatal("%s", qPrintable(moved.error()));
    QTextStream(stderr) << "moved " << QFileInfo(file).fileName() << " to " << to << " in " << moving.elapsed() / 1000
                        << " s\n";
    return to;
}

} // namespace cd::bench
