#include "TestSupport.h"

#include "analytics/Dashboard.h"
#include "analytics/Series.h"
#include "storage/SettingKeys.h"

using namespace cd;
using cd::test::TempDir;

TEST_CASE("the dashboard ranks costs per engagement and follower growth across the roster")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    QSqlDatabase db = ws.db();

    SECTION("no count in the last 30 days: no growth either way")
    {
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->fastestGrowing.isEmpty());
        CHECK(d->falling.isEmpty());
        // Rina's Instagram 52,500 and TikTok 120,000, Alex's YouTube 1,250,000 all 26 weeks; Budi is
        // archived and left out.
        CHECK(d->rosterAccounts == 3);
        REQUIRE(d->rosterFollowers.size() == 26);
        CHECK(d->rosterFollowers.first() == std::pair<QDate, qint64>(QDate(2026, 6, 1), 1'422'500));
        CHECK(d->rosterFollowers.last() == std::pair<QDate, qint64>(QDate(2026, 11, 23), 1'422'500));
        // The running campaign's one creator: Rp5.850.000 / 3,525 engagements.
        CHECK(d->costCurrency == QStringLiteral("IDR"));
        REQUIRE(d->cheapest.size() == 1);
        CHECK(d->cheapest.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(d->cheapest.first().cpe.plain() == QStringLiteral("1659.57"));
        CHECK(d->cheapest.first().engagements == 3525);
        CHECK(d->cheapest.first().campaignId == 1);
        CHECK(d->dearest.isEmpty());
    }
    SECTION("My creators: Dewi Lestari's (Rina) keep their part, Alex's go")
    {
        test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                      "(1, '2026-11-20', 60000), (3, '2026-11-01', 1200000)"));
        auto ids = managedIds(db, 1); // the v1 fixture's "Dewi Lestari", made a manager by schema v3
        REQUIRE(ids.ok());
        CHECK(ids->creators == QSet<qint64>{1, 3});
        CHECK(ids->participants == QSet<qint64>{1}); // Rina's part in the fixture's one campaign
        CHECK(ids->campaigns == QSet<qint64>{1});
        CHECK(ids->contracts == QSet<qint64>{1});
        auto d = dashboard(db, QDate(2026, 11, 23), &ids.value());
        REQUIRE(d.ok());
        // Rina's two accounts only: 52,500 + 120,000 every week until her 60,000.
        CHECK(d->rosterAccounts == 2);
        CHECK(d->rosterFollowers.first().second == 172'500);
        CHECK(d->rosterFollowers.last().second == 180'000);
        REQUIRE(d->fastestGrowing.size() == 1);
        CHECK(d->fastestGrowing.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(d->falling.isEmpty()); // Alex fell, but Alex is not hers
        REQUIRE(d->cheapest.size() == 1);
        CHECK(d->active.size() == 1);

        // A manager with no creators sees an empty day, not everyone's.
        ManagedIds none;
        auto empty = dashboard(db, QDate(2026, 11, 23), &none);
        REQUIRE(empty.ok());
        CHECK(empty->active.isEmpty());
        CHECK(empty->cheapest.isEmpty());
        CHECK(empty->rosterAccounts == 0);
        CHECK(empty->due.isEmpty());
        CHECK(empty->overdue.isEmpty());
        CHECK(empty->best.isEmpty());
    }
    SECTION("one creator grows, one falls")
    {
        test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                      "(1, '2026-11-20', 60000), (3, '2026-11-01', 1200000)"));
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        // Rina: 30 days ago 52,500 + 120,000 = 172,500; today 60,000 + 120,000 = 180,000:
        // +7,500 / 172,500 = 4.3478...%. Alex: 1,250,000 -> 1,200,000 = -4%.
        REQUIRE(d->fastestGrowing.size() == 1);
        CHECK(d->fastestGrowing.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(d->fastestGrowing.first().before == 172'500);
        CHECK(d->fastestGrowing.first().now == 180'000);
        CHECK(d->fastestGrowing.first().percent == Approx(4.347826).epsilon(1e-6));
        REQUIRE(d->falling.size() == 1);
        CHECK(d->falling.first().creator == QStringLiteral("Alex Chen"));
        CHECK(d->falling.first().percent == Approx(-4.0));
        // Weekly: Alex's drop shows from the week of 11-02, Rina's rise in the last week.
        CHECK(d->rosterFollowers.at(21) == std::pair<QDate, qint64>(QDate(2026, 10, 26), 1'422'500));
        CHECK(d->rosterFollowers.at(22) == std::pair<QDate, qint64>(QDate(2026, 11, 2), 1'372'500));
        CHECK(d->rosterFollowers.at(24).second == 1'372'500);
        CHECK(d->rosterFollowers.at(25).second == 1'380'000);
    }
    SECTION("an account first counted this month is not growth")
    {
        test::exec(ws, QStringLiteral("INSERT INTO accounts (creator_id, platform, handle, handle_key, created_at) "
                                      "VALUES (2, 'tiktok', 'alexc', 'alexc', '2026-11-01T00:00:00Z')"));
        test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) "
                                      "SELECT id, '2026-11-10', 90000 FROM accounts WHERE handle = 'alexc'"));
        auto d = dashboard(db, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->fastestGrowing.isEmpty());
        CHECK(d->rosterAccounts == 3);
        CHECK(d->rosterFollowers.last().second == 1'422'500);
    }
    SECTION("an empty workspace has nothing to rank")
    {
        auto empty = test::createWorkspace(dir.path(QStringLiteral("empty.collabdesk")));
        QSqlDatabase edb = empty->db();
        auto d = dashboard(edb, QDate(2026, 11, 23));
        REQUIRE(d.ok());
        CHECK(d->rosterFollowers.isEmpty());
        CHECK(d->rosterAccounts == 0);
        CHECK(d->cheapest.isEmpty());
        CHECK(d->costCurrency.isEmpty());
    }
}

