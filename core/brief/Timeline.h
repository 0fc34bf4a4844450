#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace cd {

// One dated thing in a campaign's calendar.
struct TimelineEvent
{
    enum class Kind
    {
        CampaignStart,
        WindowOpens,
        Due,
        Posted,
        WindowCloses,
        CampaignEnd,
    };
    QDate date;
    Kind kind = Kind::Due;
    QString creator, title, status; // deliverable events only
    bool late = false;              // due before `today` and not posted
    QString text() const;           // "Due: Iftar reel (Rina Wijaya), planned"
};

// The campaign's dates, posting window, and every deliverable's due and posting day, in date order
// (on one day: openings first, then what is due, what was posted, and closings last).
Result<QList<TimelineEvent>> campaignTimeline(QSqlDatabase &db, qint64 campaignId, const QDate &today);

} // namespace cd
