#include "DealPipeline.h"

#include "common/Clock.h"
#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/IdPositions.h"
#include "common/Rounding.h"
#include "models/PaymentListModel.h"
#include "money/MoneySettings.h"
#include "records/CreatorsNamed.h"
#include "storage/ReadBeside.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace cd {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealPipeline)
};

// What the records say about one deal, gathered by one query per kind of record.
struct Facts
{
    int receivables = 0, receivablesPaid = 0, receivablesInvoiced = 0;
    int payables = 0, payablesPaid = 0;
};

bool isLost(ParticipantStatus s)
{
    return s == ParticipantStatus::Declined || s == ParticipantStatus::Cancelled;
}

bool isContracted(ParticipantStatus s)
{
    return s == ParticipantStatus::Confirmed || s == ParticipantStatus::Completed;
}

// domain.md's rules, in its order: the first that holds is the stage.
DealStage stageOf(const Deal &d, const Facts &f, bool agency)
{
    if (isLost(d.status))
        return DealStage::Lost;
    if (agency ? f.receivables > 0 && f.receivablesPaid == f.receivables
               : f.payables > 0 && f.payablesPaid == f.payables)
        return DealStage::Paid;
    if (agency && f.receivables > 0 && f.receivablesInvoiced == f.receivables)
        return DealStage::Invoiced;
    if (d.deliverables > 0 && d.deliverablesPosted == d.deliverables)
        return DealStage::Delivered;
    if (isContracted(d.status))
        return d.deliverables > d.deliverablesPosted ? DealStage::InProduction : DealStage::Contracted;
    if (d.status == ParticipantStatus::Negotiating)
        return DealStage::Negotiating;
    return DealStage::Offer;
}

// Which participants the queries read: all of them, or those the filter keeps (an IN list
// SQLite computes once, not a lookup per row).
struct Scope
{
    QByteArray deals; // the condition on p (participants), c (campaigns), cr (creators)
    QList<qint64> params;

    explicit Scope(const DealFilter &filter)
    {
        QList<QByteArray> parts{"1 = 1"};
        const std::pair<qint64, const char *> conditions[] = {{filter.managerId, "cr.manager_id = ?"},
                                                              {filter.brandId, "c.brand_id = ?"},
                                                              {filter.creatorId, "p.creator_id = ?"}};
        for (const auto &[id, condition] : conditions)
            if (id) {
                parts << condition;
                params << id;
            }
        deals = parts.join(" AND ");
    }
    // The participants the filter keeps, joined to what it filters on (nothing for no filter: 20,000
    // lookups of campaigns and creators cost more than the rest of the read).
    QByteArray participants() const
    {
        if (params.isEmpty())
            return "participants p WHERE 1 = 1";
        return "participants p JOIN campaigns c ON c.id = p.campaign_id JOIN creators cr ON cr.id = p.creator_id "
               "WHERE " +
               deals;
    }
    // The condition that `column` (a participant id) is one of the filtered deals.
    QByteArray on(const char *column) const
    {
        if (params.isEmpty())
            return "1 = 1";
        return QByteArray(column) + " IN (SELECT p.id FROM " + participants() + ')';
    }
    // Prepares `statement` and binds the filter's ids after the `first - 1` parameters before them.
    Status start(SqliteStatement &statement, QSqlDatabase &db, int first = 1) const
    {
        if (Status s = statement.start(db); !s)
            return s;
        for (qsizetype i = 0; i < params.size(); ++i)
            statement.bind(first + int(i), params.at(i));
        return {};
    }
};

// A stored ISO date as yyyymmdd, so tens of thousands of rows compare integers instead of
// parsing dates; 0 for none.
int dayKey(QByteArrayView iso)
{
    if (iso.size() != 10)
        return 0;
    int key = 0;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        key = key * 10 + (iso.at(i) - '0');
    return key;
}

