#include "Today.h"

#include "Followups.h"
#include "common/Dates.h"
#include "common/JsonText.h"
#include "common/MoveIntoOrder.h"
#include "common/Names.h"
#include "common/SharedValues.h"
#include "contracts/Exclusivity.h"
#include "money/PaymentLedger.h"
#include "storage/Connection.h"
#include "storage/SettingKeys.h"
#include "storage/Sql.h"
#include "storage/WorkspaceDefaults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace cd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Today)
};

// Whose work the desk shows: (? = 0 OR creator's manager = ?), bound twice.
const char *const MineOnly = " AND (? = 0 OR cr.manager_id = ?)";

// Nothing is left to do for a participation that was declined or cancelled, or in a cancelled
// campaign.
const char *const StillOn = " AND p.status NOT IN ('declined', 'cancelled') AND c.status <> 'cancelled'";

QString dueText(const QDate &due, const QDate &asOf)
{
    if (!due.isValid())
        return Text::tr("no due date");
    const int days = int(asOf.daysTo(due));
    if (days > 0)
        return Text::tr("due in %n day(s)", nullptr, days);
    if (days == 0)
        return Text::tr("due today");
    return Text::tr("%n day(s) late", nullptr, -days);
}

// Payments and follow-ups are "overdue" rather than "late".
QString overdueText(const QDate &due, const QDate &asOf)
{
    const int days = int(due.daysTo(asOf));
    if (days > 0)
        return Text::tr("%n day(s) overdue", nullptr, days);
    return dueText(due, asOf);
}

QString agoText(int days)
{
    return days == 0 ? Text::tr("today") : Text::tr("%n day(s) ago", nullptr, days);
}

QString kindText(PaymentKind kind)
{
    switch (kind) {
    case PaymentKind::Deposit:
        return Text::tr("deposit");
    case PaymentKind::Fee:
        return Text::tr("fee");
    case PaymentKind::Commission:
        return Text::tr("commission");
    case PaymentKind::Points:
        return Text::tr("points");
    case PaymentKind::KillFee:
        return Text::tr("kill fee");
    case PaymentKind::Reimbursement:
        return Text::tr("reimbursement");
    case PaymentKind::Other:
        break;
    }
    return Text::tr("payment");
}

// A stored word as its enum; the schema's CHECKs keep the fallback unused.
template <typename E> E stored(const QVariant &value, E fallback)
{
    return wordFrom<E>(value.toString()).value_or(fallback);
}

// The first line of a note, short enough for one row of a list.
QString shortNote(const QString &note)
{
    constexpr int Longest = 100;
    const QString line = note.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > Longest ? line.left(Longest - 1) + QChar(0x2026) : line;
}

class Desk
{
public:
    Desk(QSqlDatabase &db, const QDate &asOf, qint64 managerId) : m_db(db), m_asOf(asOf), m_manager(managerId)
    {
        for (int s = 0; s <= int(TodaySection::Followups); ++s)
            m_sections.append(TodaySectionItems{TodaySection(s), {}, {}});
    }

    Result<QList<TodaySectionItems>> run(TodayParts parts);

private:
    Status deliverables();
    Status offers();
    Status contracts();
    Status payments();
    Status rights();
    Status conflicts();
    Status followups();
    void add(TodayItem item) { m_sections[int(item.section)].items.append(std::move(item)); }
    QVariantList mine() const { return {m_manager, m_manager}; }

    QSqlDatabase &m_db;
    const QDate m_asOf;
    const qint64 m_manager;
    QList<TodaySectionItems> m_sections;
    SharedValues<QString> m_shared; // names and "3 days late" repeat from item to item
};

