#include "CliRun.h"
#include "WorkspaceAddress.h"

#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;

namespace {

// A brand workspace written through the core, then closed for the CLI: Dewi manages Rina and
// Budi, Sari manages Citra, Eko has no manager.
//   Budi, Summer Launch: invited, Rp7,500,000                      -> offer
//   Rina, Summer Launch: confirmed, Rp12,000,000                   -> contracted
//   Rina, Glow Up: confirmed, $1,250.50, a reel not yet posted     -> in_production
//   Eko, Summer Launch: confirmed, Rp1,000,000, its payable paid   -> paid
//   Citra, Summer Launch: cancelled, Rp3,000,000                   -> lost
struct PipelineWorkspace
{
    TempDir dir;
    cd::test::WorkspaceAddress workspace{dir, QStringLiteral("desk.collabdesk")};
    QString db = workspace.address();

    PipelineWorkspace()
    {
        // Made in the database the CLI is given (test::createWorkspace would make one of its own).
        Workspace::Options options;
        options.create = true;
        auto opened = Workspace::open(db, options);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        auto ws = std::move(opened).value();
        REQUIRE(BrandService(*ws).add({QStringLiteral("Teh Segar"), QStringLiteral("beverages"), {}, {}, {}}).ok());
        REQUIRE(BrandService(*ws).add({QStringLiteral("Glowria"), QStringLiteral("beauty"), {}, {}, {}}).ok());
        for (const auto &[name, brand, currency] :
             {std::tuple{"Summer Launch", "Teh Segar", "IDR"}, std::tuple{"Glow Up", "Glowria", "USD"}}) {
            CampaignInput c;
            c.name = QString::fromLatin1(name);
            c.brand = QString::fromLatin1(brand);
            c.start = QDate(2025, 1, 1);
            c.currency = QString::fromLatin1(currency);
            REQUIRE(CampaignService(*ws).add(c).ok());
        }
        for (const auto &[name, manager] :
             {std::pair{"Rina", "Dewi"}, std::pair{"Budi", "Dewi"}, std::pair{"Citra", "Sari"}, std::pair{"Eko", ""}}) {
            CreatorInput in;
            in.name = QString::fromLatin1(name);
            in.manager = QString::fromLatin1(manager);
            REQUIRE(CreatorService(*ws).add(in).ok());
        }
        const auto deal = [&](const char *creator, const char *campaign, ParticipantStatus status, Money fee) {
            ParticipantInput p;
            p.creator = QString::fromLatin1(creator);
            p.campaign = QString::fromLatin1(campaign);
            p.status = status;
            p.compensation.fee = fee;
            auto id = ParticipantService(*ws).add(p);
            INFO(id.error().toStdString());
            REQUIRE(id.ok());
            return id.value();
        };
        deal("Budi", "Summer Launch", ParticipantStatus::Invited, test::idr(7'500'000));
        deal("Rina", "Summer Launch", ParticipantStatus::Confirmed, test::idr(12'000'000));
        const qint64 glow =
            deal("Rina", "Glow Up", ParticipantStatus::Confirmed, Money(125'050, QStringLiteral("USD")));
        const qint64 eko = deal("Eko", "Summer Launch", ParticipantStatus::Confirmed, test::idr(1'000'000));
        deal("Citra", "Summer Launch", ParticipantStatus::Cancelled, test::idr(3'000'000));
        QSqlDatabase d = ws->db();
        REQUIRE(sql::run(d,
                         QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, status, "
                                        "due_date, created_at, updated_at) VALUES (?, 'instagram', 'Reel', 'reel', "
                                        "'planned', '2099-01-10', 'x', 'x')"),
                         {glow})
                    .ok());
        REQUIRE(
            sql::run(d,
                     QStringLiteral("INSERT INTO payments (participant_id, kind, amount_minor, due_date, paid_date, "
                                    "direction, created_at, updated_at) VALUES (?, 'fee', 1000000, '2025-01-05', "
                                    "'2025-01-10', 'payable', 'x', 'x')"),
                     {eko})
                .ok());
    }
    Run run(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }
    QJsonArray json(const QStringList &args)
    {
        Run r = run(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

QStringList stages(const QJsonArray &rows)
{
    QStringList out;
    for (const QJsonValue &v : rows)
        out << v.toObject().value(QStringLiteral("stage")).toString();
    return out;
}

QJsonObject gross(std::initializer_list<std::pair<const char *, const char *>> amounts)
{
    QJsonObject o;
    for (const auto &[currency, amount] : amounts)
        o.insert(QLatin1String(currency), QString::fromLatin1(amount));
    return o;
}

} // namespace

TEST_CASE("pipeline --json lists every stage in order with counts and gross per currency", "[pipeline]")
{
    PipelineWorkspace w;
    const QJsonArray rows = w.json({QStringLiteral("pipeline"), QStringLiteral("--json")});
    REQUIRE(stages(rows) == QStringList{QStringLiteral("offer"), QStringLiteral("negotiating"),
                                        QStringLiteral("contracted"), QStringLiteral("in_production"),
                                        QStringLiteral("delivered"), QStringLiteral("invoiced"), QStringLiteral("paid"),
                                        QStringLiteral("lost")});
    QList<int> counts;
    for (const QJsonValue &v : rows)
        counts << v.toObject().value(QStringLiteral("count")).toInt();
    CHECK(counts == QList<int>{1, 0, 1, 1, 0, 0, 1, 1});
    CHECK(rows.at(0).toObject().value(QStringLiteral("gross")).toObject() == gross({{"IDR", "7500000"}}));
    CHECK(rows.at(1).toObject().value(QStringLiteral("gross")).toObject().isEmpty());
    CHECK(rows.at(2).toObject().value(QStringLiteral("gross")).toObject() == gross({{"IDR", "12000000"}}));
    CHECK(rows.at(3).toObject().value(QStringLiteral("gross")).toObject() == gross({{"USD", "1250.50"}}));
    CHECK(rows.at(6).toObject().value(QStringLiteral("gross")).toObject() == gross({{"IDR", "1000000"}}));
    CHECK(rows.at(7).toObject().value(QStringLiteral("gross")).toObject() == gross({{"IDR", "3000000"}}));
}

TEST_CASE("pipeline --manager shows only that manager's creators", "[pipeline]")
{
    PipelineWorkspace w;
    const QJsonArray rows = w.json(
        {QStringLiteral("pipeline"), QStringLiteral("--manager"), QStringLiteral("dewi"), QStringLiteral("--json")});
    REQUIRE(rows.size() == 8);
    QList<int> counts;
    for (const QJsonValue &v : rows)
        counts << v.toObject().value(QStringLiteral("count")).toInt();
    CHECK(counts == QList<int>{1, 0, 1, 1, 0, 0, 0, 0});

    const QJsonArray sari = w.json(
        {QStringLiteral("pipeline"), QStringLiteral("--manager"), QStringLiteral("Sari"), QStringLiteral("--json")});
    CHECK(sari.at(7).toObject().value(QStringLiteral("count")).toInt() == 1);
    CHECK(sari.at(2).toObject().value(QStringLiteral("count")).toInt() == 0);

    Run unknown = w.run({QStringLiteral("pipeline"), QStringLiteral("--manager"), QStringLiteral("Nobody")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("no manager named 'Nobody'")));
    CHECK(unknown.err.contains(QStringLiteral("Dewi, Sari")));
}

TEST_CASE("pipeline prints one line per stage with its count and gross", "[pipeline]")
{
    PipelineWorkspace w;
    Run r = w.run({QStringLiteral("pipeline")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 9); // a header and eight stages
    CHECK(lines.at(0).simplified() == QStringLiteral("stage deals gross"));
    CHECK(lines.at(1).simplified() == QStringLiteral("offer 1 Rp7.500.000"));
    CHECK(lines.at(2).simplified() == QStringLiteral("negotiating 0 -"));
    CHECK(lines.at(3).simplified() == QStringLiteral("contracted 1 Rp12.000.000"));
    CHECK(lines.at(4).simplified() == QStringLiteral("in_production 1 $1,250.50"));
    CHECK(lines.at(7).simplified() == QStringLiteral("paid 1 Rp1.000.000"));
    CHECK(lines.at(8).simplified() == QStringLiteral("lost 1 Rp3.000.000"));

    SECTION("an empty workspace still lists every stage")
    {
        TempDir dir;
        const cd::test::WorkspaceAddress workspace(dir, QStringLiteral("empty.collabdesk"));
        const QString &empty = workspace.address();
        REQUIRE(cli({QStringLiteral("--db"), empty, QStringLiteral("init")}).exitCode == 0);
        Run e = cli({QStringLiteral("--db"), empty, QStringLiteral("pipeline"), QStringLiteral("--json")});
        REQUIRE(e.exitCode == 0);
        const QJsonArray rows = QJsonDocument::fromJson(e.out.toUtf8()).array();
        REQUIRE(rows.size() == 8);
        for (const QJsonValue &v : rows)
            CHECK(v.toObject().value(QStringLiteral("count")).toInt() == 0);
    }
}
