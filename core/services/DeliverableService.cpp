#include "DeliverableService.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliverableService)
};

QVariantList values(const DeliverableInput &in)
{
    return {wordOf(in.platform),
            cleanName(in.title),
            nameKey(in.title),
            in.format ? QVariant(wordOf(*in.format)) : QVariant(),
            sqlDate(in.due),
            wordOf(in.status),
            in.revisionLimit ? QVariant(*in.revisionLimit) : QVariant(),
            in.revisionsUsed,
            in.postUrl.trimmed(),
            normalizePostUrl(in.postUrl),
            sqlDate(in.postedAt),
            in.caption};
}
} // namespace

std::optional<std::pair<qint64, DeliverableInput>> DeliverableService::find(qint64 participantId, Platform platform,
                                                                            const QString &title)
{
    QSqlDatabase db = m_ws.db();
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, title, format, due_date, status, revision_limit, revisions_used, "
                                     "post_url, posted_at, caption FROM deliverables WHERE participant_id = ? AND "
                                     "platform = ? AND title_key = ?"),
                      {participantId, wordOf(platform), nameKey(title)});
    if (!q || !q->next())
        return std::nullopt;
    DeliverableInput in;
    in.platform = platform;
    in.title = q->value(1).toString();
    in.format = q->value(2).isNull() ? std::nullopt : wordFrom<DeliverableFormat>(q->value(2).toString());
    in.due = QDate::fromString(q->value(3).toString(), Qt::ISODate);
    in.status = wordFrom<DeliverableStatus>(q->value(4).toString()).value_or(DeliverableStatus::Planned);
    in.revisionLimit = q->value(5).isNull() ? std::nullopt : std::optional<qint64>(q->value(5).toLongLong());
    in.revisionsUsed = q->value(6).toLongLong();
    in.postUrl = q->value(7).toString();
    in.postedAt = QDate::fromString(q->value(8).toString(), Qt::ISODate);
    in.caption = q->value(9).toString();
    return std::pair{q->value(0).toLongLong(), in};
}

Status DeliverableService::validate(Transaction &tx, qint64 participantId, const DeliverableInput &in, qint64 selfId)
{
    if (Status s = checkName(cleanName(in.title), Text::tr("deliverable title")); !s)
        return failIn("title", s.error());
    auto same = sql::scalar(tx.db(),
                            QStringLiteral("SELECT title FROM deliverables WHERE participant_id = ? AND platform = ? "
                                           "AND title_key = ? AND id <> ?"),
                            {participantId, wordOf(in.platform), nameKey(in.title), selfId});
    if (!same)
        return same.failure();
    if (!same->isNull())
        return failIn("title",
                      Text::tr("this creator already owes '%1' on %2 in this campaign; give this one another title")
                          .arg(same->toString(), platformDisplayName(in.platform)));
    if (in.revisionsUsed < 0 || (in.revisionLimit && *in.revisionLimit < 0))
        return failIn(in.revisionsUsed < 0 ? "revisions_used" : "revision_limit",
                      Text::tr("revision counts cannot be negative"));
    if (Status s = checkText(in.caption, Text::tr("caption")); !s)
        return failIn("caption", s.error());
    if (in.postUrl.trimmed().isEmpty())
        return {};
    const QString key = normalizePostUrl(in.postUrl);
    if (key.isEmpty())
        return failIn(
            "post_url",
            Text::tr("'%1' is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)").arg(in.postUrl));
    if (!in.postedAt.isValid())
        return {};
    auto posted = sql::scalar(
        tx.db(),
        QStringLiteral("SELECT posted_at FROM posts WHERE participant_id = ? AND platform = ? AND url_key = ?"),
        {participantId, wordOf(in.platform), key});
    if (!posted)
        return posted.failure();
    if (!posted->isNull() && posted->toString() != isoDate(in.postedAt))
        return failIn(
            "posted_at",
            Text::tr("posted %1, but the metrics of this post say it went up on %2; a post has one posting date")
                .arg(displayDate(in.postedAt), displayDate(dateFromSql(posted.value()))));
    return {};
}

Result<qint64> DeliverableService::insert(Transaction &tx, qint64 participantId, const DeliverableInput &input)
{
    if (Status s = validate(tx, participantId, input, 0); !s)
        return s.failure();
    DeliverableInput in = input;
    if (!in.revisionLimit) {
        // The deliverable's revision limit defaults to its contract's revision rounds.
        auto rounds = sql::scalar(
            tx.db(),
            QStringLiteral("SELECT v.revision_rounds FROM contracts k JOIN contract_versions v ON "
                           "v.contract_id = k.id WHERE k.participant_id = ? ORDER BY v.version DESC LIMIT 1"),
            {participantId});
        if (rounds && !rounds->isNull())
            in.revisionLimit = rounds->toLongLong();
    }
    QVariantList v = values(in);
    const QString now = Clock::timestamp();
    v.prepend(participantId);
    v << now << now;
    auto q = sql::insert(
        tx.db(),
        QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, format, due_date, "
                       "status, revision_limit, revisions_used, post_url, post_url_key, posted_at, caption, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        v);
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("deliverables"), q.value());
    return q.value();
}

Status DeliverableService::change(Transaction &tx, qint64 id, const DeliverableInput &in)
{
    auto participant =
        sql::scalar(tx.db(), QStringLiteral("SELECT participant_id FROM deliverables WHERE id = ?"), {id});
    if (!participant)
        return participant.failure();
    if (participant->isNull())
        return fail(Text::tr("the deliverable no longer exists"));
    if (Status s = validate(tx, participant->toLongLong(), in, id); !s)
        return s;
    QVariantList v = values(in);
    v << Clock::timestamp() << id;
    auto q = sql::run(
        tx.db(),
        QStringLiteral("UPDATE deliverables SET platform = ?, title = ?, title_key = ?, format = ?, due_date = ?, "
                       "status = ?, revision_limit = ?, revisions_used = ?, post_url = ?, post_url_key = ?, "
                       "posted_at = ?, caption = ?, updated_at = ? WHERE id = ?"),
        v);
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("deliverables"), id);
    return {};
}

