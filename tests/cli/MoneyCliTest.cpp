#include "CliRun.h"
#include "WorkspaceAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using cd::test::cli;
using cd::test::Run;
using cd::test::TempDir;

namespace {

// An agency workspace with one brand, two creators (Rina with NPWP, Budi without) and a finished
// campaign: Rina Rp12,000,000 with a Rp2,000,000 deposit, Budi Rp7,500,000.
struct AgencyWorkspace
{
    TempDir dir;
    cd::test::WorkspaceAddress workspace{dir, QStringLiteral("agency.collabdesk")};
    QString db = workspace.address();

    AgencyWorkspace()
    {
        REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
        for (const auto &[key, value] :
             {std::pair{"perspective", "agency"}, std::pair{"company_name", "PT Bintang Talenta"},
              std::pair{"company_npwp", "01.234.567.8-901.000"}, std::pair{"company_bank_account", "BCA 123 456 7890"}})
            REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("settings"), QString::fromLatin1(key),
                         QString::fromLatin1(value)})
                        .exitCode == 0);
        import("brands", "name,category\nTeh Segar,beverages\n");
        import("creators", "name,platform,handle,tax_type,npwp\n"
                           "Rina Wijaya,instagram,rina.eats,person,0123456789012345\n"
                           "Budi Santoso,tiktok,budi.jalan,person,\n");
        import("campaigns", "name,brand,status,start_date,end_date,currency\n"
                            "Ramadan Refresh,Teh Segar,completed,2026-03-01,2026-03-31,IDR\n");
        import("participants", "campaign,creator,fee,deposit,status\n"
                               "Ramadan Refresh,Rina Wijaya,12000000,2000000,completed\n"
                               "Ramadan Refresh,Budi Santoso,7500000,,confirmed\n");
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
    QJsonArray json(const QStringList &args)
    {
        Run r = run(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30'000));
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

QJsonObject findRow(const QJsonArray &rows, const char *member, const QString &value, const char *member2 = nullptr,
                    const QString &value2 = {})
{
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String(member)).toString() == value &&
            (!member2 || o.value(QLatin1String(member2)).toString() == value2))
            return o;
    }
    FAIL("no such row");
    return {};
}

} // namespace

TEST_CASE("settings lists, shows and checks the money settings")
{
    AgencyWorkspace w;
    Run all = w.run({QStringLiteral("settings")});
    CHECK(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("perspective           agency")));
    CHECK(all.out.contains(QStringLiteral("agency_rate           20\n")));
    CHECK(w.run({QStringLiteral("settings"), QStringLiteral("agency_rate"), QStringLiteral("17.5%")}).out ==
          QStringLiteral("17.5\n"));
    Run bad = w.run({QStringLiteral("settings"), QStringLiteral("vat_rate"), QStringLiteral("eleven")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("vat_rate must be a percent")));
    CHECK(w.run({QStringLiteral("settings"), QStringLiteral("colour")}).exitCode == 2);
    // Who signs contracts for the company (Settings > General in the app).
    CHECK(w.run({QStringLiteral("settings"), QStringLiteral("company_signatory"), QStringLiteral("Ratna Wulandari")})
              .exitCode == 0);
    CHECK(w.run({QStringLiteral("settings"), QStringLiteral("company_signatory")}).out ==
          QStringLiteral("Ratna Wulandari\n"));
}

