#include "ParticipantService.h"

#include "common/Clock.h"
#include "common/Names.h"
#include "common/TypedCount.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace cd {
namespace {
QVariant minor(const std::optional<Money> &m)
{
    return m ? QVariant(m->minor()) : QVariant();
}
} // namespace

Status ParticipantService::validate(const Compensation &c, const QString &currency)
{
    for (const auto &[amount, what, field] :
         {std::tuple{c.fee, tr("fee"), "fee"}, std::tuple{c.productValue, tr("product value"), "product_value"},
          std::tuple{c.pointValue, tr("point value"), "point_value"},
          std::tuple{c.deposit, tr("deposit"), "deposit"}}) {
        if (!amount)
            continue;
        if (amount->currency() != currency)
            return failIn(field, tr("the %1 is in %2 but the campaign is in %3; a campaign has one currency")
                                     .arg(what, amount->currency(), currency));
        if (amount->isNegative())
            return failIn(field, tr("the %1 cannot be negative (%2)").arg(what, amount->format()));
    }
    if (c.commissionRateBp && (*c.commissionRateBp < 0 || *c.commissionRateBp > 10000))
        return failIn("commission_rate", tr("the commission must be between 0% and 100%"));
    if (c.points && *c.points < 0)
        return failIn("points", tr("points cannot be negative"));
    if (c.points && *c.points > MaxTypedCount)
        return failIn(
            "points",
            tr("points: %1 is more than %2; check the number").arg(QLocale().toString(*c.points), maxTypedCountText()));
    if (c.deposit && !c.deposit->isZero()) {
        const qint64 fee = c.fee ? c.fee->minor() : 0;
        if (c.deposit->minor() > fee)
            return failIn("deposit",
                          tr("the deposit %1 is more than the fee %2; a deposit is the part of the fee paid in advance")
                              .arg(c.deposit->format(), Money(fee, currency).format()));
    }
    return {};
}

Result<qint64> ParticipantService::insert(Transaction &tx, const ParticipantInput &in)
{
    auto campaign = sql::run(tx.db(), QStringLiteral("SELECT id, currency FROM campaigns WHERE name_key = ?"),
                             {nameKey(in.campaign)});
    if (!campaign)
        return campaign.failure();
    if (!campaign->next())
        return fail(tr("unknown campaign '%1'").arg(cleanName(in.campaign)));
    const qint64 campaignId = campaign->value(0).toLongLong();
    const QString currency = campaign->value(1).toString();
    auto creator = sql::run(tx.db(), QStringLiteral("SELECT id, status, name FROM creators WHERE name_key = ?"),
                            {nameKey(in.creator)});
    if (!creator)
        return creator.failure();
    if (!creator->next())
        return fail(tr("unknown creator '%1': add the creator to the roster first").arg(cleanName(in.creator)));
    const qint64 creatorId = creator->value(0).toLongLong();
    if (creator->value(1).toString() == wordOf(CreatorStatus::Archived))
        return fail(tr("%1 is archived; unarchive the creator before adding them to a campaign")
                        .arg(creator->value(2).toString()));
    if (Status s = validate(in.compensation, currency); !s)
        return s.failure();
    if (Status s = checkText(in.notes, tr("notes")); !s)
        return s.failure();
    auto already =
        sql::scalar(tx.db(), QStringLiteral("SELECT id FROM participants WHERE campaign_id = ? AND creator_id = ?"),
                    {campaignId, creatorId});
    if (!already)
        return already.failure();
    if (!already->isNull())
        return fail(tr("%1 is already in %2").arg(creator->value(2).toString(), cleanName(in.campaign)));

    const Compensation &c = in.compensation;
    const QString now = Clock::timestamp();
    auto q = sql::insert(
        tx.db(),
        QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, fee_minor, commission_rate_bp, "
                       "product_value_minor, points, point_value_minor, deposit_minor, notes, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {campaignId, creatorId, wordOf(in.status), minor(c.fee), sql::optional(c.commissionRateBp),
         minor(c.productValue), sql::optional(c.points), minor(c.pointValue), minor(c.deposit), in.notes, now, now});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("participants"), q.value());
    return q.value();
}

