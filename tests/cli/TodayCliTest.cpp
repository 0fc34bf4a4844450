#include "CliRun.h"
#include "WorkspaceAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;

namespace {

// Rina (Dewi Lestari's) has a reel due yesterday and one in two days in Summer Launch; Budi
// (Marcus Tan's) is invited to it for Rp3,000,000. As of 2026-11-23.
struct DeskWorkspace
{
    TempDir dir;
    cd::test::WorkspaceAddress workspace{dir, QStringLiteral("desk.collabdesk")};
    QString db = workspace.address();

    DeskWorkspace()
    {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        import("brands", "name,category\nTeh Segar,beverages\n");
        import("creators", "name,platform,handle,manager\n"
                           "Rina Wijaya,instagram,rina.eats,Dewi Lestari\n"
                           "Budi Santoso,tiktok,budi.jalan,Marcus Tan\n");
        import("campaigns", "name,brand,status,start_date,end_date,currency\n"
                            "Summer Launch,Teh Segar,active,2026-11-01,2026-12-31,IDR\n");
        import("participants", "campaign,creator,fee,status\n"
                               "Summer Launch,Rina Wijaya,5000000,confirmed\n"
                               "Summer Launch,Budi Santoso,3000000,invited\n");
        import("deliverables", "campaign,creator,platform,title,due_date,status\n"
                               "Summer Launch,Rina Wijaya,instagram,Reel 1,2026-11-22,planned\n"
                               "Summer Launch,Rina Wijaya,instagram,Reel 2,2026-11-25,planned\n");
    }

