#include "KindImporter.h"

#include "ParticipantLookup.h"
#include "common/Names.h"
#include "common/PostUrl.h"
#include "services/PostService.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

class PostMetricImporter final : public KindImporter
{
    Q_DECLARE_TR_FUNCTIONS(PostMetricImporter)
public:
    QStringList required() const override
    {
        return {QStringLiteral("campaign"), QStringLiteral("creator"),   QStringLiteral("platform"),
                QStringLiteral("post_url"), QStringLiteral("posted_at"), QStringLiteral("date")};
    }
    QString key(const ImportRow &row) const override
    {
        const auto platform = wordFrom<Platform>(row.text("platform"));
        return QStringList{cachedNameKey(row.text("campaign")).key, cachedNameKey(row.text("creator")).key,
                           platform ? wordOf(*platform) : QString(), urlKey(row.text("post_url")).key, row.text("date")}
            .join(QChar(31));
    }
    // The same key hashed part by part: a million rows build no key text, and the names and URLs,
    // repeated on every row of a post, are hashed once each (with both seeds: two independent hashes).
    KeyHash keyHash(const ImportRow &row) const override
    {
        const auto platform = wordFrom<Platform>(row.text("platform"));
        // Copies: a lookup that inserts may move the others' entries.
        const Hashed campaign = cachedNameKey(row.text("campaign"));
        const Hashed creator = cachedNameKey(row.text("creator"));
        const Hashed url = urlKey(row.text("post_url"));
        const QString date = row.text("date");
        const size_t p = platform ? size_t(*platform) : size_t(-1);
        const auto chain = [&](size_t seed, size_t Hashed::*part) {
            for (size_t h : {campaign.*part, creator.*part, p, url.*part, qHash(date, seed)})
                seed ^= h + 0x9E3779B97F4A7C15ULL + (seed << 6) + (seed >> 2);
            return seed;
        };
        return {chain(KeySeeds.first, &Hashed::first), chain(KeySeeds.second, &Hashed::second)};
    }

    Outcome import(ImportRow &row, Transaction &tx) override
    {
        const auto platform = row.word<Platform>("platform");
        const auto postedAt = row.date("posted_at");
        PostSnapshot s;
        if (auto d = row.date("date"))
            s.date = *d;
        const auto participant = m_participants.find(row, tx);
        if (!platform || !participant || !postedAt || !s.date.isValid())
            return Outcome::Failed;
        if (row.has("currency") && row.text("currency").compare(participant->currency, Qt::CaseInsensitive) != 0) {
            row.error("currency", tr("'%1' differs from the campaign's currency %2; a campaign has one currency")
                                      .arg(row.text("currency"), participant->currency));
            return Outcome::Failed;
        }
        const std::pair<const char *, std::optional<qint64> *> counts[] = {
            {"views", &s.views}, {"impressions", &s.impressions}, {"reach", &s.reach},
            {"likes", &s.likes}, {"comments", &s.comments},       {"shares", &s.shares},
            {"saves", &s.saves}, {"link_clicks", &s.linkClicks},  {"promo_uses", &s.promoUses}};
        for (const auto &[column, field] : counts)
            *field = row.count(column);
        s.revenue = row.money("revenue", participant->currency);
        s.caption = row.text("caption");
        s.source = row.text("source");
        s.approximate = row.approximate();
        if (row.failed())
            return Outcome::Failed;

        const QString url = row.text("post_url");
        const QString key = urlKey(url).key;
        auto post = m_posts.ensurePost(tx, participant->id, *platform, url, key, *postedAt);
        if (!post) {
            row.error(key.isEmpty() ? "post_url" : "posted_at", post.error());
            return Outcome::Failed;
        }
        // A post this import created has no older snapshots, and the file cannot repeat a day.
        bool existed = false;
        if (!m_posts.isNew(post.value())) {
            auto stored = m_posts.snapshot(tx, post.value(), s.date, participant->currency);
            if (!stored) {
                row.rowError(stored.error());
                return Outcome::Failed;
            }
            if (stored.value() && *stored.value() == s)
                return Outcome::Unchanged;
            existed = stored.value().has_value();
        }
        if (m_file.isEmpty())
            m_file = row.file();
        if (Status st = m_posts.queueSnapshot(tx, post.value(), s, row.line()); !st) {
            row.error("date", st.error());
            return Outcome::Failed;
        }
        if (m_posts.queueFull())
            if (Status st = flush(tx); !st) {
                row.otherRowError(st.error()); // names the queued row that failed
                return Outcome::Failed;
            }
        return existed ? Outcome::Updated : Outcome::Added;
    }

    Status finish(Transaction &tx) override
    {
        if (Status st = flush(tx); !st)
            return st;
        return m_posts.settleSnapshots();
    }
    void settle() override { (void)m_posts.settleSnapshots(); }
    ConnectionTurns *connection() override { return &m_posts.connection(); }

private:
    Status flush(Transaction &tx)
    {
        return m_posts.flushSnapshots(tx,
                                      [this](qint64 line) { return QStringLiteral("%1:%2").arg(m_file).arg(line); });
    }

    // A text's normal form with its hash under each seed.
    struct Hashed
    {
        QString key;
        size_t first = 0, second = 0;
    };
    static Hashed hashed(QString key)
    {
        const size_t first = qHash(key, KeySeeds.first), second = qHash(key, KeySeeds.second);
        return {std::move(key), first, second};
    }

    // A file repeats each post's URL on every snapshot row: normalise each spelling once.
    const Hashed &urlKey(const QString &url) const
    {
        auto known = m_urlKeys.constFind(url);
        if (known == m_urlKeys.constEnd())
            known = m_urlKeys.insert(url, hashed(normalizePostUrl(url)));
        return *known;
    }

    const Hashed &cachedNameKey(const QString &name) const
    {
        auto known = m_nameKeys.constFind(name);
        if (known == m_nameKeys.constEnd())
            known = m_nameKeys.insert(name, hashed(nameKey(name)));
        return *known;
    }

    QString m_file; // for messages about rows written in bulk, after their turn
    mutable QHash<QString, Hashed> m_urlKeys;
    mutable QHash<QString, Hashed> m_nameKeys;
    PostService m_posts;
    ParticipantLookup m_participants{&m_posts.connection()};
};

} // namespace

std::unique_ptr<KindImporter> makePostMetricImporter(Workspace &)
{
    return std::make_unique<PostMetricImporter>();
}

} // namespace cd
