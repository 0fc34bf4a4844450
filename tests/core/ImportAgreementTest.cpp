#include "TestSupport.h"

#include "interchange/Importer.h"
#include "storage/Sql.h"

// What an import takes as one value written two ways (formats.md "Values", "Import rules"), and how
// its messages stay one line a problem.

using namespace cd;
using cd::test::TempDir;

namespace {

// A workspace with Teh Segar's "Ramadan" (IDR) and Rina taking part.
struct Desk
{
    test::PinnedClock clock;
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("w.collabdesk")));

    Desk()
    {
        for (const auto &[kind, csv] :
             {std::pair{"brands", "name\nTeh Segar\n"},
              std::pair{"creators", "name,platform,handle\nRina,instagram,rina\n"},
              std::pair{"campaigns",
                        "name,brand,start_date,end_date,currency\nRamadan,Teh Segar,2026-03-01,2026-03-31,IDR\n"},
              std::pair{"participants", "campaign,creator,fee\nRamadan,Rina,5000000\n"}})
            REQUIRE(import(QLatin1String(kind), csv).ok());
    }
    ImportReport import(const QString &kind, const QByteArray &csv, const ImportOptions &options = {})
    {
        return importCsv(*ws, kind, test::writeFile(dir, kind + QStringLiteral(".csv"), csv), options);
    }
    qint64 count(const QString &sql) { return test::integerOf(*ws, sql); }
};

} // namespace

TEST_CASE("a payment without an id written twice in one file is one key however its amount is written")
{
    Desk d;
    // "1,000,000" and "1000000" are one amount, and an empty direction is a payable.
    ImportReport report = d.import(QStringLiteral("payments"), "campaign,creator,kind,amount,due_date,direction\n"
                                                               "Ramadan,Rina,fee,\"1,000,000\",2026-04-30,\n"
                                                               "Ramadan,Rina,fee,1000000,2026-04-30,payable\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("payments.csv:3: the same record as line 2 (a key may appear once per file)")});
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM payments")) == 0);
    // Two amounts, or two due dates, are two payments.
    report = d.import(QStringLiteral("payments"), "campaign,creator,kind,amount,due_date\n"
                                                  "Ramadan,Rina,fee,\"1,000,000\",2026-04-30\n"
                                                  "Ramadan,Rina,fee,1000001,2026-04-30\n"
                                                  "Ramadan,Rina,fee,1000000,2026-05-31\n");
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
    CHECK(report.added == 3);
}

TEST_CASE("a creator's rows agree when they give one value written two ways")
{
    Desk d;
    REQUIRE(d.import(QStringLiteral("brands"), "name\nKopi Kita\n").ok());
    // Words in any case, a manager's name spaced or cased otherwise, a country's name or code in any
    // case, a rate with or without "%" or decimals, an NPWP with or without its dots: each one value.
    ImportReport report =
        d.import(QStringLiteral("creators"),
                 "name,platform,handle,status,tax_type,manager,country,agency_rate,npwp,email\n"
                 "Sari,instagram,sari,active,person,Marcus Tan,ID,20,0012.3456.7890.1000,Sari@Mail.com\n"
                 "Sari,tiktok,saritok,ACTIVE,Person,marcus  tan,indonesia,20.00%,0012345678901000,sari@mail.com\n");
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM accounts a JOIN creators c ON c.id = a.creator_id "
                                 "WHERE c.name = 'Sari' AND c.country = 'ID' AND c.agency_rate_bp = 2000")) == 2);
    // Two values are still two: the second row names both.
    report = d.import(QStringLiteral("creators"), "name,platform,handle,agency_rate,country\n"
                                                  "Dewi,instagram,dewi,20,ID\n"
                                                  "Dewi,tiktok,dewitok,25%,SG\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("creators.csv:3: country: 'SG' differs from 'ID' on line 2 for the same "
                                     "creator; give one value"),
                      QStringLiteral("creators.csv:3: agency_rate: '25%' differs from '20' on line 2 for the same "
                                     "creator; give one value")});
}

TEST_CASE("a contract's usage channels read twitter as x as every platform column does")
{
    Desk d;
    ImportReport report = d.import(QStringLiteral("contracts"), "campaign,creator,status,usage_channels\n"
                                                                "Ramadan,Rina,draft,Twitter;instagram;x\n");
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    QSqlDatabase db = d.ws->db();
    auto q = sql::run(db, QStringLiteral("SELECT channel FROM contract_version_usage_channels ORDER BY channel"));
    REQUIRE(q.ok());
    QStringList channels;
    while (q->next())
        channels << q->value(0).toString();
    CHECK(channels == QStringList{QStringLiteral("instagram"), QStringLiteral("x")});
}

TEST_CASE("with Indonesian numbers a message names the cell as written and suggests what fits that style")
{
    Desk d;
    ImportOptions indonesian;
    indonesian.numbers = values::NumberStyle::Indonesian;
    const ImportReport report = d.import(QStringLiteral("participants"),
                                         "campaign,creator,points,product_value\n"
                                         "Ramadan,Rina,\"12,345\",\"1.500.000,50\"\n",
                                         indonesian);
    CHECK(report.errors ==
          QStringList{QStringLiteral("participants.csv:2: product_value: '1500000.50' has decimals, but IDR amounts "
                                     "are whole numbers (write 1500000) (read with Indonesian numbers from "
                                     "'1.500.000,50')"),
                      QStringLiteral("participants.csv:2: points: must be a whole number: with Indonesian numbers "
                                     "',' marks decimals, so '12,345' has a decimal part; write 12.345 or 12345")});
}

