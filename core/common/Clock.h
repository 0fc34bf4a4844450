#pragma once

#include <QDate>
#include <QDateTime>

namespace cd {

// The time the product believes it is. Tests fix it; everything else reads it through here so
// "today" (as-of defaults, snapshot dates, timestamps) is one seam.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    // ISO 8601 UTC with seconds ("2026-11-23T10:00:00Z"), as stored in created_at/updated_at.
    static QString timestamp();

    // Test seam: pins the clock (an invalid value unpins it).
    static void setFixed(const QDateTime &utc);
};

} // namespace cd
