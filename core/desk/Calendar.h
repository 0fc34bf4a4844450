#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace cd {

class Workspace;

// The desk's calendar feed (domain.md "Calendar export") as an RFC 5545 VCALENDAR: UTF-8, CRLF line
// ends, lines folded at 75 octets. One all-day, transparent event per
//   - due date of a deliverable not yet posted, of a deal not declined or cancelled;
//   - posting day of a posted (or verified) deliverable;
//   - due date of an open (unpaid) payment: "Pay <creator> <net>" or "<brand> owes <net>";
//   - open follow-up, on its due date.
// Each UID is "<record>-<id>-<what>@<workspace id>" ("deliverable-12-due@<uuid>"), so a calendar
// subscribed to the file updates its events on every re-export and never duplicates them.
// `managerId` 0: everyone's; else only the events of creators that manager manages (follow-ups by
// FollowupFilter's rule). Every DTSTAMP is `stamp`, written in UTC.
// Errors: a query fails, or the workspace has no id (settings key workspace_id, made by schema v3).
// Runs one query per kind of event, never one per record.
Result<QByteArray> calendarIcs(QSqlDatabase &db, qint64 managerId, const QDateTime &stamp);

// Writes calendarIcs() as of now to `path` through QSaveFile (owner-only permissions) and returns
// how many events it holds. Refuses a `path` that is the workspace itself, its -wal, -shm, -journal
// or lock file (compared after resolving links); a failed write leaves an existing file unchanged.
Result<int> writeCalendarFile(Workspace &ws, qint64 managerId, const QString &path);

// The RFC 5545 details, public for their tests.
namespace ics {
// A TEXT value (RFC 5545 3.3.11): '\', ';' and ',' escaped with '\', any line break as "\n", other
// control characters dropped (TEXT may not hold them).
QByteArray escapeText(const QString &text);
// One content line (without its line end) folded so no line exceeds 75 octets: continuation lines
// start with a space, a multi-byte UTF-8 character is never split; CRLF after every line.
QByteArray foldLine(const QByteArray &line);
} // namespace ics

} // namespace cd
