#include "ContractService.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)
};

std::optional<qint64> countOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const char *const VersionColumns =
    "language, end_date, exclusivity_category, exclusivity_start, exclusivity_end, usage_start, usage_end, paid_ads, "
    "revision_rounds, payment_terms_days, kill_fee_minor, cancellation_notice_days, governing_law, template, body, "
    "turnaround_days";

QVariantList versionValues(const ContractTerms &t)
{
    return {wordOf(t.language),
            sqlDate(t.endDate),
            t.exclusivityCategory.trimmed(),
            sqlDate(t.exclusivityStart),
            sqlDate(t.exclusivityEnd),
            sqlDate(t.usageStart),
            sqlDate(t.usageEnd),
            t.paidAds ? 1 : 0,
            sql::optional(t.revisionRounds),
            sql::optional(t.paymentTermsDays),
            t.killFee ? QVariant(t.killFee->minor()) : QVariant(),
            sql::optional(t.cancellationNoticeDays),
            t.governingLaw.trimmed(),
            t.templateName,
            t.body,
            sql::optional(t.turnaroundDays)};
}

Status writeLists(Transaction &tx, qint64 versionId, const ContractTerms &t)
{
    for (const char *clear : {"DELETE FROM contract_version_competitors WHERE version_id = ?",
                              "DELETE FROM contract_version_usage_channels WHERE version_id = ?"})
        if (auto q = sql::run(tx.db(), QString::fromLatin1(clear), {versionId}); !q)
            return q.failure();
    for (int i = 0; i < t.competitors.size(); ++i)
        if (auto q = sql::run(tx.db(), QStringLiteral("INSERT INTO contract_version_competitors VALUES (?, ?, ?, ?)"),
                              {versionId, i, t.competitors.at(i).trimmed(), nameKey(t.competitors.at(i))});
            !q)
            return q.failure();
    for (const QString &channel : t.usageChannels)
        if (auto q = sql::run(tx.db(), QStringLiteral("INSERT INTO contract_version_usage_channels VALUES (?, ?)"),
                              {versionId, channel.trimmed().toLower()});
            !q)
            return q.failure();
    return {};
}

Result<qint64> insertVersion(Transaction &tx, qint64 contractId, int version, const ContractTerms &t)
{
    const QVariantList values = QVariantList{contractId, version} + versionValues(t) + QVariantList{Clock::timestamp()};
    const QStringList marks(values.size(), QStringLiteral("?"));
    auto q =
        sql::insert(tx.db(),
                    QStringLiteral("INSERT INTO contract_versions (contract_id, version, %1, created_at) VALUES (%2)")
                        .arg(QLatin1String(VersionColumns), marks.join(QStringLiteral(", "))),
                    values);
    if (!q)
        return q.failure();
    const qint64 id = q.value();
    if (Status s = writeLists(tx, id, t); !s)
        return s.failure();
    return id;
}

Status recordStatus(Transaction &tx, qint64 contractId, ContractStatus status, const QDate &on, const QString &note)
{
    auto q = sql::run(tx.db(),
                      QStringLiteral("INSERT INTO contract_status_changes (contract_id, status, changed_on, note) "
                                     "VALUES (?, ?, ?, ?)"),
                      {contractId, wordOf(status), isoDate(on.isValid() ? on : Clock::today()), note.trimmed()});
    return q ? Status() : Status(fail(q.error()));
}

// A usage channel as it is stored: its word in lower case, a platform's alias as the platform's
// word ("twitter" is x), as in every other platform column.
QString channelWord(const QString &channel)
{
    const QString word = channel.trimmed().toLower();
    const auto platform = platformAlias(word);
    return platform ? wordOf(*platform) : word;
}

// Canonical list order, so a file's "b;a" equals the stored "a;b" for channels (a set) while
// competitors keep their order (the contract names them in it).
QStringList sortedChannels(QStringList channels)
{
    for (QString &c : channels)
        c = channelWord(c);
    channels.removeDuplicates();
    std::sort(channels.begin(), channels.end());
    return channels;
}
} // namespace

ContractTerms ContractService::normalised(ContractTerms terms)
{
    terms.usageChannels = sortedChannels(terms.usageChannels);
    return terms;
}

