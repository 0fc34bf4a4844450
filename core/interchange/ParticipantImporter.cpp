#include "KindImporter.h"

#include "common/Names.h"
#include "money/TaxProfiles.h"
#include "services/CampaignService.h"
#include "services/ParticipantService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {

class ParticipantImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImporter)
public:
    explicit ParticipantImporter(Workspace &ws) : m_participants(ws), m_campaigns(ws) {}

    QStringList required() const override { return {QStringLiteral("campaign"), QStringLiteral("creator")}; }
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
        // Amounts are in the campaign's currency; a row that says otherwise is wrong, not converted.
        const QString currency = m_campaigns.currencyOf(*campaignId);
        if (row.has("currency") && row.text("currency").toUpper() != currency) {
            row.error("currency", tr("'%1' differs from the campaign's currency %2; a campaign has one currency")
                                      .arg(row.text("currency"), currency));
            return Outcome::Failed;
        }
        auto existing = m_participants.find(row.text("campaign"), row.text("creator"));
        ParticipantInput in = existing ? existing->second : ParticipantInput{};
        const ParticipantInput before = in;
        in.campaign = row.text("campaign");
        in.creator = row.text("creator");
        Compensation &c = in.compensation;
        if (auto v = row.money("fee", currency))
            c.fee = v;
        if (auto v = row.percent("commission_rate"))
            c.commissionRateBp = v;
        if (auto v = row.money("product_value", currency))
            c.productValue = v;
        if (auto v = row.count("points"))
            c.points = v;
        if (auto v = row.money("point_value", currency))
            c.pointValue = v;
        if (auto v = row.money("deposit", currency))
            c.deposit = v;
        if (auto status = row.word<ParticipantStatus>("status"))
            in.status = *status;
        const auto agencyRate = row.percent("agency_rate");
        if (row.failed())
            return Outcome::Failed;
        qint64 id = existing ? existing->first : 0;
        const Outcome outcome = store(
            row, existing.has_value(), in.compensation == before.compensation && in.status == before.status,
            [&] { return m_participants.change(tx, existing->first, in.compensation, in.status, in.notes); },
            [&]() -> Result<qint64> {
                auto added = m_participants.insert(tx, in);
                if (added)
                    id = added.value();
                return added;
            });
        if (outcome == Outcome::Failed || !agencyRate)
            return outcome;
        auto stored =
            sql::scalar(tx.db(), QStringLiteral("SELECT agency_rate_bp FROM participants WHERE id = ?"), {id});
        if (!stored) {
            row.refused(stored.failure());
            return Outcome::Failed;
        }
        if (!stored->isNull() && stored->toLongLong() == *agencyRate)
            return outcome;
        if (Status s = TaxProfiles::setParticipantAgencyRate(tx, id, *agencyRate); !s) {
            row.error("agency_rate", s.error());
            return Outcome::Failed;
        }
        return outcome == Outcome::Unchanged ? Outcome::Updated : outcome;
    }

private:
    ParticipantService m_participants;
    CampaignService m_campaigns;
};

} // namespace

std::unique_ptr<KindImporter> makeParticipantImporter(Workspace &ws)
{
    return std::make_unique<ParticipantImporter>(ws);
}

} // namespace cd
