#include "TestSupport.h"

#include "common/Clock.h"
#include "desk/Followups.h"
#include "desk/Managers.h"
#include "models/CreatorRosterModel.h"
#include "records/RecordImage.h"
#include "services/BrandService.h"
#include "services/CampaignService.h"
#include "services/CreatorService.h"
#include "services/ParticipantService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>

using namespace cd;
using cd::test::TempDir;

namespace {

// Teh Segar's Summer Launch with Rina Wijaya (managed by Dewi Lestari) and Budi Santoso (by
// Marcus Tan); Alex Chen has no manager.
struct Desk
{
    TempDir dir;
    std::unique_ptr<Workspace> ws = test::createWorkspace(dir.path(QStringLiteral("desk.collabdesk")));
    FollowupService followups{*ws};
    qint64 brand = 0, campaign = 0, rina = 0, budi = 0, alex = 0, rinaDeal = 0, dewi = 0, marcus = 0;

    Desk()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        brand = BrandService(*ws).add({QStringLiteral("Teh Segar"), QStringLiteral("beverages"), {}, {}, {}}).value();
        rina = creator(QStringLiteral("Rina Wijaya"), QStringLiteral("Dewi Lestari"));
        budi = creator(QStringLiteral("Budi Santoso"), QStringLiteral("marcus  TAN"));
        alex = creator(QStringLiteral("Alex Chen"), QString());
        QSqlDatabase db = ws->db();
        dewi = ManagerService::findByName(db, QStringLiteral("dewi lestari")).value();
        marcus = ManagerService::findByName(db, QStringLiteral("Marcus Tan")).value();
        CampaignInput c;
        c.name = QStringLiteral("Summer Launch");
        c.brand = QStringLiteral("Teh Segar");
        c.start = QDate(2026, 6, 1);
        c.currency = QStringLiteral("IDR");
        campaign = CampaignService(*ws).add(c).value();
        ParticipantInput p;
        p.campaign = c.name;
        p.creator = QStringLiteral("Rina Wijaya");
        rinaDeal = ParticipantService(*ws).add(p).value();
    }
    ~Desk() { Clock::setFixed({}); }

    qint64 creator(const QString &name, const QString &manager)
    {
        CreatorInput in;
        in.name = name;
        in.manager = manager;
        auto id = CreatorService(*ws).add(in);
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 add(FollowupAbout about, qint64 record, const QDate &due, const QString &note,
               std::optional<qint64> manager = {})
    {
        auto id = followups.add({about, record, due, note, manager, {}});
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }
    QStringList notes(const FollowupFilter &filter)
    {
        QSqlDatabase db = ws->db();
        auto list = FollowupService::list(db, filter);
        REQUIRE(list.ok());
        QStringList out;
        for (const Followup &f : list.value())
            out << f.input.note;
        return out;
    }
};

} // namespace

TEST_CASE("managers are records: a creator's manager is picked by name and made when new")
{
    Desk d;
    QSqlDatabase db = d.ws->db();
    auto managers = ManagerService::list(db);
    REQUIRE(managers.ok());
    REQUIRE(managers->size() == 2);
    CHECK(managers->at(0).name == QStringLiteral("Dewi Lestari"));
    CHECK(managers->at(0).creators == 1);
    // The spelling typed first is kept; "marcus  TAN" was cleaned, not title-cased.
    CHECK(managers->at(1).name == QStringLiteral("marcus TAN"));
    CHECK(CreatorService(*d.ws).load(d.budi).value().manager == QStringLiteral("marcus TAN"));
    CHECK(CreatorService(*d.ws).load(d.alex).value().manager.isEmpty());

    ManagerService service(*d.ws);
    REQUIRE(service.update(d.marcus, QStringLiteral("Marcus Tan"), QStringLiteral("marcus@agency.example")).ok());
    CHECK(CreatorService(*d.ws).load(d.budi).value().manager == QStringLiteral("Marcus Tan"));
    auto duplicate = service.add(QStringLiteral(" DEWI lestari"), {});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(QStringLiteral("already exists")));
    CHECK_FALSE(service.add(QStringLiteral("Yoga"), QStringLiteral("not an email")).ok());
    CHECK_FALSE(service.add(QStringLiteral("   "), {}).ok());

    // Removing a manager leaves their creators unmanaged and the creators themselves untouched.
    REQUIRE(service.remove(d.dewi).ok());
    CHECK(CreatorService(*d.ws).load(d.rina).value().manager.isEmpty());
    CHECK(CreatorService(*d.ws).load(d.rina).value().name == QStringLiteral("Rina Wijaya"));
    CHECK(ManagerService::list(db).value().size() == 1);
}