QDate dateOfKey(int key)
{
    return key ? QDate(key / 10000, key / 100 % 100, key % 100) : QDate();
}

// The creators and campaigns deals refer to, read once and shared by their deals.
struct Names
{
    // Each table in its own order, found by id (IdPositions: tens of thousands of lookups).
    QList<QExplicitlySharedDataPointer<const DealCampaign>> campaigns;
    QList<QExplicitlySharedDataPointer<const DealCreator>> creators;
    IdPositions campaignAt, creatorAt;

    // With `only`, the campaigns and creators of its deals only: one creator's deals, read again
    // after a change to them, named 20,000 creators and 5,000 campaigns at large (20-40 ms).
    Status read(QSqlDatabase &db, const Scope *only)
    {
        const auto of = [only](const char *column) {
            return only ? " WHERE id IN (SELECT " + QByteArray(column) + " FROM " + only->participants() + ')'
                        : QByteArray();
        };
        // Brands and managers first: each campaign and creator is made whole as it is read.
        SqliteStatement b("SELECT id, name FROM brands");
        SqliteStatement m("SELECT id, name FROM managers");
        SqliteStatement c("SELECT id, name, currency, brand_id FROM campaigns" + of("p.campaign_id"));
        SqliteStatement cr("SELECT id, name, coalesce(manager_id, 0) FROM creators" + of("p.creator_id"));
        QHash<qint64, QString> brands, managers;
        QList<qint64> campaignIds, creatorIds;
        for (SqliteStatement *q : {&b, &m, &c, &cr}) {
            if (Status s = only && (q == &c || q == &cr) ? only->start(*q, db) : q->start(db); !s)
                return s;
            if (Status s = forEachRow(*q,
                                      [&] {
                                          const qint64 id = q->int64(0);
                                          if (q == &c) {
                                              auto *campaign = new DealCampaign;
                                              campaign->id = id;
                                              campaign->name = q->text(1);
                                              campaign->currency = q->text(2);
                                              campaign->brandId = q->int64(3);
                                              campaign->brand = brands.value(campaign->brandId);
                                              campaignIds << id;
                                              campaigns.emplaceBack(campaign);
                                          } else if (q == &cr) {
                                              auto *creator = new DealCreator;
                                              creator->id = id;
                                              creator->name = q->text(1);
                                              creator->managerId = q->int64(2);
                                              creator->manager = managers.value(creator->managerId);
                                              creatorIds << id;
                                              creators.emplaceBack(creator);
                                          } else {
                                              (q == &b ? brands : managers).insert(id, q->text(1));
                                          }
                                      });
                !s)
                return s;
        }
        campaignAt = IdPositions(campaignIds);
        creatorAt = IdPositions(creatorIds);
        return {};
    }
    // Foreign keys guarantee both exist; a deal without them (none shared) only keeps a damaged
    // file readable.
    QExplicitlySharedDataPointer<const DealCampaign> campaign(qint64 id) const
    {
        const qsizetype i = campaignAt.at(id);
        return i < 0 ? QExplicitlySharedDataPointer<const DealCampaign>() : campaigns.at(i);
    }
    QExplicitlySharedDataPointer<const DealCreator> creator(qint64 id) const
    {
        const qsizetype i = creatorAt.at(id);
        return i < 0 ? QExplicitlySharedDataPointer<const DealCreator>() : creators.at(i);
    }
};

// What a deal's deliverables and payments say, gathered per participant: on a connection of its
// own beside the deals' read when the caller can open one (the large demo's board read 176-217 ->
// 146-185 ms; at agency, where each half takes 15-20 ms, no difference out of the noise). Like the
// statements before it, each is a moment of its own: a write between them shows at the next read.
struct Progress
{
    int deliverables = 0, deliverablesPosted = 0;
    int nextDue = 0; // the first unposted deliverable by due date (dayKey), its id and title
    qint64 nextId = 0;
    QString nextTitle;
    Facts facts;
    struct NextPayment
    {
        int due = 0;
        qint64 id = 0;
        PaymentKind kind = PaymentKind::Other;
        PaymentDirection direction = PaymentDirection::Payable;
    } nextPayment; // the first open payment by due date
};

