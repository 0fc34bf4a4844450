#include "DemoGenerator.h"

#include "DemoInternals.h"
#include "DemoNames.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "common/Tier.h"
#include "common/Words.h"
#include "storage/KeptSummaries.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cd {
namespace demo {

// splitmix64: small, fast and the same on every platform (std distributions are not).
Generator::Generator(const DemoOptions &options, Workspace &ws, Transaction &tx)
    : m_db(tx.db()), m_rng(options.seed), m_options(options), m_ws(ws), m_tx(tx), m_today(Clock::today()),
      m_now(Clock::timestamp()), m_agency(options.scale != DemoOptions::Scale::Small),
      m_large(options.scale == DemoOptions::Scale::Large)
{}

QString handleFor(const QString &name, Platform p)
{
    QString h = name.toLower();
    h.replace(QLatin1Char(' '), p == Platform::TikTok ? QString() : QStringLiteral("."));
    h.remove(QLatin1Char('\''));
    return h.normalized(QString::NormalizationForm_D).remove(QRegularExpression(QStringLiteral("[^a-z0-9._]")));
}

QString postUrl(Platform p, const QString &handle, quint64 id)
{
    switch (p) {
    case Platform::TikTok:
        return QStringLiteral("https://www.tiktok.com/@%1/video/%2").arg(handle).arg(7'300'000'000'000'000'000ULL + id);
    case Platform::Instagram:
        return QStringLiteral("https://www.instagram.com/reel/C%1/").arg(QString::number(id * 7919, 36).toUpper());
    case Platform::YouTube:
        return QStringLiteral("https://www.youtube.com/watch?v=yt%1").arg(id * 104'729, 9, 36, QLatin1Char('0'));
    case Platform::Facebook:
        return QStringLiteral("https://www.facebook.com/story.php?story_fbid=%1&id=%2")
            .arg(900'000 + id)
            .arg(qHash(handle) % 100000);
    case Platform::X:
        return QStringLiteral("https://x.com/%1/status/%2").arg(handle).arg(1'800'000'000'000'000'000ULL + id);
    case Platform::Blog:
        return QStringLiteral("https://%1.example/posts/%2").arg(handle, QString::number(id));
    }
    return {};
}

DeliverableFormat formatFor(Platform p, Rng &rng)
{
    switch (p) {
    case Platform::Instagram:
        return rng.chance(0.6)   ? DeliverableFormat::Reel
               : rng.chance(0.5) ? DeliverableFormat::Story
                                 : DeliverableFormat::Post;
    case Platform::TikTok:
        return DeliverableFormat::Video;
    case Platform::YouTube:
        return rng.chance(0.7) ? DeliverableFormat::Video : DeliverableFormat::Short;
    case Platform::Blog:
        return DeliverableFormat::BlogPost;
    default:
        return DeliverableFormat::Post;
    }
}

qint64 Generator::feeFor(qint64 followers, const QString &currency)
{
    if (currency == QLatin1String("USD")) {
        // $1,000 per 100,000 followers (domain.md), 0.75x-1.25x, at least $100, whole tens.
        const double dollars = std::max(100.0, double(followers) / 100'000.0 * 1'000.0 * (0.75 + m_rng.unit() * 0.5));
        return qint64(std::round(dollars / 10.0)) * 10 * 100;
    }
    const Tier tier = tierFor(followers);
    const std::pair<qint64, qint64> ranges[] = {
        {500'000, 1'500'000}, {1'500'000, 5'000'000}, {5'000'000, 20'000'000}, {20'000'000, 60'000'000}};
    const auto [lo, hi] = ranges[int(tier)];
    return m_rng.range(lo / 50'000, hi / 50'000) * 50'000;
}

Status Generator::brands()
{
    Inserter brand(m_db,
                   QStringLiteral("INSERT INTO brands (name, name_key, category, contact_email, notes, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Inserter competitor(
        m_db, QStringLiteral("INSERT INTO brand_competitors (brand_id, position, name, name_key) VALUES (?, ?, ?, ?)"));
    if (!m_agency) {
        m_brands = {{0,
                     QStringLiteral("Teh Segar"),
                     QStringLiteral("beverages"),
                     {QStringLiteral("Kopi Kita"), QStringLiteral("Es Jeruk Co")}},
                    {0, QStringLiteral("Kopi Kita"), QStringLiteral("beverages"), {QStringLiteral("Teh Segar")}},
                    {0, QStringLiteral("Glowria Skincare"), QStringLiteral("beauty"), {QStringLiteral("Lumi Beauty")}},
                    {0, QStringLiteral("Nusantara Trip"), QStringLiteral("travel"), {}},
                    {0, QStringLiteral("PixelForge"), QStringLiteral("gaming"), {QStringLiteral("Arcadia Games")}}};
    } else {
        const QStringList stems = {QStringLiteral("Segar"), QStringLiteral("Nusa"),  QStringLiteral("Kita"),
                                   QStringLiteral("Glow"),  QStringLiteral("Pixel"), QStringLiteral("Rasa"),
                                   QStringLiteral("Lumi"),  QStringLiteral("Urban"), QStringLiteral("Bumi"),
                                   QStringLiteral("Nova")};
        const QStringList kinds = {QStringLiteral("Foods"), QStringLiteral("Labs"),  QStringLiteral("Studio"),
                                   QStringLiteral("Co"),    QStringLiteral("Goods"), QStringLiteral("Group"),
                                   QStringLiteral("Wear"),  QStringLiteral("Care"),  QStringLiteral("Tech"),
                                   QStringLiteral("Trip")};
        const QStringList categories = {QStringLiteral("beverages"), QStringLiteral("beauty"),
                                        QStringLiteral("fashion"),   QStringLiteral("travel"),
                                        QStringLiteral("gaming"),    QStringLiteral("food"),
                                        QStringLiteral("finance"),   QStringLiteral("electronics")};
        static const char *const regions[] = {"", " Asia", " Global", " Pacific"};
        for (int i = 0; i < (m_large ? 400 : 200); ++i) {
            const QString name =
                stems.at(i % 10) + QLatin1Char(' ') + kinds.at((i / 10) % 10) + QLatin1String(regions[i / 100]);
            m_brands.append({0, name, categories.at(i % categories.size()), {}});
        }
        for (int i = 0; i < m_brands.size(); ++i)
            if (m_rng.chance(0.5))
                m_brands[i].competitors << m_brands.at((i + 8) % m_brands.size()).name;
    }
    for (Brand &b : m_brands) {
        const QString email = QStringLiteral("marketing@%1.example").arg(handleFor(b.name, Platform::TikTok));
        auto id = brand({b.name, nameKey(b.name), b.category, email, QString(), m_now, m_now});
        if (!id)
            return id.failure();
        b.id = id.value();
        int position = 0;
        for (const QString &c : std::as_const(b.competitors))
            if (auto r = competitor({b.id, position++, c, nameKey(c)}); !r)
                return r.failure();
    }
    m_sum.brands = m_brands.size();
    return {};
}

Status Generator::managers()
{
    Inserter manager(m_db, QStringLiteral("INSERT INTO managers (name, name_key, email, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    const int count = m_agency ? demo::managers().size() : 3;
    for (int i = 0; i < count; ++i) {
        const QString name = demo::managers().at(i);
        const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() +
                              (m_agency ? QStringLiteral("@agency.example") : QStringLiteral("@talent.example"));
        auto id = manager({name, nameKey(name), email, m_now, m_now});
        if (!id)
            return id.failure();
        m_managers << id.value();
    }
    return {};
}

Status Generator::creators()
{
    Inserter creator(
        m_db, QStringLiteral("INSERT INTO creators (name, name_key, status, niche, country, email, phone, manager_id, "
                             "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter tag(
        m_db,
        QStringLiteral("INSERT INTO creator_tags (creator_id, tag, tag_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    Inserter account(
        m_db,
        QStringLiteral(
            "INSERT INTO accounts (creator_id, platform, handle, handle_key, created_at) VALUES (?, ?, ?, ?, ?)"));
    // Nothing reads the counts before this step ends: on a server they go many to a statement.
    sql::RowBatch snapshots(m_db, QStringLiteral("follower_snapshots"),
                            {QStringLiteral("account_id"), QStringLiteral("snapshot_date"), QStringLiteral("followers"),
                             QStringLiteral("source")});
    Inserter rate(m_db, QStringLiteral("INSERT INTO rate_cards (creator_id, platform, content_type, amount_minor, "
                                       "currency) VALUES (?, ?, ?, ?, ?)"));
    const int count = m_large ? 20'000 : m_agency ? 5'000 : 40;
    // A year of weekly counts, so past campaigns have followers before, during and after; the large
    // scale counts every second day for almost a year and a half (260 counts an account).
    const int counts = m_large ? 260 : 52;
    const int step = m_large ? 2 : 7;
    QSet<QString> names, handles;
    const QList<Platform> platforms = {Platform::Instagram, Platform::TikTok, Platform::YouTube,
                                       Platform::Facebook,  Platform::X,      Platform::Blog};
    const double platformOdds[] = {0.8, 0.6, 0.3, 0.15, 0.1, 0.05};
    // Tiers in proportions agencies see: many nano/micro, few mega.
    const std::pair<qint64, qint64> tiers[] = {
        {1'500, 9'999}, {10'000, 99'999}, {100'000, 999'999}, {1'000'000, 4'000'000}};
    const double tierOdds[] = {0.3, 0.4, 0.22, 0.08};
    for (int i = 0; i < count; ++i) {
        // Indonesian creators get Indonesian names; the others international ones.
        const QString country = m_rng.pick(demo::countries());
        const bool local = country == QLatin1String("ID");
        const auto pickFrom = [&](const QStringList &list, int split) {
            return local ? list.at(m_rng.range(0, split - 1)) : list.at(m_rng.range(split, list.size() - 1));
        };
        QString name;
        for (int attempt = 0; name.isEmpty() || names.contains(nameKey(name)); ++attempt) {
            const QString first = pickFrom(demo::firstNames(), demo::indonesianFirstNames());
            QString last = pickFrom(demo::lastNames(), demo::indonesianLastNames());
            while (last == first)
                last = pickFrom(demo::lastNames(), demo::indonesianLastNames());
            name =
                first + QLatin1Char(' ') + last + (attempt > 20 ? QStringLiteral(" %1").arg(attempt - 19) : QString());
        }
        names.insert(nameKey(name));
        Creator c;
        c.name = name;
        c.country = country;
        c.archived = m_rng.chance(0.07);
        const QString niche = m_rng.pick(demo::niches());
        const QString phone =
            country == QLatin1String("ID")
                ? QStringLiteral("+62 81%1 %2").arg(m_rng.range(1, 9)).arg(m_rng.range(1000'0000, 9999'9999))
                : QString();
        // An agency manages its whole roster; a brand knows the managers of about half its creators
        // (one draw either way, so the rest of the demo stays as it was).
        const qint64 draw = m_rng.range(0, m_agency ? m_managers.size() - 1 : 2 * m_managers.size() - 1);
        const QVariant managerId = draw < m_managers.size() ? QVariant(m_managers.at(draw)) : QVariant();
        auto id = creator({name, nameKey(name), c.archived ? QStringLiteral("archived") : QStringLiteral("active"),
                           niche, country, handleFor(name, Platform::Instagram) + QStringLiteral("@mail.example"),
                           phone, managerId, QString(), m_now, m_now});
        if (!id)
            return id.failure();
        c.id = id.value();
        if (auto r = tag({c.id, niche, niche}); !r)
            return r.failure();
        if (m_rng.chance(0.3))
            if (auto r = tag({c.id, QStringLiteral("halal"), QStringLiteral("halal")}); !r)
                return r.failure();

        double roll = m_rng.unit();
        int tier = 0;
        while (tier < 3 && roll > tierOdds[tier])
            roll -= tierOdds[tier++];
        for (int p = 0; p < platforms.size(); ++p) {
            if (!(p == 0 && c.accounts.isEmpty() && i % 3 != 0) && !m_rng.chance(platformOdds[p]) &&
                !(p == 5 && c.accounts.isEmpty()))
                continue;
            Account a;
            a.platform = platforms.at(p);
            a.handle = handleFor(name, a.platform);
            while (handles.contains(wordOf(a.platform) + a.handle))
                a.handle += QString::number(m_rng.range(0, 9));
            handles.insert(wordOf(a.platform) + a.handle);
            // The main platform carries the tier; others are smaller.
            a.followers = m_rng.logRange(tiers[tier].first, tiers[tier].second);
            if (!c.accounts.isEmpty())
                a.followers = std::max<qint64>(300, qint64(double(a.followers) * (0.05 + m_rng.unit() * 0.6)));
            auto aid = account({c.id, wordOf(a.platform), a.handle, a.handle.toLower(), m_now});
            if (!aid)
                return aid.failure();
            a.id = aid.value();
            // Counts growing towards today's (a weekly rate), with the odd dip; one in fifty jumps
            // suspiciously.
            const double growth = -0.003 + m_rng.unit() * 0.025;
            const int jump = m_rng.chance(0.02) ? int(m_rng.range(2, counts - 2)) : -1;
            double value = double(a.followers);
            for (int w = 0; w < counts; ++w) {
                const QDate date = m_today.addDays(-step * w);
                if (Status s =
                        snapshots.add({a.id, isoDate(date), qint64(std::round(value)), QStringLiteral("manual")});
                    !s)
                    return s;
                ++m_sum.followerSnapshots;
                value /= (1.0 + (growth + (m_rng.unit() - 0.5) * 0.01) * step / 7.0);
                if (w == jump)
                    value /= 1.35;
            }
            c.accounts << a;
        }
        if (!m_agency)
            for (const Account &a : std::as_const(c.accounts))
                if (a.platform == Platform::Instagram || a.platform == Platform::TikTok)
                    if (auto r = rate({c.id, wordOf(a.platform),
                                       wordOf(a.platform == Platform::TikTok ? DeliverableFormat::Video
                                                                             : DeliverableFormat::Reel),
                                       feeFor(a.followers, QStringLiteral("IDR")), QStringLiteral("IDR")});
                        !r)
                        return r.failure();
        m_creators << c;
        if (i % 250 == 0 && !progress(0.4 * double(i) / count))
            return fail(DemoText::tr("cancelled"));
    }
    m_sum.creators = m_creators.size();
    return snapshots.finish();
}

Result<DemoSummary> Generator::run()
{
    if (Status s = brands(); !s)
        return s.failure();
    if (Status s = managers(); !s)
        return s.failure();
    if (Status s = creators(); !s)
        return s.failure();
    if (Status s = campaigns(); !s)
        return s.failure();
    if (Status s = profiles(); !s)
        return s.failure();
    // Every snapshot is written: the summaries are made now, as the commissions read the KPIs.
    if (Status s = summaries::resumeNow(m_tx); !s)
        return s.failure();
    if (Status s = money(); !s)
        return s.failure();
    if (Status s = followups(); !s)
        return s.failure();
    for (const char *kind : {"brands", "creators", "followers", "campaigns", "participants", "deliverables",
                             "post_metrics", "contracts", "payments", "invoices", "settings", "managers", "followups"})
        m_tx.touch(QString::fromLatin1(kind));
    progress(1.0);
    return m_sum;
}

} // namespace demo

Result<DemoSummary> generateDemo(Workspace &ws, const DemoOptions &options)
{
    Transaction tx(ws);
    if (!tx)
        return fail(tx.error());
    if (Status s = summaries::pauseUntilCommit(tx); !s)
        return s.failure();
    auto held =
        sql::scalar(tx.db(), QStringLiteral("SELECT (SELECT count(*) FROM creators) + (SELECT count(*) FROM brands) + "
                                            "(SELECT count(*) FROM campaigns)"));
    if (!held)
        return held.failure();
    if (held->toLongLong() > 0) {
        if (!options.replace)
            return fail(demo::DemoText::tr(
                "the workspace already holds data; use --replace to replace it with demo data, or create a new "
                "workspace file for the demo"));
        // Campaigns first: they hold on to brands and creators; everything else cascades. Invoices
        // (never deleted otherwise) hold on to brands, and go once their payments have.
        for (const char *table : {"campaigns", "invoices", "brands", "creators", "attachments", "managers"})
            if (auto q = sql::run(tx.db(), QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !q)
                return q.failure();
    }
    demo::Generator generator(options, ws, tx);
    auto summary = generator.run();
    if (!summary)
        return summary;
    if (Status s = tx.commit(); !s)
        return s.failure();
    return summary;
}

Status prepareDemoWorkspace(const QString &path)
{
    Workspace::Options options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    if (!ws)
        return ws.failure();
    QSqlDatabase db = ws.value()->db();
    auto creators = sql::scalar(db, QStringLiteral("SELECT count(*) FROM creators"));
    if (!creators)
        return creators.failure();
    if (creators->toLongLong() > 0)
        return {};
    auto summary = generateDemo(*ws.value(), {});
    return summary ? Status() : Status(fail(summary.error()));
}

} // namespace cd
