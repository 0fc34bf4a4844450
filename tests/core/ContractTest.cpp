#include "TestSupport.h"

#include "contracts/ContractService.h"
#include "interchange/Importer.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>

using namespace cd;
using cd::test::TempDir;

namespace {
struct Fixture
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
    ImportReport import(const QByteArray &rows)
    {
        QFile f(dir.path(QStringLiteral("contracts.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(rows);
        f.close();
        return importCsv(*ws, QStringLiteral("contracts"), f.fileName());
    }
    QVariant scalar(const QString &statement)
    {
        QSqlDatabase db = ws->db();
        auto v = sql::scalar(db, statement);
        REQUIRE(v.ok());
        return v.value();
    }
    ContractRecord load(qint64 id)
    {
        QSqlDatabase db = ws->db();
        auto r = ContractService::load(db, id);
        REQUIRE(r.ok());
        return r.value();
    }
};
} // namespace

TEST_CASE("the contract lifecycle moves forward only")
{
    using S = ContractStatus;
    CHECK(ContractService::canMove(S::Draft, S::Sent));
    CHECK(ContractService::canMove(S::Negotiating, S::Sent)); // a revised offer
    CHECK(ContractService::canMove(S::Sent, S::Signed));
    CHECK(ContractService::canMove(S::Signed, S::Active));
    CHECK(ContractService::canMove(S::Active, S::Expired));
    CHECK(ContractService::canMove(S::Negotiating, S::Terminated));
    CHECK_FALSE(ContractService::canMove(S::Signed, S::Draft));
    CHECK_FALSE(ContractService::canMove(S::Active, S::Sent));
    CHECK_FALSE(ContractService::canMove(S::Expired, S::Active));
    CHECK_FALSE(ContractService::canMove(S::Terminated, S::Signed));
    CHECK(ContractService::termsReadOnly(S::Signed));
    CHECK_FALSE(ContractService::termsReadOnly(S::Negotiating));
}

TEST_CASE("contracts.csv adds, updates a draft in place, versions a sent contract and refuses to change a signed one")
{
    Fixture f;
    // Alex declined Ramadan Refresh but is a participant (2); give him a draft.
    ImportReport added = f.import("campaign,creator,status,language,exclusivity_category,exclusivity_start,"
                                  "exclusivity_end,exclusivity_competitors,usage_channels,usage_end,kill_fee,"
                                  "revision_rounds\n"
                                  "Ramadan Refresh 2026,Alex Chen,draft,en,beverages,2026-03-01,2026-04-30,"
                                  "Kopi Kita;Es Jeruk Co,website;Instagram,2026-12-31,\"500,000\",2\n");
    INFO(added.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(added.ok());
    CHECK(added.added == 1);
    const qint64 id = f.scalar(QStringLiteral("SELECT id FROM contracts WHERE participant_id = 2")).toLongLong();
    ContractRecord draft = f.load(id);
    CHECK(draft.status == ContractStatus::Draft);
    CHECK(draft.version == 1);
    CHECK(draft.terms.competitors == QStringList{QStringLiteral("Kopi Kita"), QStringLiteral("Es Jeruk Co")});
    CHECK(draft.terms.usageChannels == QStringList{QStringLiteral("instagram"), QStringLiteral("website")});
    CHECK(draft.terms.killFee == test::idr(500'000));
    CHECK(draft.terms.revisionRounds == 2);

    SECTION("the same row again changes nothing")
    {
        const ImportReport again = f.import("campaign,creator,status,usage_channels,kill_fee\n"
                                            "Ramadan Refresh 2026,Alex Chen,draft,Instagram;website,500000\n");
        CHECK(again.unchanged == 1);
    }
    SECTION("a change to a draft updates it; to a sent contract makes a new version")
    {
        REQUIRE(f.import("campaign,creator,revision_rounds\nRamadan Refresh 2026,Alex Chen,3\n").updated == 1);
        CHECK(f.load(id).version == 1);
        CHECK(f.load(id).terms.revisionRounds == 3);

        // Sent, with a new kill fee in the same row: the draft is updated first, then sent.
        REQUIRE(f.import("campaign,creator,status,kill_fee\nRamadan Refresh 2026,Alex Chen,sent,750000\n").updated ==
                1);
        CHECK(f.load(id).version == 1);
        CHECK(f.load(id).status == ContractStatus::Sent);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM contract_status_changes WHERE contract_id = %1").arg(id))
                  .toInt() == 2);

        REQUIRE(f.import("campaign,creator,exclusivity_end\nRamadan Refresh 2026,Alex Chen,2026-05-31\n").updated == 1);
        ContractRecord sent = f.load(id);
        CHECK(sent.version == 2);
        CHECK(sent.terms.exclusivityEnd == QDate(2026, 5, 31));
        QSqlDatabase db = f.ws->db();
        CHECK(ContractService::versionTerms(db, id, 1, QStringLiteral("IDR"))->exclusivityEnd == QDate(2026, 4, 30));

        // Signed: the date is the one given; then the terms are read-only, the rights flag is not.
        REQUIRE(f.import("campaign,creator,status,signed_date\nRamadan Refresh 2026,Alex Chen,signed,2026-02-25\n")
                    .updated == 1);
        CHECK(f.load(id).signedDate == QDate(2026, 2, 25));
        const ImportReport refused = f.import("campaign,creator,kill_fee\nRamadan Refresh 2026,Alex Chen,1\n");
        REQUIRE(refused.errors.size() == 1);
        CHECK(refused.errors.first() == QStringLiteral("contracts.csv:2: the contract is signed: its terms cannot "
                                                       "change (agree a new contract instead)"));
        CHECK(f.load(id).terms.killFee == test::idr(750'000));
        CHECK(f.import("campaign,creator,rights_in_use\nRamadan Refresh 2026,Alex Chen,yes\n").updated == 1);
        CHECK(f.load(id).rightsInUse);
        const ImportReport back = f.import("campaign,creator,status\nRamadan Refresh 2026,Alex Chen,draft\n");
        REQUIRE(back.errors.size() == 1);
        CHECK(back.errors.first() ==
              QStringLiteral("contracts.csv:2: status: a contract cannot go from signed to draft"));
        CHECK(f.import("campaign,creator,status\nRamadan Refresh 2026,Alex Chen,active\n").updated == 1);
    }
    SECTION("bad terms and unknown participants name the row")
    {
        const ImportReport bad =
            f.import("campaign,creator,exclusivity_start,exclusivity_end,usage_channels,kill_fee,currency\n"
                     "Ramadan Refresh 2026,Alex Chen,2026-05-01,2026-04-01,,,\n"
                     "Kopi Launch,Rina Wijaya,,,,,\n"
                     "Ramadan Refresh 2026,Budi Santoso,,,billboards,,\n");
        CHECK(bad.errors ==
              QStringList{
                  QStringLiteral("contracts.csv:2: exclusivity_end: the exclusivity ends (1 Apr 2026) before it starts "
                                 "(1 May 2026)"),
                  QStringLiteral("contracts.csv:3: creator: Rina Wijaya does not take part in Kopi Launch: "
                                 "import participants.csv first"),
                  QStringLiteral("contracts.csv:4: creator: Budi Santoso does not take part in Ramadan "
                                 "Refresh 2026: import participants.csv first")});
        CHECK(f.load(id).terms.exclusivityStart == QDate(2026, 3, 1)); // nothing of the file was written
        const ImportReport channel =
            f.import("campaign,creator,usage_channels\nRamadan Refresh 2026,Alex Chen,billboards\n");
        REQUIRE(channel.errors.size() == 1);
        CHECK(channel.errors.first().startsWith(QStringLiteral(
            "contracts.csv:2: usage_channels: unknown usage channel 'billboards': use organic, website")));
    }
}

TEST_CASE("contracts made in the app version the same way")
{
    Fixture f;
    ContractTerms terms;
    terms.language = ContractLanguage::Id;
    terms.exclusivityStart = QDate(2026, 3, 1);
    qint64 id = 0;
    {
        Transaction tx(*f.ws);
        auto made = ContractService::create(tx, 2, terms, ContractStatus::Draft, QDate(2026, 2, 1));
        REQUIRE(made.ok());
        id = made.value();
        auto twice = ContractService::create(tx, 2, terms, ContractStatus::Draft, QDate(2026, 2, 1));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().contains(QStringLiteral("already has a contract")));
        REQUIRE(
            ContractService::setStatus(tx, id, ContractStatus::Negotiating, QDate(2026, 2, 3), QStringLiteral("fee"))
                .ok());
        terms.governingLaw = QStringLiteral("Indonesia");
        auto change = ContractService::changeTerms(tx, id, terms);
        REQUIRE(change.ok());
        CHECK(change.value() == ContractService::Change::NewVersion);
        CHECK(ContractService::changeTerms(tx, id, terms).value() == ContractService::Change::Unchanged);
        ContractTerms bad = terms;
        bad.exclusivityStart = QDate();
        bad.exclusivityCategory = QStringLiteral("beverages");
        auto refused = ContractService::changeTerms(tx, id, bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("needs its start date")));
        REQUIRE(tx.commit().ok());
    }
    const ContractRecord r = f.load(id);
    CHECK(r.version == 2);
    CHECK(r.status == ContractStatus::Negotiating);
    CHECK(r.terms.governingLaw == QStringLiteral("Indonesia"));
    CHECK(f.scalar(QStringLiteral("SELECT note FROM contract_status_changes WHERE contract_id = %1 AND status = "
                                  "'negotiating'")
                       .arg(id))
              .toString() == QStringLiteral("fee"));
}

TEST_CASE("importing a contract whose exclusivity the creator already breaks warns and imports")
{
    Fixture f;
    // Rina (exclusive to Teh Segar for beverages to 2026-06-30) also joins Kopi Kita's campaign.
    test::exec(*f.ws, QStringLiteral("INSERT INTO participants (campaign_id, creator_id, created_at, updated_at) "
                                     "VALUES (2, 1, 'x', 'x')"));
    const ImportReport report = f.import("campaign,creator,rights_in_use\nRamadan Refresh 2026,Rina Wijaya,no\n");
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.updated == 1);
    CHECK(report.warnings ==
          QStringList{QStringLiteral("contracts.csv:2: Rina Wijaya is exclusive to Teh Segar for beverages 1 Mar 2026 "
                                     "to 30 Jun 2026 (contract 1); Kopi Launch (Kopi Kita) overlaps 1 May 2026 to "
                                     "30 Jun 2026: Kopi Kita's category is beverages.")});
    CHECK_FALSE(f.load(1).rightsInUse);
}