// Each filtered deal's progress, found by its participant id.
struct DealProgress
{
    IdPositions at;
    QList<Progress> of; // in participant id order
    const Progress *find(qint64 participantId) const
    {
        const qsizetype i = at.at(participantId);
        return i < 0 ? nullptr : &of.at(i);
    }
};

Result<DealProgress> readProgress(QSqlDatabase &db, const DealFilter &filter, int todayKey)
{
    const Scope scope(filter);
    // Each deal's place is known before its deliverables and payments are read, and found as the
    // deals are (IdPositions), not through a hash of 55,000 nodes looked up 230,000 times at large:
    // the large demo's board read 98-103 -> 92-94 ms (the fastest of 15 reads, three runs each).
    DealProgress progress;
    SqliteStatement filtered("SELECT p.id FROM " + scope.participants());
    if (Status s = scope.start(filtered, db); !s)
        return s.failure();
    QList<qint64> ids;
    if (Status s = forEachRow(filtered, [&] { ids << filtered.int64(0); }); !s)
        return s.failure();
    progress.at = IdPositions(ids);
    progress.of.resize(ids.size());
    Progress *const first = progress.of.data();
    // A record of a deal not among those read: added by a write between the two reads, it is shown
    // by the read after it.
    const auto progressOf = [&](qint64 participantId) {
        const qsizetype i = progress.at.at(participantId);
        return i < 0 ? nullptr : first + i;
    };
    // Deliverables: how many, how many posted (or verified), and the first unposted one by due date.
    SqliteStatement made("SELECT d.participant_id, d.status, d.due_date, d.id, d.title FROM deliverables d WHERE " +
                         scope.on("d.participant_id"));
    if (Status s = scope.start(made, db); !s)
        return s.failure();
    Status read = forEachRow(made, [&] {
        Progress *found = progressOf(made.int64(0));
        if (!found)
            return;
        Progress &p = *found;
        const DeliverableStatus status = storedWord(made.utf8(1), DeliverableStatus::Planned);
        p.deliverables += 1;
        if (status == DeliverableStatus::Posted || status == DeliverableStatus::Verified) {
            p.deliverablesPosted += 1;
            return;
        }
        const int due = dayKey(made.utf8(2));
        if (due && (!p.nextDue || std::pair(due, made.int64(3)) < std::pair(p.nextDue, p.nextId))) {
            p.nextDue = due;
            p.nextId = made.int64(3);
            p.nextTitle = made.text(4);
        }
    });
    if (!read)
        return read.failure();

    // Payments: receivables and payables, paid as of today, on an invoice that is not void (voiding
    // clears the link; a link to a void one is not trusted either), and the first open one by due
    // date for deals with no deliverable to wait for. The void invoices are a handful: looked up
    // here rather than joined to 25,000 payments.
    QSet<qint64> voidInvoices;
    SqliteStatement voided("SELECT id FROM invoices WHERE status = 'void'");
    if (Status s = voided.start(db); !s)
        return s.failure();
    if (read = forEachRow(voided, [&] { voidInvoices.insert(voided.int64(0)); }); !read)
        return read.failure();
    SqliteStatement money("SELECT pay.participant_id, pay.direction, pay.paid_date, pay.due_date, pay.id, pay.kind, "
                          "coalesce(pay.invoice_id, 0) FROM payments pay WHERE " +
                          scope.on("pay.participant_id"));
    if (Status s = scope.start(money, db); !s)
        return s.failure();
    read = forEachRow(money, [&] {
        Progress *found = progressOf(money.int64(0));
        if (!found)
            return;
        Progress &p = *found;
        Facts &f = p.facts;
        const auto direction = storedWord(money.utf8(1), PaymentDirection::Payable);
        const int paidOn = dayKey(money.utf8(2));
        const bool paid = paidOn && paidOn <= todayKey;
        if (direction == PaymentDirection::Receivable) {
            f.receivables += 1;
            f.receivablesPaid += paid ? 1 : 0;
            const qint64 invoice = money.int64(6);
            f.receivablesInvoiced += invoice && !voidInvoices.contains(invoice) ? 1 : 0;
        } else {
            f.payables += 1;
            f.payablesPaid += paid ? 1 : 0;
        }
        const int due = dayKey(money.utf8(3));
        Progress::NextPayment &n = p.nextPayment;
        if (!paid && due && (!n.due || std::pair(due, money.int64(4)) < std::pair(n.due, n.id)))
            n = {due, money.int64(4), storedWord(money.utf8(5), PaymentKind::Other), direction};
    });
    if (!read)
        return read.failure();
    return progress;
}

} // namespace

