#pragma once

#include "Authenticity.h"
#include "CampaignKpis.h"
#include "MoneyRatio.h"
#include "common/Money.h"
#include "common/Words.h"
#include "contracts/Exclusivity.h"
#include "desk/ManagedRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cd {

class Workspace;

// What needs a look today, across the workspace: active campaigns with their progress against
// targets, deliverables due this week or late, the best and worst engagement rates of the roster
// and costs per engagement in running campaigns, follower growth across the roster, and
// authenticity warnings from the last 30 days.
struct DashboardData
{
    struct Campaign
    {
        qint64 id = 0;
        QString name, brand;
        QList<KpiProgress> progress;
        QString currency; // of its revenue target
    };
    struct Due
    {
        qint64 campaignId = 0, deliverableId = 0;
        QString campaign, creator, title, status;
        QDate due;
        bool late = false;
    };
    struct Rate
    {
        qint64 creatorId = 0;
        QString creator;
        double percent = 0;
        int posts = 0;
    };
    // A creator's cost per engagement in one running campaign (cost so far / engagements so far).
    struct Cost
    {
        qint64 campaignId = 0;
        QString campaign, creator;
        MoneyRatio cpe;
        qint64 engagements = 0;
    };
    // A creator's followers 30 days ago and today, over the accounts counted on both days.
    struct Growth
    {
        qint64 creatorId = 0;
        QString creator;
        qint64 before = 0, now = 0;
        double percent = 0; // (now - before) / before x 100
    };
    QList<Campaign> active;
    QList<Due> due;          // late first, then by due date
    QList<Rate> best, worst; // five each, by the 90-day rate on the basis chosen in Settings
    QList<AuthenticityWarning> warnings;
    // Cheapest and dearest five CPEs, in the currency most running campaigns count in (CPEs in
    // different currencies do not rank against each other).
    QList<Cost> cheapest, dearest;
    QString costCurrency;
    // Followers of the active roster each week for the last 26 weeks (today last), summed over the
    // accounts that had a count at the first of those weeks, so a newly added account is not growth.
    QList<std::pair<QDate, qint64>> rosterFollowers;
    int rosterAccounts = 0;                // accounts in that sum
    QList<Growth> fastestGrowing, falling; // five each over the last 30 days
    // Exclusivities broken or about to be (overlaps ending today or later), and usage rights ending
    // within the days set in Settings or ended while the content is in use: the RightsShown used
    // longest past their end, then the RightsShown ending soonest (Today lists them all), and how
    // many there are in all (an agency has thousands: 1,804 in the agency demo, 9,025 at large).
    static constexpr int RightsShown = 10;
    QList<ExclusivityConflict> conflicts;
    QList<RightsAlert> rights;
    qsizetype rightsTotal = 0;
    // Payments past their due date and not paid (domain.md "Money, precisely"): what a brand owes
    // the agency (receivables) and what is owed to creators (payables).
    struct Overdue
    {
        qint64 paymentId = 0, campaignId = 0;
        PaymentDirection direction = PaymentDirection::Payable;
        QString brand, campaign, creator;
        Money amount; // a receivable's gross (what the brand was billed); a payable's net (what to transfer)
        int days = 0; // days overdue
    };
    QList<Overdue> overdue; // most overdue first
};

// "Teh Segar owes Rp12.000.000 — 45 days overdue (Summer Launch / Rina Wijaya)" or
// "Pay Rina Wijaya Rp9.750.000 — 3 days overdue (Summer Launch)".
QString describeOverdue(const DashboardData::Overdue &overdue);

// The dashboard is worked out in parts, each filling its own members of DashboardData, so a page
// can show each as it arrives and work out two at once (at 20,000 creators the whole takes 1.6 s;
// its parts 10 ms to 0.7 s).
enum class DashboardPart
{
    Campaigns,  // active (with their progress), cheapest, dearest, costCurrency
    Due,        // due
    Growth,     // rosterFollowers, rosterAccounts, fastestGrowing, falling
    Engagement, // best, worst, warnings (the outliers reuse the rates read for the ranking)
    Contracts,  // conflicts, rights, rightsTotal
    Overdue     // overdue
};
// Every part in the order a page asks for them, two at a time (a core each): the two longest on a
// busy workspace, engagement and growth, first, so that neither is left to run alone at the end;
// what is due (the quickest) before growth, so something is on screen at once. On the agency demo
// (kpi_bench: engagement 21 ms, growth 26, contracts 19, campaigns 13, overdue 3, due 0.5) the last
// part ends after 43 ms of work in this order, after 49 with growth last. dashboard() works them out
// in this order too.
inline constexpr DashboardPart DashboardParts[] = {DashboardPart::Engagement, DashboardPart::Due,
                                                   DashboardPart::Growth,     DashboardPart::Overdue,
                                                   DashboardPart::Contracts,  DashboardPart::Campaigns};

// Whether a committed change to these kinds of records (Workspace::changed) can change `part`:
// each part lists the kinds it cannot be reached by (a payment marked paid leaves the roster's
// growth as it was), so a kind added later counts as a change until it is known not to.
bool dashboardPartDependsOn(DashboardPart part, const QStringList &changedKinds);

// Works out one part into `d` (its members only; the others are left as they are).
// `mine`: only these creators' records ("My creators": their campaigns, deals, contracts and
// payments); null: everyone's. Rankings (best, worst, cheapest, fastest growing) rank among them.
Status addDashboardPart(QSqlDatabase &db, DashboardPart part, const QDate &today, DashboardData &d,
                        const ManagedIds *mine = nullptr);
// Moves the members of `part` from `from` into `into`, replacing what `into` had for them.
void takeDashboardPart(DashboardPart part, DashboardData &&from, DashboardData &into);

// Every part, one after another.
Result<DashboardData> dashboard(QSqlDatabase &db, const QDate &today, const ManagedIds *mine = nullptr);

} // namespace cd
