#include "Timeline.h"

#include "common/Words.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};
} // namespace

QString TimelineEvent::text() const
{
    const QString what = QStringLiteral("%1 (%2)").arg(title, creator);
    switch (kind) {
    case Kind::CampaignStart:
        return Text::tr("Campaign starts");
    case Kind::WindowOpens:
        return Text::tr("Posting window opens");
    case Kind::Due:
        return late ? Text::tr("Due, late: %1, %2").arg(what, wordLabel(status).toLower())
                    : Text::tr("Due: %1, %2").arg(what, wordLabel(status).toLower());
    case Kind::Posted:
        return Text::tr("Posted: %1").arg(what);
    case Kind::WindowCloses:
        return Text::tr("Posting window closes");
    case Kind::CampaignEnd:
        return Text::tr("Campaign ends");
    }
    return {};
}

Result<QList<TimelineEvent>> campaignTimeline(QSqlDatabase &db, qint64 campaignId, const QDate &today)
{
    QList<TimelineEvent> events;
    auto c = sql::run(db,
                      QStringLiteral("SELECT start_date, end_date, post_window_start, post_window_end FROM campaigns "
                                     "WHERE id = ?"),
                      {campaignId});
    if (!c)
        return c.failure();
    if (!c->next())
        return events;
    const TimelineEvent::Kind markers[] = {TimelineEvent::Kind::CampaignStart, TimelineEvent::Kind::CampaignEnd,
                                           TimelineEvent::Kind::WindowOpens, TimelineEvent::Kind::WindowCloses};
    for (int i = 0; i < 4; ++i)
        if (const QDate d = QDate::fromString(c->value(i).toString(), Qt::ISODate); d.isValid())
            events << TimelineEvent{d, markers[i], {}, {}, {}, false};
    auto q = sql::run(db,
                      QStringLiteral("SELECT d.due_date, d.posted_at, cr.name, d.title, d.status FROM deliverables d "
                                     "JOIN participants p ON p.id = d.participant_id JOIN creators cr ON cr.id = "
                                     "p.creator_id WHERE p.campaign_id = ?"),
                      {campaignId});
    if (!q)
        return q.failure();
    while (q->next()) {
        const QDate due = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        const QDate posted = QDate::fromString(q->value(1).toString().left(10), Qt::ISODate);
        const QString status = q->value(4).toString();
        const bool done = status == QLatin1String("posted") || status == QLatin1String("verified");
        if (due.isValid())
            events << TimelineEvent{due,    TimelineEvent::Kind::Due, q->value(2).toString(), q->value(3).toString(),
                                    status, !done && due < today};
        if (posted.isValid())
            events << TimelineEvent{
                posted, TimelineEvent::Kind::Posted, q->value(2).toString(), q->value(3).toString(), status, false};
    }
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        return std::tie(a.date, a.kind, a.creator, a.title) < std::tie(b.date, b.kind, b.creator, b.title);
    });
    return events;
}

} // namespace cd
