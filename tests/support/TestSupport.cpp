#include "TestSupport.h"

#include "storage/Sql.h"

#include "common/Clock.h"

#include <QFile>
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

std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    INFO(ws.error().toStdString());
    REQUIRE(ws.ok());
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

void exec(Workspace &ws, const QString &statement)
{
    QSqlDatabase db = ws.db();
    INFO(statement.toStdString());
    REQUIRE(sql::run(db, statement).ok());
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.path(name));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return f.fileName();
}

} // namespace cd::test
