#include "CreatorProfile.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/Vetting.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CreatorProfile)
};

QString percentText(int bp)
{
    return QStringLiteral("%1%").arg(bp / 100.0, 0, 'f', bp % 100 == 0 ? 0 : 2);
}

QString dimensionName(AudienceDimension d)
{
    switch (d) {
    case AudienceDimension::Age:
        return Text::tr("age");
    case AudienceDimension::Gender:
        return Text::tr("gender");
    case AudienceDimension::Country:
        return Text::tr("country");
    }
    return {};
}

Status checkRates(const QList<RateCardEntry> &rates)
{
    QSet<QString> seen;
    for (const RateCardEntry &r : rates) {
        const QString what = QStringLiteral("%1 %2").arg(platformDisplayName(r.platform), formatDisplayName(r.format));
        if (!isKnownCurrency(r.amount.currency()))
            return fail(Text::tr("the rate for %1 needs a currency such as IDR or USD").arg(what));
        if (r.amount.isNegative())
            return fail(Text::tr("the rate for %1 cannot be negative").arg(what));
        const QString key = wordOf(r.platform) + wordOf(r.format) + r.amount.currency();
        if (seen.contains(key))
            return fail(Text::tr("the rate card lists %1 in %2 twice").arg(what, r.amount.currency()));
        seen.insert(key);
        if (Status s = checkText(r.notes, Text::tr("rate notes"), MaxNameLength); !s)
            return s;
    }
    return {};
}