TEST_CASE("payments draft, pay in part and age as of a date, as formats.md's JSON")
{
    AgencyWorkspace w;
    Run drafted = w.run({QStringLiteral("payments"), QStringLiteral("draft"), QStringLiteral("--campaign"),
                         QStringLiteral("ramadan refresh")});
    INFO(drafted.err.toStdString());
    CHECK(drafted.exitCode == 0);
    CHECK(drafted.out == QStringLiteral("Drafted: 6 new, 0 updated, 0 removed, 0 unchanged.\n"));
    Run again = w.run({QStringLiteral("payments"), QStringLiteral("draft"), QStringLiteral("--campaign"),
                       QStringLiteral("Ramadan Refresh")});
    CHECK(again.out == QStringLiteral("Drafted: 0 new, 0 updated, 0 removed, 3 unchanged.\n"));

    const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2026-05-15")};
    QJsonArray rows = w.json(QStringList{QStringLiteral("payments"), QStringLiteral("--json")} + asOf);
    REQUIRE(rows.size() == 6);
    const QJsonObject fee =
        findRow(rows, "creator", QStringLiteral("Rina Wijaya"), "direction", QStringLiteral("receivable"));
    CHECK(fee.value(QStringLiteral("kind")).toString() == QStringLiteral("deposit")); // sorted by due date
    const QJsonObject rinaFee = [&] {
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("creator")).toString() == QStringLiteral("Rina Wijaya") &&
                o.value(QStringLiteral("kind")).toString() == QStringLiteral("fee") &&
                o.value(QStringLiteral("direction")).toString() == QStringLiteral("receivable"))
                return o;
        }
        return QJsonObject();
    }();
    CHECK(rinaFee.value(QStringLiteral("amount")).toString() == QStringLiteral("10000000"));
    CHECK(rinaFee.value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-04-30"));
    CHECK(rinaFee.value(QStringLiteral("status")).toString() == QStringLiteral("overdue"));
    CHECK(rinaFee.value(QStringLiteral("days_overdue")).toInt() == 15);
    CHECK(rinaFee.value(QStringLiteral("bucket")).toString() == QStringLiteral("1-30"));
    CHECK(rinaFee.value(QStringLiteral("withheld")).toString() == QStringLiteral("200000")); // PPh 23 2%
    CHECK(rinaFee.value(QStringLiteral("net")).toString() == QStringLiteral("9800000"));
    CHECK(rinaFee.value(QStringLiteral("origin")).toString() == QStringLiteral("drafted"));

    const QJsonArray open = w.json(QStringList{QStringLiteral("payments"), QStringLiteral("--json"),
                                               QStringLiteral("--status"), QStringLiteral("open")} +
                                   asOf);
    CHECK(open.size() == 6);

    Run paid = w.run({QStringLiteral("payments"), QStringLiteral("pay"), QStringLiteral("--id"),
                      QString::number(rinaFee.value(QStringLiteral("id")).toInteger()), QStringLiteral("--date"),
                      QStringLiteral("2026-05-10"), QStringLiteral("--amount"), QStringLiteral("4,000,000"),
                      QStringLiteral("--reference"), QStringLiteral("TRX-88")});
    INFO(paid.err.toStdString());
    CHECK(paid.exitCode == 0);
    CHECK(paid.out.startsWith(QStringLiteral("Paid Rp4.000.000 of payment")));
    CHECK(paid.out.contains(QStringLiteral("the open Rp6.000.000 is payment")));

    const QJsonArray aged = w.json(QStringList{QStringLiteral("ageing"), QStringLiteral("--json")} + asOf);
    REQUIRE(aged.size() == 2); // the brand's receivables, and Rina's share of what the brand paid
    const QJsonObject brand = findRow(aged, "direction", QStringLiteral("receivable"));
    CHECK(brand.value(QStringLiteral("party")).toString() == QStringLiteral("Teh Segar"));
    // Deposit 2,000,000 due 2026-03-01 (75 days); Rina's open 6,000,000 and Budi's 7,500,000 due 2026-04-30 (15 days).
    CHECK(brand.value(QStringLiteral("61-90")).toString() == QStringLiteral("2000000"));
    CHECK(brand.value(QStringLiteral("1-30")).toString() == QStringLiteral("13500000"));
    CHECK(brand.value(QStringLiteral("total")).toString() == QStringLiteral("15500000"));
    const QJsonObject rina = findRow(aged, "direction", QStringLiteral("payable"));
    CHECK(rina.value(QStringLiteral("party")).toString() == QStringLiteral("Rina Wijaya"));
    CHECK(rina.value(QStringLiteral("current")).toString() == QStringLiteral("3200000")); // 80% of 4M, due 05-17

    Run text = w.run(QStringList{QStringLiteral("ageing")} + asOf);
    CHECK(text.out.contains(QStringLiteral("Teh Segar")));
    CHECK(text.out.contains(QStringLiteral("Rp15.500.000")));
    CHECK(w.run({QStringLiteral("payments"), QStringLiteral("pay"), QStringLiteral("--id"), QStringLiteral("999"),
                 QStringLiteral("--date"), QStringLiteral("2026-05-10")})
              .exitCode == 1);
    CHECK(w.run({QStringLiteral("payments"), QStringLiteral("pay"), QStringLiteral("--id"), QStringLiteral("1")})
              .exitCode == 2);
}