const QString &Deal::noName()
{
    static const QString none;
    return none;
}

// Reading goes through SQLite's own API (SqliteStatement, as PaymentLedger does): Qt SQL's
// per-value QVariants cost more than SQLite itself at 20,000 deals and 25,000 payments. The SQL is
// portable; rows are folded here, one pass per kind of record, no query per deal.
Result<QList<Deal>> deals(QSqlDatabase &db, const DealFilter &filter, const QDate &today,
                          const Workspace::Opener &beside)
{
    const bool agency = MoneySettings::read(db).isAgency();
    const Scope scope(filter);
    const int todayKey = dayKey(QByteArrayView(isoDate(today).toLatin1()));
    ReadBeside<DealProgress> progressRead(
        beside, [filter, todayKey](QSqlDatabase &besideDb) { return readProgress(besideDb, filter, todayKey); });
    Names names;
    if (Status s = names.read(db, filter.creatorId ? &scope : nullptr); !s)
        return s.failure();

    SqliteStatement q("SELECT p.id, p.campaign_id, p.creator_id, p.status, coalesce(p.fee_minor, 0), "
                      "coalesce(p.points, 0), coalesce(p.point_value_minor, 0), coalesce(p.commission_rate_bp, 0) "
                      "FROM " +
                      scope.participants() + " ORDER BY p.id");
    if (Status s = scope.start(q, db); !s)
        return s.failure();
    QList<Deal> out;
    QList<qint64> commissionBp, participantIds;
    // Sized up front: growing lists of 20,000 deals copies them several times (one creator's few
    // are not worth a count, nor 55,000 deals' memory).
    if (auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM participants")); n && !filter.creatorId) {
        out.reserve(n->toLongLong());
        commissionBp.reserve(n->toLongLong());
        participantIds.reserve(n->toLongLong());
    }
    Status read = forEachRow(q, [&] {
        Deal d;
        d.participantId = q.int64(0);
        d.campaignOf = names.campaign(q.int64(1));
        d.creatorOf = names.creator(q.int64(2));
        d.status = storedWord(q.utf8(3), ParticipantStatus::Invited);
        // Points are multiplied here, saturating, not in SQL, where an overflow would quietly become a float.
        d.grossMinor = saturatingAdd(q.int64(4), saturatingMul(q.int64(5), q.int64(6)));
        commissionBp << q.int64(7);
        participantIds << d.participantId;
        out.append(std::move(d));
    });
    if (!read)
        return read.failure();
    const IdPositions index(participantIds);
    participantIds = {};
    const auto at = [&](qint64 participantId) -> Deal * {
        const qsizetype i = index.at(participantId);
        return i < 0 ? nullptr : &out[i];
    };

    // Commission so far: the rate on the revenue of the creator's posts, each post's latest
    // snapshot on or before today, rounded half away from zero: campaignKpis()'s formula
    // (CreatorKpis::commission), here for every deal in one query instead of one campaign at a time.
    // Each post's newest snapshot and its revenue are kept (post_latest, schema v9); only a post
    // with snapshots dated after today seeks its snapshot (large demo, 8,200 deals with commission:
    // 0.28 s to 0.07-0.08 s with the snapshot read, 0.03 s without, sqlite3 shell).
    SqliteStatement revenue("SELECT po.participant_id, sum(coalesce(CASE WHEN pl.snapshot_date <= ?1 "
                            "THEN pl.revenue_minor ELSE (SELECT revenue_minor FROM post_metric_snapshots "
                            " WHERE post_id = po.id AND snapshot_date <= ?1 ORDER BY snapshot_date DESC LIMIT 1) END, "
                            "0)) FROM posts po JOIN post_latest pl ON pl.post_id = po.id "
                            "WHERE po.participant_id IN (SELECT p.id FROM " +
                            scope.participants() + " AND p.commission_rate_bp > 0) GROUP BY po.participant_id");
    if (Status s = scope.start(revenue, db, 2); !s)
        return s.failure();
    revenue.bind(1, isoDate(today));
    read = forEachRow(revenue, [&] {
        if (Deal *d = at(revenue.int64(0)))
            d->grossMinor += percentOf(revenue.int64(1), commissionBp.at(d - out.data()));
    });
    if (!read)
        return read.failure();

    auto progress = progressRead.take(db);
    if (!progress)
        return progress.failure();
    const QString dueText = Text::tr("%1 due"); // translated once, not per deal
    const Progress none;
    // "Fee to collect", "Deposit to pay": a handful of texts, made once and shared by the deals.
    QHash<int, QString> paymentTexts;
    for (Deal &d : out) {
        const Progress *found = progress->find(d.participantId);
        const Progress &p = found ? *found : none;
        d.deliverables = p.deliverables;
        d.deliverablesPosted = p.deliverablesPosted;
        if (p.nextDue) {
            d.nextDate = dateOfKey(p.nextDue);
            // Short: a card is 220 px wide.
            d.nextWhat = dueText.arg(p.nextTitle);
        }
        d.stage = stageOf(d, p.facts, agency);
        if (!d.nextDate.isValid() && p.nextPayment.due) {
            const Progress::NextPayment &n = p.nextPayment;
            d.nextDate = dateOfKey(n.due);
            const bool receivable = n.direction == PaymentDirection::Receivable;
            const int key = int(n.kind) * 2 + int(receivable);
            auto text = paymentTexts.find(key);
            if (text == paymentTexts.end()) {
                const QString kind = PaymentListModel::kindName(n.kind);
                text = paymentTexts.insert(key, receivable ? Text::tr("%1 to collect").arg(kind)
                                                           : Text::tr("%1 to pay").arg(kind));
            }
            d.nextWhat = *text;
        }
    }
    return out;
}