QStringList ContractService::usageChannelWords()
{
    return QStringList{QStringLiteral("organic"), QStringLiteral("website"), QStringLiteral("email"),
                       QStringLiteral("print"), QStringLiteral("ooh")} +
           allWords<Platform>();
}

bool ContractService::termsReadOnly(ContractStatus status)
{
    return status == ContractStatus::Signed || status == ContractStatus::Active || status == ContractStatus::Expired ||
           status == ContractStatus::Terminated;
}

bool ContractService::canMove(ContractStatus from, ContractStatus to)
{
    using S = ContractStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Draft:
        return to == S::Sent || to == S::Negotiating || to == S::Signed || to == S::Terminated;
    case S::Sent:
        return to == S::Negotiating || to == S::Signed || to == S::Terminated;
    case S::Negotiating:
        return to == S::Sent || to == S::Signed || to == S::Terminated;
    case S::Signed:
        return to == S::Active || to == S::Expired || to == S::Terminated;
    case S::Active:
        return to == S::Expired || to == S::Terminated;
    case S::Expired:
    case S::Terminated:
        return false;
    }
    return false;
}

Status ContractService::validate(const ContractTerms &t, const QString &currency)
{
    if (t.exclusivityEnd.isValid() && t.exclusivityStart.isValid() && t.exclusivityEnd < t.exclusivityStart)
        return failIn("exclusivity_end", Text::tr("the exclusivity ends (%1) before it starts (%2)")
                                             .arg(displayDate(t.exclusivityEnd), displayDate(t.exclusivityStart)));
    if (!t.exclusivityStart.isValid() &&
        (!t.exclusivityCategory.trimmed().isEmpty() || !t.competitors.isEmpty() || t.exclusivityEnd.isValid()))
        return failIn("exclusivity_start",
                      Text::tr("an exclusivity needs its start date (without one the contract has no exclusivity)"));
    if (t.usageEnd.isValid() && t.usageStart.isValid() && t.usageEnd < t.usageStart)
        return failIn("usage_end", Text::tr("the usage rights end (%1) before they start (%2)")
                                       .arg(displayDate(t.usageEnd), displayDate(t.usageStart)));
    const QStringList known = usageChannelWords();
    for (const QString &c : t.usageChannels)
        if (!known.contains(channelWord(c)))
            return failIn("usage_channels",
                          Text::tr("unknown usage channel '%1': use %2").arg(c, known.join(QStringLiteral(", "))));
    if (t.killFee && t.killFee->currency() != currency)
        return failIn(
            "kill_fee",
            Text::tr("the kill fee is in %1 but the campaign counts in %2").arg(t.killFee->currency(), currency));
    if (t.killFee && t.killFee->isNegative())
        return failIn("kill_fee", Text::tr("the kill fee cannot be negative"));
    return {};
}

Result<ContractTerms> ContractService::versionTerms(QSqlDatabase &db, qint64 id, int version, const QString &currency)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, %1 FROM contract_versions WHERE contract_id = ? AND version = ?")
                          .arg(QLatin1String(VersionColumns)),
                      {id, version});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the contract has no version %1").arg(version));
    const qint64 versionId = q->value(0).toLongLong();
    ContractTerms t;
    t.language = wordFrom<ContractLanguage>(q->value(1).toString()).value_or(ContractLanguage::En);
    t.endDate = dateFromSql(q->value(2));
    t.exclusivityCategory = q->value(3).toString();
    t.exclusivityStart = dateFromSql(q->value(4));
    t.exclusivityEnd = dateFromSql(q->value(5));
    t.usageStart = dateFromSql(q->value(6));
    t.usageEnd = dateFromSql(q->value(7));
    t.paidAds = q->value(8).toInt() != 0;
    t.revisionRounds = countOf(q->value(9));
    t.paymentTermsDays = countOf(q->value(10));
    if (!q->isNull(11))
        t.killFee = Money(q->value(11).toLongLong(), currency);
    t.cancellationNoticeDays = countOf(q->value(12));
    t.governingLaw = q->value(13).toString();
    t.templateName = q->value(14).toString();
    t.body = q->value(15).toString();
    t.turnaroundDays = countOf(q->value(16));
    auto c = sql::run(db,
                      QStringLiteral("SELECT name FROM contract_version_competitors WHERE version_id = ? "
                                     "ORDER BY position"),
                      {versionId});
    if (!c)
        return c.failure();
    while (c->next())
        t.competitors << c->value(0).toString();
    auto u = sql::run(db,
                      QStringLiteral("SELECT channel FROM contract_version_usage_channels WHERE version_id = ? "
                                     "ORDER BY channel"),
                      {versionId});
    if (!u)
        return u.failure();
    while (u->next())
        t.usageChannels << u->value(0).toString();
    return t;
}

