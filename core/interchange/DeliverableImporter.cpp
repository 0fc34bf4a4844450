#include "KindImporter.h"

#include "ParticipantLookup.h"
#include "common/Names.h"
#include "services/DeliverableService.h"

namespace cd {
namespace {

class DeliverableImporter final : public KindImporter
{
public:
    explicit DeliverableImporter(Workspace &ws) : m_deliverables(ws) {}

    QStringList required() const override
    {
        return {QStringLiteral("campaign"), QStringLiteral("creator"), QStringLiteral("platform"),
                QStringLiteral("title")};
    }
    QString key(const ImportRow &row) const override
    {
        const auto platform = wordFrom<Platform>(row.text("platform"));
        return nameKey(row.text("campaign")) + QChar(31) + nameKey(row.text("creator")) + QChar(31) +
               (platform ? wordOf(*platform) : QString()) + QChar(31) + nameKey(row.text("title"));
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto platform = row.word<Platform>("platform");
        const auto participant = m_participants.find(row, tx);
        if (!platform || !participant)
            return Outcome::Failed;
        const auto existing = m_deliverables.find(participant->id, *platform, row.text("title"));
        DeliverableInput in = existing ? existing->second : DeliverableInput{};
        const DeliverableInput before = in;
        in.platform = *platform;
        in.title = cleanName(row.text("title"));
        if (auto v = row.word<DeliverableFormat>("format"))
            in.format = v;
        if (auto v = row.date("due_date"))
            in.due = *v;
        if (auto v = row.word<DeliverableStatus>("status"))
            in.status = *v;
        if (auto v = row.count("revision_limit"))
            in.revisionLimit = v;
        if (auto v = row.count("revisions_used"))
            in.revisionsUsed = *v;
        if (row.has("post_url"))
            in.postUrl = row.text("post_url");
        if (auto v = row.date("posted_at"))
            in.postedAt = *v;
        if (row.has("caption"))
            in.caption = row.text("caption");
        if (row.failed())
            return Outcome::Failed;
        return store(
            row, existing.has_value(), in == before, [&] { return m_deliverables.change(tx, existing->first, in); },
            [&] { return m_deliverables.insert(tx, participant->id, in); });
    }

private:
    DeliverableService m_deliverables;
    ParticipantLookup m_participants;
};

} // namespace

std::unique_ptr<KindImporter> makeDeliverableImporter(Workspace &ws)
{
    return std::make_unique<DeliverableImporter>(ws);
}

} // namespace cd
