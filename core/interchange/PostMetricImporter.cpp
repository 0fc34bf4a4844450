#include "KindImporter.h"

#include "DayLines.h"
#include "ParticipantLookup.h"
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
    // A post's day twice is found from the post and the day read, not from the cells' text: a
    // million rows hash no key (see DayLines).
    bool findsRepeats() const override { return true; }

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
        s.caption = repeated(m_caption, row.text("caption"));
        s.source = repeated(m_source, row.text("source"));
        s.approximate = row.approximate();
        if (row.failed())
            return Outcome::Failed;

        const QString &url = row.text("post_url");
        auto post = postOf(tx, url, participant->id, *platform, *postedAt);
        if (!post) {
            row.error(m_urls.value(url).key.isEmpty() ? "post_url" : "posted_at", post.error());
            return Outcome::Failed;
        }
        if (const qint64 first = m_days.claim(post.value(), s.date, row.line()); first != 0) {
            row.rowError(repeatedKey(first));
            return Outcome::Failed;
        }
        // A post this import created has no older snapshots, and the file cannot repeat a day.
        bool existed = false;
        if (!m_posts.isNew(post.value())) {
            auto stored = m_posts.snapshot(tx, post.value(), s.date, participant->currency);
            if (!stored) {
                row.refused(stored.failure());
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

    // A file repeats each post's URL on every snapshot row: each spelling is normalised once, and
    // the post it last stood for is found with that one lookup when the row agrees on the rest.
    Result<qint64> postOf(Transaction &tx, const QString &url, qint64 participant, Platform platform,
                          const QDate &postedAt)
    {
        UrlPost &known = m_urls[url]; // nothing else is added to m_urls before it is last used
        if (known.post != 0 && known.participant == participant && known.platform == platform &&
            known.postedAt == postedAt)
            return known.post;
        if (known.key.isNull())
            known.key = normalizePostUrl(url);
        auto post = m_posts.ensurePost(tx, participant, platform, url, known.key, postedAt);
        if (post)
            known = {known.key, participant, platform, postedAt, post.value()};
        return post;
    }

    // The text kept from an earlier row when this row's is the same: a file gives one source on
    // every row, and a snapshot holding the cell itself would make the reader copy it for the next.
    static const QString &repeated(QString &earlier, const QString &cell)
    {
        if (cell != earlier)
            earlier = cell;
        return earlier;
    }

    QString m_caption, m_source;
    QString m_file; // for messages about rows written in bulk, after their turn
    struct UrlPost
    {
        QString key; // normalizePostUrl(); null until worked out
        qint64 participant = 0;
        Platform platform = Platform::Instagram;
        QDate postedAt;
        qint64 post = 0;
    };
    QHash<QString, UrlPost> m_urls;
    DayLines m_days;
    PostService m_posts;
    ParticipantLookup m_participants{&m_posts.connection()};
};

} // namespace

std::unique_ptr<KindImporter> makePostMetricImporter(Workspace &)
{
    return std::make_unique<PostMetricImporter>();
}

} // namespace cd