TEST_CASE("the roster knows each creator's manager for the My creators switch")
{
    Desk d;
    CreatorRosterModel model(d.ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    QMap<QString, qint64> byName;
    QMap<QString, QString> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, CreatorRosterModel::Name).data().toString();
        byName[name] = model.index(row, 0).data(CreatorRosterModel::ManagerIdRole).toLongLong();
        shown[name] = model.index(row, CreatorRosterModel::Manager).data().toString();
    }
    CHECK(byName[QStringLiteral("Rina Wijaya")] == d.dewi);
    CHECK(byName[QStringLiteral("Budi Santoso")] == d.marcus);
    CHECK(byName[QStringLiteral("Alex Chen")] == 0);
    CHECK(shown[QStringLiteral("Rina Wijaya")] == QStringLiteral("Dewi Lestari"));
    // Renaming a manager reaches the roster without touching a creator.
    REQUIRE(ManagerService(*d.ws).update(d.dewi, QStringLiteral("Dewi L."), {}).ok());
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, CreatorRosterModel::Name).data().toString() == QStringLiteral("Rina Wijaya"))
            CHECK(model.index(row, CreatorRosterModel::Manager).data().toString() == QStringLiteral("Dewi L."));
}

TEST_CASE("follow-ups on each kind of record, listed with the names they are about")
{
    Desk d;
    d.add(FollowupAbout::Participant, d.rinaDeal, QDate(2026, 12, 2), QStringLiteral("Ask Rina for the draft"));
    d.add(FollowupAbout::Brand, d.brand, QDate(2026, 11, 28), QStringLiteral("Send Teh Segar the recap"));
    d.add(FollowupAbout::Campaign, d.campaign, QDate(2026, 11, 30), QStringLiteral("Book the shoot"));
    const qint64 call = d.add(FollowupAbout::Creator, d.alex, QDate(2026, 11, 29), QStringLiteral("Call Alex"));

    QSqlDatabase db = d.ws->db();
    auto all = FollowupService::list(db);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    // Oldest first.
    CHECK(all->at(0).input.note == QStringLiteral("Send Teh Segar the recap"));
    CHECK(all->at(0).brand == QStringLiteral("Teh Segar"));
    CHECK(all->at(0).creator.isEmpty());
    CHECK(all->at(1).creator == QStringLiteral("Alex Chen"));
    CHECK(all->at(2).campaign == QStringLiteral("Summer Launch"));
    CHECK(all->at(2).brand == QStringLiteral("Teh Segar"));
    const Followup &deal = all->at(3);
    CHECK(deal.input.about == FollowupAbout::Participant);
    CHECK(deal.creator == QStringLiteral("Rina Wijaya"));
    CHECK(deal.campaign == QStringLiteral("Summer Launch"));
    CHECK(deal.brand == QStringLiteral("Teh Segar"));
    CHECK(deal.creatorId == d.rina);
    CHECK(deal.campaignId == d.campaign);
    // Whose an unassigned one is: the creator's manager, where the creator has one.
    CHECK(deal.creatorManager == QStringLiteral("Dewi Lestari"));
    CHECK(all->at(1).creatorManager.isEmpty()); // Alex has no manager
    CHECK(all->at(0).creatorManager.isEmpty()); // a brand's has no creator

    // Due on or before today, open only: yesterday's, the day before's and today's, not tomorrow's.
    CHECK(d.notes({std::nullopt, 0, true, QDate(2026, 11, 30), 0}) ==
          QStringList{QStringLiteral("Send Teh Segar the recap"), QStringLiteral("Call Alex"),
                      QStringLiteral("Book the shoot")});
    REQUIRE(d.followups.setDone(call, QDate(2026, 11, 30)).ok());
    CHECK(d.notes({std::nullopt, 0, true, QDate(2026, 11, 30), 0}) ==
          QStringList{QStringLiteral("Send Teh Segar the recap"), QStringLiteral("Book the shoot")});
    CHECK(FollowupService::load(db, call).value().doneOn == QDate(2026, 11, 30));
    REQUIRE(d.followups.setDone(call, {}).ok());
    CHECK_FALSE(FollowupService::load(db, call).value().doneOn.isValid());
    // One record's follow-ups.
    CHECK(d.notes({FollowupAbout::Creator, d.alex, false, {}, 0}) == QStringList{QStringLiteral("Call Alex")});
    CHECK(d.notes({FollowupAbout::Creator, d.rina, false, {}, 0}).isEmpty());
    // A creator's or campaign's tab lists its deals' follow-ups too; a brand has no deals.
    const auto withDeals = [](FollowupAbout about, qint64 recordId) {
        FollowupFilter filter;
        filter.about = about;
        filter.recordId = recordId;
        filter.withDeals = true;
        return filter;
    };
    const FollowupFilter rinaAll = withDeals(FollowupAbout::Creator, d.rina);
    CHECK(d.notes(rinaAll) == QStringList{QStringLiteral("Ask Rina for the draft")});
    const FollowupFilter campaignAll = withDeals(FollowupAbout::Campaign, d.campaign);
    CHECK(d.notes(campaignAll) ==
          QStringList{QStringLiteral("Book the shoot"), QStringLiteral("Ask Rina for the draft")});
    const FollowupFilter alexAll = withDeals(FollowupAbout::Creator, d.alex);
    CHECK(d.notes(alexAll) == QStringList{QStringLiteral("Call Alex")});
}