Result<ContractRecord> ContractService::load(QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT k.participant_id, k.status, k.signed_date, k.rights_in_use, c.currency, "
                                     "(SELECT max(version) FROM contract_versions WHERE contract_id = k.id) "
                                     "FROM contracts k JOIN participants p ON p.id = k.participant_id "
                                     "JOIN campaigns c ON c.id = p.campaign_id WHERE k.id = ?"),
                      {id});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(Text::tr("the contract no longer exists"));
    ContractRecord r;
    r.id = id;
    r.participantId = q->value(0).toLongLong();
    r.status = wordFrom<ContractStatus>(q->value(1).toString()).value_or(ContractStatus::Draft);
    r.signedDate = dateFromSql(q->value(2));
    r.rightsInUse = q->value(3).toInt() != 0;
    r.currency = q->value(4).toString();
    r.version = q->value(5).toInt();
    if (r.version > 0) {
        auto terms = versionTerms(db, id, r.version, r.currency);
        if (!terms)
            return terms.failure();
        r.terms = terms.value();
    }
    return r;
}

Result<std::optional<ContractRecord>> ContractService::forParticipant(QSqlDatabase &db, qint64 participantId)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT id FROM contracts WHERE participant_id = ?"), {participantId});
    if (!id)
        return id.failure();
    if (!id->isValid())
        return std::optional<ContractRecord>();
    auto r = load(db, id->toLongLong());
    if (!r)
        return r.failure();
    return std::optional<ContractRecord>(r.value());
}

Result<qint64> ContractService::create(Transaction &tx, qint64 participantId, const ContractTerms &terms,
                                       ContractStatus status, const QDate &on, const QDate &signedDate)
{
    auto currency = sql::scalar(tx.db(),
                                QStringLiteral("SELECT c.currency FROM participants p JOIN campaigns c ON "
                                               "c.id = p.campaign_id WHERE p.id = ?"),
                                {participantId});
    if (!currency)
        return currency.failure();
    if (!currency->isValid())
        return fail(Text::tr("the creator no longer takes part in the campaign"));
    const ContractTerms t = normalised(terms);
    if (Status s = validate(t, currency->toString()); !s)
        return s.failure();
    const bool signedOrLater = termsReadOnly(status) && status != ContractStatus::Terminated;
    const QDate signedOn = signedDate.isValid() ? signedDate : (signedOrLater ? on : QDate());
    const QString now = Clock::timestamp();
    auto q = sql::insert(tx.db(),
                         QStringLiteral("INSERT INTO contracts (participant_id, status, signed_date, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?)"),
                         {participantId, wordOf(status), sqlDate(signedOn), now, now});
    if (!q)
        return fail(q.error().contains(QLatin1String("UNIQUE"))
                        ? Text::tr("the creator already has a contract for this "
                                   "campaign: change that one")
                        : q.error());
    const qint64 id = q.value();
    if (auto v = insertVersion(tx, id, 1, t); !v)
        return v.failure();
    if (Status s = recordStatus(tx, id, status, on, {}); !s)
        return s.failure();
    tx.touch(QStringLiteral("contracts"));
    return id;
}

