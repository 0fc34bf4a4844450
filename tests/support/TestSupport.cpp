#include "TestSupport.h"

#include "ServerDatabase.h"

#include "storage/Connection.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "storage/WorkspaceTables.h"

#include "common/Clock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cd::test {

PinnedClock::PinnedClock()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
}

PinnedClock::~PinnedClock()
{
    Clock::setFixed({});
}

namespace {
// A test server's database that lives exactly as long as the workspace made in it: a child of the
// Workspace, deleted after ~Workspace has closed its connections.
class DatabaseOfWorkspace : public QObject
{
public:
    DatabaseOfWorkspace(std::unique_ptr<ServerDatabase> database, QObject *workspace)
        : QObject(workspace), m_database(std::move(database))
    {}

private:
    std::unique_ptr<ServerDatabase> m_database;
};
} // namespace

bool onTestServer()
{
    return ServerAddress::looksLike(qEnvironmentVariable("COLLABDESK_TEST_WORKSPACES"));
}

std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    auto database = onTestServer() ? std::make_unique<ServerDatabase>() : nullptr;
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(database ? database->address() : path, options);
    INFO(ws.error().toStdString());
    REQUIRE(ws.ok());
    if (database)
        new DatabaseOfWorkspace(std::move(database), ws.value().get()); // owned by the workspace
    return std::move(ws).value();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString fixture(const QString &name)
{
    return QStringLiteral(COLLABDESK_TEST_DATA "/") + name;
}

