#include "TestSupport.h"

#include "common/Names.h"
#include "contracts/Exclusivity.h"
#include "models/ContractListModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QJsonObject>

using namespace cd;
using cd::test::TempDir;

namespace {
// A workspace built row by row for the rules of domain.md "Exclusivity and usage rights".
struct Deals
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("deals.collabdesk")));

    qint64 insert(const QString &statement, const QVariantList &params)
    {
        QSqlDatabase db = ws->db();
        auto q = sql::run(db, statement, params);
        REQUIRE(q.ok());
        return q->lastInsertId().toLongLong();
    }
    qint64 brand(const QString &name, const QString &category, const QStringList &competitors = {})
    {
        const qint64 id = insert(QStringLiteral("INSERT INTO brands (name, name_key, category, created_at, updated_at) "
                                                "VALUES (?, ?, ?, 'x', 'x')"),
                                 {name, nameKey(name), category});
        for (int i = 0; i < competitors.size(); ++i)
            insert(QStringLiteral("INSERT INTO brand_competitors VALUES (?, ?, ?, ?)"),
                   {id, i, competitors.at(i), nameKey(competitors.at(i))});
        return id;
    }
    qint64 campaign(const QString &name, qint64 brandId, const QString &start, const QString &end,
                    const QString &status = QStringLiteral("active"))
    {
        return insert(QStringLiteral("INSERT INTO campaigns (name, name_key, brand_id, status, start_date, end_date, "
                                     "currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'IDR', 'x', 'x')"),
                      {name, nameKey(name), brandId, status, start, end.isEmpty() ? QVariant() : QVariant(end)});
    }
    qint64 creator(const QString &name)
    {
        return insert(QStringLiteral("INSERT INTO creators (name, name_key, created_at, updated_at) VALUES (?, ?, "
                                     "'x', 'x')"),
                      {name, nameKey(name)});
    }
    qint64 join(qint64 campaignId, qint64 creatorId, const QString &status = QStringLiteral("confirmed"))
    {
        return insert(QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, created_at, "
                                     "updated_at) VALUES (?, ?, ?, 'x', 'x')"),
                      {campaignId, creatorId, status});
    }
    // A contract whose only version holds these terms; returns the contract's id.
    qint64 contract(qint64 participantId, const QString &status, const QString &category, const QString &start,
                    const QString &end, const QStringList &competitors = {})
    {
        const qint64 id =
            insert(QStringLiteral("INSERT INTO contracts (participant_id, status, created_at, updated_at) "
                                  "VALUES (?, ?, 'x', 'x')"),
                   {participantId, status});
        version(id, 1, category, start, end, competitors);
        return id;
    }
    qint64 version(qint64 contractId, int number, const QString &category, const QString &start, const QString &end,
                   const QStringList &competitors = {})
    {
        const qint64 v = insert(QStringLiteral("INSERT INTO contract_versions (contract_id, version, "
                                               "exclusivity_category, exclusivity_start, exclusivity_end, "
                                               "created_at) VALUES (?, ?, ?, ?, ?, 'x')"),
                                {contractId, number, category, start.isEmpty() ? QVariant() : QVariant(start),
                                 end.isEmpty() ? QVariant() : QVariant(end)});
        for (int i = 0; i < competitors.size(); ++i)
            insert(QStringLiteral("INSERT INTO contract_version_competitors VALUES (?, ?, ?, ?)"),
                   {v, i, competitors.at(i), nameKey(competitors.at(i))});
        return v;
    }
    QList<ExclusivityConflict> conflicts(const QDate &asOf = QDate(2026, 1, 1))
    {
        QSqlDatabase db = ws->db();
        auto found = exclusivityConflicts(db, asOf);
        REQUIRE(found.ok());
        return found.value();
    }
};

QStringList campaignsOf(const QList<ExclusivityConflict> &conflicts)
{
    QStringList names;
    for (const ExclusivityConflict &c : conflicts)
        names << c.conflictingCampaign + QLatin1Char(':') + c.reason;
    return names;
}
} // namespace