Status ParticipantService::change(Transaction &tx, qint64 id, const Compensation &c, ParticipantStatus status,
                                  const QString &notes)
{
    auto currency = sql::scalar(tx.db(),
                                QStringLiteral("SELECT c.currency FROM participants p JOIN campaigns c ON "
                                               "c.id = p.campaign_id WHERE p.id = ?"),
                                {id});
    if (!currency)
        return currency.failure();
    if (currency->isNull())
        return fail(tr("the participant no longer exists"));
    if (Status s = validate(c, currency->toString()); !s)
        return s;
    if (Status s = checkText(notes, tr("notes")); !s)
        return s;
    auto q = sql::run(
        tx.db(),
        QStringLiteral("UPDATE participants SET status = ?, fee_minor = ?, commission_rate_bp = ?, "
                       "product_value_minor = ?, points = ?, point_value_minor = ?, deposit_minor = ?, notes = ?, "
                       "updated_at = ? WHERE id = ?"),
        {wordOf(status), minor(c.fee), sql::optional(c.commissionRateBp), minor(c.productValue),
         sql::optional(c.points), minor(c.pointValue), minor(c.deposit), notes, Clock::timestamp(), id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("participants"), id);
    return {};
}

std::optional<std::pair<qint64, ParticipantInput>> ParticipantService::find(const QString &campaign,
                                                                            const QString &creator)
{
    QSqlDatabase db = m_ws.db();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT p.id, c.name, cr.name, c.currency, p.status, p.fee_minor, "
                                "p.commission_rate_bp, p.product_value_minor, p.points, p.point_value_minor, "
                                "p.deposit_minor, p.notes FROM participants p JOIN campaigns c ON c.id = p.campaign_id "
                                "JOIN creators cr ON cr.id = p.creator_id WHERE c.name_key = ? AND cr.name_key = ?"),
                 {nameKey(campaign), nameKey(creator)});
    if (!q || !q->next())
        return std::nullopt;
    const QString currency = q->value(3).toString();
    const auto money = [&](int i) {
        return q->value(i).isNull() ? std::optional<Money>() : Money(q->value(i).toLongLong(), currency);
    };
    ParticipantInput in;
    in.campaign = q->value(1).toString();
    in.creator = q->value(2).toString();
    in.status = wordFrom<ParticipantStatus>(q->value(4).toString()).value_or(ParticipantStatus::Confirmed);
    in.compensation.fee = money(5);
    in.compensation.commissionRateBp = q->value(6).isNull() ? std::optional<int>() : q->value(6).toInt();
    in.compensation.productValue = money(7);
    in.compensation.points = q->value(8).isNull() ? std::optional<qint64>() : q->value(8).toLongLong();
    in.compensation.pointValue = money(9);
    in.compensation.deposit = money(10);
    in.notes = q->value(11).toString();
    return std::pair{q->value(0).toLongLong(), in};
}

Status ParticipantService::removable(QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT cr.name, i.number FROM payments pay JOIN invoices i ON i.id = "
                                     "pay.invoice_id JOIN participants p ON p.id = pay.participant_id JOIN creators cr "
                                     "ON cr.id = p.creator_id WHERE pay.participant_id = ? AND i.status <> 'void' "
                                     "ORDER BY i.issue_date, i.id LIMIT 1"),
                      {id});
    if (!q)
        return q.failure();
    if (q->next())
        return fail(tr("%1 has payments on invoice %2; void the invoice first")
                        .arg(q->value(0).toString(), q->value(1).toString()));
    return {};
}

Status ParticipantService::remove(Transaction &tx, qint64 id)
{
    if (Status s = removable(tx.db(), id); !s)
        return s;
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM participants WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    if (q->numRowsAffected() != 1)
        return fail(tr("the participant no longer exists"));
    for (const char *kind : {"participants", "deliverables", "post_metrics", "contracts", "payments"})
        tx.touch(QLatin1String(kind));
    return {};
}

Result<qint64> ParticipantService::add(const ParticipantInput &in)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return insert(tx, in); });
}

Status ParticipantService::update(qint64 id, const Compensation &c, ParticipantStatus status, const QString &notes)
{
    return writeInTransaction(m_ws, [&](Transaction &tx) { return change(tx, id, c, status, notes); });
}

} // namespace cd
