#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace cd {

// A creator's part in another campaign that an exclusivity of theirs forbids (domain.md
// "Exclusivity and usage rights, precisely").
struct ExclusivityConflict
{
    qint64 creatorId = 0;
    QString creator;
    qint64 contractId = 0;
    QString contractBrand, contractCampaign;
    QString category;
    QStringList competitors;
    QDate start, end; // the exclusivity; an invalid end is open-ended
    qint64 campaignId = 0;
    QString conflictingCampaign, conflictingBrand;
    QDate overlapStart, overlapEnd; // invalid end: open-ended
    QString reason;                 // category, named_competitor or brand_competitor
    bool pending = false;           // the contract is sent or negotiating, not yet binding
};

// Every conflict whose overlap ends on or after `asOf` (open-ended ones always), by creator,
// contract and campaign. Only signed and active contracts bind; sent and negotiating ones are
// reported as pending. The latest version's terms apply.
Result<QList<ExclusivityConflict>> exclusivityConflicts(QSqlDatabase &db, const QDate &asOf);

// The conflicts `creatorId` would have by taking part in `campaignId` (for the warning when a
// creator is added to a campaign), whatever their dates relative to today.
Result<QList<ExclusivityConflict>> conflictsIfJoining(QSqlDatabase &db, qint64 creatorId, qint64 campaignId);

// The conflicts of one contract's exclusivity as its terms now stand (after an edit).
Result<QList<ExclusivityConflict>> conflictsOfContract(QSqlDatabase &db, qint64 contractId);

// The conflicts an exclusivity with these terms would have, for the creator of `participantId`
// (the contract being edited, `contractId` 0 when not saved yet), before anything is saved.
Result<QList<ExclusivityConflict>> conflictsOfTerms(QSqlDatabase &db, qint64 participantId, const QString &category,
                                                    const QStringList &competitors, const QDate &start,
                                                    const QDate &end, qint64 contractId, bool pending);

// "Rina Wijaya is exclusive to Teh Segar for beverages 2026-01-05 to 2026-06-30 (contract 3); Kopi
// Launch (Kopi Kita) overlaps 2026-03-01 to 2026-03-31: Kopi Kita's category is beverages."
QString describeConflict(const ExclusivityConflict &conflict);

// The `conflicts --json` array of formats.md.
QJsonArray conflictsToJson(const QList<ExclusivityConflict> &conflicts);

// A contract's usage rights that need a look: ending within the days asked, or ended while the
// content is still in use.
struct RightsAlert
{
    qint64 contractId = 0, campaignId = 0;
    qint64 participantId = 0, creatorId = 0, managerId = 0; // the creator's manager; 0: none
    QString creator, brand, campaign;
    QStringList channels;
    QDate usageEnd;
    qint64 daysLeft = 0; // usage end - as of: 0 on the last day, negative once ended
    bool inUse = false;
    QString state; // expiring or expired_in_use
};
} // namespace cd
// Moved as bytes when a list of them grows (its members are Qt's relocatable types and plain
// values), as Today's items are: the large demo has 9,025 alerts.
Q_DECLARE_TYPEINFO(cd::RightsAlert, Q_RELOCATABLE_TYPE);
namespace cd {

// Rights of signed, active, expired and terminated contracts, by usage end then creator.
Result<QList<RightsAlert>> rightsAlerts(QSqlDatabase &db, const QDate &asOf, int expiringDays);
// The same rights as a page that shows a few of them needs them: the first `perState` used past
// their end and the first `perState` ending (each in rightsAlerts()'s order, those ended first),
// and how many there are in all. Only `contracts`' rights when given (My Creators). Which ones and
// in what order come from the versions and the creators' name keys alone; names and channels are
// read for the few given (the large demo's dashboard: 9,025 alerts).
struct RightsAlertsHead
{
    QList<RightsAlert> alerts;
    qsizetype total = 0;
};
Result<RightsAlertsHead> firstRightsAlerts(QSqlDatabase &db, const QDate &asOf, int expiringDays, int perState,
                                           const QSet<qint64> *contracts = nullptr);
QJsonArray rightsToJson(const QList<RightsAlert> &alerts);

} // namespace cd
