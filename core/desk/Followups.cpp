#include "Followups.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace cd {
namespace {

const char *columnOf(FollowupAbout about)
{
    switch (about) {
    case FollowupAbout::Creator:
        return "creator_id";
    case FollowupAbout::Brand:
        return "brand_id";
    case FollowupAbout::Campaign:
        return "campaign_id";
    case FollowupAbout::Participant:
        break;
    }
    return "participant_id";
}

const char *tableOf(FollowupAbout about)
{
    switch (about) {
    case FollowupAbout::Creator:
        return "creators";
    case FollowupAbout::Brand:
        return "brands";
    case FollowupAbout::Campaign:
        return "campaigns";
    case FollowupAbout::Participant:
        break;
    }
    return "participants";
}

QVariantList recordColumns(const FollowupInput &in)
{
    QVariantList values(4);
    values[int(in.about)] = in.recordId;
    return values;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QString FollowupService::mineCondition()
{
    return QStringLiteral(
        "(f.manager_id = ? OR (f.manager_id IS NULL AND (f.brand_id IS NOT NULL OR f.campaign_id IS NOT NULL "
        "OR ? = (SELECT c.manager_id FROM creators c WHERE c.id = coalesce(f.creator_id, "
        "(SELECT p.creator_id FROM participants p WHERE p.id = f.participant_id))))))");
}

Status FollowupService::validate(QSqlDatabase &db, const FollowupInput &in)
{
    auto exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(tableOf(in.about))),
                              {in.recordId});
    if (!exists)
        return exists.failure();
    if (!exists->isValid())
        return fail(tr("the %1 this follow-up is about no longer exists").arg(wordLabel(in.about).toLower()));
    if (!in.due.isValid())
        return failIn("due_date", tr("give the day to follow up on"));
    if (in.note.trimmed().isEmpty())
        return failIn("note", tr("say what to follow up on: the note is empty"));
    if (Status s = checkText(in.note, tr("note"), 2'000); !s)
        return failIn("note", s.error());
    if (in.managerId) {
        auto manager = sql::scalar(db, QStringLiteral("SELECT 1 FROM managers WHERE id = ?"), {*in.managerId});
        if (!manager)
            return manager.failure();
        if (!manager->isValid())
            return fail(tr("the manager of this follow-up no longer exists"));
    }
    return {};
}

Result<qint64> FollowupService::insert(Transaction &tx, const FollowupInput &in)
{
    if (Status s = validate(tx.db(), in); !s)
        return s.failure();
    const QString now = Clock::timestamp();
    auto q = sql::insert(tx.db(),
                         QStringLiteral("INSERT INTO followups (creator_id, brand_id, campaign_id, participant_id, "
                                        "due_date, note, done_on, manager_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         recordColumns(in) + QVariantList{dateValue(in.due), in.note.trimmed(), dateValue(in.doneOn),
                                                          sql::optional(in.managerId), now, now});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("followups"));
    return q.value();
}

Status FollowupService::change(Transaction &tx, qint64 id, const FollowupInput &in)
{
    if (Status s = validate(tx.db(), in); !s)
        return s;
    auto q = sql::run(tx.db(),
                      QStringLiteral("UPDATE followups SET creator_id = ?, brand_id = ?, campaign_id = ?, "
                                     "participant_id = ?, due_date = ?, note = ?, done_on = ?, manager_id = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      recordColumns(in) + QVariantList{dateValue(in.due), in.note.trimmed(), dateValue(in.doneOn),
                                                       sql::optional(in.managerId), Clock::timestamp(), id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(tr("the follow-up no longer exists"));
    tx.touch(QStringLiteral("followups"));
    return {};
}

Result<qint64> FollowupService::add(const FollowupInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insert(tx, in); });
}

Status FollowupService::update(qint64 id, const FollowupInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return change(tx, id, in); });
}

Status FollowupService::setDone(Transaction &tx, qint64 id, const QDate &day)
{
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE followups SET done_on = ?, updated_at = ? WHERE id = ?"),
                      {dateValue(day), Clock::timestamp(), id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(tr("the follow-up no longer exists"));
    tx.touch(QStringLiteral("followups"));
    return {};
}

Status FollowupService::erase(Transaction &tx, qint64 id)
{
    if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM followups WHERE id = ?"), {id}); !q)
        return q.failure();
    tx.touch(QStringLiteral("followups"));
    return {};
}

Status FollowupService::setDone(qint64 id, const QDate &day)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return setDone(tx, id, day); });
}

