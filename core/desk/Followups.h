#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

// A dated note on one creator, brand, campaign or deal (a participant), open until done
// (domain.md "The talent manager's desk").
struct FollowupInput
{
    FollowupAbout about = FollowupAbout::Creator;
    qint64 recordId = 0; // the creator, brand, campaign or participant
    QDate due;
    QString note;
    std::optional<qint64> managerId; // whose it is; none: whoever manages the creator, or anyone
    QDate doneOn;                    // invalid while open
};

// A follow-up with the names it is about, for lists.
struct Followup
{
    qint64 id = 0;
    FollowupInput input;
    QString creator, brand, campaign, manager; // empty where they do not apply
    // The creator's manager (of a follow-up on a creator or a deal): whose it is while unassigned.
    QString creatorManager;
    qint64 creatorId = 0, campaignId = 0; // of a deal or a creator; 0 otherwise
};

// Which follow-ups a list shows.
struct FollowupFilter
{
    std::optional<FollowupAbout> about; // with recordId: the follow-ups of one record
    qint64 recordId = 0;
    bool openOnly = false;
    QDate dueBy; // valid: only those due on or before it
    // 0: everyone's. Else one manager's: assigned to them, or unassigned and about a creator (or a
    // deal of a creator) they manage; unassigned follow-ups on a brand or campaign are everyone's.
    qint64 managerId = 0;
    qint64 id = 0; // non-zero: that follow-up alone
    // With a creator or campaign: its deals' follow-ups too (a record's tab lists both).
    bool withDeals = false;
    QDate openOn; // valid: only those not done by then (done later, or not yet), as of a past day
};

class FollowupService
{
    Q_DECLARE_TR_FUNCTIONS(FollowupService)
public:
    explicit FollowupService(Workspace &workspace) : m_ws(workspace) {}

    // Errors: no record, a missing date, an empty or overlong note, an unknown manager.
    Result<qint64> add(const FollowupInput &input);
    Status update(qint64 id, const FollowupInput &input);
    // Done on `day`; an invalid day opens it again.
    Status setDone(qint64 id, const QDate &day);
    Status remove(qint64 id);

    Result<qint64> insert(Transaction &tx, const FollowupInput &input);
    Status change(Transaction &tx, qint64 id, const FollowupInput &input);
    // The same writes inside a caller's transaction (an undoable step).
    static Status setDone(Transaction &tx, qint64 id, const QDate &day);
    static Status erase(Transaction &tx, qint64 id);

    static Result<FollowupInput> load(QSqlDatabase &db, qint64 id);
    // By due date (oldest first), then id.
    static Result<QList<Followup>> list(QSqlDatabase &db, const FollowupFilter &filter = {});

    // The SQL condition (on followups `f`) that a follow-up is manager ?'s, with its two parameters
    // bound to the manager's id; for the desk's other lists.
    static QString mineCondition();

private:
    Status validate(QSqlDatabase &db, const FollowupInput &input);
    Workspace &m_ws;
};

} // namespace cd