    void import(const char *kind, const char *csv)
    {
        const QString file = cd::test::writeFile(dir, QString::fromLatin1(kind) + QStringLiteral(".csv"), csv);
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QString::fromLatin1(kind), file});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run run(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }
    QJsonObject json(const QStringList &args)
    {
        Run r = run(QStringList{QStringLiteral("today"), QStringLiteral("--json")} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

// section word -> count
QMap<QString, int> counts(const QJsonObject &today)
{
    QMap<QString, int> out;
    for (const QJsonValue &s : today.value(QStringLiteral("sections")).toArray())
        out.insert(s.toObject().value(QStringLiteral("section")).toString(),
                   s.toObject().value(QStringLiteral("count")).toInt(-1));
    return out;
}

QJsonArray itemsOf(const QJsonObject &today, const QString &section)
{
    for (const QJsonValue &s : today.value(QStringLiteral("sections")).toArray())
        if (s.toObject().value(QStringLiteral("section")).toString() == section)
            return s.toObject().value(QStringLiteral("items")).toArray();
    FAIL("no such section");
    return {};
}

const QStringList AsOf{QStringLiteral("--as-of"), QStringLiteral("2026-11-23")};

} // namespace

TEST_CASE("today --json lists every section in formats.md's order with its items")
{
    DeskWorkspace w;
    const QJsonObject today = w.json(AsOf);
    CHECK(today.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-23"));
    QStringList order;
    for (const QJsonValue &s : today.value(QStringLiteral("sections")).toArray())
        order << s.toObject().value(QStringLiteral("section")).toString();
    CHECK(order == QStringLiteral("drafts_to_review revisions_waiting due_soon late offers contracts_to_chase "
                                  "receivables_overdue payables_due rights conflicts followups")
                       .split(QLatin1Char(' ')));
    const QMap<QString, int> n = counts(today);
    CHECK(n.value(QStringLiteral("due_soon")) == 1);
    CHECK(n.value(QStringLiteral("late")) == 1);
    CHECK(n.value(QStringLiteral("offers")) == 1);
    CHECK(n.value(QStringLiteral("drafts_to_review")) == 0);
    CHECK(n.value(QStringLiteral("followups")) == 0);

    const QJsonArray late = itemsOf(today, QStringLiteral("late"));
    REQUIRE(late.size() == 1);
    const QJsonObject reel = late.first().toObject();
    CHECK(reel.value(QStringLiteral("record")).toString() == QStringLiteral("deliverable"));
    CHECK(reel.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(reel.value(QStringLiteral("what")).toString() == QStringLiteral("Reel 1"));
    CHECK(reel.value(QStringLiteral("campaign")).toString() == QStringLiteral("Summer Launch"));
    CHECK(reel.value(QStringLiteral("creator")).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(reel.value(QStringLiteral("brand")).toString() == QStringLiteral("Teh Segar"));
    CHECK(reel.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-22"));
    CHECK(reel.value(QStringLiteral("detail")).toString() == QStringLiteral("1 day late"));

    const QJsonObject offer = itemsOf(today, QStringLiteral("offers")).first().toObject();
    CHECK(offer.value(QStringLiteral("record")).toString() == QStringLiteral("participant"));
    CHECK(offer.value(QStringLiteral("what")).toString() == QStringLiteral("Offer: fee Rp3.000.000"));
    CHECK(offer.value(QStringLiteral("detail")).toString() == QStringLiteral("invited, campaign started 22 days ago"));
}

TEST_CASE("today --manager shows one manager's creators and names the managers when it is unknown")
{
    DeskWorkspace w;
    const QMap<QString, int> dewi =
        counts(w.json(AsOf + QStringList{QStringLiteral("--manager"), QStringLiteral("dewi  lestari")}));
    CHECK(dewi.value(QStringLiteral("late")) == 1);
    CHECK(dewi.value(QStringLiteral("due_soon")) == 1);
    CHECK(dewi.value(QStringLiteral("offers")) == 0);
    const QMap<QString, int> marcus =
        counts(w.json(AsOf + QStringList{QStringLiteral("--manager"), QStringLiteral("Marcus Tan")}));
    CHECK(marcus.value(QStringLiteral("late")) == 0);
    CHECK(marcus.value(QStringLiteral("offers")) == 1);

    Run unknown = w.run({QStringLiteral("today"), QStringLiteral("--manager"), QStringLiteral("Nobody")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err == QStringLiteral("no manager named 'Nobody'; the managers are: Dewi Lestari, Marcus Tan\n"));
}

TEST_CASE("today --as-of moves the day the list is for, and refuses a malformed date")
{
    DeskWorkspace w;
    // Three days earlier both reels are due within the week and nothing is late.
    const QJsonObject earlier = w.json({QStringLiteral("--as-of"), QStringLiteral("2026-11-20")});
    CHECK(earlier.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-20"));
    const QJsonArray soon = itemsOf(earlier, QStringLiteral("due_soon"));
    REQUIRE(soon.size() == 2);
    CHECK(soon.at(0).toObject().value(QStringLiteral("detail")).toString() == QStringLiteral("due in 2 days"));
    CHECK(soon.at(1).toObject().value(QStringLiteral("detail")).toString() == QStringLiteral("due in 5 days"));
    CHECK(counts(earlier).value(QStringLiteral("late")) == 0);

    Run bad = w.run({QStringLiteral("today"), QStringLiteral("--as-of"), QStringLiteral("23-11-2026")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--as-of")));
}

TEST_CASE("today prints each section's title and count, then its items one per line")
{
    DeskWorkspace w;
    Run r = w.run(QStringList{QStringLiteral("today")} + AsOf);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("Today, 2026-11-23, for everyone\n"
                                  "\n"
                                  "Drafts to review: 0\n"
                                  "Revisions waiting: 0\n"
                                  "Due within a week: 1\n"
                                  "  2026-11-25  Reel 2  Rina Wijaya / Summer Launch  due in 2 days\n"
                                  "Past due date: 1\n"
                                  "  2026-11-22  Reel 1  Rina Wijaya / Summer Launch  1 day late\n"
                                  "Offers and negotiations: 1\n"
                                  "  2026-11-01  Offer: fee Rp3.000.000  Budi Santoso / Summer Launch  invited, "
                                  "campaign started 22 days ago\n"
                                  "Contracts to chase: 0\n"
                                  "Receivables overdue: 0\n"
                                  "Payables due: 0\n"
                                  "Usage rights: 0\n"
                                  "Exclusivity conflicts: 0\n"
                                  "Follow-ups: 0\n"));
    Run mine =
        w.run(QStringList{QStringLiteral("today"), QStringLiteral("--manager"), QStringLiteral("Marcus Tan")} + AsOf);
    CHECK(mine.out.startsWith(QStringLiteral("Today, 2026-11-23, for Marcus Tan's creators\n\n")));
    CHECK(mine.out.contains(QStringLiteral("\nPast due date: 0\nOffers and negotiations: 1\n")));
}