TEST_CASE("exclusivity conflicts follow every example of domain.md")
{
    Deals d;
    const qint64 a = d.brand(QStringLiteral("Teh Segar"), QStringLiteral("beverages"));
    const qint64 b = d.brand(QStringLiteral("Kopi Kita"), QStringLiteral("Beverages ")); // compared like names
    const qint64 c = d.brand(QStringLiteral("Batik Rumah"), QStringLiteral("fashion"));
    const qint64 rina = d.creator(QStringLiteral("Rina Wijaya"));
    const qint64 own =
        d.campaign(QStringLiteral("Teh Segar Ramadan"), a, QStringLiteral("2026-01-05"), QStringLiteral("2026-06-30"));
    const qint64 contract = d.contract(d.join(own, rina), QStringLiteral("signed"), QStringLiteral("beverages"),
                                       QStringLiteral("2026-01-05"), QStringLiteral("2026-06-30"));

    d.join(d.campaign(QStringLiteral("Kopi March"), b, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")),
           rina);
    d.join(d.campaign(QStringLiteral("Teh Segar March"), a, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")),
           rina);
    d.join(d.campaign(QStringLiteral("Batik March"), c, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")),
           rina);
    d.join(d.campaign(QStringLiteral("Kopi July"), b, QStringLiteral("2026-07-01"), QStringLiteral("2026-07-31")),
           rina);
    d.join(d.campaign(QStringLiteral("Kopi New Year"), b, QStringLiteral("2025-12-20"), QStringLiteral("2026-01-05")),
           rina);

    QList<ExclusivityConflict> found = d.conflicts(QDate(2026, 1, 1));
    // Brand B in March: conflict; brand A itself, fashion, July: none; ending on the first day: conflict.
    REQUIRE(campaignsOf(found) ==
            QStringList{QStringLiteral("Kopi March:category"), QStringLiteral("Kopi New Year:category")});
    const ExclusivityConflict &march = found.first();
    CHECK(march.contractId == contract);
    CHECK(march.contractBrand == QStringLiteral("Teh Segar"));
    CHECK(march.conflictingBrand == QStringLiteral("Kopi Kita"));
    CHECK(march.overlapStart == QDate(2026, 3, 1));
    CHECK(march.overlapEnd == QDate(2026, 3, 31));
    CHECK_FALSE(march.pending);
    CHECK(found.at(1).overlapStart == QDate(2026, 1, 5));
    CHECK(found.at(1).overlapEnd == QDate(2026, 1, 5)); // one day of overlap
    CHECK(describeConflict(march) ==
          QStringLiteral("Rina Wijaya is exclusive to Teh Segar for beverages 5 Jan 2026 to 30 Jun 2026 (contract %1); "
                         "Kopi March (Kopi Kita) overlaps 1 Mar 2026 to 31 Mar 2026: Kopi Kita's category is "
                         "beverages.")
              .arg(contract));

    // As of a day: only overlaps ending on or after it.
    CHECK(campaignsOf(d.conflicts(QDate(2026, 1, 6))) == QStringList{QStringLiteral("Kopi March:category")});
    CHECK(d.conflicts(QDate(2026, 4, 1)).isEmpty());

    SECTION("the JSON of formats.md")
    {
        const QJsonObject o = conflictsToJson(found).first().toObject();
        CHECK(o.value(QStringLiteral("creator")).toString() == QStringLiteral("Rina Wijaya"));
        CHECK(o.value(QStringLiteral("contract_id")).toInteger() == contract);
        CHECK(o.value(QStringLiteral("exclusivity_category")).toString() == QStringLiteral("beverages"));
        CHECK(o.value(QStringLiteral("exclusivity_end")).toString() == QStringLiteral("2026-06-30"));
        CHECK(o.value(QStringLiteral("overlap_start")).toString() == QStringLiteral("2026-03-01"));
        CHECK(o.value(QStringLiteral("reason")).toString() == QStringLiteral("category"));
        CHECK(o.value(QStringLiteral("pending")).toBool() == false);
        CHECK(o.size() == 12);
    }
    SECTION("a declined part, a cancelled campaign and a draft contract do not count")
    {
        const qint64 other = d.creator(QStringLiteral("Sari Dewi"));
        d.join(d.campaign(QStringLiteral("Kopi April"), b, QStringLiteral("2026-04-01"), QStringLiteral("2026-04-30"),
                          QStringLiteral("cancelled")),
               rina);
        d.join(d.campaign(QStringLiteral("Kopi May"), b, QStringLiteral("2026-05-01"), QStringLiteral("2026-05-31")),
               rina, QStringLiteral("declined"));
        d.contract(d.join(d.campaign(QStringLiteral("Teh June"), a, QStringLiteral("2026-06-01"), QString()), other),
                   QStringLiteral("draft"), QStringLiteral("beverages"), QStringLiteral("2026-06-01"), QString());
        d.join(d.campaign(QStringLiteral("Kopi June"), b, QStringLiteral("2026-06-01"), QStringLiteral("2026-06-30")),
               other);
        CHECK(campaignsOf(d.conflicts(QDate(2026, 1, 6))) == QStringList{QStringLiteral("Kopi March:category")});
    }
    SECTION("the latest version's terms apply")
    {
        d.version(contract, 2, QString(), QString(), QString()); // exclusivity dropped in version 2
        CHECK(d.conflicts().isEmpty());
    }
    SECTION("joining a campaign is checked before it happens")
    {
        const qint64 august =
            d.campaign(QStringLiteral("Kopi August"), b, QStringLiteral("2026-06-15"), QStringLiteral("2026-08-15"));
        QSqlDatabase db = d.ws->db();
        auto would = conflictsIfJoining(db, rina, august);
        REQUIRE(would.ok());
        REQUIRE(would->size() == 1);
        CHECK(would->first().overlapStart == QDate(2026, 6, 15));
        CHECK(would->first().overlapEnd == QDate(2026, 6, 30));
        auto same = conflictsIfJoining(db, rina, own);
        CHECK(same->isEmpty()); // the contract's own campaign
        auto ofContract = conflictsOfContract(db, contract);
        CHECK(ofContract->size() == 2);
    }
}

TEST_CASE("exclusivity conflicts by named competitors, brand competitors, open ends and pending contracts")
{
    Deals d;
    const qint64 a = d.brand(QStringLiteral("Glowria"), QString(), {QStringLiteral("Dewy Lab")});
    const qint64 named = d.brand(QStringLiteral("Skin Hero"), QStringLiteral("skincare"));
    const qint64 listsA = d.brand(QStringLiteral("Pure Bloom"), QString(), {QStringLiteral("glowria")});
    const qint64 listedByA = d.brand(QStringLiteral("Dewy Lab"), QString());
    const qint64 neutral = d.brand(QStringLiteral("Snack Co"), QString());
    const qint64 creator = d.creator(QStringLiteral("Mei Chow"));
    // No category (an empty category matches nothing), one named competitor, no end.
    const qint64 contract = d.contract(
        d.join(d.campaign(QStringLiteral("Glow Launch"), a, QStringLiteral("2026-02-01"), QString()), creator),
        QStringLiteral("negotiating"), QString(), QStringLiteral("2026-02-01"), QString(),
        {QStringLiteral("SKIN HERO")});
    d.join(d.campaign(QStringLiteral("Hero 2027"), named, QStringLiteral("2027-01-01"), QStringLiteral("2027-01-31")),
           creator);
    d.join(d.campaign(QStringLiteral("Bloom"), listsA, QStringLiteral("2026-05-01"), QString()), creator);
    d.join(d.campaign(QStringLiteral("Dewy"), listedByA, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02")),
           creator);
    d.join(d.campaign(QStringLiteral("Snacks"), neutral, QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02")),
           creator);

    const QList<ExclusivityConflict> found = d.conflicts(QDate(2026, 1, 1));
    CHECK(campaignsOf(found) == QStringList{QStringLiteral("Bloom:brand_competitor"),
                                            QStringLiteral("Dewy:brand_competitor"),
                                            QStringLiteral("Hero 2027:named_competitor")});
    for (const ExclusivityConflict &c : found)
        CHECK(c.pending); // negotiating: reported, not yet binding
    CHECK(found.first().overlapStart == QDate(2026, 5, 1));
    CHECK_FALSE(found.first().overlapEnd.isValid()); // both open-ended
    CHECK(conflictsToJson(found).first().toObject().value(QStringLiteral("overlap_end")).isNull());
    CHECK(found.at(2).overlapEnd == QDate(2027, 1, 31));
    CHECK(describeConflict(found.at(2)) ==
          QStringLiteral("Mei Chow is exclusive to Glowria from 1 Feb 2026 with no end (contract %1, not signed yet); "
                         "Hero 2027 (Skin Hero) overlaps 1 Jan 2026 to 31 Jan 2026: the contract names Skin Hero as a "
                         "competitor.")
              .arg(contract)
              .replace(QStringLiteral("1 Jan 2026 to 31 Jan 2026"), QStringLiteral("1 Jan 2027 to 31 Jan 2027")));
    // An open-ended conflict never drops out of the daily view.
    CHECK(d.conflicts(QDate(2030, 1, 1)).size() == 1);
}

TEST_CASE("usage rights ending on one day come by creator name then contract with their names")
{
    Deals d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"), QStringLiteral("beverages"));
    const qint64 other = d.brand(QStringLiteral("Kopi Pagi"), QStringLiteral("coffee"));
    const qint64 wave = d.campaign(QStringLiteral("Wave"), brand, QStringLiteral("2026-01-01"), QString());
    const qint64 dawn = d.campaign(QStringLiteral("Dawn"), other, QStringLiteral("2026-01-01"), QString());
    const auto deal = [&](qint64 campaign, qint64 creator, const QString &usageEnd) {
        const qint64 id =
            d.contract(d.join(campaign, creator), QStringLiteral("signed"), QString(), QString(), QString());
        d.insert(QStringLiteral("UPDATE contract_versions SET usage_end = ? WHERE contract_id = ?"), {usageEnd, id});
        return id;
    };
    // Made in the order that sorts last: ids alone would put zara first.
    const qint64 zara = d.creator(QStringLiteral("zara"));
    const qint64 adi = d.creator(QStringLiteral("Adi"));
    const qint64 zaraWave = deal(wave, zara, QStringLiteral("2026-12-01"));
    const qint64 zaraDawn = deal(dawn, zara, QStringLiteral("2026-12-01"));
    const qint64 adiDawn = deal(dawn, adi, QStringLiteral("2026-12-01"));
    const qint64 adiEarlier = deal(wave, adi, QStringLiteral("2026-11-30"));

    QSqlDatabase db = d.ws->db();
    auto alerts = rightsAlerts(db, QDate(2026, 11, 23), 30);
    REQUIRE(alerts.ok());
    QList<qint64> order;
    for (const RightsAlert &a : alerts.value())
        order << a.contractId;
    CHECK(order == QList<qint64>{adiEarlier, adiDawn, zaraWave, zaraDawn});
    const RightsAlert &a = alerts->at(1);
    CHECK(a.creator == QStringLiteral("Adi"));
    CHECK(a.creatorId == adi);
    CHECK(a.campaign == QStringLiteral("Dawn"));
    CHECK(a.campaignId == dawn);
    CHECK(a.brand == QStringLiteral("Kopi Pagi"));
    CHECK(a.usageEnd == QDate(2026, 12, 1));
    CHECK(a.daysLeft == 8);
    CHECK(alerts->at(2).creator == QStringLiteral("zara"));
    CHECK(alerts->at(2).brand == QStringLiteral("Teh Segar"));
}

TEST_CASE("the first rights of each state come as the whole list orders them with how many there are")
{
    Deals d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"), QStringLiteral("beverages"));
    const qint64 wave = d.campaign(QStringLiteral("Wave"), brand, QStringLiteral("2026-01-01"), QString());
    const auto deal = [&](const QString &creator, const QString &usageEnd, bool inUse) {
        const qint64 id =
            d.contract(d.join(wave, d.creator(creator)), QStringLiteral("signed"), QString(), QString(), QString());
        d.insert(QStringLiteral("UPDATE contract_versions SET usage_end = ? WHERE contract_id = ?"), {usageEnd, id});
        d.insert(QStringLiteral("UPDATE contracts SET rights_in_use = ? WHERE id = ?"), {inUse ? 1 : 0, id});
        return id;
    };
    // Ended and still in use: two on one day (by name), one earlier; ending: two on one day, one
    // later, one beyond the 30 days; and one ended and no longer in use.
    const qint64 endedBeta = deal(QStringLiteral("Beta"), QStringLiteral("2026-11-01"), true);
    const qint64 endedAlpha = deal(QStringLiteral("alpha"), QStringLiteral("2026-11-01"), true);
    const qint64 endedFirst = deal(QStringLiteral("Zed"), QStringLiteral("2026-10-01"), true);
    const qint64 endingYuni = deal(QStringLiteral("Yuni"), QStringLiteral("2026-12-01"), false);
    const qint64 endingAdi = deal(QStringLiteral("Adi"), QStringLiteral("2026-12-01"), true);
    const qint64 endingLater = deal(QStringLiteral("Citra"), QStringLiteral("2026-12-20"), false);
    deal(QStringLiteral("Dewi"), QStringLiteral("2027-02-01"), true);
    deal(QStringLiteral("Eka"), QStringLiteral("2026-11-02"), false);
    d.insert(QStringLiteral("INSERT INTO contract_version_usage_channels SELECT id, 'organic' FROM contract_versions "
                            "WHERE contract_id = ?"),
             {endingAdi});
    d.insert(QStringLiteral("INSERT INTO contract_version_usage_channels SELECT id, 'instagram' FROM contract_versions "
                            "WHERE contract_id = ?"),
             {endingAdi});

    QSqlDatabase db = d.ws->db();
    const QDate asOf(2026, 11, 23);
    const auto ids = [](const QList<RightsAlert> &alerts) {
        QList<qint64> out;
        for (const RightsAlert &a : alerts)
            out << a.contractId;
        return out;
    };
    auto all = rightsAlerts(db, asOf, 30);
    REQUIRE(all.ok());
    CHECK(ids(all.value()) == QList<qint64>{endedFirst, endedAlpha, endedBeta, endingAdi, endingYuni, endingLater});

    auto two = firstRightsAlerts(db, asOf, 30, 2);
    REQUIRE(two.ok());
    CHECK(two->total == 6);
    CHECK(ids(two->alerts) == QList<qint64>{endedFirst, endedAlpha, endingAdi, endingYuni});
    // Each one whole, as the whole list has it.
    const RightsAlert &adi = two->alerts.at(2);
    const RightsAlert &same = all->at(3);
    CHECK(adi.creator == QStringLiteral("Adi"));
    CHECK(adi.creatorId == same.creatorId);
    CHECK(adi.participantId == same.participantId);
    CHECK(adi.campaign == QStringLiteral("Wave"));
    CHECK(adi.campaignId == wave);
    CHECK(adi.brand == QStringLiteral("Teh Segar"));
    CHECK(adi.usageEnd == QDate(2026, 12, 1));
    CHECK(adi.daysLeft == 8);
    CHECK(adi.inUse);
    CHECK(adi.state == QStringLiteral("expiring"));
    CHECK(adi.channels == QStringList{QStringLiteral("instagram"), QStringLiteral("organic")});
    CHECK(two->alerts.at(0).state == QStringLiteral("expired_in_use"));
    CHECK(two->alerts.at(0).daysLeft == -53);

    // More room than there are rights: all of them, in order.
    CHECK(ids(firstRightsAlerts(db, asOf, 30, 10)->alerts) == ids(all.value()));
    // None shown: still how many.
    auto none = firstRightsAlerts(db, asOf, 30, 0);
    REQUIRE(none.ok());
    CHECK(none->alerts.isEmpty());
    CHECK(none->total == 6);
    // Only some contracts' (My Creators): counted and ordered among themselves.
    const QSet<qint64> mine{endedBeta, endingYuni, endingLater};
    auto only = firstRightsAlerts(db, asOf, 30, 1, &mine);
    REQUIRE(only.ok());
    CHECK(only->total == 3);
    CHECK(ids(only->alerts) == QList<qint64>{endedBeta, endingYuni});
    // Fewer days ahead: the ending ones beyond them drop out of the count too.
    CHECK(firstRightsAlerts(db, asOf, 8, 5)->total == 5);
}

TEST_CASE("usage rights expiring and expired but in use, at the edges")
{
    Deals d;
    const qint64 brand = d.brand(QStringLiteral("Teh Segar"), QStringLiteral("beverages"));
    const qint64 campaign = d.campaign(QStringLiteral("Wave"), brand, QStringLiteral("2026-01-01"), QString());
    const auto deal = [&](const QString &creator, const QString &status, const QString &usageEnd, bool inUse) {
        const qint64 id = d.contract(d.join(campaign, d.creator(creator)), status, QString(), QString(), QString());
        d.insert(QStringLiteral("UPDATE contract_versions SET usage_end = ? WHERE contract_id = ?"), {usageEnd, id});
        d.insert(QStringLiteral("UPDATE contracts SET rights_in_use = ? WHERE id = ?"), {inUse ? 1 : 0, id});
        return id;
    };
    const qint64 lastDay =
        deal(QStringLiteral("A Last Day"), QStringLiteral("active"), QStringLiteral("2026-11-23"), true);
    const qint64 thirty =
        deal(QStringLiteral("B Thirty"), QStringLiteral("signed"), QStringLiteral("2026-12-23"), false);
    deal(QStringLiteral("C Thirty-one"), QStringLiteral("signed"), QStringLiteral("2026-12-24"), true);
    const qint64 ended = deal(QStringLiteral("D Ended"), QStringLiteral("expired"), QStringLiteral("2026-11-22"), true);
    deal(QStringLiteral("E Ended unused"), QStringLiteral("terminated"), QStringLiteral("2026-11-22"), false);
    deal(QStringLiteral("F Draft"), QStringLiteral("draft"), QStringLiteral("2026-11-20"), true);
    deal(QStringLiteral("G Sent"), QStringLiteral("sent"), QStringLiteral("2026-11-25"), true);
    d.insert(QStringLiteral("INSERT INTO contract_version_usage_channels SELECT id, 'instagram' FROM contract_versions "
                            "WHERE contract_id = ?"),
             {lastDay});
    d.insert(QStringLiteral("INSERT INTO contract_version_usage_channels SELECT id, 'organic' FROM contract_versions "
                            "WHERE contract_id = ?"),
             {lastDay});

    QSqlDatabase db = d.ws->db();
    auto alerts = rightsAlerts(db, QDate(2026, 11, 23), 30);
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 3);
    CHECK(alerts->at(0).contractId == ended);
    CHECK(alerts->at(0).state == QStringLiteral("expired_in_use"));
    CHECK(alerts->at(0).daysLeft == -1);
    CHECK(alerts->at(1).contractId == lastDay);
    CHECK(alerts->at(1).state == QStringLiteral("expiring"));
    CHECK(alerts->at(1).daysLeft == 0);
    CHECK(alerts->at(1).channels == QStringList{QStringLiteral("instagram"), QStringLiteral("organic")});
    CHECK(alerts->at(2).contractId == thirty);
    CHECK(alerts->at(2).daysLeft == 30);
    // Whose each one is, for the desk's "my creators": the participation, its creator and manager.
    for (const RightsAlert &a : alerts.value()) {
        auto party = sql::run(db,
                              QStringLiteral("SELECT p.id, p.creator_id FROM contracts k JOIN participants p ON "
                                             "p.id = k.participant_id WHERE k.id = ?"),
                              {a.contractId});
        REQUIRE((party.ok() && party->next()));
        CHECK(a.participantId == party->value(0).toLongLong());
        CHECK(a.creatorId == party->value(1).toLongLong());
        CHECK(a.managerId == 0);
    }
    const qint64 manager = d.insert(QStringLiteral("INSERT INTO managers (name, name_key, created_at, updated_at) "
                                                   "VALUES ('Marcus', 'marcus', 'x', 'x')"),
                                    {});
    d.insert(QStringLiteral("UPDATE creators SET manager_id = ? WHERE id = ?"), {manager, alerts->at(2).creatorId});
    CHECK(rightsAlerts(db, QDate(2026, 11, 23), 30)->at(2).managerId == manager);
    const QJsonObject o = rightsToJson(alerts.value()).at(1).toObject();
    CHECK(o.value(QStringLiteral("usage_end")).toString() == QStringLiteral("2026-11-23"));
    CHECK(o.value(QStringLiteral("days_left")).toInteger() == 0);
    CHECK(o.value(QStringLiteral("rights_in_use")).toBool());
    CHECK(o.value(QStringLiteral("usage_channels")).toArray().size() == 2);
    CHECK(o.value(QStringLiteral("brand")).toString() == QStringLiteral("Teh Segar"));
    // Fewer days ahead: only the last day and the one in use after its end.
    CHECK(rightsAlerts(db, QDate(2026, 11, 23), 0)->size() == 2);

    // The contracts list says the same as of today (pinned to 2026-11-23): content used past the
    // end of its rights is flagged as such, not as "(in use)" like current usage.
    test::PinnedClock clock;
    ContractListModel model(d.ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHash<QString, QModelIndex> byCreator;
    for (int row = 0; row < model.rowCount(); ++row)
        byCreator.insert(model.index(row, ContractListModel::Creator).data().toString(),
                         model.index(row, ContractListModel::UsageEnd));
    const auto shown = [&](const char *creator) { return byCreator.value(QLatin1String(creator)).data().toString(); };
    const auto flagged = [&](const char *creator) {
        return byCreator.value(QLatin1String(creator)).data(ContractListModel::UsedPastEndRole).toBool();
    };
    CHECK(shown("D Ended") == QStringLiteral("22 Nov 2026 · ended, still in use"));
    CHECK(flagged("D Ended"));
    CHECK(shown("A Last Day") == QStringLiteral("23 Nov 2026 (in use)")); // its last day: still allowed
    CHECK_FALSE(flagged("A Last Day"));
    CHECK(shown("E Ended unused") == QStringLiteral("22 Nov 2026"));
    CHECK_FALSE(flagged("E Ended unused"));
    // A contract never signed grants no rights to use past: its flag is only an intention.
    CHECK(shown("F Draft") == QStringLiteral("20 Nov 2026 (in use)"));
    CHECK_FALSE(flagged("F Draft"));
}

TEST_CASE("the contracts list orders exclusivity by category then first day and each column with the read")
{
    Deals d;
    const qint64 brand = d.brand(QStringLiteral("Glowria"), QStringLiteral("skincare"));
    const qint64 campaign = d.campaign(QStringLiteral("Wave 10"), brand, QStringLiteral("2026-03-01"), {});
    const qint64 other = d.campaign(QStringLiteral("wave 9"), brand, QStringLiteral("2026-03-01"), {});
    const auto deal = [&](const char *creator, qint64 in, const char *status, const char *category, const char *start,
                          const char *end) {
        return d.contract(d.join(in, d.creator(QLatin1String(creator))), QLatin1String(status), QLatin1String(category),
                          QLatin1String(start), QLatin1String(end));
    };
    const qint64 ayu = deal("Ayu", campaign, "signed", "skincare", "2026-12-01", "2027-01-31");
    deal("Bima", other, "draft", "skincare", "2026-03-15", "");
    const qint64 citra = deal("Citra", campaign, "signed", "Beverage", "2026-05-02", "2026-06-01");
    deal("Dewi", other, "negotiating", "", "", "");
    d.insert(QStringLiteral("UPDATE contracts SET signed_date = '2026-02-10' WHERE id = ?"), {ayu});
    d.insert(QStringLiteral("UPDATE contracts SET signed_date = '2026-01-05' WHERE id = ?"), {citra});

    ContractListModel model(d.ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    QHash<QString, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf.insert(model.index(row, ContractListModel::Creator).data().toString(), row);
    const auto rank = [&](const char *creator, int column) {
        return model.sortRank(rowOf.value(QLatin1String(creator)), column);
    };
    // No exclusivity first; then Beverage; then skincare from 15 March before skincare from 1
    // December, which its text ("1 Dec 2026 – ...") put first.
    CHECK(model.index(rowOf.value(QStringLiteral("Ayu")), ContractListModel::Exclusivity).data().toString() ==
          QStringLiteral("skincare 1 Dec 2026 – 31 Jan 2027"));
    CHECK(rank("Dewi", ContractListModel::Exclusivity) == 0);
    CHECK(rank("Citra", ContractListModel::Exclusivity) == 1);
    CHECK(rank("Bima", ContractListModel::Exclusivity) == 2);
    CHECK(rank("Ayu", ContractListModel::Exclusivity) == 3);
    // Campaigns in people's order (wave 9 before Wave 10), two contracts each sharing a place.
    CHECK(rank("Bima", ContractListModel::Campaign) == 0);
    CHECK(rank("Dewi", ContractListModel::Campaign) == 0);
    CHECK(rank("Ayu", ContractListModel::Campaign) == 1);
    CHECK(rank("Citra", ContractListModel::Campaign) == 1);
    // By the day, not by its text ("10 Feb" before "5 Jan"); unsigned contracts, with no day, first.
    CHECK(rank("Bima", ContractListModel::Signed) == 0);
    CHECK(rank("Dewi", ContractListModel::Signed) == 0);
    CHECK(rank("Citra", ContractListModel::Signed) == 1);
    CHECK(rank("Ayu", ContractListModel::Signed) == 2);
    // The status filter offers the statuses in use, once each, in the list's order.
    CHECK(shownValues(model, ContractListModel::Status) ==
          QStringList{QStringLiteral("Draft"), QStringLiteral("Negotiating"), QStringLiteral("Signed")});
}
