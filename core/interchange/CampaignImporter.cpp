#include "KindImporter.h"

#include "Values.h"
#include "common/Names.h"
#include "services/CampaignService.h"

#include <QCoreApplication>

namespace cd {
namespace {

class CampaignImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(CampaignImporter)
public:
    explicit CampaignImporter(Workspace &ws) : m_campaigns(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("name"), QStringLiteral("brand"), QStringLiteral("start_date"),
                QStringLiteral("currency")};
    }
    QString key(const ImportRow &row) const override { return nameKey(row.text("name")); }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto id = m_campaigns.findByName(row.text("name"));
        CampaignInput in;
        if (id) {
            auto stored = m_campaigns.load(*id);
            if (!stored) {
                row.refused(stored.failure());
                return Outcome::Failed;
            }
            in = stored.value();
        }
        const CampaignInput before = in;
        in.name = row.text("name");
        in.brand = row.text("brand");
        in.currency = row.text("currency").toUpper();
        if (!isKnownCurrency(in.currency)) {
            row.error("currency",
                      tr("unknown currency '%1': use an ISO 4217 code such as IDR or USD").arg(row.text("currency")));
            return Outcome::Failed;
        }
        if (auto goal = row.word<CampaignGoal>("goal"))
            in.goal = goal;
        if (auto status = row.word<CampaignStatus>("status"))
            in.status = *status;
        if (auto start = row.date("start_date"))
            in.start = *start;
        if (auto end = row.date("end_date"))
            in.end = *end;
        if (auto budget = row.money("budget", in.currency))
            in.budget = budget;
        if (row.has("platforms")) {
            in.platforms.clear();
            for (const QString &word : row.list("platforms", true)) {
                auto p = parseWord<Platform>(word);
                if (!p)
                    row.error("platforms", p.error());
                else
                    in.platforms << p.value();
            }
        }
        if (row.has("content_type"))
            in.contentType = row.text("content_type");
        if (row.has("hashtags"))
            in.hashtags = row.list("hashtags", true);
        if (row.has("mentions"))
            in.mentions = row.list("mentions", true);
        if (row.has("disclosure")) {
            // yes/no, or the campaign's own markers (which also make disclosure required).
            if (auto required = values::boolean(row.text("disclosure"))) {
                in.disclosureRequired = required.value();
                in.disclosureMarkers.clear();
            } else {
                in.disclosureRequired = true;
                in.disclosureMarkers = row.list("disclosure", true);
            }
        }
        if (auto d = row.date("post_window_start"))
            in.postWindowStart = *d;
        if (auto d = row.date("post_window_end"))
            in.postWindowEnd = *d;
        if (auto v = row.count("kpi_posts"))
            in.kpi.posts = v;
        if (auto v = row.count("kpi_views"))
            in.kpi.views = v;
        if (auto v = row.percent("kpi_engagement_rate"))
            in.kpi.engagementRateBp = v;
        if (auto v = row.count("kpi_new_followers"))
            in.kpi.newFollowers = v;
        if (auto v = row.count("kpi_link_clicks"))
            in.kpi.linkClicks = v;
        if (auto v = row.money("kpi_revenue", in.currency))
            in.kpi.revenue = v;
        if (row.failed())
            return Outcome::Failed;

        in = CampaignService::normalized(in);
        return store(
            row, id.has_value(), in == before, [&] { return m_campaigns.change(tx, *id, in); },
            [&] { return m_campaigns.insert(tx, in); });
    }

private:
    CampaignService m_campaigns;
};

} // namespace

std::unique_ptr<KindImporter> makeCampaignImporter(Workspace &ws)
{
    return std::make_unique<CampaignImporter>(ws);
}

} // namespace cd