Status Desk::deliverables()
{
    // Revisions count from the latest feedback round (the request); one asked before feedback was
    // kept (an import) counts from the deliverable's last change. The turnaround is only looked up
    // for revisions, so the other rows cost nothing extra. The statuses not yet posted are named
    // (not "NOT IN posted, verified") as schema v8's deliverables_open index names them, so that it
    // finds the few open ones among thousands.
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT d.id, d.title, d.status, d.due_date, p.id, c.id, cr.id, c.name, cr.name, b.name, "
            "CASE WHEN d.status = 'revision_requested' THEN coalesce((SELECT f.created_at FROM deliverable_feedback f "
            "WHERE f.deliverable_id = d.id ORDER BY f.created_at DESC, f.id DESC LIMIT 1), d.updated_at) END, "
            "CASE WHEN d.status = 'revision_requested' THEN (SELECT v.turnaround_days FROM contracts k JOIN "
            "contract_versions v ON v.contract_id = k.id WHERE k.participant_id = p.id ORDER BY v.version DESC "
            "LIMIT 1) END "
            "FROM deliverables d JOIN participants p ON p.id = d.participant_id "
            "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
            "JOIN creators cr ON cr.id = p.creator_id "
            "WHERE d.status IN ('planned', 'draft_submitted', 'revision_requested', 'approved') "
            "AND (d.status IN ('draft_submitted', 'revision_requested') OR d.due_date <= ?)") +
            QLatin1String(StillOn) + QLatin1String(MineOnly),
        QVariantList{isoDate(m_asOf.addDays(7))} + mine());
    if (!q)
        return q.failure();
    const qint64 turnaroundSetting = settings::intValue(m_db, *findSettingKey(u"turnaround_days"));
    while (q->next()) {
        TodayItem it;
        it.record = QStringLiteral("deliverable");
        it.id = q->value(0).toLongLong();
        it.what = q->value(1).toString();
        const DeliverableStatus status = stored(q->value(2), DeliverableStatus::Planned);
        it.deliverableStatus = status;
        const QDate due = dateFromSql(q->value(3));
        it.participantId = q->value(4).toLongLong();
        it.campaignId = q->value(5).toLongLong();
        it.creatorId = q->value(6).toLongLong();
        it.campaign = m_shared(q->value(7).toString());
        it.creator = m_shared(q->value(8).toString());
        it.brand = m_shared(q->value(9).toString());
        if (status == DeliverableStatus::DraftSubmitted) {
            TodayItem draft = it;
            draft.section = TodaySection::DraftsToReview;
            draft.date = due;
            draft.detail = Text::tr("draft submitted, %1").arg(dueText(due, m_asOf));
            add(std::move(draft));
        } else if (status == DeliverableStatus::RevisionRequested) {
            // The request's day where the user lives: a request at 20:00 UTC is the next morning in Jakarta.
            const QDate asked = QDateTime::fromString(q->value(10).toString(), Qt::ISODate).toLocalTime().date();
            const qint64 turnaround = q->value(11).isNull() ? turnaroundSetting : q->value(11).toLongLong();
            const QDate expected = asked.isValid() ? asked.addDays(turnaround) : QDate();
            if (expected.isValid() && expected < m_asOf) {
                TodayItem revision = it;
                revision.section = TodaySection::RevisionsWaiting;
                revision.date = expected;
                revision.detail =
                    Text::tr("revision %n day(s) late (requested %1)", nullptr, int(expected.daysTo(m_asOf)))
                        .arg(displayDate(asked));
                add(std::move(revision));
            }
        }
        if (due.isValid() && due <= m_asOf.addDays(7)) {
            it.section = due < m_asOf ? TodaySection::Late : TodaySection::DueSoon;
            it.date = due;
            it.detail = m_shared(dueText(due, m_asOf));
            add(std::move(it));
        }
    }
    return {};
}

Status Desk::offers()
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT p.id, p.status, p.fee_minor, c.currency, c.start_date, c.id, cr.id, "
                                     "c.name, cr.name, b.name FROM participants p "
                                     "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                                     "JOIN creators cr ON cr.id = p.creator_id "
                                     "WHERE p.status IN ('invited', 'negotiating') AND c.status <> 'cancelled'") +
                          QLatin1String(MineOnly),
                      mine());
    if (!q)
        return q.failure();
    while (q->next()) {
        TodayItem it;
        it.section = TodaySection::Offers;
        it.record = QStringLiteral("participant");
        it.id = it.participantId = q->value(0).toLongLong();
        const ParticipantStatus status = stored(q->value(1), ParticipantStatus::Invited);
        it.participantStatus = status;
        it.what = q->value(2).isNull()
                      ? Text::tr("Offer: no fee yet")
                      : Text::tr("Offer: fee %1").arg(Money(q->value(2).toLongLong(), q->value(3).toString()).format());
        // An offer is answered before its campaign starts: the start says how urgent it is.
        it.date = dateFromSql(q->value(4));
        it.campaignId = q->value(5).toLongLong();
        it.creatorId = q->value(6).toLongLong();
        it.campaign = m_shared(q->value(7).toString());
        it.creator = m_shared(q->value(8).toString());
        it.brand = m_shared(q->value(9).toString());
        const int days = int(m_asOf.daysTo(it.date));
        const QString start = days > 0    ? Text::tr("campaign starts in %n day(s)", nullptr, days)
                              : days == 0 ? Text::tr("campaign starts today")
                                          : Text::tr("campaign started %n day(s) ago", nullptr, -days);
        it.detail =
            (status == ParticipantStatus::Invited ? Text::tr("invited, %1") : Text::tr("negotiating, %1")).arg(start);
        add(std::move(it));
    }
    return {};
}