TEST_CASE("invoice create, list, export and void, the PDF carrying the total in words")
{
    AgencyWorkspace w;
    REQUIRE(w.run({QStringLiteral("payments"), QStringLiteral("draft"), QStringLiteral("--campaign"),
                   QStringLiteral("Ramadan Refresh")})
                .exitCode == 0);
    Run created = w.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--brand"),
                         QStringLiteral("Teh Segar"), QStringLiteral("--date"), QStringLiteral("2026-04-02")});
    INFO(created.err.toStdString());
    CHECK(created.exitCode == 0);
    CHECK(created.out == QStringLiteral("Created invoice INV/2026/0001 to Teh Segar: 3 lines, total Rp19.500.000, due "
                                        "2026-05-02.\n"));
    const QJsonArray list = w.json({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("pph23")).toString() == QStringLiteral("390000"));

    const QString pdf = w.dir.path(QStringLiteral("invoice.pdf"));
    Run exported = w.run({QStringLiteral("invoice"), QStringLiteral("export"), QStringLiteral("--number"),
                          QStringLiteral("INV/2026/0001"), QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
                          QStringLiteral("id")});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    const QString text = w.pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("INV/2026/0001")));
    CHECK(text.contains(QStringLiteral("Rp19.500.000")));
    CHECK(text.contains(QStringLiteral("sembilan belas juta lima ratus ribu rupiah")));
    CHECK(text.contains(QStringLiteral("PT Bintang Talenta")));

    const QJsonArray payments = w.json({QStringLiteral("list"), QStringLiteral("payments"), QStringLiteral("--json")});
    int invoiced = 0;
    for (const QJsonValue &v : payments)
        if (v.toObject().value(QStringLiteral("invoice")).toString() == QStringLiteral("INV/2026/0001"))
            ++invoiced;
    CHECK(invoiced == 3);

    Run voided = w.run({QStringLiteral("invoice"), QStringLiteral("void"), QStringLiteral("--number"),
                        QStringLiteral("INV/2026/0001")});
    CHECK(voided.exitCode == 0);
    Run second = w.run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--brand"),
                        QStringLiteral("Teh Segar"), QStringLiteral("--date"), QStringLiteral("2026-04-03")});
    CHECK(second.out.startsWith(QStringLiteral("Created invoice INV/2026/0002")));
    const QJsonArray both = w.json({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(both.size() == 2);
    CHECK(findRow(both, "number", QStringLiteral("INV/2026/0001")).value(QStringLiteral("status")).toString() ==
          QStringLiteral("void"));
    Run nothing = w.run(
        {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--brand"), QStringLiteral("Teh Segar")});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("no open receivable")));
}

TEST_CASE("statement gives a creator's period as JSON and PDF")
{
    AgencyWorkspace w;
    REQUIRE(w.run({QStringLiteral("payments"), QStringLiteral("draft"), QStringLiteral("--campaign"),
                   QStringLiteral("Ramadan Refresh")})
                .exitCode == 0);
    const QStringList period{QStringLiteral("--creator"), QStringLiteral("Budi Santoso"),
                             QStringLiteral("--from"),    QStringLiteral("2026-04-01"),
                             QStringLiteral("--to"),      QStringLiteral("2026-04-30")};
    const QJsonArray statements = w.json(QStringList{QStringLiteral("statement"), QStringLiteral("--json")} + period);
    REQUIRE(statements.size() == 1);
    const QJsonObject totals = statements.at(0).toObject().value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("gross")).toString() == QStringLiteral("7500000"));
    CHECK(totals.value(QStringLiteral("agency_fee")).toString() == QStringLiteral("1500000"));
    CHECK(totals.value(QStringLiteral("creator_share")).toString() == QStringLiteral("6000000"));
    // PPh 21 without NPWP: 5% of half of 6,000,000, x1.2 = 180,000.
    CHECK(totals.value(QStringLiteral("withheld")).toString() == QStringLiteral("180000"));
    CHECK(totals.value(QStringLiteral("owed")).toString() == QStringLiteral("5820000"));

    const QString pdf = w.dir.path(QStringLiteral("statement.pdf"));
    Run written = w.run(QStringList{QStringLiteral("statement"), QStringLiteral("--pdf"), pdf} + period);
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    const QString text = w.pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Budi Santoso")));
    CHECK(text.contains(QStringLiteral("Rp5.820.000")));

    TempDir other;
    const cd::test::WorkspaceAddress brandWorkspace(other, QStringLiteral("brand.collabdesk"));
    const QString &brandDb = brandWorkspace.address();
    REQUIRE(cli({QStringLiteral("--db"), brandDb, QStringLiteral("init")}).exitCode == 0);
    Run refused = cli(
        QStringList{QStringLiteral("--db"), brandDb, QStringLiteral("statement"), QStringLiteral("--json")} + period);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("agency")));
}