namespace {
// Payments for Rina Wijaya (participant 1) in Ramadan Refresh 2026 (IDR, Teh Segar), written as
// stored: (kind, direction, amount, due, paid).
void addPayment(Workspace &ws, const QString &kind, const QString &direction, qint64 amount, const QString &due,
                const QString &paid = {})
{
    test::exec(ws, QStringLiteral("INSERT INTO payments (participant_id, kind, direction, origin, amount_minor, "
                                  "due_date, paid_date, created_at, updated_at) VALUES (1, '%1', '%2', 'manual', %3, "
                                  "%4, %5, 'x', 'x')")
                       .arg(kind, direction)
                       .arg(amount)
                       .arg(due.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + due + QLatin1Char('\''),
                            paid.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + paid + QLatin1Char('\'')));
}

void setPerspective(Workspace &ws, const QString &perspective)
{
    REQUIRE(settings::setByName(ws, *findSettingKey(QStringLiteral("perspective")), perspective).ok());
}
} // namespace

TEST_CASE("the dashboard lists overdue payments, most overdue first, in words")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    QSqlDatabase db = ws.db();
    const QDate today(2026, 11, 23);

    SECTION("a brand workspace: the creator's open fee, net of PPh 21")
    {
        // The fixture's fee Rp3.500.000 was due 2026-04-15: 222 days before 2026-11-23. Rina has no
        // NPWP: PPh 21 = 50% x 3,500,000 x 5% x 1.2 = 105,000 withheld, 3,395,000 to transfer.
        auto d = dashboard(db, today);
        REQUIRE(d.ok());
        REQUIRE(d->overdue.size() == 1);
        const DashboardData::Overdue &o = d->overdue.first();
        CHECK(o.direction == PaymentDirection::Payable);
        CHECK(o.days == 222);
        CHECK(o.campaignId == 1);
        CHECK(o.amount == Money(3'395'000, QStringLiteral("IDR")));
        CHECK(describeOverdue(o) ==
              QStringLiteral("Pay Rina Wijaya Rp3.395.000 net — 222 days overdue (Ramadan Refresh "
                             "2026)"));
    }
    SECTION("an agency workspace: what the brand owes and what we owe the creator, most overdue first")
    {
        setPerspective(ws, QStringLiteral("agency"));
        test::exec(ws, QStringLiteral("UPDATE creators SET npwp = '3171012345678901' WHERE id = 1"));
        addPayment(ws, QStringLiteral("fee"), QStringLiteral("receivable"), 12'000'000, QStringLiteral("2026-10-09"));
        addPayment(ws, QStringLiteral("points"), QStringLiteral("payable"), 10'000'000, QStringLiteral("2026-11-20"));
        // Not overdue: due today, due later, paid late, no due date.
        addPayment(ws, QStringLiteral("other"), QStringLiteral("payable"), 1'000, QStringLiteral("2026-11-23"));
        addPayment(ws, QStringLiteral("other"), QStringLiteral("receivable"), 2'000, QStringLiteral("2026-12-01"));
        addPayment(ws, QStringLiteral("other"), QStringLiteral("receivable"), 3'000, QStringLiteral("2026-01-01"),
                   QStringLiteral("2026-11-01"));
        addPayment(ws, QStringLiteral("other"), QStringLiteral("payable"), 4'000, QString());
        auto d = dashboard(db, today);
        REQUIRE(d.ok());
        QStringList said;
        for (const DashboardData::Overdue &o : d->overdue)
            said << describeOverdue(o);
        // With her NPWP: PPh 21 on 3,500,000 is 87,500 (3,412,500 net); on 10,000,000 it is 250,000.
        // 2026-10-09 is 45 days before, 2026-11-20 three.
        CHECK(said ==
              QStringList{QStringLiteral("Pay Rina Wijaya Rp3.412.500 net — 222 days overdue (Ramadan Refresh 2026)"),
                          QStringLiteral("Teh Segar owes Rp12.000.000 — 45 days overdue (Ramadan Refresh 2026 / "
                                         "Rina Wijaya)"),
                          QStringLiteral("Pay Rina Wijaya Rp9.750.000 net — 3 days overdue (Ramadan Refresh 2026)")});
        CHECK(d->overdue.at(1).direction == PaymentDirection::Receivable);
        CHECK(d->overdue.at(1).days == 45);
    }
    SECTION("one day overdue reads in the singular")
    {
        test::exec(ws, QStringLiteral("UPDATE payments SET due_date = '2026-11-22' WHERE id = 2"));
        auto d = dashboard(db, today);
        REQUIRE(d.ok());
        REQUIRE(d->overdue.size() == 1);
        CHECK(describeOverdue(d->overdue.first()) ==
              QStringLiteral("Pay Rina Wijaya Rp3.395.000 net — 1 day overdue (Ramadan Refresh 2026)"));
    }
}

TEST_CASE("the budget's paid counts payables for a brand and receivables for an agency, never both")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    QSqlDatabase db = ws.db();
    // The fixture's deposit Rp1.500.000 (a payable, paid 2026-02-24); the brand paid the agency
    // Rp12.000.000 on 10-01 and the agency paid Rina her share Rp9.600.000 on 10-05; an open
    // receivable counts nowhere.
    addPayment(ws, QStringLiteral("fee"), QStringLiteral("receivable"), 12'000'000, QStringLiteral("2026-10-01"),
               QStringLiteral("2026-10-01"));
    addPayment(ws, QStringLiteral("fee"), QStringLiteral("payable"), 9'600'000, QStringLiteral("2026-10-05"),
               QStringLiteral("2026-10-05"));
    addPayment(ws, QStringLiteral("other"), QStringLiteral("receivable"), 500'000, QStringLiteral("2026-12-01"));
    auto brand = campaignBudget(db, 1, QDate(2026, 11, 23));
    REQUIRE(brand.ok());
    CHECK(brand->paid == 1'500'000 + 9'600'000);
    setPerspective(ws, QStringLiteral("agency"));
    auto agency = campaignBudget(db, 1, QDate(2026, 11, 23));
    REQUIRE(agency.ok());
    CHECK(agency->paid == 12'000'000);
    // As of a day before the brand paid, nothing.
    CHECK(campaignBudget(db, 1, QDate(2026, 9, 30))->paid == 0);
}

TEST_CASE("the dashboard's parts fill only their own lists and together make the whole")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    QSqlDatabase db = ws.db();
    const QDate today(2026, 11, 23);
    // Something in every part: Rina grows and Alex falls (growth), a deliverable late this week
    // (due), the fixture's fee overdue since April, its running campaign's cost per engagement.
    test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                  "(1, '2026-11-20', 60000), (3, '2026-11-01', 1200000)"));
    test::exec(ws, QStringLiteral("UPDATE deliverables SET status = 'planned', due_date = '2026-11-20' WHERE id = 1"));
    auto whole = dashboard(db, today);
    REQUIRE(whole.ok());
    REQUIRE(whole->active.size() == 1);
    REQUIRE(whole->due.size() == 1);
    REQUIRE(whole->overdue.size() == 1);
    REQUIRE(whole->fastestGrowing.size() == 1);
    REQUIRE(whole->cheapest.size() == 1);

    SECTION("each part alone")
    {
        DashboardData due;
        REQUIRE(addDashboardPart(db, DashboardPart::Due, today, due).ok());
        CHECK(due.due.size() == 1);
        CHECK(due.due.first().late);
        CHECK(due.active.isEmpty());
        CHECK(due.overdue.isEmpty());
        CHECK(due.rosterFollowers.isEmpty());

        DashboardData growth;
        REQUIRE(addDashboardPart(db, DashboardPart::Growth, today, growth).ok());
        CHECK(growth.rosterAccounts == 3);
        CHECK(growth.rosterFollowers.last().second == 1'380'000);
        CHECK(growth.fastestGrowing.first().creator == QStringLiteral("Rina Wijaya"));
        CHECK(growth.falling.first().creator == QStringLiteral("Alex Chen"));
        CHECK(growth.due.isEmpty());
        CHECK(growth.cheapest.isEmpty());

        DashboardData overdue;
        REQUIRE(addDashboardPart(db, DashboardPart::Overdue, today, overdue).ok());
        REQUIRE(overdue.overdue.size() == 1);
        CHECK(overdue.overdue.first().days == 222);
        CHECK(overdue.active.isEmpty());

        DashboardData campaigns;
        REQUIRE(addDashboardPart(db, DashboardPart::Campaigns, today, campaigns).ok());
        CHECK(campaigns.active.size() == 1);
        CHECK(campaigns.cheapest.first().cpe.plain() == QStringLiteral("1659.57"));
        CHECK(campaigns.costCurrency == QStringLiteral("IDR"));
        CHECK(campaigns.overdue.isEmpty());
        CHECK(campaigns.rosterAccounts == 0);
    }
    SECTION("taken one by one into a board shown before, each replaces only its own")
    {
        // A board as shown before a change: every part from the whole, then the new parts taken in
        // as they arrive (the overdue fee paid meanwhile, a new late deliverable).
        DashboardData board = whole.value();
        test::exec(ws, QStringLiteral("UPDATE payments SET paid_date = '2026-11-22' WHERE id = 2"));
        DashboardData overdue;
        REQUIRE(addDashboardPart(db, DashboardPart::Overdue, today, overdue).ok());
        takeDashboardPart(DashboardPart::Overdue, std::move(overdue), board);
        CHECK(board.overdue.isEmpty());
        CHECK(board.due.size() == 1); // not yet worked out again: as shown
        CHECK(board.fastestGrowing.size() == 1);
        CHECK(board.active.size() == 1);
        // Every part taken in gives what the whole gives.
        DashboardData parts;
        for (const DashboardPart part : DashboardParts) {
            DashboardData one;
            REQUIRE(addDashboardPart(db, part, today, one).ok());
            takeDashboardPart(part, std::move(one), parts);
        }
        auto again = dashboard(db, today);
        REQUIRE(again.ok());
        CHECK(parts.overdue.isEmpty());
        CHECK(parts.due.size() == again->due.size());
        CHECK(parts.due.first().deliverableId == again->due.first().deliverableId);
        CHECK(parts.active.size() == again->active.size());
        CHECK(parts.cheapest.first().cpe.plain() == again->cheapest.first().cpe.plain());
        CHECK(parts.rosterFollowers == again->rosterFollowers);
        CHECK(parts.rosterAccounts == again->rosterAccounts);
        CHECK(parts.fastestGrowing.first().percent == again->fastestGrowing.first().percent);
        CHECK(parts.falling.first().percent == again->falling.first().percent);
        CHECK(parts.best.size() == again->best.size());
        CHECK(parts.warnings.size() == again->warnings.size());
        CHECK(parts.rights.size() == again->rights.size());
        CHECK(parts.rightsTotal == again->rightsTotal);
        CHECK(parts.conflicts.size() == again->conflicts.size());
    }
}

