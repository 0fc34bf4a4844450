#include "DemoInternals.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "common/Tier.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cd::demo {

QList<CampaignPlan> Generator::plans()
{
    using P = Platform;
    if (!m_agency)
        return {{QStringLiteral("Ramadan Refresh"),
                 0,
                 CampaignStatus::Completed,
                 -240,
                 30,
                 QStringLiteral("IDR"),
                 CampaignGoal::Awareness,
                 {P::Instagram, P::TikTok},
                 {QStringLiteral("TehSegar"), QStringLiteral("SegarkanRamadan")}},
                {QStringLiteral("Back to School Kopi"),
                 1,
                 CampaignStatus::Completed,
                 -110,
                 45,
                 QStringLiteral("IDR"),
                 CampaignGoal::Sales,
                 {P::Instagram, P::TikTok, P::YouTube},
                 {QStringLiteral("KopiKita"), QStringLiteral("SemangatSekolah")}},
                {QStringLiteral("Glow Up 11.11"),
                 2,
                 CampaignStatus::Active,
                 -20,
                 40,
                 QStringLiteral("IDR"),
                 CampaignGoal::Engagement,
                 {P::Instagram, P::TikTok},
                 {QStringLiteral("Glowria"), QStringLiteral("GlowUp1111")}},
                {QStringLiteral("Teh Segar Wave 2"),
                 0,
                 CampaignStatus::Active,
                 -35,
                 60,
                 QStringLiteral("IDR"),
                 CampaignGoal::FollowerGrowth,
                 {P::TikTok},
                 {QStringLiteral("TehSegar"), QStringLiteral("SegarWave")}},
                {QStringLiteral("Hidden Gems of Flores"),
                 3,
                 CampaignStatus::Active,
                 -12,
                 45,
                 QStringLiteral("IDR"),
                 CampaignGoal::Traffic,
                 {P::Instagram, P::YouTube, P::Blog},
                 {QStringLiteral("NusantaraTrip"), QStringLiteral("HiddenGems")}},
                {QStringLiteral("PixelForge Launch"),
                 4,
                 CampaignStatus::Active,
                 -25,
                 50,
                 QStringLiteral("USD"),
                 CampaignGoal::Sales,
                 {P::YouTube, P::TikTok},
                 {QStringLiteral("PixelForge"), QStringLiteral("ForgeYourWorld")}},
                {QStringLiteral("PixelForge Holiday Bundle"),
                 4,
                 CampaignStatus::Planned,
                 20,
                 30,
                 QStringLiteral("USD"),
                 CampaignGoal::Sales,
                 {P::YouTube},
                 {QStringLiteral("PixelForge"), QStringLiteral("HolidayBundle")}},
                {QStringLiteral("Wave 10 Skincare Trial"),
                 2,
                 CampaignStatus::Cancelled,
                 -60,
                 20,
                 QStringLiteral("IDR"),
                 CampaignGoal::Awareness,
                 {P::Instagram},
                 {QStringLiteral("Glowria")}},
                {QStringLiteral("Lebaran 2027 Teaser"),
                 0,
                 CampaignStatus::Draft,
                 75,
                 30,
                 QStringLiteral("IDR"),
                 CampaignGoal::Awareness,
                 {P::Instagram, P::TikTok},
                 {QStringLiteral("TehSegar")}}};
    QList<CampaignPlan> out;
    const QList<QList<Platform>> platformSets = {
        {P::Instagram}, {P::TikTok}, {P::Instagram, P::TikTok}, {P::YouTube}, {P::Instagram, P::TikTok, P::YouTube}};
    const CampaignGoal goals[] = {CampaignGoal::Awareness, CampaignGoal::FollowerGrowth, CampaignGoal::Engagement,
                                  CampaignGoal::Traffic, CampaignGoal::Sales};
    for (int i = 0; i < (m_large ? 5'000 : 1'000); ++i) {
        CampaignPlan p;
        p.brand = int(m_rng.range(0, m_brands.size() - 1));
        p.name = QStringLiteral("%1 Campaign %2").arg(m_brands.at(p.brand).name).arg(i + 1);
        p.startOffset = int(m_rng.range(-700, 90));
        p.length = int(m_rng.range(14, 75));
        const int end = p.startOffset + p.length;
        p.status = p.startOffset > 0 ? (m_rng.chance(0.3) ? CampaignStatus::Draft : CampaignStatus::Planned)
                   : end < 0         ? (m_rng.chance(0.05) ? CampaignStatus::Cancelled : CampaignStatus::Completed)
                                     : CampaignStatus::Active;
        p.currency = m_rng.chance(0.15) ? QStringLiteral("USD") : QStringLiteral("IDR");
        p.goal = goals[m_rng.range(0, 4)];
        p.platforms = platformSets.at(m_rng.range(0, platformSets.size() - 1));
        p.hashtags = {QString(m_brands.at(p.brand).name).remove(QLatin1Char(' ')),
                      QStringLiteral("Promo%1").arg(i + 1)};
        out << p;
    }
    return out;
}