Status Desk::contracts()
{
    // A contract without recorded status changes (written before they were kept) counts from the
    // day it was created.
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT k.id, k.status, coalesce((SELECT max(s.changed_on) FROM contract_status_changes s "
                       "WHERE s.contract_id = k.id), substr(k.created_at, 1, 10)), p.id, c.id, cr.id, c.name, "
                       "cr.name, b.name FROM contracts k JOIN participants p ON p.id = k.participant_id "
                       "JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                       "JOIN creators cr ON cr.id = p.creator_id "
                       "WHERE k.status IN ('draft', 'sent', 'negotiating')") +
            QLatin1String(StillOn) + QLatin1String(MineOnly),
        mine());
    if (!q)
        return q.failure();
    const QDate chaseBy = m_asOf.addDays(-8);
    while (q->next()) {
        const ContractStatus status = stored(q->value(1), ContractStatus::Draft);
        const QDate changed = dateFromSql(q->value(2));
        if (status != ContractStatus::Draft && !(changed.isValid() && changed <= chaseBy))
            continue;
        TodayItem it;
        it.section = TodaySection::ContractsToChase;
        it.record = QStringLiteral("contract");
        it.id = q->value(0).toLongLong();
        it.contractStatus = status;
        it.date = changed;
        it.participantId = q->value(3).toLongLong();
        it.campaignId = q->value(4).toLongLong();
        it.creatorId = q->value(5).toLongLong();
        it.campaign = m_shared(q->value(6).toString());
        it.creator = m_shared(q->value(7).toString());
        it.brand = m_shared(q->value(8).toString());
        // A change after D (a list as of a past day) reads as "today", never as days to come.
        const QString ago = agoText(changed.isValid() ? std::max(0, int(changed.daysTo(m_asOf))) : 0);
        switch (status) {
        case ContractStatus::Draft:
            it.what = Text::tr("Contract: draft");
            it.detail = Text::tr("not sent yet, drafted %1").arg(ago);
            break;
        case ContractStatus::Sent:
            it.what = Text::tr("Contract: sent");
            it.detail = Text::tr("sent %1, no answer since").arg(ago);
            break;
        default:
            it.what = Text::tr("Contract: negotiating");
            it.detail = Text::tr("negotiating, last change %1").arg(ago);
            break;
        }
        add(std::move(it));
    }
    return {};
}