Status FollowupService::remove(qint64 id)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return erase(tx, id); });
}

Result<FollowupInput> FollowupService::load(QSqlDatabase &db, qint64 id)
{
    FollowupFilter one;
    one.id = id;
    auto list = FollowupService::list(db, one);
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return fail(tr("the follow-up no longer exists"));
    return list->first().input;
}

Result<QList<Followup>> FollowupService::list(QSqlDatabase &db, const FollowupFilter &filter)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList params;
    if (filter.about) {
        const QString own = QStringLiteral("f.%1 = ?").arg(QLatin1String(columnOf(*filter.about)));
        params << filter.recordId;
        if (filter.withDeals && (*filter.about == FollowupAbout::Creator || *filter.about == FollowupAbout::Campaign)) {
            // The deals through the participants' own indexes (creator, or campaign + creator).
            where += QStringLiteral(" AND (%1 OR f.participant_id IN (SELECT id FROM participants WHERE %2 = ?))")
                         .arg(own, *filter.about == FollowupAbout::Creator ? QStringLiteral("creator_id")
                                                                           : QStringLiteral("campaign_id"));
            params << filter.recordId;
        } else {
            where += QStringLiteral(" AND ") + own;
        }
    }
    if (filter.id != 0) {
        where += QStringLiteral(" AND f.id = ?");
        params << filter.id;
    }
    if (filter.openOnly)
        where += QStringLiteral(" AND f.done_on IS NULL");
    if (filter.openOn.isValid()) {
        where += QStringLiteral(" AND (f.done_on IS NULL OR f.done_on > ?)");
        params << filter.openOn.toString(Qt::ISODate);
    }
    if (filter.dueBy.isValid()) {
        where += QStringLiteral(" AND f.due_date <= ?");
        params << filter.dueBy.toString(Qt::ISODate);
    }
    if (filter.managerId) {
        where += QStringLiteral(" AND ") + mineCondition();
        params << filter.managerId << filter.managerId;
    }
    // A deal names its creator and campaign (and the campaign's brand); a campaign its brand.
    auto q = sql::run(db,
                      QStringLiteral("SELECT f.id, f.creator_id, f.brand_id, f.campaign_id, f.participant_id, "
                                     "f.due_date, f.note, f.done_on, f.manager_id, cr.name, b.name, c.name, m.name, "
                                     "cr.id, c.id, cm.name "
                                     "FROM followups f LEFT JOIN participants p ON p.id = f.participant_id "
                                     "LEFT JOIN creators cr ON cr.id = coalesce(f.creator_id, p.creator_id) "
                                     "LEFT JOIN managers cm ON cm.id = cr.manager_id "
                                     "LEFT JOIN campaigns c ON c.id = coalesce(f.campaign_id, p.campaign_id) "
                                     "LEFT JOIN brands b ON b.id = coalesce(f.brand_id, c.brand_id) "
                                     "LEFT JOIN managers m ON m.id = f.manager_id WHERE ") +
                          where + QStringLiteral(" ORDER BY f.due_date, f.id"),
                      params);
    if (!q)
        return q.failure();
    QList<Followup> out;
    while (q->next()) {
        Followup f;
        f.id = q->value(0).toLongLong();
        for (int i = 0; i < 4; ++i)
            if (!q->isNull(1 + i)) {
                f.input.about = FollowupAbout(i);
                f.input.recordId = q->value(1 + i).toLongLong();
            }
        f.input.due = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        f.input.note = q->value(6).toString();
        f.input.doneOn = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        if (!q->isNull(8))
            f.input.managerId = q->value(8).toLongLong();
        f.creator = q->value(9).toString();
        f.brand = q->value(10).toString();
        f.campaign = q->value(11).toString();
        f.manager = q->value(12).toString();
        f.creatorId = q->value(13).toLongLong();
        f.campaignId = q->value(14).toLongLong();
        f.creatorManager = q->value(15).toString();
        out << f;
    }
    return out;
}

} // namespace cd
