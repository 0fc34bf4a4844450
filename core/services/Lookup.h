#pragma once

#include "common/Result.h"

#include "common/Words.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Workspace;

// Finding named records (brands, creators, campaigns): names are compared by nameKey().
namespace lookup {

// The id of the record in `table` whose name matches `name`. `table` is a literal of this program.
std::optional<qint64> idByName(Workspace &ws, const char *table, const QString &name);

// The stored name of another record (not `selfId`) in `table` with the same name, or an empty
// string when the name is free.
Result<QString> nameTakenBy(Workspace &ws, const char *table, const QString &name, qint64 selfId);

// Read-only facts the app's screens show, so the SQL stays in core.

// Every name in `table` ("brands", "creators", "campaigns": a literal of this program), in name
// order; `activeOnly` leaves archived creators out.
QStringList allNames(QSqlDatabase &db, const char *table, bool activeOnly = false);
// The same as (id, name) pairs, in one statement (a filter list on a server: one round trip).
QList<std::pair<qint64, QString>> allIdsAndNames(QSqlDatabase &db, const char *table);
// The stored name of record `id` in `table`, empty when there is none.
QString nameById(QSqlDatabase &db, const char *table, qint64 id);

struct BrandCampaign
{
    QString name, status;
    QDate start;
};
// The brand's campaigns, newest start first.
Result<QList<BrandCampaign>> brandCampaigns(QSqlDatabase &db, qint64 brandId);

struct ParticipantNames
{
    QString campaign, creator, brand, currency;
};
// Who a creator's part in a campaign is about; none when it no longer exists.
std::optional<ParticipantNames> participantNames(QSqlDatabase &db, qint64 participantId);

struct AccountName
{
    qint64 id = 0;
    Platform platform = Platform::Instagram;
    QString handle;
};
// The creator's accounts, by platform.
Result<QList<AccountName>> accountsOf(QSqlDatabase &db, qint64 creatorId);

struct FollowerCount
{
    qint64 followers = 0;
    QDate date;
};
// The account's latest recorded follower count, if any.
std::optional<FollowerCount> latestFollowers(QSqlDatabase &db, qint64 accountId);

// A campaign's currency and budget, and what the other participants (not `exceptParticipant`,
// nor declined or cancelled ones) commit already: fee + product value + points x point value.
struct CampaignCommitments
{
    QString campaign, currency;
    std::optional<qint64> budgetMinor;
    qint64 committedByOthersMinor = 0;
};
std::optional<CampaignCommitments> campaignCommitments(QSqlDatabase &db, qint64 campaignId, qint64 exceptParticipant);

// The campaign's participants as (participant id, creator name), by name.
QList<std::pair<qint64, QString>> campaignParticipants(QSqlDatabase &db, qint64 campaignId);

struct FeedbackRound
{
    QString createdAt, author, body;
};
// The notes sent back with each revision of a deliverable, oldest first.
QList<FeedbackRound> deliverableFeedback(QSqlDatabase &db, qint64 deliverableId);

} // namespace lookup
} // namespace cd