Status Desk::payments()
{
    // Only rows open at D and due by D + 7 can be listed; their status comes from the same rule as
    // the Payments page (paymentState), so the two never disagree.
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT p.id, p.kind, p.direction, p.amount_minor, p.due_date, p.paid_date, "
                       "p.receivable_id IS NOT NULL, r.paid_date, p.withheld_minor, pt.id, c.id, cr.id, c.name, "
                       "cr.name, b.name, c.currency, cr.tax_type, cr.npwp "
                       "FROM payments p JOIN participants pt ON pt.id = p.participant_id "
                       "JOIN campaigns c ON c.id = pt.campaign_id JOIN brands b ON b.id = c.brand_id "
                       "JOIN creators cr ON cr.id = pt.creator_id LEFT JOIN payments r ON r.id = p.receivable_id "
                       "WHERE (p.paid_date IS NULL OR p.paid_date > ?) AND p.due_date <= ?") +
            QLatin1String(MineOnly),
        QVariantList{isoDate(m_asOf), isoDate(m_asOf.addDays(7))} + mine());
    if (!q)
        return q.failure();
    const MoneySettings settings = MoneySettings::read(m_db);
    while (q->next()) {
        PaymentTiming timing;
        timing.due = dateFromSql(q->value(4));
        timing.paid = dateFromSql(q->value(5));
        timing.hasReceivable = q->value(6).toBool();
        timing.receivablePaid = dateFromSql(q->value(7));
        const PaymentDirection direction = stored(q->value(2), PaymentDirection::Payable);
        const PaymentState state = paymentState(timing, m_asOf);
        const bool receivable = direction == PaymentDirection::Receivable;
        if (receivable ? state != PaymentState::Overdue : state != PaymentState::Overdue && state != PaymentState::Due)
            continue;
        TodayItem it;
        it.section = receivable ? TodaySection::ReceivablesOverdue : TodaySection::PayablesDue;
        it.record = QStringLiteral("payment");
        it.id = q->value(0).toLongLong();
        const PaymentKind kind = stored(q->value(1), PaymentKind::Other);
        it.kind = kind;
        it.direction = direction;
        const QString currency = m_shared(q->value(15).toString());
        const qint64 gross = q->value(3).toLongLong();
        const Payee payee{stored(q->value(16), TaxProfile::Person), !q->value(17).toString().trimmed().isEmpty()};
        // As the ledger does: a row paid after D keeps what was withheld; an open one is estimated.
        const qint64 withheld = (timing.paid.isValid() && !q->value(8).isNull())
                                    ? q->value(8).toLongLong()
                                    : withholdingFor(kind, direction, gross, currency, payee, settings);
        it.amount = Money(gross, currency);
        it.net = Money(gross - withheld, currency);
        it.date = timing.due;
        it.participantId = q->value(9).toLongLong();
        it.campaignId = q->value(10).toLongLong();
        it.creatorId = q->value(11).toLongLong();
        it.campaign = m_shared(q->value(12).toString());
        it.creator = m_shared(q->value(13).toString());
        it.brand = m_shared(q->value(14).toString());
        // What the brand was billed comes in; what the creator is owed goes out net of withholding.
        it.what = receivable ? Text::tr("Collect %1 %2").arg(kindText(kind), it.amount.format())
                             : Text::tr("Pay %1 %2 net").arg(kindText(kind), it.net.format());
        it.detail = m_shared(overdueText(timing.due, m_asOf));
        add(std::move(it));
    }
    return {};
}

// Runs `statement`, whose "%1" stands for a list of placeholders, for every id in `ids`, a few
// hundred at a time: one query per chunk, never one per row, and never past the engines' limits
// on bound parameters.
template <typename Row> Status forIds(QSqlDatabase &db, const QString &statement, QList<qint64> ids, Row &&row)
{
    constexpr qsizetype Chunk = 500;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        QVariantList params;
        for (qint64 id : chunk)
            params << id;
        auto q =
            sql::run(db, statement.arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))), params);
        if (!q)
            return q.failure();
        while (q->next())
            row(*q);
    }
    return {};
}

Status Desk::rights()
{
    auto alerts = rightsAlerts(m_db, m_asOf, settings::defaults(m_db).rightsExpiringDays);
    if (!alerts)
        return alerts.failure();
    // Each alert names its participation and the creator's manager, read with it (a second pass over
    // the 21,520 contracts that can have rights took 76 ms at large). The large demo's 9,050 alerts
    // share a handful of channel lists and a few hundred day counts: each text is translated once.
    QHash<QString, QString> whatOf;
    QHash<qint64, QString> detailOf;
    const auto what = [&whatOf](const QStringList &words) {
        const QString key = words.join(QChar(0x1f)); // a separator no channel holds
        auto known = whatOf.constFind(key);
        if (known != whatOf.constEnd())
            return *known;
        // Channels by their names ("Instagram, TikTok"), as every list shows platforms.
        QStringList channels;
        for (const QString &channel : words)
            channels << (wordFrom<Platform>(channel) ? wordLabel(channel) : channel);
        return *whatOf.insert(key, channels.isEmpty()
                                       ? Text::tr("Usage rights")
                                       : Text::tr("Usage rights: %1").arg(channels.join(QStringLiteral(", "))));
    };
    const auto detail = [&detailOf](qint64 daysLeft) {
        auto known = detailOf.constFind(daysLeft);
        if (known != detailOf.constEnd())
            return *known;
        return *detailOf.insert(
            daysLeft, daysLeft > 0    ? Text::tr("expires in %n day(s)", nullptr, int(daysLeft))
                      : daysLeft == 0 ? Text::tr("expires today")
                                      : Text::tr("expired %n day(s) ago, still in use", nullptr, int(-daysLeft)));
    };
    for (const RightsAlert &a : std::as_const(alerts.value())) {
        if (m_manager && a.managerId != m_manager)
            continue;
        TodayItem it;
        it.section = TodaySection::Rights;
        it.record = QStringLiteral("contract");
        it.id = a.contractId;
        it.what = what(a.channels);
        it.campaign = a.campaign;
        it.creator = a.creator;
        it.brand = a.brand;
        it.date = a.usageEnd;
        it.campaignId = a.campaignId;
        it.creatorId = a.creatorId;
        it.participantId = a.participantId;
        it.detail = detail(a.daysLeft);
        add(std::move(it));
    }
    return {};
}

