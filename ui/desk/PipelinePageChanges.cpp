// How the pipeline keeps up with changes: when a change names the deals, deliverables and payments
// it wrote, only their creators' deals are read again (a payment marked paid at 55,000 deals: one
// creator's few, not every deal); anything else is every deal read again on the worker
// (PipelinePage::reload()). Moves made on the board are in PipelinePageMoves.cpp.
#include "PipelinePage.h"

#include "common/Clock.h"
#include "main/BackgroundRead.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cd {
namespace {
// What the cards say comes from these.
const char *const WatchedKinds[] = {"participants", "deliverables", "payments", "invoices", "contracts",    "creators",
                                    "managers",     "campaigns",    "brands",   "settings", "post_metrics", "posts"};
// Changes to these reach the deals of the records they name only (an invoice: those of the
// payments it is on, which its change names; a creator: their own deals; a campaign: its deals).
const char *const ByRecord[] = {"participants", "deliverables", "payments",    "invoices",
                                "creators",     "campaigns",    "post_metrics"};
// Past this many creators, every deal is read again: a read per creator would take longer.
constexpr qsizetype MostCreatorsReadBack = 20;
} // namespace

void PipelinePage::changedInWorkspace(const Changes &changes)
{
    if (std::ranges::none_of(WatchedKinds, [&](const char *kind) { return changes.touches(QLatin1String(kind)); }))
        return;
    // A move made here changes one participant: moveDealTo() reads that creator's deals again itself.
    if (m_moving && changes.kinds() == QStringList{QStringLiteral("participants")}) {
        m_movedCommitted = true;
        return;
    }
    if (changes.touches(QStringLiteral("managers")) || changes.touches(QStringLiteral("brands")))
        m_filtersStale = true;
    m_unread.add(changes);
    if (isVisible())
        catchUp();
}

void PipelinePage::catchUp()
{
    // The day may have turned since the last look (late cards, what is paid as of today).
    if (m_today != Clock::today())
        m_stale = true;
    const Changes unread = std::exchange(m_unread, {});
    if (m_stale || (!unread.isEmpty() && !readBack(unread)))
        reload();
}

bool PipelinePage::readBack(const Changes &changes)
{
    // Onto the board as read, none being read again (a read under way may predate the change).
    if (m_stale || m_read->isBusy() || !m_workspace || m_filtersStale)
        return false;
    for (const char *kind : WatchedKinds)
        if (changes.touches(QLatin1String(kind)) &&
            std::ranges::none_of(ByRecord, [&](const char *k) { return qstrcmp(k, kind) == 0; }))
            return false;
    if (changes.touches(QStringLiteral("invoices")) && !changes.ids(QStringLiteral("payments")))
        return false;
    QSqlDatabase db = m_workspace->db();
    const std::optional<QList<qint64>> creators = creatorsOfChangedDeals(db, changes);
    if (!creators || creators->size() > MostCreatorsReadBack)
        return false;
    for (const qint64 creator : *creators)
        refreshCreator(creator);
    return true;
}

} // namespace cd
