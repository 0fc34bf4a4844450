#include "PaymentService.h"

#include "CreatorMoney.h"
#include "PaymentLedger.h"
#include "analytics/CampaignKpis.h"
#include "common/Clock.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Rounding.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

namespace cd {
namespace {

const QString Payments = QStringLiteral("payments");

// A participant's terms and the dates its payments hang on.
struct Terms
{
    qint64 id = 0, campaignId = 0;
    QString campaign, creator, currency;
    CampaignStatus campaignStatus = CampaignStatus::Draft;
    ParticipantStatus status = ParticipantStatus::Confirmed;
    QDate start, end, signedDate;
    std::optional<int> termsDays;
    qint64 fee = 0, deposit = 0, commissionBp = 0, points = 0, pointValue = 0;
    std::optional<qint64> agencyRateBp;
};

// A stored payment row, as the writes here need it.
struct Stored
{
    qint64 id = 0, participantId = 0, amount = 0, receivableId = 0, invoiceId = 0;
    PaymentKind kind = PaymentKind::Fee;
    PaymentDirection direction = PaymentDirection::Payable;
    PaymentOrigin origin = PaymentOrigin::Manual;
    QDate due, paid;
    QString method, reference, notes;
    bool isPaid() const { return paid.isValid(); }
    // Drafting may change it: drafted, open and on no invoice.
    bool isDraftable() const { return origin == PaymentOrigin::Drafted && !isPaid() && invoiceId == 0; }
};

const char *const StoredColumns =
    "id, participant_id, amount_minor, coalesce(receivable_id, 0), coalesce(invoice_id, 0), "
    "kind, direction, origin, due_date, paid_date, method, reference, notes";

Stored storedFrom(const QSqlQuery &q)
{
    Stored s;
    s.id = q.value(0).toLongLong();
    s.participantId = q.value(1).toLongLong();
    s.amount = q.value(2).toLongLong();
    s.receivableId = q.value(3).toLongLong();
    s.invoiceId = q.value(4).toLongLong();
    s.kind = wordFrom<PaymentKind>(q.value(5).toString()).value_or(PaymentKind::Other);
    s.direction = wordFrom<PaymentDirection>(q.value(6).toString()).value_or(PaymentDirection::Payable);
    s.origin = wordFrom<PaymentOrigin>(q.value(7).toString()).value_or(PaymentOrigin::Manual);
    s.due = dateFromSql(q.value(8));
    s.paid = dateFromSql(q.value(9));
    s.method = q.value(10).toString();
    s.reference = q.value(11).toString();
    s.notes = q.value(12).toString();
    return s;
}

Result<QList<Stored>> storedWhere(QSqlDatabase &db, const QString &where, const QVariantList &params)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT %1 FROM payments WHERE %2 ORDER BY id").arg(QLatin1String(StoredColumns), where),
        params);
    if (!q)
        return q.failure();
    QList<Stored> rows;
    while (q->next())
        rows << storedFrom(*q);
    return rows;
}