Status Desk::conflicts()
{
    auto found = exclusivityConflicts(m_db, m_asOf);
    if (!found)
        return found.failure();
    // The participations that break an exclusivity (so the list can open them), and whose they are.
    struct Part
    {
        qint64 participantId = 0, managerId = 0;
    };
    QHash<std::pair<qint64, qint64>, Part> parts; // (creator, campaign)
    QList<qint64> campaignIds;
    for (const ExclusivityConflict &c : std::as_const(found.value()))
        campaignIds << c.campaignId;
    if (Status s = forIds(m_db,
                          QStringLiteral("SELECT p.creator_id, p.campaign_id, p.id, coalesce(cr.manager_id, 0) FROM "
                                         "participants p JOIN creators cr ON cr.id = p.creator_id WHERE "
                                         "p.campaign_id IN (%1)"),
                          campaignIds,
                          [&](const QSqlQuery &q) {
                              parts.insert({q.value(0).toLongLong(), q.value(1).toLongLong()},
                                           {q.value(2).toLongLong(), q.value(3).toLongLong()});
                          });
        !s)
        return s;
    for (const ExclusivityConflict &c : std::as_const(found.value())) {
        const Part part = parts.value({c.creatorId, c.campaignId});
        if (m_manager && part.managerId != m_manager)
            continue;
        TodayItem it;
        it.section = TodaySection::Conflicts;
        it.record = QStringLiteral("contract");
        it.id = c.contractId;
        it.what = c.category.trimmed().isEmpty() ? Text::tr("Exclusive to %1").arg(c.contractBrand)
                                                 : Text::tr("Exclusive to %1 for %2").arg(c.contractBrand, c.category);
        if (c.pending)
            it.what = Text::tr("%1 (not signed yet)").arg(it.what);
        it.campaign = c.conflictingCampaign;
        it.creator = c.creator;
        it.brand = c.conflictingBrand;
        it.date = c.overlapStart;
        it.campaignId = c.campaignId;
        it.creatorId = c.creatorId;
        it.participantId = part.participantId;
        QString why;
        if (c.reason == QLatin1String("category"))
            why = Text::tr("same category");
        else if (c.reason == QLatin1String("named_competitor"))
            why = Text::tr("a named competitor");
        else
            why = Text::tr("competing brands");
        it.detail =
            c.overlapEnd.isValid()
                ? Text::tr("overlaps %1 to %2: %3").arg(displayDate(c.overlapStart), displayDate(c.overlapEnd), why)
                : Text::tr("overlaps from %1 on: %2").arg(displayDate(c.overlapStart), why);
        add(std::move(it));
    }
    return {};
}

Status Desk::followups()
{
    FollowupFilter filter;
    filter.openOn = m_asOf; // as of a past day, one done since was still to do then
    filter.dueBy = m_asOf;
    filter.managerId = m_manager;
    auto list = FollowupService::list(m_db, filter);
    if (!list)
        return list.failure();
    for (const Followup &f : std::as_const(list.value())) {
        TodayItem it;
        it.section = TodaySection::Followups;
        it.record = QStringLiteral("followup");
        it.id = f.id;
        it.what = shortNote(f.input.note);
        it.campaign = f.campaign;
        it.creator = f.creator;
        it.brand = f.brand;
        it.date = f.input.due;
        it.campaignId = f.campaignId;
        it.creatorId = f.creatorId;
        if (f.input.about == FollowupAbout::Participant)
            it.participantId = f.input.recordId;
        it.detail = overdueText(f.input.due, m_asOf);
        add(std::move(it));
    }
    return {};
}