QList<StageSummary> summarise(const QList<Deal> &deals)
{
    QList<StageSummary> out;
    for (std::size_t s = 0; s < WordList<DealStage>::words.size(); ++s)
        out << StageSummary{DealStage(s), 0, {}};
    for (const Deal &d : deals) {
        StageSummary &s = out[qsizetype(d.stage)];
        s.count += 1;
        Money &sum = s.grossByCurrency[d.currency()];
        sum = Money(sum.minor() + d.grossMinor, d.currency());
    }
    return out;
}

QJsonArray pipelineToJson(const QList<StageSummary> &summaries)
{
    QJsonArray out;
    for (const StageSummary &s : summaries) {
        QJsonObject gross;
        for (auto it = s.grossByCurrency.cbegin(); it != s.grossByCurrency.cend(); ++it)
            gross.insert(it.key(), it.value().toPlain());
        out.append(QJsonObject{{QStringLiteral("stage"), wordOf(s.stage)},
                               {QStringLiteral("count"), s.count},
                               {QStringLiteral("gross"), gross}});
    }
    return out;
}

QString dealStageName(DealStage stage)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("DealPipeline", "Offer"),      QT_TRANSLATE_NOOP("DealPipeline", "Negotiating"),
        QT_TRANSLATE_NOOP("DealPipeline", "Contracted"), QT_TRANSLATE_NOOP("DealPipeline", "In production"),
        QT_TRANSLATE_NOOP("DealPipeline", "Delivered"),  QT_TRANSLATE_NOOP("DealPipeline", "Invoiced"),
        QT_TRANSLATE_NOOP("DealPipeline", "Paid"),       QT_TRANSLATE_NOOP("DealPipeline", "Lost")};
    return Text::tr(names[static_cast<int>(stage)]);
}