Result<Stored> storedRow(QSqlDatabase &db, qint64 id)
{
    auto rows = storedWhere(db, QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return fail(
            PaymentService::tr("there is no payment %1; 'collabdesk-cli payments' lists them with their ids").arg(id));
    return rows->first();
}

Result<Terms> readTerms(QSqlDatabase &db, qint64 participantId)
{
    // clang-format off
    auto q = sql::run(db, QStringLiteral(R"(
SELECT p.id, c.id, c.name, cr.name, c.currency, c.status, p.status, c.start_date, c.end_date, k.signed_date,
  (SELECT v.payment_terms_days FROM contract_versions v WHERE v.contract_id = k.id ORDER BY v.version DESC LIMIT 1),
  coalesce(p.fee_minor, 0), coalesce(p.deposit_minor, 0), coalesce(p.commission_rate_bp, 0), coalesce(p.points, 0),
  coalesce(p.point_value_minor, 0), coalesce(p.agency_rate_bp, cr.agency_rate_bp)
FROM participants p JOIN campaigns c ON c.id = p.campaign_id JOIN creators cr ON cr.id = p.creator_id
  LEFT JOIN contracts k ON k.participant_id = p.id
WHERE p.id = ?)"), {participantId});
    // clang-format on
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(PaymentService::tr("there is no such creator in a campaign (participant %1)").arg(participantId));
    Terms t;
    t.id = q->value(0).toLongLong();
    t.campaignId = q->value(1).toLongLong();
    t.campaign = q->value(2).toString();
    t.creator = q->value(3).toString();
    t.currency = q->value(4).toString();
    t.campaignStatus = wordFrom<CampaignStatus>(q->value(5).toString()).value_or(CampaignStatus::Draft);
    t.status = wordFrom<ParticipantStatus>(q->value(6).toString()).value_or(ParticipantStatus::Confirmed);
    t.start = dateFromSql(q->value(7));
    t.end = dateFromSql(q->value(8));
    t.signedDate = dateFromSql(q->value(9));
    if (!q->isNull(10))
        t.termsDays = q->value(10).toInt();
    t.fee = q->value(11).toLongLong();
    t.deposit = q->value(12).toLongLong();
    t.commissionBp = q->value(13).toLongLong();
    t.points = q->value(14).toLongLong();
    t.pointValue = q->value(15).toLongLong();
    if (!q->isNull(16))
        t.agencyRateBp = q->value(16).toLongLong();
    return t;
}

Status insertRow(Transaction &tx, const Stored &s, qint64 *newId = nullptr)
{
    const QString now = Clock::timestamp();
    // A row put back by undo keeps its id; a new one takes the next (an explicit NULL id is an
    // error on a server, where ids are identities).
    QVariantList values = {s.participantId,
                           wordOf(s.kind),
                           wordOf(s.direction),
                           wordOf(s.origin),
                           s.amount,
                           sqlDate(s.due),
                           sqlDate(s.paid),
                           s.method,
                           s.reference,
                           s.notes,
                           s.receivableId ? QVariant(s.receivableId) : QVariant(),
                           s.invoiceId ? QVariant(s.invoiceId) : QVariant(),
                           now,
                           now};
    if (s.id)
        values.prepend(s.id);
    auto q =
        sql::insert(tx.db(),
                    QStringLiteral("INSERT INTO payments (%1participant_id, kind, direction, origin, amount_minor, "
                                   "due_date, paid_date, method, reference, notes, receivable_id, invoice_id, "
                                   "created_at, updated_at) VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(s.id ? QStringLiteral("id, ") : QString(), s.id ? QStringLiteral("?, ") : QString()),
                    values);
    if (!q)
        return q.failure();
    if (newId)
        *newId = q.value();
    tx.touch(Payments, q.value());
    return {};
}

Status setColumns(Transaction &tx, qint64 id, const QString &assignments, QVariantList params)
{
    params << Clock::timestamp() << id;
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE payments SET %1, updated_at = ? WHERE id = ?").arg(assignments),
                      params);
    if (!q)
        return q.failure();
    tx.touch(Payments, id);
    return {};
}

Status deleteRow(Transaction &tx, qint64 id)
{
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM payments WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    tx.touch(Payments, id);
    return {};
}

// Deletes the open payables drafted for a receivable (paid and hand-made ones stay, unlinked by the
// foreign key): a receivable going takes its creator's drafted share with it, or drafting again
// would add a second one for the receivable that replaces it.
Status deleteDraftedShares(Transaction &tx, qint64 receivableId)
{
    auto payables = storedWhere(tx.db(), QStringLiteral("receivable_id = ?"), {receivableId});
    if (!payables)
        return payables.failure();
    for (const Stored &p : *payables)
        if (p.isDraftable())
            if (Status s = deleteRow(tx, p.id); !s)
                return s;
    return {};
}

// Agency: the creator's payables give them their share of each receivable (domain.md "Agency
// fee"), at the rate as it is now. Paid and hand-made payables stay as they are; drafted open ones
// follow, one per receivable at what its share leaves unsettled, or none. What a receivable's
// settled payables cover beyond its share counts for the other receivables of its kind: a creator
// paid their whole share before the brand paid part of the receivable (which split it in two) is
// owed nothing more, where drafting again drafted the open part's share a second time.
Status draftShares(Transaction &tx, qint64 participantId, qint64 rate, const MoneySettings &settings,
                   DraftReport &report)
{
    auto receivables =
        storedWhere(tx.db(), QStringLiteral("participant_id = ? AND direction = 'receivable'"), {participantId});
    auto payables = storedWhere(tx.db(),
                                QStringLiteral("participant_id = ? AND direction = 'payable' AND "
                                               "receivable_id IS NOT NULL"),
                                {participantId});
    if (!receivables || !payables)
        return fail(!receivables ? receivables.error() : payables.error());
    QHash<qint64, qint64> settled;              // receivable -> its paid and hand-made payables
    QHash<qint64, QList<Stored>> draftedShares; // receivable -> its drafted open payables
    for (const Stored &p : *payables) {
        if (p.isDraftable())
            draftedShares[p.receivableId] << p;
        else
            settled[p.receivableId] += p.amount;
    }
    QHash<int, qint64> beyond; // kind -> settled beyond the shares of its receivables
    for (const Stored &r : *receivables)
        beyond[int(r.kind)] += std::max<qint64>(0, settled.value(r.id) - creatorShare(r.kind, r.amount, rate));
    for (const Stored &r : *receivables) {
        qint64 owed = std::max<qint64>(0, creatorShare(r.kind, r.amount, rate) - settled.value(r.id));
        const qint64 covered = std::min(owed, beyond.value(int(r.kind)));
        owed -= covered;
        beyond[int(r.kind)] -= covered;
        const QList<Stored> drafted = draftedShares.value(r.id);
        qsizetype kept = 0;
        if (owed > 0 && drafted.isEmpty()) {
            Stored p;
            p.participantId = participantId;
            p.kind = r.kind;
            p.direction = PaymentDirection::Payable;
            p.origin = PaymentOrigin::Drafted;
            p.amount = owed;
            p.receivableId = r.id;
            if (r.isPaid())
                p.due = r.paid.addDays(settings.creatorPayoutDays);
            if (Status s = insertRow(tx, p); !s)
                return s;
            ++report.added;
        } else if (owed > 0) {
            kept = 1;
            if (drafted.first().amount != owed) {
                if (Status s = setColumns(tx, drafted.first().id, QStringLiteral("amount_minor = ?"), {owed}); !s)
                    return s;
                ++report.updated;
            }
        }
        for (qsizetype i = kept; i < drafted.size(); ++i) {
            if (Status s = deleteRow(tx, drafted.at(i).id); !s)
                return s;
            ++report.removed;
        }
    }
    return {};
}

} // namespace

PaymentService::PaymentService(Workspace &workspace) : m_ws(workspace) {}

// What add() and update() both require of a payment: the campaign's currency, more than zero, and
// receivables only where an agency invoices brands.
static Status checkAmount(Transaction &tx, const Terms &terms, const PaymentInput &in)
{
    if (in.amount.currency() != terms.currency)
        return failIn("currency", PaymentService::tr("the amount is in %1 but %2 is in %3; a campaign has one currency")
                                      .arg(in.amount.currency(), terms.campaign, terms.currency));
    if (in.amount.minor() <= 0)
        return failIn("amount",
                      PaymentService::tr("the amount must be more than zero (got %1)").arg(in.amount.format()));
    if (in.direction == PaymentDirection::Receivable && !MoneySettings::read(tx.db()).isAgency())
        return failIn("direction", PaymentService::tr(
                                       "a brand workspace has only payables; to invoice brands, set the perspective to "
                                       "agency (Settings > Money, or collabdesk-cli settings perspective agency)"));
    return {};
}

Result<qint64> PaymentService::add(Transaction &tx, const PaymentInput &in, PaymentOrigin origin)
{
    auto terms = readTerms(tx.db(), in.participantId);
    if (!terms)
        return terms.failure();
    if (Status s = checkAmount(tx, terms.value(), in); !s)
        return s.failure();
    if (in.receivableId) {
        auto receivable = storedRow(tx.db(), in.receivableId);
        if (!receivable)
            return receivable.failure();
        if (receivable->direction != PaymentDirection::Receivable || receivable->participantId != in.participantId ||
            in.direction != PaymentDirection::Payable)
            return fail(tr("a creator's payable can only belong to a receivable of the same creator and campaign"));
    }
    Stored s;
    s.id = in.id;
    s.participantId = in.participantId;
    s.kind = in.kind;
    s.direction = in.direction;
    s.origin = origin;
    s.amount = in.amount.minor();
    s.due = in.due;
    s.method = in.method.trimmed();
    s.reference = in.reference.trimmed();
    s.notes = in.notes;
    s.receivableId = in.receivableId;
    qint64 id = 0;
    if (Status st = insertRow(tx, s, &id); !st)
        return st.failure();
    return id;
}

Status PaymentService::update(Transaction &tx, qint64 id, const PaymentInput &in)
{
    auto row = storedRow(tx.db(), id);
    if (!row)
        return row.failure();
    if (row->isPaid()) {
        const bool sameMoney = in.amount.minor() == row->amount && in.kind == row->kind &&
                               in.direction == row->direction && in.due == row->due;
        if (!sameMoney)
            return fail(tr("payment %1 was paid on %2; only its method, reference and note can change (undo the "
                           "payment to change the rest)")
                            .arg(id)
                            .arg(displayDate(row->paid)));
        return setColumns(tx, id, QStringLiteral("method = ?, reference = ?, notes = ?"),
                          {in.method.trimmed(), in.reference.trimmed(), in.notes});
    }
    if (row->invoiceId && (in.amount.minor() != row->amount || in.kind != row->kind || in.direction != row->direction))
        return fail(tr("payment %1 is on an invoice; void the invoice before changing its amount or kind").arg(id));
    auto terms = readTerms(tx.db(), row->participantId);
    if (!terms)
        return terms.failure();
    if (Status s = checkAmount(tx, terms.value(), in); !s)
        return s;
    // Drafting leaves hand-edited rows alone from now on.
    const bool changed = in.amount.minor() != row->amount || in.kind != row->kind || in.due != row->due ||
                         in.direction != row->direction;
    const PaymentOrigin origin = changed && row->origin == PaymentOrigin::Drafted ? PaymentOrigin::Manual : row->origin;
    return setColumns(tx, id,
                      QStringLiteral("kind = ?, direction = ?, amount_minor = ?, due_date = ?, method = ?, "
                                     "reference = ?, notes = ?, origin = ?"),
                      {wordOf(in.kind), wordOf(in.direction), in.amount.minor(), sqlDate(in.due), in.method.trimmed(),
                       in.reference.trimmed(), in.notes, wordOf(origin)});
}

Status PaymentService::remove(Transaction &tx, qint64 id)
{
    auto row = storedRow(tx.db(), id);
    if (!row)
        return row.failure();
    if (row->isPaid())
        return fail(tr("payment %1 was paid on %2 and is kept as a tax record; it cannot be deleted")
                        .arg(id)
                        .arg(displayDate(row->paid)));
    if (row->invoiceId)
        return fail(tr("payment %1 is on an invoice; void the invoice first").arg(id));
    if (row->direction == PaymentDirection::Receivable)
        if (Status s = deleteDraftedShares(tx, id); !s)
            return s;
    return deleteRow(tx, id);
}

Result<qint64> PaymentService::pay(Transaction &tx, qint64 id, const PayInput &in)
{
    auto row = storedRow(tx.db(), id);
    if (!row)
        return row.failure();
    if (row->isPaid())
        return fail(tr("payment %1 was already paid on %2").arg(id).arg(displayDate(row->paid)));
    if (!in.date.isValid())
        return fail(tr("give the date it was paid"));
    auto terms = readTerms(tx.db(), row->participantId);
    if (!terms)
        return terms.failure();
    qint64 part = row->amount;
    if (in.amount) {
        if (in.amount->currency() != terms->currency)
            return fail(
                tr("the amount paid is in %1 but the payment is in %2").arg(in.amount->currency(), terms->currency));
        if (in.amount->minor() <= 0 || in.amount->minor() > row->amount)
            return fail(tr("the amount paid must be more than zero and at most the %1 owed (got %2)")
                            .arg(Money(row->amount, terms->currency).format(), in.amount->format()));
        part = in.amount->minor();
    }
    const MoneySettings settings = MoneySettings::read(tx.db());
    const qint64 rest = row->amount - part;

    // The open rest keeps everything but the amount, and stays on the same invoice.
    qint64 restId = 0;
    if (rest > 0) {
        Stored open = *row;
        open.id = 0;
        open.amount = rest;
        if (Status s = insertRow(tx, open, &restId); !s)
            return s.failure();
    }
    auto payee = sql::run(tx.db(),
                          QStringLiteral("SELECT cr.tax_type, cr.npwp FROM participants p JOIN creators cr ON "
                                         "cr.id = p.creator_id WHERE p.id = ?"),
                          {row->participantId});
    if (!payee)
        return payee.failure();
    Payee creator;
    if (payee->next())
        creator = {wordFrom<TaxProfile>(payee->value(0).toString()).value_or(TaxProfile::Person),
                   !payee->value(1).toString().trimmed().isEmpty()};
    const qint64 withheld = withholdingFor(row->kind, row->direction, part, terms->currency, creator, settings);
    const QString method = in.method.trimmed().isEmpty() ? row->method : in.method.trimmed();
    const QString reference = in.reference.trimmed().isEmpty() ? row->reference : in.reference.trimmed();
    if (Status s = setColumns(tx, id,
                              QStringLiteral("amount_minor = ?, paid_date = ?, withheld_minor = ?, method = ?, "
                                             "reference = ?"),
                              {part, sqlDate(in.date), withheld, method, reference});
        !s)
        return s.failure();

    if (row->direction == PaymentDirection::Receivable) {
        // The creator's payables follow the brand's money: split in the same proportion, the paid
        // part due payout days from now, the rest waiting with the open rest of the receivable.
        auto payables = storedWhere(tx.db(), QStringLiteral("receivable_id = ? AND paid_date IS NULL"), {id});
        if (!payables)
            return payables.failure();
        const QDate payout = in.date.addDays(settings.creatorPayoutDays);
        for (const Stored &p : *payables) {
            const qint64 followed = rest > 0 ? divideRounded(Int128(p.amount) * part, row->amount) : p.amount;
            const qint64 remainder = p.amount - followed;
            if (followed == 0) {
                if (Status s = setColumns(tx, p.id, QStringLiteral("receivable_id = ?"), {restId}); !s)
                    return s.failure();
                continue;
            }
            if (Status s = setColumns(tx, p.id, QStringLiteral("amount_minor = ?, due_date = ?"),
                                      {followed, sqlDate(p.due.isValid() ? p.due : payout)});
                !s)
                return s.failure();
            if (remainder > 0) {
                Stored waiting = p;
                waiting.id = 0;
                waiting.amount = remainder;
                waiting.receivableId = restId;
                waiting.due = {};
                if (Status s = insertRow(tx, waiting); !s)
                    return s.failure();
            }
        }
    }
    return restId;
}

Result<QList<qint64>> PaymentService::participantsOf(Transaction &tx, qint64 campaignId)
{
    auto q = sql::run(tx.db(), QStringLiteral("SELECT id FROM participants WHERE campaign_id = ? ORDER BY id"),
                      {campaignId});
    if (!q)
        return q.failure();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<DraftReport> PaymentService::draftCampaign(Transaction &tx, qint64 campaignId)
{
    auto ids = participantsOf(tx, campaignId);
    if (!ids)
        return ids.failure();
    DraftReport total;
    for (qint64 id : *ids) {
        auto one = draft(tx, id);
        if (!one)
            return one;
        total.add(one.value());
    }
    return total;
}

Result<DraftReport> PaymentService::draft(Transaction &tx, qint64 participantId)
{
    auto t = readTerms(tx.db(), participantId);
    if (!t)
        return t.failure();
    DraftReport report;
    if (t->status != ParticipantStatus::Confirmed && t->status != ParticipantStatus::Completed) {
        report.skipped << tr("%1 in %2: status is %3, not confirmed or completed")
                              .arg(t->creator, t->campaign, wordLabel(t->status).toLower());
        return report;
    }
    const MoneySettings settings = MoneySettings::read(tx.db());
    const PaymentDirection direction = settings.termsDirection();
    const QDate anchor = t->end.isValid() ? t->end : t->start;
    const QDate balanceDue = anchor.addDays(t->termsDays.value_or(settings.paymentTermsDays));

    // What the terms give per kind (domain.md "Schedule drafted from the terms").
    qint64 commission = 0;
    if (t->campaignStatus == CampaignStatus::Completed && t->commissionBp > 0) {
        auto kpis = campaignKpis(tx.db(), t->campaign, anchor);
        if (!kpis)
            return kpis.failure();
        for (const CreatorKpis &c : kpis->creators)
            if (c.participantId == participantId)
                commission = c.commission;
    }
    struct Target
    {
        PaymentKind kind;
        qint64 amount;
        QDate due;
    };
    const Target targets[] = {
        {PaymentKind::Deposit, t->deposit, t->signedDate.isValid() ? t->signedDate : t->start},
        {PaymentKind::Fee, std::max<qint64>(0, t->fee - t->deposit), balanceDue},
        {PaymentKind::Commission, commission, balanceDue},
        {PaymentKind::Points, saturatingMul(t->points, t->pointValue), balanceDue},
    };

    auto rows = storedWhere(tx.db(), QStringLiteral("participant_id = ? AND direction = ?"),
                            {participantId, wordOf(direction)});
    if (!rows)
        return rows.failure();
    for (const Target &target : targets) {
        qint64 covered = 0;
        QList<Stored> draftable;
        for (const Stored &r : *rows) {
            if (r.kind != target.kind)
                continue;
            if (r.isDraftable())
                draftable << r;
            else
                covered += r.amount;
        }
        const qint64 remaining = target.amount - covered;
        qsizetype keep = 0;
        if (remaining > 0) {
            if (draftable.isEmpty()) {
                Stored s;
                s.participantId = participantId;
                s.kind = target.kind;
                s.direction = direction;
                s.origin = PaymentOrigin::Drafted;
                s.amount = remaining;
                s.due = target.due;
                if (Status st = insertRow(tx, s); !st)
                    return st.failure();
                ++report.added;
            } else {
                const Stored &first = draftable.first();
                keep = 1;
                if (first.amount != remaining || first.due != target.due) {
                    if (Status st = setColumns(tx, first.id, QStringLiteral("amount_minor = ?, due_date = ?"),
                                               {remaining, sqlDate(target.due)});
                        !st)
                        return st.failure();
                    ++report.updated;
                } else {
                    ++report.unchanged;
                }
            }
        }
        for (qsizetype i = keep; i < draftable.size(); ++i) {
            if (Status st = deleteDraftedShares(tx, draftable.at(i).id); !st)
                return st.failure();
            if (Status st = deleteRow(tx, draftable.at(i).id); !st)
                return st.failure();
            ++report.removed;
        }
    }
    if (direction == PaymentDirection::Payable)
        return report;
    if (Status s = draftShares(tx, participantId, t->agencyRateBp.value_or(settings.agencyRateBp), settings, report);
        !s)
        return s.failure();
    return report;
}

} // namespace cd
