#include "KindImporter.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "contracts/ContractService.h"
#include "contracts/Exclusivity.h"
#include "services/CampaignService.h"
#include "services/ParticipantService.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {

// contracts.csv (formats.md): a row identical to the stored contract changes nothing, a change
// to a draft updates it, a change to a sent or negotiating contract makes a new version, a change
// to the terms of a signed, active, expired or terminated one is an error. The status moves along
// the contract's lifecycle (sent -> signed, active -> expired...), never back; whether the
// content is still in use may change at any time.
class ContractImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContractImporter)
public:
    explicit ContractImporter(Workspace &ws) : m_participants(ws), m_campaigns(ws) {}

    QStringList required() const override { return {QStringLiteral("campaign"), QStringLiteral("creator")}; }
    QStringList warnings() const override { return m_warnings; }

    // An exclusivity the creator already breaks is a warning, not an error: the deal exists. Worked
    // out once for the whole file (each check reads every participation), then told per row.
    Status finish(Transaction &tx) override
    {
        if (m_written.isEmpty())
            return {};
        auto found = exclusivityConflicts(tx.db(), QDate());
        if (!found)
            return {}; // a warning that cannot be worked out is no reason to refuse the file
        QHash<qint64, QList<const ExclusivityConflict *>> byContract;
        for (const ExclusivityConflict &c : std::as_const(found.value()))
            byContract[c.contractId] << &c;
        for (const auto &[contractId, place] : std::as_const(m_written))
            for (const ExclusivityConflict *c : byContract.value(contractId))
                m_warnings << place + QStringLiteral(": ") + describeConflict(*c);
        return {};
    }
    QString key(const ImportRow &row) const override
    {
        return nameKey(row.text("campaign")) + QChar(31) + nameKey(row.text("creator"));
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto campaignId = m_campaigns.findByName(row.text("campaign"));
        if (!campaignId) {
            row.error("campaign", tr("unknown campaign '%1': import campaigns.csv first").arg(row.text("campaign")));
            return Outcome::Failed;
        }
        const auto participant = m_participants.find(row.text("campaign"), row.text("creator"));
        if (!participant) {
            row.error("creator", tr("%1 does not take part in %2: import participants.csv first")
                                     .arg(row.text("creator"), row.text("campaign")));
            return Outcome::Failed;
        }
        const QString currency = m_campaigns.currencyOf(*campaignId);
        auto existing = ContractService::forParticipant(tx.db(), participant->first);
        if (!existing) {
            row.refused(existing.failure());
            return Outcome::Failed;
        }
        ContractTerms t = existing.value() ? existing.value()->terms : ContractTerms{};
        readTerms(row, currency, t);
        const auto status = row.word<ContractStatus>("status");
        const auto signedDate = row.date("signed_date");
        const auto inUse = row.boolean("rights_in_use");
        if (row.failed())
            return Outcome::Failed;
        if (Status s = ContractService::validate(t, currency); !s) {
            row.refused(s.failure());
            return Outcome::Failed;
        }
        const QDate today = Clock::today();
        if (!existing.value()) {
            auto id = ContractService::create(tx, participant->first, t, status.value_or(ContractStatus::Draft), today,
                                              signedDate.value_or(QDate()));
            if (id && inUse && *inUse)
                if (Status s = ContractService::setRightsInUse(tx, id.value(), true); !s)
                    id = fail(s.error());
            if (!id) {
                row.refused(id.failure());
                return Outcome::Failed;
            }
            m_written.append({id.value(), QStringLiteral("%1:%2").arg(row.file()).arg(row.line())});
            return Outcome::Added;
        }
        const ContractRecord &stored = *existing.value();
        const bool termsChanged = ContractService::normalised(t) != stored.terms;
        const bool statusChanged = status && *status != stored.status;
        const bool signedChanged = signedDate && *signedDate != stored.signedDate;
        const bool inUseChanged = inUse && *inUse != stored.rightsInUse;
        if (!termsChanged && !statusChanged && !signedChanged && !inUseChanged)
            return Outcome::Unchanged;
        if (signedChanged && stored.signedDate.isValid() && ContractService::termsReadOnly(stored.status)) {
            row.error(
                "signed_date",
                tr("the contract was signed on %1; a signed date does not change").arg(displayDate(stored.signedDate)));
            return Outcome::Failed;
        }
        // Terms first: a draft row that also says "sent" updates the draft, then sends it.
        if (termsChanged)
            if (auto change = ContractService::changeTerms(tx, stored.id, t); !change) {
                row.refused(change.failure());
                return Outcome::Failed;
            }
        if (statusChanged || signedChanged)
            if (Status s = ContractService::setStatus(tx, stored.id, status.value_or(stored.status), today, {},
                                                      signedDate.value_or(QDate()));
                !s) {
                row.error("status", s.error());
                return Outcome::Failed;
            }
        if (signedChanged && !statusChanged && !ContractService::termsReadOnly(stored.status)) {
            row.error("signed_date", tr("a signed date needs the status signed (or later)"));
            return Outcome::Failed;
        }
        if (inUseChanged)
            if (Status s = ContractService::setRightsInUse(tx, stored.id, *inUse); !s) {
                row.refused(s.failure());
                return Outcome::Failed;
            }
        m_written.append({stored.id, QStringLiteral("%1:%2").arg(row.file()).arg(row.line())});
        return Outcome::Updated;
    }

private:
    // Given cells replace the stored terms; empty ones keep them (formats.md).
    static void readTerms(ImportRow &row, const QString &currency, ContractTerms &t)
    {
        if (auto v = row.word<ContractLanguage>("language"))
            t.language = *v;
        if (auto v = row.date("end_date"))
            t.endDate = *v;
        if (row.has("exclusivity_category"))
            t.exclusivityCategory = row.text("exclusivity_category");
        if (row.has("exclusivity_competitors"))
            t.competitors = row.list("exclusivity_competitors");
        if (auto v = row.date("exclusivity_start"))
            t.exclusivityStart = *v;
        if (auto v = row.date("exclusivity_end"))
            t.exclusivityEnd = *v;
        if (row.has("usage_channels"))
            t.usageChannels = row.list("usage_channels");
        if (auto v = row.date("usage_start"))
            t.usageStart = *v;
        if (auto v = row.date("usage_end"))
            t.usageEnd = *v;
        if (auto v = row.boolean("paid_ads"))
            t.paidAds = *v;
        if (auto v = row.count("revision_rounds"))
            t.revisionRounds = v;
        if (auto v = row.count("turnaround_days"))
            t.turnaroundDays = v;
        if (auto v = row.count("payment_terms_days"))
            t.paymentTermsDays = v;
        if (auto v = row.money("kill_fee", currency))
            t.killFee = v;
        if (auto v = row.count("cancellation_notice_days"))
            t.cancellationNoticeDays = v;
        if (row.has("governing_law"))
            t.governingLaw = row.text("governing_law");
    }

    ParticipantService m_participants;
    CampaignService m_campaigns;
    QList<std::pair<qint64, QString>> m_written; // contract, "FILE:LINE" of the row that wrote it
    QStringList m_warnings;
};

} // namespace

std::unique_ptr<KindImporter> makeContractImporter(Workspace &ws)
{
    return std::make_unique<ContractImporter>(ws);
}

} // namespace cd