TEST_CASE("a cell's line break quoted in a message keeps the problem on one line")
{
    Desk d;
    const ImportReport report = d.import(QStringLiteral("followers"), "creator,platform,date,followers\n"
                                                                      "Rina,\"insta\ngram\",2026-03-02,5\n");
    REQUIRE(report.errors.size() == 1);
    CHECK(
        report.errors.first().startsWith(QStringLiteral("followers.csv:2: platform: unknown platform 'insta\\ngram'")));
    CHECK_FALSE(report.errors.first().contains(QLatin1Char('\n')));
}

TEST_CASE("a free text's spaces at either end come back from the file an export wrote them into")
{
    Desk d;
    // Quoted, as an export writes a text with spaces at an end: the caption and the payment's note
    // keep theirs. Unquoted, and in names, they go (a hand-made file's stray spaces).
    REQUIRE(d.import(QStringLiteral("deliverables"), "campaign,creator,platform,title,caption\n"
                                                     "\" Ramadan \",Rina,instagram,Reel 1,\"Seru banget! \"\n"
                                                     "Ramadan,Rina,instagram,Reel 2,  Loving this  \n")
                .ok());
    QSqlDatabase db = d.ws->db();
    const auto caption = [&db](const char *title) {
        return sql::scalar(db, QStringLiteral("SELECT caption FROM deliverables WHERE title = ?"),
                           {QString::fromLatin1(title)})
            ->toString();
    };
    CHECK(caption("Reel 1") == QStringLiteral("Seru banget! "));
    CHECK(caption("Reel 2") == QStringLiteral("Loving this"));
    REQUIRE(d.import(QStringLiteral("payments"), "campaign,creator,kind,amount,notes\n"
                                                 "Ramadan,Rina,fee,1000000,\"  indented note\"\n")
                .ok());
    CHECK(sql::scalar(db, QStringLiteral("SELECT notes FROM payments"))->toString() ==
          QStringLiteral("  indented note"));
    // Exported and imported again: nothing changes.
    for (const char *kind : {"deliverables", "payments"}) {
        const QString file = d.dir.path(QStringLiteral("%1-out.csv").arg(QLatin1String(kind)));
        REQUIRE(exportCsv(*d.ws, QLatin1String(kind), file).ok());
        const ImportReport again = importCsv(*d.ws, QLatin1String(kind), file);
        INFO(again.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(again.ok());
        CHECK(again.updated == 0);
    }
    CHECK(test::fileBytes(d.dir.path(QStringLiteral("deliverables-out.csv"))).contains(",\"Seru banget! \"\r\n"));
}

TEST_CASE("a column given twice under two spellings is said once as given twice and not as unknown")
{
    Desk d;
    const ImportReport report = d.import(QStringLiteral("creators"), "name,Name,platform,handle\nA,B,instagram,a\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("creators.csv:1: the column 'name' appears twice (columns 1 and 2)")});
    CHECK(report.warnings.isEmpty());
}

TEST_CASE("a row the services refuse is reported under the column the refusal is about")
{
    // formats.md: every bad row as "FILE:LINE: column: what is wrong", the services' own checks too.
    Desk d;
    ImportReport report = d.import(QStringLiteral("campaigns"), "name,brand,start_date,end_date,currency,budget\n"
                                                                "Nope Launch,Nope,2026-04-01,,IDR,\n"
                                                                "Late,Teh Segar,2026-04-10,2026-04-01,IDR,\n"
                                                                "Minus,Teh Segar,2026-04-01,,IDR,-5\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("campaigns.csv:2: brand: unknown brand 'Nope': add the brand first"),
                      QStringLiteral("campaigns.csv:3: end_date: the end date 1 Apr 2026 is before the start "
                                     "date 10 Apr 2026"),
                      QStringLiteral("campaigns.csv:4: budget: the budget cannot be negative")});

    report = d.import(QStringLiteral("participants"), "campaign,creator,fee,deposit\n"
                                                      "Ramadan,Rina,1000000,2000000\n");
    CHECK(report.errors == QStringList{QStringLiteral("participants.csv:2: deposit: the deposit Rp2.000.000 is more "
                                                      "than the fee Rp1.000.000; a deposit is the part of the fee "
                                                      "paid in advance")});

    report = d.import(QStringLiteral("payments"), "campaign,creator,kind,amount,due_date,direction\n"
                                                  "Ramadan,Rina,fee,1000000,2026-04-30,receivable\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("payments.csv:2: direction: a brand workspace has only payables; to invoice "
                                     "brands, set the perspective to agency (Settings > Money, or collabdesk-cli "
                                     "settings perspective agency)")});

    report = d.import(QStringLiteral("contracts"), "campaign,creator,usage_start,usage_end\n"
                                                   "Ramadan,Rina,2026-05-01,2026-04-01\n");
    CHECK(report.errors == QStringList{QStringLiteral("contracts.csv:2: usage_end: the usage rights end (1 Apr 2026) "
                                                      "before they start (1 May 2026)")});

    report = d.import(QStringLiteral("brands"), "name,competitors\nKopi Kita,Kopi Kita\n");
    CHECK(report.errors ==
          QStringList{QStringLiteral("brands.csv:2: competitors: Kopi Kita cannot be its own competitor")});
    // A change the stored record refuses names the column too.
    report =
        d.import(QStringLiteral("campaigns"), "name,brand,start_date,currency\nRamadan,Teh Segar,2026-03-01,USD\n");
    CHECK(report.errors == QStringList{QStringLiteral("campaigns.csv:2: currency: the campaign's currency is IDR and "
                                                      "cannot be changed once set")});
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM campaigns")) == 1);
    CHECK(d.count(QStringLiteral("SELECT count(*) FROM payments")) == 0);
}