Result<ContractService::Change> ContractService::changeTerms(Transaction &tx, qint64 id, const ContractTerms &terms)
{
    auto stored = load(tx.db(), id);
    if (!stored)
        return stored.failure();
    const ContractTerms t = normalised(terms);
    if (t == stored->terms)
        return Change::Unchanged;
    if (termsReadOnly(stored->status))
        return fail(Text::tr("the contract is %1: its terms cannot change (agree a new contract instead)")
                        .arg(wordLabel(stored->status).toLower()));
    if (Status s = validate(t, stored->currency); !s)
        return s.failure();
    auto touched =
        sql::run(tx.db(), QStringLiteral("UPDATE contracts SET updated_at = ? WHERE id = ?"), {Clock::timestamp(), id});
    if (!touched)
        return touched.failure();
    tx.touch(QStringLiteral("contracts"));
    if (stored->status == ContractStatus::Draft) {
        auto versionId = sql::scalar(tx.db(),
                                     QStringLiteral("SELECT id FROM contract_versions WHERE contract_id = ? AND "
                                                    "version = ?"),
                                     {id, stored->version});
        if (!versionId)
            return versionId.failure();
        QString set;
        for (const QString &column : QString::fromLatin1(VersionColumns).split(QStringLiteral(", ")))
            set += (set.isEmpty() ? QString() : QStringLiteral(", ")) + column + QStringLiteral(" = ?");
        if (auto q = sql::run(tx.db(), QStringLiteral("UPDATE contract_versions SET %1 WHERE id = ?").arg(set),
                              versionValues(t) + QVariantList{versionId.value()});
            !q)
            return q.failure();
        if (Status s = writeLists(tx, versionId->toLongLong(), t); !s)
            return s.failure();
        return Change::Updated;
    }
    if (auto v = insertVersion(tx, id, stored->version + 1, t); !v)
        return v.failure();
    return Change::NewVersion;
}

Status ContractService::setStatus(Transaction &tx, qint64 id, ContractStatus status, const QDate &on,
                                  const QString &note, const QDate &signedDate)
{
    auto stored = load(tx.db(), id);
    if (!stored)
        return stored.failure();
    if (stored->status == status)
        return {};
    if (!canMove(stored->status, status))
        return fail(Text::tr("a contract cannot go from %1 to %2")
                        .arg(wordLabel(stored->status).toLower(), wordLabel(status).toLower()));
    QDate signedOn = stored->signedDate;
    if (status == ContractStatus::Signed || (!signedOn.isValid() && (status == ContractStatus::Active)))
        signedOn = signedDate.isValid() ? signedDate : (on.isValid() ? on : Clock::today());
    auto q = sql::run(tx.db(),
                      QStringLiteral("UPDATE contracts SET status = ?, signed_date = ?, updated_at = ? WHERE id = ?"),
                      {wordOf(status), sqlDate(signedOn), Clock::timestamp(), id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("contracts"));
    return recordStatus(tx, id, status, on, note);
}

Status ContractService::removeDraft(Transaction &tx, qint64 id)
{
    auto stored = load(tx.db(), id);
    if (!stored)
        return stored.failure();
    if (stored->status != ContractStatus::Draft)
        return fail(Text::tr("the contract is %1 and is kept: mark it terminated instead of deleting it")
                        .arg(wordLabel(stored->status).toLower()));
    auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM contracts WHERE id = ?"), {id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("contracts"));
    return {};
}

Status ContractService::setRightsInUse(Transaction &tx, qint64 id, bool inUse)
{
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE contracts SET rights_in_use = ?, updated_at = ? WHERE id = ?"),
                      {inUse ? 1 : 0, Clock::timestamp(), id});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("contracts"));
    return {};
}

Result<QList<ContractService::StatusChange>> ContractService::statusHistory(QSqlDatabase &db, qint64 id)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT changed_on, status, note FROM contract_status_changes WHERE contract_id = ? "
                                "ORDER BY changed_on, id"),
                 {id});
    if (!q)
        return q.failure();
    QList<StatusChange> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<QList<ContractService::VersionInfo>> ContractService::versions(QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT version, substr(created_at, 1, 10), id FROM contract_versions WHERE "
                                     "contract_id = ? ORDER BY version"),
                      {id});
    if (!q)
        return q.failure();
    QList<VersionInfo> out;
    while (q->next())
        out.append({q->value(0).toInt(), dateFromSql(q->value(1)), q->value(2).toLongLong()});
    return out;
}

} // namespace cd
