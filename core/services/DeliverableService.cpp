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
QString tr(const char *text)
{
    return QCoreApplication::translate("DeliverableService", text);
}

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

Status DeliverableService::validate(Transaction &tx, qint64 participantId, const DeliverableInput &in)
{
    if (Status s = checkName(cleanName(in.title), tr("deliverable title")); !s)
        return s;
    if (in.revisionsUsed < 0 || (in.revisionLimit && *in.revisionLimit < 0))
        return fail(tr("revision counts cannot be negative"));
    if (Status s = checkText(in.caption, tr("caption")); !s)
        return s;
    if (in.postUrl.trimmed().isEmpty())
        return {};
    const QString key = normalizePostUrl(in.postUrl);
    if (key.isEmpty())
        return fail(
            tr("'%1' is not a post URL (expected e.g. https://www.instagram.com/reel/ABC123/)").arg(in.postUrl));
    if (!in.postedAt.isValid())
        return {};
    auto posted = sql::scalar(
        tx.db(),
        QStringLiteral("SELECT posted_at FROM posts WHERE participant_id = ? AND platform = ? AND url_key = ?"),
        {participantId, wordOf(in.platform), key});
    if (!posted)
        return fail(posted.error());
    if (!posted->isNull() && posted->toString() != isoDate(in.postedAt))
        return fail(tr("posted %1, but the metrics of this post say it went up on %2; a post has one posting date")
                        .arg(isoDate(in.postedAt), posted->toString()));
    return {};
}

Result<qint64> DeliverableService::insert(Transaction &tx, qint64 participantId, const DeliverableInput &input)
{
    if (Status s = validate(tx, participantId, input); !s)
        return fail(s.error());
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
    auto q = sql::run(
        tx.db(),
        QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, format, due_date, "
                       "status, revision_limit, revisions_used, post_url, post_url_key, posted_at, caption, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        v);
    if (!q)
        return fail(q.error());
    tx.touch(QStringLiteral("deliverables"));
    return q->lastInsertId().toLongLong();
}

Status DeliverableService::change(Transaction &tx, qint64 id, const DeliverableInput &in)
{
    auto participant =
        sql::scalar(tx.db(), QStringLiteral("SELECT participant_id FROM deliverables WHERE id = ?"), {id});
    if (!participant)
        return fail(participant.error());
    if (participant->isNull())
        return fail(tr("the deliverable no longer exists"));
    if (Status s = validate(tx, participant->toLongLong(), in); !s)
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
        return fail(q.error());
    tx.touch(QStringLiteral("deliverables"));
    return {};
}

} // namespace cd