Status moveDeal(Transaction &tx, qint64 participantId, DealStage target)
{
    auto current =
        sql::scalar(tx.db(), QStringLiteral("SELECT status FROM participants WHERE id = ?"), {participantId});
    if (!current)
        return current.failure();
    if (!current->isValid())
        return fail(Text::tr("the deal no longer exists"));
    const ParticipantStatus was = wordFrom<ParticipantStatus>(current->toString()).value_or(ParticipantStatus::Invited);
    ParticipantStatus to = was;
    switch (target) {
    case DealStage::Offer:
        to = ParticipantStatus::Invited;
        break;
    case DealStage::Negotiating:
        to = ParticipantStatus::Negotiating;
        break;
    case DealStage::Contracted:
        // Completed is contracted too; making it confirmed again would undo the campaign's end.
        to = was == ParticipantStatus::Completed ? was : ParticipantStatus::Confirmed;
        break;
    case DealStage::Lost:
        // Already lost: declined stays declined, cancelled stays cancelled.
        if (!isLost(was))
            to = isContracted(was) ? ParticipantStatus::Cancelled : ParticipantStatus::Declined;
        break;
    case DealStage::InProduction:
    case DealStage::Delivered:
    case DealStage::Invoiced:
    case DealStage::Paid:
        return fail(Text::tr("a deal cannot be moved to %1 by hand: in production, delivered, invoiced and paid "
                             "follow from its records (deliverables, invoices, payments); update those instead")
                        .arg(dealStageName(target)));
    }
    if (to == was)
        return {};
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE participants SET status = ?, updated_at = ? WHERE id = ?"),
                      {wordOf(to), Clock::timestamp(), participantId});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("participants"), participantId);
    return {};
}

std::optional<QList<qint64>> creatorsOfChangedDeals(QSqlDatabase &db, const Changes &changes)
{
    static constexpr CreatorsOf named[] = {
        CreatorsThemselves, // a creator's own change (a name, a manager) shows on their cards
        CreatorsOfDeals,
        {"deliverables",
         "SELECT pt.creator_id FROM deliverables d JOIN participants pt ON pt.id = d.participant_id WHERE d.id = ?"},
        {"payments",
         "SELECT pt.creator_id FROM payments p JOIN participants pt ON pt.id = p.participant_id WHERE p.id = ?"},
        CreatorsOfPosts,
    };
    QList<qint64> creators;
    // A campaign's change (its name, brand, dates) shows on the cards of its deals, whoever's.
    if (changes.touches(QStringLiteral("campaigns"))) {
        const std::optional<QList<qint64>> campaigns = changes.ids(QStringLiteral("campaigns"));
        if (!campaigns)
            return std::nullopt;
        for (const qint64 campaign : *campaigns) {
            auto q =
                sql::run(db, QStringLiteral("SELECT creator_id FROM participants WHERE campaign_id = ?"), {campaign});
            if (!q)
                return std::nullopt;
            while (q->next())
                if (!creators.contains(q->value(0).toLongLong()))
                    creators << q->value(0).toLongLong();
        }
    }
    if (!addCreatorsNamed(db, changes, named, creators))
        return std::nullopt;
    return creators;
}

} // namespace cd
