#include "TestSupport.h"

#include "interchange/Importer.h"
#include "storage/Sql.h"

#include <QFile>

using namespace cd;
using cd::test::TempDir;

namespace {
qint64 followerRows(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    auto v = sql::scalar(db, QStringLiteral("SELECT count(*) FROM follower_snapshots"));
    REQUIRE(v.ok());
    return v->toLongLong();
}

std::unique_ptr<Workspace> fixtureWorkspace(const TempDir &dir)
{
    auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}
} // namespace

TEST_CASE("plans a file's columns: product names, platform export names and the rest")
{
    TempDir dir;
    auto ws = fixtureWorkspace(dir);
    const ColumnPlan tiktok =
        planColumns(*ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("tiktok-export.csv")));
    REQUIRE(tiktok.error.isEmpty());
    CHECK(tiktok.format == QStringLiteral("TikTok export"));
    CHECK(tiktok.header.first() == QStringLiteral("Video title")); // the BOM is not part of the name
    CHECK(tiktok.mapped == QStringList{QStringLiteral("caption"), QStringLiteral("post_url"),
                                       QStringLiteral("posted_at"), QStringLiteral("likes"), QStringLiteral("comments"),
                                       QStringLiteral("shares"), QStringLiteral("views"), QString(),
                                       QStringLiteral("saves")});
    CHECK(tiktok.rows.size() == 2);
    CHECK(tiktok.required.contains(QStringLiteral("campaign")));
    CHECK(tiktok.formatFills.contains(QStringLiteral("creator")));

    const ColumnPlan instagram =
        planColumns(*ws, QStringLiteral("post_metrics"), test::fixture(QStringLiteral("instagram-export.csv")));
    CHECK(instagram.format == QStringLiteral("Instagram export"));
    CHECK(instagram.handleColumn == 2); // Account username finds the creator

    const QString odd = test::writeFile(dir, QStringLiteral("odd.csv"), "Influencer,Network,Day,Count\n");
    const ColumnPlan plain = planColumns(*ws, QStringLiteral("followers"), odd);
    CHECK(plain.format.isEmpty());
    CHECK(plain.mapped == QStringList(4));
    CHECK(plain.rows.isEmpty());

    CHECK_FALSE(planColumns(*ws, QStringLiteral("invoices"), odd).error.isEmpty());
    CHECK(planColumns(*ws, QStringLiteral("followers"), dir.path(QStringLiteral("gone.csv")))
              .error.contains(QStringLiteral("cannot read")));
}

TEST_CASE("imports with the columns mapped by hand, checks without writing, and cancels cleanly")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = fixtureWorkspace(dir);
    const qint64 stored = followerRows(*ws);
    const QString path = test::writeFile(dir, QStringLiteral("counts.csv"),
                                         "Influencer,Network,Day,Count,Remarks\n"
                                         "Rina Wijaya,instagram,2026-11-01,60100,x\n"
                                         "Rina Wijaya,tiktok,2026-11-01,130000,y\n");
    ImportOptions options;
    options.columns = {{0, QStringLiteral("creator")},
                       {1, QStringLiteral("platform")},
                       {2, QStringLiteral("date")},
                       {3, QStringLiteral("followers")},
                       {4, QString()}};

    SECTION("without the mapping the file lacks every required column")
    {
        const ImportReport report = importCsv(*ws, QStringLiteral("followers"), path);
        CHECK(report.errors.size() == 4);
        CHECK(followerRows(*ws) == stored);
    }
    SECTION("a check reports what an import would do and writes nothing")
    {
        options.checkOnly = true;
        const ImportReport report = importCsv(*ws, QStringLiteral("followers"), path, options);
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(report.ok());
        CHECK(report.added == 2);
        CHECK(report.warnings.isEmpty()); // the ignored column was the user's choice
        CHECK(followerRows(*ws) == stored);
    }
    SECTION("the import itself")
    {
        const ImportReport report = importCsv(*ws, QStringLiteral("followers"), path, options);
        CHECK(report.ok());
        CHECK(report.added == 2);
        CHECK(followerRows(*ws) == stored + 2);
    }
    SECTION("two file columns mapped onto one column, or onto no column of the kind")
    {
        options.columns[4] = QStringLiteral("Followers");
        ImportReport report = importCsv(*ws, QStringLiteral("followers"), path, options);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.first() ==
              QStringLiteral("counts.csv:1: the column 'followers' appears twice (columns 4 and 5)"));
        options.columns[4] = QStringLiteral("likes");
        report = importCsv(*ws, QStringLiteral("followers"), path, options);
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors.first() == QStringLiteral("counts.csv: 'likes' is not a column of followers"));
        CHECK(followerRows(*ws) == stored);
    }
    SECTION("cancelling part-way writes nothing")
    {
        QByteArray many = "Influencer,Network,Day,Count,Remarks\n";
        for (int day = 0; day < 9000; ++day)
            many += "Rina Wijaya,instagram," + QDate(2026, 11, 1).addDays(-day).toString(Qt::ISODate).toLatin1() + ',' +
                    QByteArray::number(50000 + day) + ",\n";
        const QString big = test::writeFile(dir, QStringLiteral("many.csv"), many);
        QList<std::pair<qint64, qint64>> calls;
        options.progress = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return calls.size() < 2; // cancel at the second report (8192 rows read)
        };
        const ImportReport report = importCsv(*ws, QStringLiteral("followers"), big, options);
        CHECK(report.cancelled);
        CHECK_FALSE(report.ok());
        CHECK(report.added == 0);
        REQUIRE(calls.size() == 2);
        CHECK(calls.at(0).second == many.size());
        CHECK(calls.at(0).first > 0);
        CHECK(calls.at(1).first > calls.at(0).first);
        CHECK(followerRows(*ws) == stored);

        options.progress = [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        };
        calls.clear();
        const ImportReport whole = importCsv(*ws, QStringLiteral("followers"), big, options);
        CHECK(whole.ok());
        CHECK(whole.added + whole.updated == 9000);
        CHECK(calls.last() == std::pair<qint64, qint64>(many.size(), many.size()));
    }
}