QString copyFixture(const TempDir &dir, const QString &name)
{
    const QString target = dir.path(name);
    REQUIRE(QFile::copy(fixture(name), target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

std::unique_ptr<Workspace> openFixture(const TempDir &dir, const QString &name)
{
    auto opened = Workspace::open(copyFixture(dir, name));
    INFO((opened ? QString() : opened.error()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

void rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 integerOf(Workspace &ws, const QString &statement)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, statement);
    INFO(statement.toStdString());
    INFO(v.error().toStdString());
    REQUIRE(v.ok());
    return v->toLongLong();
}

void commit(Workspace &ws, const std::function<Status(Transaction &)> &write)
{
    Transaction tx(ws);
    REQUIRE(tx);
    const Status s = write(tx);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    REQUIRE(tx.commit().ok());
}

void exec(Workspace &ws, const QString &statement, const QVariantList &params)
{
    QSqlDatabase db = ws.db();
    INFO(statement.toStdString());
    auto q = sql::run(db, statement, params);
    INFO((q ? QString() : q.error()).toStdString());
    REQUIRE(q.ok());
    // Rows a test inserts with their ids leave a server's id sequence behind them (a file takes the
    // next rowid by itself): move the table's past the highest id, as a move from a file does.
    static const QRegularExpression insertInto(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QString table = insertInto.match(statement).captured(1);
    if (table.isEmpty() || !sql::onServer(db))
        return;
    for (const tables::Table &t : tables::all())
        if (table == QLatin1String(t.name) && tables::hasIds(t)) {
            const Status followed = sql::idsFollow(db, t.name);
            INFO(followed.error().toStdString());
            REQUIRE(followed.ok());
        }
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.path(name));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return f.fileName();
}

void fillRamadanCampaign(Workspace &ws)
{
    const QString t = QStringLiteral("'2026-01-01T00:00:00Z'");
    exec(ws, QStringLiteral("INSERT INTO brands (id, name, name_key, created_at, updated_at) VALUES (1, 'Teh Segar', "
                            "'teh segar', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO creators (id, name, name_key, created_at, updated_at) VALUES "
                            "(1, 'Sari', 'sari', %1, %1), (2, 'Budi', 'budi', %1, %1), (3, 'Dewi', 'dewi', %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO accounts (id, creator_id, platform, handle, handle_key, created_at) VALUES "
                            "(1, 1, 'instagram', 's', 's', %1), (2, 1, 'tiktok', 's', 's', %1), "
                            "(3, 1, 'youtube', 's', 's', %1), (4, 2, 'instagram', 'b', 'b', %1), "
                            "(5, 3, 'instagram', 'd', 'd', %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                            "(1, '2026-02-20', 10000), (1, '2026-03-10', 11000), (1, '2026-03-31', 12000), "
                            "(1, '2026-04-10', 20000), (2, '2026-03-05', 50000), (2, '2026-03-31', 55000), "
                            "(3, '2026-02-01', 1000), (3, '2026-03-31', 9000), (4, '2026-02-28', 8000), "
                            "(4, '2026-03-20', 7600), (5, '2026-02-01', 100), (5, '2026-03-31', 200)"));
    exec(ws, QStringLiteral("INSERT INTO campaigns (id, name, name_key, brand_id, start_date, end_date, currency, "
                            "kpi_posts, kpi_views, kpi_engagement_rate_bp, kpi_new_followers, kpi_link_clicks, "
                            "kpi_revenue_minor, created_at, updated_at) VALUES (1, 'Ramadan', 'ramadan', 1, "
                            "'2026-03-01', '2026-03-31', 'IDR', 4, 100000, 400, 2000, 300, 10000000, %1, %1), "
                            "(2, 'Quiet', 'quiet', 1, '2026-06-01', NULL, 'USD', NULL, NULL, NULL, NULL, NULL, NULL, "
                            "%1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO campaign_platforms VALUES (1, 'instagram'), (1, 'tiktok')"));
    exec(ws, QStringLiteral("INSERT INTO participants (id, campaign_id, creator_id, status, fee_minor, "
                            "commission_rate_bp, product_value_minor, points, point_value_minor, created_at, "
                            "updated_at) VALUES (1, 1, 1, 'confirmed', 5000000, 1000, 250000, NULL, NULL, %1, %1), "
                            "(2, 1, 2, 'completed', NULL, NULL, NULL, 500, 10, %1, %1), "
                            "(3, 1, 3, 'declined', 12000000, NULL, NULL, NULL, NULL, %1, %1), "
                            "(4, 2, 1, 'confirmed', 10000, NULL, NULL, NULL, NULL, %1, %1)")
                 .arg(t));
    exec(ws, QStringLiteral("INSERT INTO posts (id, participant_id, platform, url, url_key, posted_at) VALUES "
                            "(1, 1, 'instagram', 'u1', 'u1', '2026-03-12'), (2, 1, 'tiktok', 'u2', 'u2', "
                            "'2026-03-15'), (3, 2, 'instagram', 'u3', 'u3', '2026-03-18'), "
                            "(4, 3, 'instagram', 'u4', 'u4', '2026-03-18'), (5, 2, 'instagram', 'u5', 'u5', "
                            "'2026-03-25')"));
    exec(ws, QStringLiteral(
                 "INSERT INTO post_metric_snapshots (post_id, snapshot_date, views, likes, comments, shares, saves, "
                 "reach, impressions, link_clicks, revenue_minor) VALUES "
                 "(1, '2026-03-13', 10000, 500, 50, 10, 40, 8000, 12000, 100, 2000000), "
                 // the later snapshot is used whole: its missing shares and reach stay missing
                 "(1, '2026-03-20', 20000, 900, 80, NULL, 20, NULL, 25000, 150, 3000000), "
                 "(2, '2026-03-16', 40000, 3000, 100, 200, 100, 35000, NULL, NULL, NULL), "
                 "(3, '2026-03-19', 5000, 200, 20, 5, 15, 4000, 6000, 10, 0), "
                 "(4, '2026-03-19', 99999, 9999, 0, 0, 0, 1, 1, 1, 1), "
                 "(5, '2026-05-01', 1000, 100, 0, 0, 0, 1, 1, 1, 1)"));
}

} // namespace cd::test