Status DeliverableService::remove(Transaction &tx, qint64 id)
{
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM deliverables WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(Text::tr("the deliverable no longer exists"));
    tx.touch(QStringLiteral("deliverables"), id);
    return {};
}

Result<std::pair<qint64, DeliverableInput>> DeliverableService::load(qint64 id)
{
    QSqlDatabase db = m_ws.db();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT participant_id, platform, title, format, due_date, status, revision_limit, "
                                "revisions_used, post_url, posted_at, caption FROM deliverables WHERE id = ?"),
                 {id});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the deliverable no longer exists"));
    DeliverableInput in;
    in.platform = wordFrom<Platform>(q->value(1).toString()).value_or(Platform::Instagram);
    in.title = q->value(2).toString();
    in.format = wordFrom<DeliverableFormat>(q->value(3).toString());
    in.due = QDate::fromString(q->value(4).toString(), Qt::ISODate);
    in.status = wordFrom<DeliverableStatus>(q->value(5).toString()).value_or(DeliverableStatus::Planned);
    if (!q->isNull(6))
        in.revisionLimit = q->value(6).toLongLong();
    in.revisionsUsed = q->value(7).toLongLong();
    in.postUrl = q->value(8).toString();
    in.postedAt = QDate::fromString(q->value(9).toString().left(10), Qt::ISODate);
    in.caption = q->value(10).toString();
    return std::pair{q->value(0).toLongLong(), in};
}

std::optional<DeliverableStatus> DeliverableService::nextStep(DeliverableStatus status)
{
    switch (status) {
    case DeliverableStatus::Planned:
    case DeliverableStatus::RevisionRequested:
        return DeliverableStatus::DraftSubmitted;
    case DeliverableStatus::DraftSubmitted:
        return DeliverableStatus::Approved;
    case DeliverableStatus::Approved:
        return DeliverableStatus::Posted;
    case DeliverableStatus::Posted:
        return DeliverableStatus::Verified;
    case DeliverableStatus::Verified:
        break;
    }
    return std::nullopt;
}

Result<DeliverableStatus> DeliverableService::advance(Transaction &tx, qint64 id)
{
    auto loaded = load(id);
    if (!loaded)
        return loaded.failure();
    DeliverableInput in = loaded->second;
    const auto next = nextStep(in.status);
    if (!next)
        return fail(Text::tr("'%1' is verified already: the end of the pipeline").arg(in.title));
    if (*next == DeliverableStatus::Posted && (in.postUrl.trimmed().isEmpty() || !in.postedAt.isValid()))
        return fail(Text::tr("to mark '%1' posted, add its post URL and the day it went up (Edit)").arg(in.title));
    in.status = *next;
    if (Status s = change(tx, id, in); !s)
        return s.failure();
    return *next;
}

Status DeliverableService::markPosted(Transaction &tx, qint64 id, const QString &postUrl, const QDate &postedAt,
                                      const QString &caption)
{
    auto loaded = load(id);
    if (!loaded)
        return loaded.failure();
    DeliverableInput in = loaded->second;
    if (in.status != DeliverableStatus::Approved)
        return fail(Text::tr("only an approved deliverable is marked posted; '%1' is %2")
                        .arg(in.title, wordLabel(in.status).toLower()));
    if (postUrl.trimmed().isEmpty())
        return fail(Text::tr("give the post's URL"));
    if (!postedAt.isValid())
        return fail(Text::tr("give the day the post went up"));
    in.postUrl = postUrl.trimmed();
    in.postedAt = postedAt;
    if (!caption.trimmed().isEmpty())
        in.caption = caption.trimmed();
    in.status = DeliverableStatus::Posted;
    return change(tx, id, in);
}

Result<QString> DeliverableService::requestRevision(Transaction &tx, qint64 id, const QString &feedback,
                                                    const QString &author)
{
    auto loaded = load(id);
    if (!loaded)
        return loaded.failure();
    DeliverableInput in = loaded->second;
    if (in.status != DeliverableStatus::DraftSubmitted)
        return fail(Text::tr("a revision is asked of a submitted draft; '%1' is %2")
                        .arg(in.title, wordLabel(in.status).toLower()));
    if (feedback.trimmed().isEmpty())
        return fail(Text::tr("say what to change: the feedback goes to the creator with the request"));
    if (Status s = checkText(feedback, Text::tr("feedback")); !s)
        return s.failure();
    in.status = DeliverableStatus::RevisionRequested;
    in.revisionsUsed += 1;
    if (Status s = change(tx, id, in); !s)
        return s.failure();
    auto q = sql::run(tx.db(),
                      QStringLiteral("INSERT INTO deliverable_feedback (deliverable_id, created_at, author, body) "
                                     "VALUES (?, ?, ?, ?)"),
                      {id, Clock::timestamp(), author.trimmed(), feedback.trimmed()});
    if (!q)
        return q.failure();
    if (in.revisionLimit && in.revisionsUsed > *in.revisionLimit)
        return Text::tr("this is revision %1, past the limit of %2 agreed for '%3'")
            .arg(in.revisionsUsed)
            .arg(*in.revisionLimit)
            .arg(in.title);
    return QString();
}

} // namespace cd
