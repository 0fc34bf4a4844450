#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

// Targets a campaign sets; an absent value means "no target" (absent from KPI progress).
struct KpiTargets
{
    std::optional<qint64> posts, views, newFollowers, linkClicks;
    std::optional<int> engagementRateBp; // hundredths of a percent: 4% = 400
    std::optional<Money> revenue;
    friend bool operator==(const KpiTargets &, const KpiTargets &) = default;
};

struct CampaignInput
{
    QString name;
    QString brand; // an existing brand's name
    std::optional<CampaignGoal> goal;
    CampaignStatus status = CampaignStatus::Draft;
    QDate start, end; // end may be absent (open)
    QString currency; // ISO 4217; every amount of the campaign is in it
    std::optional<Money> budget;
    QList<Platform> platforms; // none listed: any platform
    // brief
    QString contentType;
    std::optional<int> durationSeconds;
    QString captionGuidance;
    QStringList hashtags; // with or without '#'
    QStringList mentions; // with or without '@'
    bool disclosureRequired = false;
    QStringList disclosureMarkers; // the campaign's own markers besides #ad, #iklan, ...
    QDate postWindowStart, postWindowEnd;
    KpiTargets kpi;
    QString notes;
    friend bool operator==(const CampaignInput &, const CampaignInput &) = default;
};

// Adds and edits campaigns with their brief and KPI targets, with validation.
class CampaignService
{
public:
    explicit CampaignService(Workspace &workspace) : m_ws(workspace) {}

    // Errors: bad or duplicate name, unknown brand, end before start, posting window outside
    // order, unknown currency, an amount in another currency, negative budget or targets.
    Result<qint64> add(const CampaignInput &input);
    Status update(qint64 id, const CampaignInput &input);

    // The checks add() and update() make, without writing (selfId 0 for a new campaign).
    Status check(const CampaignInput &input, qint64 selfId);

    std::optional<qint64> findByName(const QString &name);
    // Every campaign's id, name and brand, ordered by name: what a form offers to choose from
    // (without the counts the Campaigns page reads, which cost 0.3 s for 5,000 campaigns).
    struct Choice
    {
        qint64 id = 0;
        QString name, brand;
    };
    Result<QList<Choice>> choices();
    // The campaign's currency, or empty when it does not exist.
    QString currencyOf(qint64 id);
    // The stored values of a campaign, normalized.
    Result<CampaignInput> load(qint64 id);
    // The form in which a campaign is stored: names cleaned, tags without '#'/'@' and without
    // repeats, platforms sorted. Two inputs that store the same are equal after this.
    static CampaignInput normalized(CampaignInput input);

    // The same writes inside a caller's transaction (imports write many records in one).
    Result<qint64> insert(Transaction &tx, const CampaignInput &input);
    Status change(Transaction &tx, qint64 id, const CampaignInput &input);
    // Deletes the campaign with everything it holds (creators taking part, deliverables, posts and
    // their numbers, contracts, payments).
    Status remove(Transaction &tx, qint64 id);

private:
    Result<qint64> validate(const CampaignInput &input, qint64 selfId); // returns the brand id
    Status write(Transaction &tx, qint64 id, const CampaignInput &input);
    Workspace &m_ws;
};

} // namespace cd
