#include "TestSupport.h"

#include "analytics/CampaignKpis.h"
#include "services/Attachments.h"
#include "services/MetricEntry.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>

using namespace cd;
using cd::test::TempDir;

namespace {
std::unique_ptr<Workspace> fixtureWorkspace(const TempDir &dir)
{
    auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// The smallest valid PNG (1x1), so the stored type is read from the content.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
} // namespace

TEST_CASE("manual post numbers go to the deliverable's post and change the campaign's KPIs")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = fixtureWorkspace(dir);
    QSqlDatabase db = ws->db();

    auto before = MetricEntry::deliverablePost(db, 1, QDate(2026, 3, 20));
    REQUIRE(before.ok());
    CHECK(before->creator == QStringLiteral("Rina Wijaya"));
    CHECK(before->isPosted());
    REQUIRE(before->recorded.has_value());
    CHECK(before->recorded->views == 41000);
    CHECK_FALSE(before->recorded->impressions.has_value());
    CHECK(before->snapshotId > 0);

    auto later = MetricEntry::deliverablePost(db, 1, QDate(2026, 3, 25));
    REQUIRE(later.ok());
    CHECK_FALSE(later->recorded.has_value());

    PostSnapshot typed;
    typed.date = QDate(2026, 3, 25);
    typed.views = 60000;
    typed.likes = 4000;
    typed.comments = 300;
    typed.source = QStringLiteral("screenshot from the creator");
    MetricEntry entry;
    qint64 snapshotId = 0;
    {
        Transaction tx(*ws);
        auto id = entry.record(tx, later.value(), typed);
        REQUIRE(id.ok());
        snapshotId = id.value();
        REQUIRE(tx.commit().ok());
    }
    auto read = MetricEntry::deliverablePost(db, 1, QDate(2026, 3, 25));
    REQUIRE(read->recorded.has_value());
    CHECK(read->snapshotId == snapshotId);
    CHECK(read->recorded->views == 60000);
    CHECK_FALSE(read->recorded->shares.has_value()); // left empty, stays empty
    CHECK(read->recorded->source == QStringLiteral("screenshot from the creator"));

    // As of the 25th the campaign counts the typed numbers: views 60,000; engagement = likes 4,000
    // + comments 300 (shares and saves not given) = 4,300. On the 24th it still has the 20th's.
    auto kpis = campaignKpis(db, QStringLiteral("Ramadan Refresh 2026"), QDate(2026, 3, 25));
    REQUIRE(kpis.ok());
    CHECK(kpis->totals.views == 60000);
    CHECK(kpis->totals.engagement() == 4300);
    auto earlier = campaignKpis(db, QStringLiteral("Ramadan Refresh 2026"), QDate(2026, 3, 24));
    CHECK(earlier->totals.views == 41000);
    CHECK(earlier->totals.engagement() == 3100 + 210 + 75 + 140);

    SECTION("typing the day again replaces the day's numbers whole, keeping its proof")
    {
        const QString png = test::writeFile(dir, QStringLiteral("story.png"), tinyPng());
        {
            Transaction tx(*ws);
            REQUIRE(attachments::add(tx, AttachmentOwner::PostSnapshot, snapshotId, png).ok());
            PostSnapshot again;
            again.date = typed.date;
            again.views = 61000;
            auto id = entry.record(tx, read.value(), again);
            REQUIRE(id.ok());
            CHECK(id.value() == snapshotId);
            REQUIRE(tx.commit().ok());
        }
        auto replaced = MetricEntry::deliverablePost(db, 1, typed.date);
        CHECK(replaced->recorded->views == 61000);
        CHECK_FALSE(replaced->recorded->likes.has_value());
        auto proofs = attachments::list(db, AttachmentOwner::PostSnapshot, snapshotId);
        REQUIRE(proofs.ok());
        REQUIRE(proofs->size() == 1);
        CHECK(proofs->first().fileName == QStringLiteral("story.png"));
        CHECK(proofs->first().mimeType == QStringLiteral("image/png"));
        CHECK(proofs->first().sizeBytes == tinyPng().size());
        const QString copy = dir.path(QStringLiteral("copy.png"));
        REQUIRE(attachments::saveCopy(db, proofs->first().id, copy).ok());
        CHECK(test::fileBytes(copy) == tinyPng());
    }
    SECTION("a blank entry, an unposted deliverable and a day before posting are refused")
    {
        Transaction tx(*ws);
        PostSnapshot blank;
        blank.date = typed.date;
        blank.source = QStringLiteral("manual");
        auto none = entry.record(tx, read.value(), blank);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().contains(QStringLiteral("no number was given")));

        PostSnapshot early = typed;
        early.date = QDate(2026, 3, 11);
        auto tooEarly = entry.record(tx, read.value(), early);
        REQUIRE_FALSE(tooEarly.ok());
        CHECK(tooEarly.error().contains(QStringLiteral("12 Mar 2026")));