// Most urgent first: the oldest date first (undated last), then by creator, campaign and what.
void sortByUrgency(QList<TodayItem> &items)
{
    struct Key
    {
        qint64 day;
        QString creator, campaign, what;
        qint64 id;
        qsizetype index;
        bool operator<(const Key &o) const
        {
            return std::tie(day, creator, campaign, what, id) < std::tie(o.day, o.creator, o.campaign, o.what, o.id);
        }
    };
    // Computed once per item, not per comparison. Names are stored cleaned, so folding case is
    // all their comparison key (nameKey) would add.
    std::vector<Key> keys;
    keys.reserve(std::size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const TodayItem &it = items.at(i);
        keys.push_back({it.date.isValid() ? it.date.toJulianDay() : std::numeric_limits<qint64>::max(),
                        caseFolded(it.creator), caseFolded(it.campaign), caseFolded(it.what), it.id, i});
    }
    std::sort(keys.begin(), keys.end());
    QList<qsizetype> order;
    order.reserve(items.size());
    for (const Key &k : keys)
        order << k.index;
    moveIntoOrder(items, std::move(order));
}

Result<QList<TodaySectionItems>> Desk::run(TodayParts parts)
{
    using Part = Status (Desk::*)();
    const std::pair<TodayPart, Part> reads[] = {{TodayPart::Deliverables, &Desk::deliverables},
                                                {TodayPart::Offers, &Desk::offers},
                                                {TodayPart::Contracts, &Desk::contracts},
                                                {TodayPart::Payments, &Desk::payments},
                                                {TodayPart::Rights, &Desk::rights},
                                                {TodayPart::Conflicts, &Desk::conflicts},
                                                {TodayPart::Followups, &Desk::followups}};
    for (const auto &[part, read] : reads)
        if (parts & todayPartBit(part))
            if (Status s = (this->*read)(); !s)
                return s.failure();
    for (TodaySectionItems &s : m_sections) {
        sortByUrgency(s.items);
        s.items.squeeze(); // sorted where they grew: the room growing left is given back
    }
    return m_sections;
}

} // namespace

Result<QList<TodaySectionItems>> today(QSqlDatabase &db, const QDate &asOf, qint64 managerId, TodayParts parts)
{
    // Its sections seek into participants, campaigns, creators and payments for every item: with 8
    // MiB of page cache instead of 2 the large demo's two halves took 150-159 -> 114-119 and
    // 152-156 -> 134-137 ms on a connection of their own.
    const connection::LargerPageCache cache(db, 8 * 1024);
    return Desk(db, asOf, managerId).run(parts);
}

QString todaySectionTitle(TodaySection section)
{
    switch (section) {
    case TodaySection::DraftsToReview:
        return Text::tr("Drafts to review");
    case TodaySection::RevisionsWaiting:
        return Text::tr("Revisions waiting");
    case TodaySection::DueSoon:
        return Text::tr("Due within a week");
    case TodaySection::Late:
        return Text::tr("Past due date");
    case TodaySection::Offers:
        return Text::tr("Offers and negotiations");
    case TodaySection::ContractsToChase:
        return Text::tr("Contracts to chase");
    case TodaySection::ReceivablesOverdue:
        return Text::tr("Receivables overdue");
    case TodaySection::PayablesDue:
        return Text::tr("Payables due");
    case TodaySection::Rights:
        return Text::tr("Usage rights");
    case TodaySection::Conflicts:
        return Text::tr("Exclusivity conflicts");
    case TodaySection::Followups:
        break;
    }
    return Text::tr("Follow-ups");
}

QJsonObject todayToJson(const QDate &asOf, const QList<TodaySectionItems> &sections)
{
    QJsonArray out;
    for (const TodaySectionItems &s : sections) {
        QJsonArray items;
        for (const TodayItem &it : s.items)
            items.append(QJsonObject{{QStringLiteral("record"), it.record},
                                     {QStringLiteral("id"), it.id},
                                     {QStringLiteral("what"), jsonText(it.what)},
                                     {QStringLiteral("campaign"), jsonText(it.campaign)},
                                     {QStringLiteral("creator"), jsonText(it.creator)},
                                     {QStringLiteral("brand"), jsonText(it.brand)},
                                     {QStringLiteral("date"), jsonDate(it.date)},
                                     {QStringLiteral("detail"), jsonText(it.detail)}});
        out.append(QJsonObject{{QStringLiteral("section"), wordOf(s.section)},
                               {QStringLiteral("count"), items.size()},
                               {QStringLiteral("items"), items}});
    }
    return QJsonObject{{QStringLiteral("as_of"), jsonDate(asOf)}, {QStringLiteral("sections"), out}};
}

} // namespace cd
