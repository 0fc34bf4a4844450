#pragma once

#include "CreatorService.h"
#include "common/Money.h"

#include <QDate>

namespace cd {

// One platform account as the editor shows it: the stored handle and latest follower count, and
// optionally a new count to record (dated today).
struct AccountEdit
{
    qint64 id = 0; // 0: a new account
    Platform platform = Platform::Instagram;
    QString handle;
    std::optional<qint64> latestFollowers; // read only: the latest snapshot
    QDate latestDate;
    std::optional<qint64> newFollowers;
};

struct RateCardEntry
{
    Platform platform = Platform::Instagram;
    DeliverableFormat format = DeliverableFormat::Post;
    Money amount;
    QString notes;
    bool operator==(const RateCardEntry &) const = default;
};

// A share of the creator's audience across all platforms: age band "18-24", gender "female",
// country "ID"; in hundredths of a percent.
struct AudienceShare
{
    AudienceDimension dimension = AudienceDimension::Age;
    QString bucket;
    int shareBp = 0;
    bool operator==(const AudienceShare &) const = default;
};

struct VettingAnswer
{
    int question = 1; // 1..12
    QString answer;
    std::optional<int> score; // 0..5
    QDate answeredOn;
    bool operator==(const VettingAnswer &) const = default;
};

// Everything the creator editor shows and saves at once.
struct CreatorProfile
{
    CreatorInput details; // details.accounts is unused: accounts are edited here
    QList<AccountEdit> accounts;
    QList<RateCardEntry> rates;
    QList<AudienceShare> audience;
    QDate audienceAsOf;
    QList<VettingAnswer> vetting;
};

// A campaign the creator takes (or took) part in, for the creator's page.
struct CreatorCampaign
{
    qint64 campaignId = 0;
    QString campaign, brand;
    CampaignStatus status = CampaignStatus::Draft;
    ParticipantStatus participation = ParticipantStatus::Confirmed;
    QDate start, end;
    std::optional<Money> fee;
    int deliverables = 0, deliverablesDone = 0; // done: posted or verified
};

// The age bands and genders the editor offers (buckets outside them are kept as imported).
QStringList audienceAgeBands();
QStringList audienceGenders();

// Reads and writes a creator's whole profile: details, tags, accounts, rate card, audience and
// vetting answers.
class CreatorProfileService
{
public:
    explicit CreatorProfileService(Workspace &workspace) : m_ws(workspace) {}

    Result<CreatorProfile> load(qint64 id);
    Result<QList<CreatorCampaign>> campaigns(qint64 creatorId);

    // Checks the profile without writing: the first problem, named for people.
    Status validate(qint64 id, const CreatorProfile &profile);
    // Adds (id 0) or updates the creator `id` inside `tx`; returns the creator's id. Accounts
    // missing from profile.accounts are removed with their follower history; a stored account's
    // platform never changes. Errors: as CreatorService, plus duplicate rate card entries, audience
    // shares over 100% per dimension, scores outside 0..5.
    Result<qint64> save(Transaction &tx, qint64 id, const CreatorProfile &profile);

private:
    Status saveAccounts(Transaction &tx, qint64 id, const QList<AccountEdit> &accounts);
    Status saveRates(Transaction &tx, qint64 id, const QList<RateCardEntry> &rates);
    Status saveAudience(Transaction &tx, qint64 id, const CreatorProfile &profile);
    Status saveVetting(Transaction &tx, qint64 id, const QList<VettingAnswer> &vetting);
    Workspace &m_ws;
};

} // namespace cd
