#include "DemoInternals.h"

#include "storage/Sql.h"

// The desk's demo (domain.md "The talent manager's desk"): follow-ups as a manager's week holds
// them: chasing open offers, checking in with creators, reviews with brands; a few overdue, most
// due in the next days, some already done. Written last, with draws of its own, so the rest of
// the demo stays as it was.

namespace cd::demo {

Status Generator::followups()
{
    Inserter followup(m_db, QStringLiteral("INSERT INTO followups (creator_id, brand_id, campaign_id, participant_id, "
                                           "due_date, note, done_on, manager_id, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A deal in offer or negotiation gets a nudge more often than not.
    auto offers = sql::run(m_db, QStringLiteral("SELECT p.id, cr.name, b.name, p.status FROM participants p "
                                                "JOIN creators cr ON cr.id = p.creator_id "
                                                "JOIN campaigns c ON c.id = p.campaign_id "
                                                "JOIN brands b ON b.id = c.brand_id "
                                                "WHERE p.status IN ('invited', 'negotiating') ORDER BY p.id"));
    if (!offers)
        return offers.failure();
    const auto add = [&](const QVariantList &about, int dueOffset, const QString &note,
                         const QVariant &manager) -> Status {
        const QDate due = m_today.addDays(dueOffset);
        // Past ones are mostly done already; what is left of them is what Today shows as overdue.
        const bool done = dueOffset < 0 && m_rng.chance(0.6);
        const QVariant doneOn =
            done ? QVariant(due.addDays(m_rng.range(0, -dueOffset)).toString(Qt::ISODate)) : QVariant();
        auto r = followup(about + QVariantList{due.toString(Qt::ISODate), note, doneOn, manager, m_now, m_now});
        return r ? Status() : Status(fail(r.error()));
    };
    while (offers->next()) {
        if (!m_rng.chance(0.6))
            continue;
        const QString creator = offers->value(1).toString(), brand = offers->value(2).toString();
        const bool invited = offers->value(3).toString() == QLatin1String("invited");
        const QString note = invited ? DemoText::tr("Ask %1 whether they take %2's offer").arg(creator, brand)
                                     : DemoText::tr("Chase %1 on the counter-offer for %2").arg(brand, creator);
        if (Status s =
                add({QVariant(), QVariant(), QVariant(), offers->value(0)}, int(m_rng.range(-6, 10)), note, QVariant());
            !s)
            return s;
    }
    // Creators: a check-in with a few of the active roster.
    const int creatorNotes = m_agency ? 220 : 6;
    const QStringList creatorTexts = {DemoText::tr("Ask %1 for updated audience numbers"),
                                      DemoText::tr("Send %1 the new rate card"),
                                      DemoText::tr("Check in with %1 about next month's shoots")};
    for (int i = 0; i < creatorNotes && !m_creators.isEmpty(); ++i) {
        const Creator &c = m_creators.at(int(m_rng.range(0, m_creators.size() - 1)));
        if (c.archived)
            continue;
        const QString note = creatorTexts.at(int(m_rng.range(0, creatorTexts.size() - 1))).arg(c.name);
        if (Status s = add({c.id, QVariant(), QVariant(), QVariant()}, int(m_rng.range(-5, 14)), note, QVariant()); !s)
            return s;
    }
    // Brands: a review, given to one manager (an agency) or to nobody (a brand's own team).
    for (const Brand &b : std::as_const(m_brands)) {
        if (!m_rng.chance(m_agency ? 0.5 : 0.4))
            continue;
        const QVariant manager =
            m_agency ? QVariant(m_managers.at(int(m_rng.range(0, m_managers.size() - 1)))) : QVariant();
        if (Status s = add({QVariant(), b.id, QVariant(), QVariant()}, int(m_rng.range(-3, 21)),
                           DemoText::tr("Quarterly review with %1").arg(b.name), manager);
            !s)
            return s;
    }
    // Revisions asked for 0-5 days ago (the feedback round the request leaves), so some wait past
    // the turnaround on Today. The day is worked out here, not in SQL, so a server writes the same.
    auto revisions =
        sql::run(m_db, QStringLiteral("SELECT id FROM deliverables WHERE status = 'revision_requested' ORDER BY id"));
    if (!revisions)
        return revisions.failure();
    Inserter feedback(m_db,
                      QStringLiteral("INSERT INTO deliverable_feedback (deliverable_id, created_at, author, body) "
                                     "VALUES (?, ?, '', ?)"));
    const QString body =
        DemoText::tr("Please show the product in the first three seconds and add the campaign hashtag.");
    while (revisions->next()) {
        const qint64 id = revisions->value(0).toLongLong();
        const QString asked = m_today.addDays(-(id % 6)).toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
        if (auto r = feedback({id, asked, body}); !r)
            return r.failure();
    }
    return {};
}

} // namespace cd::demo