        EntryPost unposted = read.value();
        unposted.url.clear();
        auto notPosted = entry.record(tx, unposted, typed);
        REQUIRE_FALSE(notPosted.ok());
        CHECK(notPosted.error().contains(QStringLiteral("no post link")));
    }
    SECTION("a count over 10^12 is refused with the limit, and 10^12 itself is kept exactly")
    {
        PostSnapshot huge = typed;
        huge.linkClicks = 1'000'000'000'001;
        {
            Transaction tx(*ws);
            auto refused = entry.record(tx, read.value(), huge);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error() ==
                  QStringLiteral("link clicks: 1,000,000,000,001 is more than 1,000,000,000,000; check the number"));
            huge.linkClicks = 5;
            huge.views = -1;
            CHECK(entry.record(tx, read.value(), huge).error() == QStringLiteral("views cannot be negative (-1)"));
        }
        huge.views = 1'000'000'000'000;
        {
            Transaction tx(*ws);
            REQUIRE(entry.record(tx, read.value(), huge).ok());
            REQUIRE(tx.commit().ok());
        }
        CHECK(MetricEntry::deliverablePost(db, 1, typed.date)->recorded->views == 1'000'000'000'000);
    }
}

TEST_CASE("the quick-entry grid lists a campaign's posted deliverables with the day's numbers")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = fixtureWorkspace(dir);
    test::exec(*ws, QStringLiteral("INSERT INTO deliverables (participant_id, platform, title, title_key, status, "
                                   "created_at, updated_at) VALUES (1, 'tiktok', 'Sahur video', 'sahur video', "
                                   "'planned', '2026-02-02T09:00:00Z', '2026-02-02T09:00:00Z')"));
    QSqlDatabase db = ws->db();
    auto rows = MetricEntry::campaignPosts(db, 1, QDate(2026, 3, 13));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1); // the planned TikTok has no post yet
    CHECK(rows->first().title == QStringLiteral("Iftar reel"));
    CHECK(rows->first().recorded->likes == 1800);
    CHECK(rows->first().recorded->revenue == test::idr(3'000'000));
    // Before the reel went up there is nothing to type numbers for.
    auto beforePosting = MetricEntry::campaignPosts(db, 1, QDate(2026, 3, 11));
    REQUIRE(beforePosting.ok());
    CHECK(beforePosting->isEmpty());
}

TEST_CASE("manual follower counts keep their source and a screenshot as proof")
{
    test::PinnedClock clock;
    TempDir dir;
    auto ws = fixtureWorkspace(dir);
    QSqlDatabase db = ws->db();
    Transaction tx(*ws);
    auto id = MetricEntry::recordFollowers(tx, 1, QDate(2026, 11, 20), 61200, QStringLiteral("profile screenshot"));
    REQUIRE(id.ok());
    auto same = MetricEntry::recordFollowers(tx, 1, QDate(2026, 11, 20), 61250, QStringLiteral("profile screenshot"));
    REQUIRE(same.ok());
    CHECK(same.value() == id.value());
    auto future = MetricEntry::recordFollowers(tx, 1, QDate(2026, 11, 24), 61300, QString());
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().contains(QStringLiteral("future")));

    SECTION("proof files")
    {
        const QString png = test::writeFile(dir, QStringLiteral("profile.png"), tinyPng());
        auto proof = attachments::add(tx, AttachmentOwner::FollowerSnapshot, id.value(), png);
        REQUIRE(proof.ok());
        auto listed = attachments::list(tx.db(), AttachmentOwner::FollowerSnapshot, id.value());
        REQUIRE(listed->size() == 1);

        const QString empty = test::writeFile(dir, QStringLiteral("empty.png"), QByteArray());
        auto refusedEmpty = attachments::add(tx, AttachmentOwner::FollowerSnapshot, id.value(), empty);
        REQUIRE_FALSE(refusedEmpty.ok());
        CHECK(refusedEmpty.error().contains(QStringLiteral("empty")));

        QFile big(dir.path(QStringLiteral("big.png")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(attachments::MaxBytes + 1));
        big.close();
        auto refusedBig = attachments::add(tx, AttachmentOwner::FollowerSnapshot, id.value(), big.fileName());
        REQUIRE_FALSE(refusedBig.ok());
        CHECK(refusedBig.error().contains(QStringLiteral("at most 25 MiB")));

        auto missing =
            attachments::add(tx, AttachmentOwner::FollowerSnapshot, id.value(), dir.path(QStringLiteral("none.png")));
        REQUIRE_FALSE(missing.ok());
        CHECK(attachments::list(tx.db(), AttachmentOwner::FollowerSnapshot, id.value())->size() == 1);
    }
}