TEST_CASE("a change reaches only the dashboard parts that read what it changed")
{
    const auto reached = [](const QStringList &kinds) {
        QList<DashboardPart> parts;
        for (const DashboardPart part : DashboardParts)
            if (dashboardPartDependsOn(part, kinds))
                parts << part;
        return parts;
    };
    using P = DashboardPart;
    CHECK(reached({QStringLiteral("followups")}).isEmpty());
    CHECK(reached({QStringLiteral("payments")}) == QList<P>{P::Overdue, P::Campaigns});
    CHECK(reached({QStringLiteral("payments"), QStringLiteral("invoices")}) == QList<P>{P::Overdue, P::Campaigns});
    CHECK(reached({QStringLiteral("deliverables")}) == QList<P>{P::Engagement, P::Due, P::Campaigns});
    CHECK(reached({QStringLiteral("contracts")}) == QList<P>{P::Contracts, P::Campaigns});
    CHECK(reached({QStringLiteral("followers")}) == QList<P>{P::Engagement, P::Growth, P::Campaigns});
    CHECK(reached({QStringLiteral("post_metrics")}) == QList<P>{P::Engagement, P::Campaigns});
    // What every part names, and a kind not known yet: all six.
    for (const char *kind : {"creators", "a kind added later"}) {
        INFO(kind);
        CHECK(reached({QString::fromLatin1(kind)}).size() == 6);
    }
    CHECK(reached({QStringLiteral("followups"), QStringLiteral("settings")}).size() == 4); // not due, not growth
    CHECK(reached({}).isEmpty());
}

TEST_CASE("the dashboard's warnings leave archived creators out as its other lists do")
{
    test::PinnedClock clock; // 2026-11-23
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    QSqlDatabase db = ws.db();
    const QDate today(2026, 11, 23);
    // Rina's Instagram from 50,000 to 70,000 in five days this month: +40%, a jump worth a look.
    test::exec(ws, QStringLiteral("INSERT INTO follower_snapshots (account_id, snapshot_date, followers) VALUES "
                                  "(1, '2026-11-10', 50000), (1, '2026-11-15', 70000)"));
    const auto warnedAbout = [&] {
        DashboardData d;
        REQUIRE(addDashboardPart(db, DashboardPart::Engagement, today, d).ok());
        QList<qint64> creators;
        for (const AuthenticityWarning &w : std::as_const(d.warnings))
            creators << w.creatorId;
        return creators;
    };
    CHECK(warnedAbout().contains(1));
    test::exec(ws, QStringLiteral("UPDATE creators SET status = 'archived' WHERE id = 1"));
    CHECK_FALSE(warnedAbout().contains(1));
}