Status checkAudience(const QList<AudienceShare> &audience)
{
    QHash<AudienceDimension, int> sums;
    QSet<QString> seen;
    for (const AudienceShare &a : audience) {
        const QString bucket = cleanName(a.bucket);
        if (bucket.isEmpty())
            return fail(
                Text::tr("an audience share of %1 has no %2").arg(percentText(a.shareBp), dimensionName(a.dimension)));
        if (a.shareBp < 0 || a.shareBp > 10'000)
            return fail(Text::tr("the audience share for %1 must be between 0% and 100%").arg(bucket));
        if (a.dimension == AudienceDimension::Country && (bucket.size() != 2 || !bucket.front().isLetter()))
            return fail(Text::tr("write countries as two-letter codes (ID, US, MY): '%1'").arg(bucket));
        const QString key = wordOf(a.dimension) + QLatin1Char('/') + nameKey(bucket);
        if (seen.contains(key))
            return fail(Text::tr("the audience lists %1 twice").arg(bucket));
        seen.insert(key);
        sums[a.dimension] += a.shareBp;
        if (sums[a.dimension] > 10'000)
            return fail(Text::tr("the audience shares by %1 add up to more than 100%").arg(dimensionName(a.dimension)));
    }
    return {};
}

Status checkVetting(const QList<VettingAnswer> &vetting)
{
    QSet<int> seen;
    for (const VettingAnswer &v : vetting) {
        if (v.question < 1 || v.question > VettingQuestionCount || seen.contains(v.question))
            return fail(Text::tr("vetting question %1 is unknown or answered twice").arg(v.question));
        seen.insert(v.question);
        if (v.score && (*v.score < 0 || *v.score > VettingMaxScore))
            return fail(
                Text::tr("the score of vetting question %1 must be from 0 to %2").arg(v.question).arg(VettingMaxScore));
        if (Status s = checkText(v.answer, Text::tr("answer to vetting question %1").arg(v.question)); !s)
            return s;
    }
    return {};
}
} // namespace

QStringList audienceAgeBands()
{
    return {QStringLiteral("13-17"), QStringLiteral("18-24"), QStringLiteral("25-34"), QStringLiteral("35-44"),
            QStringLiteral("45-54"), QStringLiteral("55-64"), QStringLiteral("65+")};
}

QStringList audienceGenders()
{
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
}

Result<CreatorProfile> CreatorProfileService::load(qint64 id)
{
    CreatorProfile profile;
    auto details = CreatorService(m_ws).load(id);
    if (!details)
        return details.failure();
    profile.details = details.value();
    QSqlDatabase db = m_ws.db();
    auto accounts =
        sql::run(db,
                 QStringLiteral("SELECT a.id, a.platform, a.handle, f.followers, f.snapshot_date "
                                "FROM accounts a LEFT JOIN follower_snapshots f ON f.id = "
                                "(SELECT id FROM follower_snapshots WHERE account_id = a.id "
                                "ORDER BY snapshot_date DESC LIMIT 1) WHERE a.creator_id = ? ORDER BY a.id"),
                 {id});
    if (!accounts)
        return accounts.failure();
    while (accounts->next()) {
        AccountEdit a;
        a.id = accounts->value(0).toLongLong();
        a.platform = wordFrom<Platform>(accounts->value(1).toString()).value_or(Platform::Instagram);
        a.handle = accounts->value(2).toString();
        if (!accounts->isNull(3))
            a.latestFollowers = accounts->value(3).toLongLong();
        a.latestDate = QDate::fromString(accounts->value(4).toString(), Qt::ISODate);
        profile.accounts << a;
    }
    auto rates = sql::run(db,
                          QStringLiteral("SELECT platform, content_type, amount_minor, currency, notes FROM rate_cards "
                                         "WHERE creator_id = ? ORDER BY id"),
                          {id});
    if (!rates)
        return rates.failure();
    while (rates->next())
        profile.rates << RateCardEntry{
            wordFrom<Platform>(rates->value(0).toString()).value_or(Platform::Instagram),
            wordFrom<DeliverableFormat>(rates->value(1).toString()).value_or(DeliverableFormat::Post),
            Money(rates->value(2).toLongLong(), rates->value(3).toString()), rates->value(4).toString()};
    auto audience = sql::run(db,
                             QStringLiteral("SELECT dimension, bucket, share_bp, as_of FROM audience_demographics "
                                            "WHERE creator_id = ? AND platform = '' ORDER BY id"),
                             {id});
    if (!audience)
        return audience.failure();
    while (audience->next()) {
        profile.audience << AudienceShare{
            wordFrom<AudienceDimension>(audience->value(0).toString()).value_or(AudienceDimension::Age),
            audience->value(1).toString(), audience->value(2).toInt()};
        profile.audienceAsOf =
            std::max(profile.audienceAsOf, QDate::fromString(audience->value(3).toString(), Qt::ISODate));
    }
    auto vetting =
        sql::run(db,
                 QStringLiteral("SELECT question, answer, score, answered_on FROM vetting_answers WHERE creator_id = ? "
                                "ORDER BY question"),
                 {id});
    if (!vetting)
        return vetting.failure();
    while (vetting->next())
        profile.vetting << VettingAnswer{vetting->value(0).toInt(), vetting->value(1).toString(),
                                         vetting->isNull(2) ? std::nullopt
                                                            : std::optional<int>(vetting->value(2).toInt()),
                                         QDate::fromString(vetting->value(3).toString(), Qt::ISODate)};
    return profile;
}

Result<QList<CreatorCampaign>> CreatorProfileService::campaigns(qint64 creatorId)
{
    QSqlDatabase db = m_ws.db();
    auto q =
        sql::run(db,
                 QStringLiteral(
                     "SELECT c.id, c.name, b.name, c.status, p.status, c.start_date, c.end_date, p.fee_minor, "
                     "c.currency, (SELECT count(*) FROM deliverables d WHERE d.participant_id = p.id), "
                     "(SELECT count(*) FROM deliverables d WHERE d.participant_id = p.id "
                     "AND d.status IN ('posted', 'verified')) "
                     "FROM participants p JOIN campaigns c ON c.id = p.campaign_id JOIN brands b ON b.id = c.brand_id "
                     "WHERE p.creator_id = ? ORDER BY c.start_date DESC, c.name_key"),
                 {creatorId});
    if (!q)
        return q.failure();
    QList<CreatorCampaign> list;
    while (q->next()) {
        CreatorCampaign c;
        c.campaignId = q->value(0).toLongLong();
        c.campaign = q->value(1).toString();
        c.brand = q->value(2).toString();
        c.status = wordFrom<CampaignStatus>(q->value(3).toString()).value_or(CampaignStatus::Draft);
        c.participation = wordFrom<ParticipantStatus>(q->value(4).toString()).value_or(ParticipantStatus::Confirmed);
        c.start = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        c.end = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        if (!q->isNull(7))
            c.fee = Money(q->value(7).toLongLong(), q->value(8).toString());
        c.deliverables = q->value(9).toInt();
        c.deliverablesDone = q->value(10).toInt();
        list << c;
    }
    return list;
}

Status CreatorProfileService::validate(qint64 id, const CreatorProfile &profile)
{
    CreatorService creators(m_ws);
    if (Status s = creators.validate(profile.details, id); !s)
        return s;
    QSet<Platform> platforms;
    for (const AccountEdit &a : profile.accounts) {
        if (platforms.contains(a.platform))
            return fail(Text::tr("%1 is listed twice; a creator has one account per platform")
                            .arg(platformDisplayName(a.platform)));
        platforms.insert(a.platform);
        if (Status s = creators.validateAccount({a.platform, a.handle, a.newFollowers}, id); !s)
            return s;
    }
    if (Status s = checkRates(profile.rates); !s)
        return s;
    if (Status s = checkAudience(profile.audience); !s)
        return s;
    return checkVetting(profile.vetting);
}

Result<qint64> CreatorProfileService::save(Transaction &tx, qint64 id, const CreatorProfile &profile)
{
    if (Status s = validate(id, profile); !s)
        return s.failure();
    CreatorService creators(m_ws);
    if (id == 0) {
        CreatorInput in = profile.details;
        in.accounts.clear();
        for (const AccountEdit &a : profile.accounts)
            in.accounts << AccountInput{a.platform, a.handle, a.newFollowers};
        auto added = creators.insert(tx, in);
        if (!added)
            return added;
        id = added.value();
    } else {
        if (Status s = creators.change(tx, id, profile.details); !s)
            return s.failure();
        if (Status s = saveAccounts(tx, id, profile.accounts); !s)
            return s.failure();
    }
    if (Status s = saveRates(tx, id, profile.rates); !s)
        return s.failure();
    if (Status s = saveAudience(tx, id, profile); !s)
        return s.failure();
    if (Status s = saveVetting(tx, id, profile.vetting); !s)
        return s.failure();
    tx.touch(QStringLiteral("creators"), id);
    return id;
}

Status CreatorProfileService::saveAccounts(Transaction &tx, qint64 id, const QList<AccountEdit> &accounts)
{
    CreatorService creators(m_ws);
    QSet<qint64> kept;
    for (const AccountEdit &a : accounts)
        kept.insert(a.id);
    auto stored = sql::run(tx.db(), QStringLiteral("SELECT id FROM accounts WHERE creator_id = ?"), {id});
    if (!stored)
        return stored.failure();
    QList<qint64> removed;
    while (stored->next())
        if (!kept.contains(stored->value(0).toLongLong()))
            removed << stored->value(0).toLongLong();
    // Removed accounts go first, so their platform is free for a new account in the same save.
    for (qint64 accountId : removed)
        if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId}); !q)
            return q.failure();
    for (const AccountEdit &a : accounts) {
        qint64 accountId = a.id;
        if (accountId == 0) {
            auto added = creators.insertAccount(tx, id, {a.platform, a.handle, a.newFollowers});
            if (!added)
                return added.failure();
            continue; // insertAccount records the count given
        }
        if (Status s = creators.setHandle(tx, accountId, a.handle); !s)
            return s;
        if (a.newFollowers)
            if (Status s =
                    creators.recordFollowers(tx, accountId, Clock::today(), *a.newFollowers, QStringLiteral("manual"));
                !s)
                return s;
    }
    return {};
}