Status Generator::campaigns()
{
    const QList<CampaignPlan> all = plans();
    for (int i = 0; i < all.size(); ++i) {
        if (Status s = campaign(all.at(i)); !s)
            return s;
        if (i % 20 == 0 && !progress(0.4 + 0.6 * double(i) / all.size()))
            return fail(DemoText::tr("cancelled"));
    }
    return {};
}

Status Generator::campaign(const CampaignPlan &plan)
{
    const Brand &brand = m_brands.at(plan.brand);
    const QDate start = m_today.addDays(plan.startOffset);
    const QDate end = start.addDays(plan.length);
    const bool usd = plan.currency == QLatin1String("USD");
    const int participants = m_agency ? 11 : int(m_rng.range(3, 7));
    // Whole dollars or rupiah here; stored in minor units below.
    const qint64 budget = usd ? m_rng.range(5, 40) * 1'000 : m_rng.range(4, 30) * 10'000'000;
    auto q = sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO campaigns (name, name_key, brand_id, goal, status, start_date, end_date, budget_minor, "
            "currency, "
            "content_type, duration_seconds, caption_guidance, disclosure_required, post_window_start, "
            "post_window_end, kpi_posts, kpi_views, kpi_engagement_rate_bp, kpi_new_followers, kpi_link_clicks, "
            "kpi_revenue_minor, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?)"),
        {plan.name,
         nameKey(plan.name),
         brand.id,
         wordOf(plan.goal),
         wordOf(plan.status),
         isoDate(start),
         isoDate(end),
         usd ? budget * 100 : budget,
         plan.currency,
         m_rng.chance(0.5) ? QStringLiteral("product review") : QStringLiteral("lifestyle"),
         m_rng.chance(0.5) ? QVariant(30 + 15 * m_rng.range(0, 4)) : QVariant(),
         QStringLiteral("Show the product in the first 3 seconds; keep it natural."),
         1,
         isoDate(start.addDays(2)),
         isoDate(end.addDays(-2)),
         participants * 2,
         qint64(participants) * 150'000,
         400,
         participants * 800,
         participants * 120,
         plan.goal == CampaignGoal::Sales ? QVariant((usd ? 50'000 * 100 : 250'000'000)) : QVariant(),
         QString(),
         m_now,
         m_now});
    if (!q)
        return q.failure();
    const qint64 campaignId = q.value();
    ++m_sum.campaigns;
    for (Platform p : plan.platforms)
        if (auto r =
                sql::run(m_db, QStringLiteral("INSERT INTO campaign_platforms VALUES (?, ?)"), {campaignId, wordOf(p)});
            !r)
            return r.failure();
    int position = 0;
    for (const QString &h : plan.hashtags)
        if (auto r = sql::run(m_db,
                              QStringLiteral("INSERT INTO campaign_tags (campaign_id, kind, position, tag, tag_key, "
                                             "tag_group) VALUES (?, 'hashtag', ?, ?, ?, ?)"),
                              {campaignId, position++, h, h.toCaseFolded(),
                               position == 1 ? QStringLiteral("brand") : QStringLiteral("campaign")});
            !r)
            return r.failure();
    const QString mention = handleFor(brand.name, Platform::TikTok) + QStringLiteral(".id");
    if (auto r = sql::run(
            m_db,
            QStringLiteral(
                "INSERT INTO campaign_tags (campaign_id, kind, position, tag, tag_key) VALUES (?, 'mention', 0, ?, ?)"),
            {campaignId, mention, mention});
        !r)
        return r.failure();

    Inserter participant(
        m_db,
        QStringLiteral("INSERT INTO participants (campaign_id, creator_id, status, fee_minor, commission_rate_bp, "
                       "product_value_minor, points, point_value_minor, deposit_minor, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    Inserter deliverable(
        m_db, QStringLiteral(
                  "INSERT INTO deliverables (participant_id, platform, title, title_key, format, due_date, status, "
                  "revision_limit, revisions_used, post_url, post_url_key, posted_at, caption, created_at, "
                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter post(
        m_db,
        QStringLiteral("INSERT INTO posts (participant_id, platform, url, url_key, posted_at) VALUES (?, ?, ?, ?, ?)"));
    QSet<int> chosen;
    for (int n = 0; n < participants; ++n) {
        // Someone with an account where the campaign runs (an Instagram-only creator in a TikTok
        // campaign had no followers to chart); after many draws anyone, for a roster without one.
        int index = 0;
        for (int draws = 0;; ++draws) {
            index = int(m_rng.range(0, m_creators.size() - 1));
            if (chosen.contains(index) || m_creators.at(index).archived)
                continue;
            const QList<Account> &accounts = m_creators.at(index).accounts;
            if (draws < 500 && std::none_of(accounts.cbegin(), accounts.cend(),
                                            [&](const Account &a) { return plan.platforms.contains(a.platform); }))
                continue;
            break;
        }
        chosen.insert(index);
        const Creator &c = m_creators.at(index);
        QList<Account> fitting;
        for (const Account &a : c.accounts)
            if (plan.platforms.contains(a.platform))
                fitting << a;
        if (fitting.isEmpty())
            fitting << c.accounts.first();
        const Account &main = fitting.first();

        ParticipantStatus status = ParticipantStatus::Confirmed;
        if (plan.status == CampaignStatus::Cancelled)
            status = ParticipantStatus::Cancelled;
        else if (plan.status == CampaignStatus::Draft)
            status = m_rng.chance(0.5) ? ParticipantStatus::Invited : ParticipantStatus::Negotiating;
        else if (m_rng.chance(0.08))
            status = ParticipantStatus::Declined;
        else if (plan.status == CampaignStatus::Completed)
            status = ParticipantStatus::Completed;
        const bool nano = tierFor(c.largest()) == Tier::Nano;
        const qint64 fee = nano && m_rng.chance(0.5) ? 0 : feeFor(main.followers, plan.currency);
        const qint64 product =
            nano || m_rng.chance(0.2) ? (usd ? m_rng.range(20, 80) * 100 : m_rng.range(5, 15) * 50'000) : 0;
        const qint64 deposit = fee > 0 && m_rng.chance(0.4) ? fee * 3 / 10 : 0;
        const QVariant commission =
            plan.goal == CampaignGoal::Sales ? QVariant(int(m_rng.range(5, 15)) * 100) : QVariant();
        const bool points = !usd && m_rng.chance(0.05);
        auto pid = participant({campaignId, c.id, wordOf(status), fee > 0 ? QVariant(fee) : QVariant(), commission,
                                product > 0 ? QVariant(product) : QVariant(), points ? QVariant(500) : QVariant(),
                                points ? QVariant(1'000) : QVariant(), deposit > 0 ? QVariant(deposit) : QVariant(),
                                m_now, m_now});
        if (!pid)
            return pid.failure();
        ++m_sum.participants;
        if (status == ParticipantStatus::Declined || status == ParticipantStatus::Invited ||
            status == ParticipantStatus::Cancelled)
            continue;

        // Agency scale: about 20,000 deliverables over the participants who owe any.
        const int deliverables = m_agency ? 2 + int(m_rng.chance(0.13)) : int(m_rng.range(1, 3));
        for (int d = 0; d < deliverables; ++d) {
            const Account &account = fitting.at(d % fitting.size());
            const DeliverableFormat format = formatFor(account.platform, m_rng);
            const QDate due = start.addDays(qint64(m_rng.range(3, std::max(4, plan.length - 3))));
            DeliverableStatus dstatus = DeliverableStatus::Planned;
            QDate posted;
            if (plan.status == CampaignStatus::Cancelled || plan.status == CampaignStatus::Draft ||
                plan.status == CampaignStatus::Planned) {
                dstatus = DeliverableStatus::Planned;
            } else if (due.addDays(2) <= m_today) {
                posted = due.addDays(m_rng.range(-2, 2));
                dstatus = plan.status == CampaignStatus::Completed || m_rng.chance(0.6) ? DeliverableStatus::Verified
                                                                                        : DeliverableStatus::Posted;
            } else {
                const DeliverableStatus early[] = {DeliverableStatus::Planned, DeliverableStatus::DraftSubmitted,
                                                   DeliverableStatus::RevisionRequested, DeliverableStatus::Approved};
                dstatus = early[m_rng.range(0, 3)];
            }
            const qint64 revisions = dstatus == DeliverableStatus::Planned ? 0 : m_rng.range(0, 2);
            QString url, caption;
            if (posted.isValid()) {
                url = postUrl(account.platform, account.handle, ++m_postSerial);
                // Most captions follow the brief; some forget a hashtag or the disclosure.
                QStringList tags;
                for (const QString &h : plan.hashtags)
                    if (!m_rng.chance(0.08))
                        tags << QLatin1Char('#') + h;
                if (!m_rng.chance(0.1))
                    tags << (m_rng.chance(0.7) ? QStringLiteral("#iklan") : QStringLiteral("#ad"));
                caption = QStringLiteral("%1 bareng @%2! %3")
                              .arg(m_rng.chance(0.5) ? QStringLiteral("Seru banget") : QStringLiteral("Loving this"),
                                   mention, tags.join(QLatin1Char(' ')));
            }
            const QString title = QStringLiteral("%1 %2").arg(
                wordOf(format).replace(QLatin1Char('_'), QLatin1Char(' ')), QString::number(d + 1));
            auto did = deliverable({pid.value(), wordOf(account.platform), title, nameKey(title), wordOf(format),
                                    isoDate(due), wordOf(dstatus), revisions, url, normalizePostUrl(url),
                                    posted.isValid() ? QVariant(isoDate(posted)) : QVariant(), caption, m_now, m_now});
            if (!did)
                return did.failure();
            ++m_sum.deliverables;
            if (!posted.isValid())
                continue;
            auto postId = post({pid.value(), wordOf(account.platform), url, normalizePostUrl(url), isoDate(posted)});
            if (!postId)
                return postId.failure();
            if (Status s = metrics(postId.value(), account.followers, posted, plan, 0.6 + m_rng.unit() * 0.8); !s)
                return s;
        }
        if (status != ParticipantStatus::Confirmed && status != ParticipantStatus::Completed)
            continue;
        // Their payments are drafted from these terms once every campaign exists (DemoPayments.cpp).
        if (m_rng.chance(m_agency ? 0.5 : 0.7))
            if (Status s = contract(pid.value(), plan, start, end, fee); !s)
                return s;
    }
    return {};
}

Status Generator::metrics(qint64 postId, qint64 followers, const QDate &posted, const CampaignPlan &plan,
                          double quality)
{
    static const int smallDays[] = {1, 3, 7, 14, 30};
    // The post's snapshots, on a server in few statements (one a row would cost a round trip each).
    sql::RowBatch snapshots(m_db, QStringLiteral("post_metric_snapshots"),
                            {QStringLiteral("post_id"), QStringLiteral("snapshot_date"), QStringLiteral("views"),
                             QStringLiteral("impressions"), QStringLiteral("reach"), QStringLiteral("likes"),
                             QStringLiteral("comments"), QStringLiteral("shares"), QStringLiteral("saves"),
                             QStringLiteral("link_clicks"), QStringLiteral("promo_uses"),
                             QStringLiteral("revenue_minor"), QStringLiteral("source")});
    const double er = (0.015 + m_rng.unit() * 0.06) * quality;
    const double reachShare = 0.1 + m_rng.unit() * 0.5;
    const bool sales = plan.goal == CampaignGoal::Sales;
    const bool usd = plan.currency == QLatin1String("USD");
    // A post's daily numbers for its first 100 days (125 at the large scale: ~10 million in all).
    const int days = m_large ? 125 : m_agency ? 100 : int(std::size(smallDays));
    for (int i = 0; i < days; ++i) {
        const int day = m_agency ? i : smallDays[i];
        const QDate date = posted.addDays(day);
        if (date > m_today)
            break;
        const double curve = 1.0 - std::exp(-double(day + 1) / 4.0);
        const qint64 views = qint64(double(followers) * reachShare * curve * 1.4);
        const qint64 likes = qint64(double(views) * er);
        const qint64 clicks = qint64(double(views) * 0.004);
        const qint64 promo = sales ? qint64(double(clicks) * 0.08) : 0;
        const qint64 revenue = promo * (usd ? 2'999 : 89'000);
        Status added = snapshots.add(
            {postId, isoDate(date), views,
             plan.platforms.contains(Platform::TikTok) ? QVariant() : QVariant(qint64(views * 1.3)),
             qint64(double(views) * 0.72), likes, qint64(double(likes) * 0.05), qint64(double(likes) * 0.02),
             qint64(double(likes) * 0.04), clicks, sales ? QVariant(promo) : QVariant(),
             sales ? QVariant(revenue) : QVariant(), QStringLiteral("demo")});
        if (!added)
            return added;
        ++m_sum.postSnapshots;
    }
    return snapshots.finish();
}

Status Generator::contract(qint64 participantId, const CampaignPlan &plan, const QDate &start, const QDate &end,
                           qint64 fee)
{
    // One story per campaign: a contract is in force while the campaign runs and until its term ends
    // (30 days after the campaign), then expired; signed for a campaign starting within two weeks,
    // still being agreed for one further off. (Drawn at random, one campaign's contracts mixed
    // "active", "signed" and "expired".)
    const QDate termEnd = end.addDays(30);
    ContractStatus status = ContractStatus::Signed;
    switch (plan.status) {
    case CampaignStatus::Completed:
        status = termEnd < m_today ? ContractStatus::Expired : ContractStatus::Active;
        break;
    case CampaignStatus::Active:
        status = ContractStatus::Active;
        break;
    case CampaignStatus::Planned:
        status = m_today.daysTo(start) <= 14 ? ContractStatus::Signed
                 : m_rng.chance(0.5)         ? ContractStatus::Sent
                                             : ContractStatus::Negotiating;
        break;
    default:
        status = ContractStatus::Draft;
    }
    const bool signedOne =
        status == ContractStatus::Signed || status == ContractStatus::Active || status == ContractStatus::Expired;
    auto k = sql::insert(m_db,
                         QStringLiteral("INSERT INTO contracts (participant_id, status, signed_date, rights_in_use, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {participantId, wordOf(status),
                          signedOne ? QVariant(isoDate(std::min(start.addDays(-7), m_today))) : QVariant(),
                          int(signedOne && m_rng.chance(0.5)), m_now, m_now});
    if (!k)
        return k.failure();
    const qint64 contractId = k.value();
    // Its last status a week before the campaign, but never after today (a contract of a campaign
    // still to come was sent some days ago, spread by id); drafted a week before that, so the draft,
    // its version and the signature follow each other (a version dated after the signature was seen).
    const QDate changed = std::min(start.addDays(-7), m_today.addDays(-(contractId % 15)));
    const QString drafted = QDateTime(changed.addDays(-7), QTime(9, 0), QTimeZone::utc()).toString(Qt::ISODate);
    if (auto r =
            sql::run(m_db, QStringLiteral("UPDATE contracts SET created_at = ? WHERE id = ?"), {drafted, contractId});
        !r)
        return r.failure();
    const Brand &brand = m_brands.at(plan.brand);
    const bool exclusive = m_rng.chance(0.4);
    auto v = sql::insert(
        m_db,
        QStringLiteral(
            "INSERT INTO contract_versions (contract_id, version, language, end_date, exclusivity_category, "
            "exclusivity_start, "
            "exclusivity_end, usage_start, usage_end, paid_ads, revision_rounds, payment_terms_days, kill_fee_minor, "
            "cancellation_notice_days, governing_law, template, body, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, "
            "?, 2, 30, ?, 7, ?, 'standard', '', ?)"),
        {contractId, plan.currency == QLatin1String("USD") ? QStringLiteral("en") : QStringLiteral("id"),
         isoDate(termEnd), exclusive ? brand.category : QString(), exclusive ? QVariant(isoDate(start)) : QVariant(),
         exclusive ? QVariant(isoDate(end.addDays(30))) : QVariant(), isoDate(start),
         isoDate(end.addDays(int(m_rng.range(30, 180)))), int(m_rng.chance(0.3)), fee / 4,
         plan.currency == QLatin1String("USD") ? QStringLiteral("Singapore") : QStringLiteral("Indonesia"), drafted});
    if (!v)
        return v.failure();
    const qint64 versionId = v.value();
    if (exclusive) {
        int position = 0;
        for (const QString &c : brand.competitors)
            if (auto r = sql::run(m_db, QStringLiteral("INSERT INTO contract_version_competitors VALUES (?, ?, ?, ?)"),
                                  {versionId, position++, c, nameKey(c)});
                !r)
                return r.failure();
    }
    for (Platform p : plan.platforms)
        if (auto r = sql::run(m_db, QStringLiteral("INSERT INTO contract_version_usage_channels VALUES (?, ?)"),
                              {versionId, wordOf(p)});
            !r)
            return r.failure();
    if (auto r = sql::run(
            m_db,
            QStringLiteral("INSERT INTO contract_status_changes (contract_id, status, changed_on) VALUES (?, ?, ?)"),
            {contractId, wordOf(status), isoDate(changed)});
        !r)
        return r.failure();
    ++m_sum.contracts;
    return {};
}

} // namespace cd::demo