TEST_CASE("a manager's follow-ups: theirs, and unassigned ones about their creators or everyone's records")
{
    Desk d;
    d.add(FollowupAbout::Participant, d.rinaDeal, QDate(2026, 12, 1), QStringLiteral("Rina's deal"));
    d.add(FollowupAbout::Creator, d.budi, QDate(2026, 12, 1), QStringLiteral("Budi, unassigned"));
    d.add(FollowupAbout::Creator, d.budi, QDate(2026, 12, 2), QStringLiteral("Budi, given to Dewi"), d.dewi);
    d.add(FollowupAbout::Creator, d.rina, QDate(2026, 12, 3), QStringLiteral("Rina, given to Marcus"), d.marcus);
    d.add(FollowupAbout::Brand, d.brand, QDate(2026, 12, 4), QStringLiteral("Brand, unassigned"));
    d.add(FollowupAbout::Brand, d.brand, QDate(2026, 12, 5), QStringLiteral("Brand, Marcus"), d.marcus);
    d.add(FollowupAbout::Creator, d.alex, QDate(2026, 12, 6), QStringLiteral("Alex, unmanaged"));

    CHECK(d.notes({std::nullopt, 0, false, {}, d.dewi}) == QStringList{QStringLiteral("Rina's deal"),
                                                                       QStringLiteral("Budi, given to Dewi"),
                                                                       QStringLiteral("Brand, unassigned")});
    CHECK(d.notes({std::nullopt, 0, false, {}, d.marcus}) ==
          QStringList{QStringLiteral("Budi, unassigned"), QStringLiteral("Rina, given to Marcus"),
                      QStringLiteral("Brand, unassigned"), QStringLiteral("Brand, Marcus")});
    CHECK(d.notes({}).size() == 7);
}

TEST_CASE("a follow-up needs a record, a day and a note")
{
    Desk d;
    auto noNote = d.followups.add({FollowupAbout::Creator, d.rina, QDate(2026, 12, 1), QStringLiteral("   "), {}, {}});
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().contains(QStringLiteral("note is empty")));
    auto noDay = d.followups.add({FollowupAbout::Creator, d.rina, QDate(), QStringLiteral("Call"), {}, {}});
    REQUIRE_FALSE(noDay.ok());
    CHECK(noDay.error().contains(QStringLiteral("day")));
    auto gone = d.followups.add({FollowupAbout::Campaign, 999, QDate(2026, 12, 1), QStringLiteral("Call"), {}, {}});
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().contains(QStringLiteral("campaign")));
    auto noManager =
        d.followups.add({FollowupAbout::Creator, d.rina, QDate(2026, 12, 1), QStringLiteral("Call"), 999, {}});
    REQUIRE_FALSE(noManager.ok());
    QSqlDatabase db = d.ws->db();
    CHECK(FollowupService::list(db).value().isEmpty());
}

TEST_CASE("a deleted creator's follow-ups come back with the creator on undo")
{
    Desk d;
    d.add(FollowupAbout::Creator, d.alex, QDate(2026, 12, 1), QStringLiteral("Call Alex"), d.marcus);
    QSqlDatabase db = d.ws->db();
    auto before = RecordImage::capture(db, RecordImage::Kind::Creator, d.alex);
    REQUIRE(before.ok());
    CHECK(before->rowCount(QStringLiteral("followups")) == 1);
    REQUIRE(CreatorService(*d.ws).remove(d.alex).ok());
    CHECK(FollowupService::list(db).value().isEmpty());
    {
        Transaction tx(*d.ws);
        REQUIRE(before->restore(tx).ok());
        REQUIRE(tx.commit().ok());
    }
    auto list = FollowupService::list(db);
    REQUIRE(list->size() == 1);
    CHECK(list->first().input.note == QStringLiteral("Call Alex"));
    CHECK(list->first().manager == QStringLiteral("marcus TAN"));
}
