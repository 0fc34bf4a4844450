#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QDate>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

struct DeliverableInput
{
    Platform platform = Platform::Instagram;
    QString title;
    std::optional<DeliverableFormat> format;
    QDate due;
    DeliverableStatus status = DeliverableStatus::Planned;
    std::optional<qint64> revisionLimit; // absent: the contract's revision rounds
    qint64 revisionsUsed = 0;
    QString postUrl;
    QDate postedAt;
    QString caption;
    friend bool operator==(const DeliverableInput &, const DeliverableInput &) = default;
};

// What each participant owes: titled pieces of content on a platform, moving along the pipeline.
class DeliverableService
{
public:
    explicit DeliverableService(Workspace &workspace) : m_ws(workspace) {}

    // The deliverable of a participant with that platform and title (compared like names).
    std::optional<std::pair<qint64, DeliverableInput>> find(qint64 participantId, Platform platform,
                                                            const QString &title);

    // Errors: a bad title, a post URL that is not one, a posted date that differs from the post's.
    // Without a revision limit the latest contract's revision rounds apply.
    Result<qint64> insert(Transaction &tx, qint64 participantId, const DeliverableInput &input);
    Status change(Transaction &tx, qint64 id, const DeliverableInput &input);
    Status remove(Transaction &tx, qint64 id);
    // The stored values (with the limit that applies) and the participant it belongs to.
    Result<std::pair<qint64, DeliverableInput>> load(qint64 id);

    // The pipeline (domain.md): planned -> draft_submitted -> approved -> posted -> verified, and
    // revision_requested -> draft_submitted. The next step from `status`, none after verified.
    static std::optional<DeliverableStatus> nextStep(DeliverableStatus status);
    // Moves the deliverable one step on. Errors: already verified; posting without a post URL and
    // a posted date (edit the deliverable to add them).
    Result<DeliverableStatus> advance(Transaction &tx, qint64 id);
    // Records an approved deliverable as posted: its post URL, the day it went up and the caption
    // as posted (kept as it was when empty). Errors: not approved; no URL or day; those of change().
    Status markPosted(Transaction &tx, qint64 id, const QString &postUrl, const QDate &postedAt,
                      const QString &caption);
    // Sends a submitted draft back with `feedback` (kept as the round's note) and counts the
    // revision. Returns a warning when the rounds go past the limit (the request still stands).
    Result<QString> requestRevision(Transaction &tx, qint64 id, const QString &feedback, const QString &author);

private:
    Status validate(Transaction &tx, qint64 participantId, const DeliverableInput &input, qint64 selfId);
    Workspace &m_ws;
};

} // namespace cd