Status CreatorProfileService::saveRates(Transaction &tx, qint64 id, const QList<RateCardEntry> &rates)
{
    if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM rate_cards WHERE creator_id = ?"), {id}); !q)
        return q.failure();
    for (const RateCardEntry &r : rates) {
        auto q = sql::run(
            tx.db(),
            QStringLiteral("INSERT INTO rate_cards (creator_id, platform, content_type, amount_minor, "
                           "currency, notes) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, wordOf(r.platform), wordOf(r.format), r.amount.minor(), r.amount.currency(), r.notes.trimmed()});
        if (!q)
            return q.failure();
    }
    return {};
}

Status CreatorProfileService::saveAudience(Transaction &tx, qint64 id, const CreatorProfile &profile)
{
    auto q = sql::run(tx.db(),
                      QStringLiteral("DELETE FROM audience_demographics WHERE creator_id = ? AND platform = ''"), {id});
    if (!q)
        return q.failure();
    const QVariant asOf = profile.audienceAsOf.isValid() ? QVariant(isoDate(profile.audienceAsOf)) : QVariant();
    for (const AudienceShare &a : profile.audience) {
        // Countries are codes ("ID"); age bands and genders are written as the editor offers them.
        const QString bucket =
            a.dimension == AudienceDimension::Country ? cleanName(a.bucket).toUpper() : cleanName(a.bucket);
        auto insert = sql::run(tx.db(),
                               QStringLiteral("INSERT INTO audience_demographics (creator_id, platform, dimension, "
                                              "bucket, share_bp, as_of) VALUES (?, '', ?, ?, ?, ?)"),
                               {id, wordOf(a.dimension), bucket, a.shareBp, asOf});
        if (!insert)
            return insert.failure();
    }
    return {};
}

Status CreatorProfileService::saveVetting(Transaction &tx, qint64 id, const QList<VettingAnswer> &vetting)
{
    if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM vetting_answers WHERE creator_id = ?"), {id}); !q)
        return q.failure();
    for (const VettingAnswer &v : vetting) {
        if (v.answer.trimmed().isEmpty() && !v.score)
            continue; // an unanswered question is not stored
        auto q = sql::run(tx.db(),
                          QStringLiteral("INSERT INTO vetting_answers (creator_id, question, answer, score, "
                                         "answered_on) VALUES (?, ?, ?, ?, ?)"),
                          {id, v.question, v.answer.trimmed(), sql::optional(v.score),
                           isoDate(v.answeredOn.isValid() ? v.answeredOn : Clock::today())});
        if (!q)
            return q.failure();
    }
    return {};
}

} // namespace cd