TEST_CASE("import payments adds, matches and never changes a paid row")
{
    AgencyWorkspace w;
    w.import("payments", "campaign,creator,kind,direction,amount,due_date,paid_date,reference\n"
                         "Ramadan Refresh,Rina Wijaya,fee,receivable,\"12,000,000\",2026-04-30,2026-05-02,TRX-1\n"
                         "Ramadan Refresh,Budi Santoso,fee,receivable,7500000,2026-04-30,,\n");
    QJsonArray rows = w.json({QStringLiteral("list"), QStringLiteral("payments"), QStringLiteral("--json")});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("imported"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("paid_date")).toString() == QStringLiteral("2026-05-02"));

    const QString changed = cd::test::writeFile(w.dir, QStringLiteral("changed.csv"),
                                                "id,campaign,creator,kind,amount\n"
                                                "1,Ramadan Refresh,Rina Wijaya,fee,11000000\n");
    Run refused = w.run({QStringLiteral("import"), QStringLiteral("payments"), changed});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("changed.csv:2: payment 1 was paid on 2 May 2026")));
    const QString usd = cd::test::writeFile(w.dir, QStringLiteral("usd.csv"),
                                            "campaign,creator,kind,amount,currency\n"
                                            "Ramadan Refresh,Budi Santoso,other,10.50,USD\n");
    Run currency = w.run({QStringLiteral("import"), QStringLiteral("payments"), usd});
    CHECK(currency.exitCode == 1);
    CHECK(currency.err.contains(QStringLiteral("usd.csv:2: currency:")));

    const QString out = w.dir.path(QStringLiteral("out.csv"));
    REQUIRE(w.run({QStringLiteral("export"), QStringLiteral("payments"), out}).exitCode == 0);
    CHECK(cd::test::fileBytes(out).contains(
        "1,Ramadan Refresh,Rina Wijaya,fee,receivable,12000000,IDR,2026-04-30,2026-05-02,,TRX-1,,imported,\r\n"));
}
