#include "ChangedRows.h"
#include "TestSupport.h"

#include "common/Clock.h"
#include "desk/DealPipeline.h"
#include "models/CreatorRosterModel.h"
#include "records/RecordImage.h"
#include "services/Attachments.h"
#include "services/CreatorService.h"
#include "services/MetricEntry.h"
#include "storage/Changes.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>

// The roster reads back the creators a commit names instead of every creator: whatever a write
// does, every roster row that reads differently afterwards (or came, or went) must belong to a
// creator the commit leads to, and rows read back and put in place must show what a whole read
// shows, in the same order.
using namespace cd;
using cd::test::TempDir;

namespace {

using Row = CreatorRosterModel::Row;

// A row as the roster shows it: every cell, the tooltips that explain the figures, the search text.
QString shown(const CreatorRosterModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < CreatorRosterModel::ColumnCount; ++c)
        cells << model.index(row, c).data().toString() << model.index(row, c).data(Qt::ToolTipRole).toString();
    cells << model.index(row, 0).data(CreatorRosterModel::SearchTextRole).toString();
    return cells.join(QLatin1Char('|'));
}

// The whole roster as read now, by creator id.
QHash<qint64, QString> roster(Workspace &ws)
{
    CreatorRosterModel model(&ws, nullptr, CreatorRosterModel::Reads::Fed);
    QSqlDatabase db = ws.db();
    model.setRoster(CreatorRosterModel::read(db, Clock::today()));
    QHash<qint64, QString> byId;
    for (int r = 0; r < model.rowCount(); ++r)
        byId.insert(model.index(r, 0).data(CreatorRosterModel::IdRole).toLongLong(), shown(model, r));
    return byId;
}

// The creators the commit caught by `spy` leads to, sorted; none when it cannot tell.
std::optional<QList<qint64>> led(Workspace &ws, const QSignalSpy &spy)
{
    REQUIRE(spy.count() == 1);
    QSqlDatabase db = ws.db();
    auto creators = CreatorRosterModel::creatorsChanged(db, spy.last().at(0).value<Changes>());
    if (creators)
        std::sort(creators->begin(), creators->end());
    return creators;
}

// Runs `write` and checks that its commit leads to exactly the creators whose rows now differ.
void checkLed(Workspace &ws, const std::function<Status(Transaction &)> &write)
{
    const auto before = roster(ws);
    QSignalSpy spy(&ws, &Workspace::recordsChanged);
    test::commit(ws, write);
    const QList<qint64> changed = test::differing(before, roster(ws));
    REQUIRE_FALSE(changed.isEmpty());
    const auto creators = led(ws, spy);
    REQUIRE(creators.has_value());
    CHECK(*creators == changed);
}

// Each row's id, what it shows and how its place by name compares with the next row's (-1, 0, 1):
// a model kept up by read-backs must match a whole read in all three.
QStringList layout(const CreatorRosterModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const int next = r + 1 < model.rowCount() ? model.nameRankAt(r + 1) : model.nameRankAt(r) + 1;
        rows << QStringLiteral("%1 %2 %3")
                    .arg(model.index(r, 0).data(CreatorRosterModel::IdRole).toLongLong())
                    .arg((next > model.nameRankAt(r)) - (next < model.nameRankAt(r)))
                    .arg(shown(model, r));
    }
    return rows;
}

// A write that returns the new record's id, as a Status.
template <typename T> Status statusOf(const Result<T> &written)
{
    return written ? Status() : Status(fail(written.error()));
}

CreatorInput named(const QString &name, const QString &niche = {})
{
    CreatorInput in;
    in.name = name;
    in.niche = niche;
    return in;
}

} // namespace

TEST_CASE("each write to a creator leads the roster to exactly the creators whose rows it changed", "[changes]")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    // The fixture's post (12 March 2026) counts toward Rina's 90-day rate as of 1 April.
    Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    CreatorService creators(*ws);
    const qint64 rina = 1, alex = 2, budi = 3;

    SECTION("added, with an account and its count")
    {
        CreatorInput in = named(QStringLiteral("Sari Dewi"), QStringLiteral("beauty"));
        in.accounts = {{Platform::TikTok, QStringLiteral("saridewi"), 42'000}};
        checkLed(*ws, [&](Transaction &tx) { return statusOf(creators.insert(tx, in)); });
    }
    SECTION("renamed and given another niche")
    {
        checkLed(*ws, [&](Transaction &tx) { return creators.change(tx, alex, named(QStringLiteral("Zaki"))); });
    }
    SECTION("archived")
    {
        checkLed(*ws, [&](Transaction &tx) { return creators.setStatus(tx, rina, CreatorStatus::Archived); });
    }
    SECTION("a follower count recorded")
    {
        checkLed(*ws, [&](Transaction &tx) {
            return CreatorService::recordFollowers(tx, 3, Clock::today(), 2'000'000, QStringLiteral("manual"));
        });
    }
    SECTION("an account added and a handle changed")
    {
        checkLed(*ws, [&](Transaction &tx) {
            return statusOf(creators.insertAccount(tx, budi, {Platform::YouTube, QStringLiteral("budi.tv"), 700}));
        });
        // A handle shows nowhere on the roster, but the commit still leads to its creator.
        QSignalSpy spy(ws.get(), &Workspace::recordsChanged);
        test::commit(*ws, [&](Transaction &tx) { return creators.setHandle(tx, 4, QStringLiteral("budi.jalan")); });
        CHECK(led(*ws, spy) == QList<qint64>{budi});
    }
    SECTION("deleted")
    {
        checkLed(*ws, [&](Transaction &tx) { return creators.remove(tx, budi); });
    }
    SECTION("a deal lost: its post no longer counts toward the rate")
    {
        checkLed(*ws, [&](Transaction &tx) { return moveDeal(tx, 1, DealStage::Lost); });
    }
    SECTION("a post's numbers recorded, as the results entry does")
    {
        QSqlDatabase db = ws->db();
        const QDate day(2026, 3, 25);
        auto post = MetricEntry::deliverablePost(db, 1, day);
        REQUIRE(post.ok());
        PostSnapshot numbers;
        numbers.date = day;
        numbers.likes = 9'000;
        numbers.reach = 20'000;
        MetricEntry entry;
        checkLed(*ws, [&](Transaction &tx) { return statusOf(entry.record(tx, post.value(), numbers)); });
    }
    SECTION("an edit undone, and a delete undone")
    {
        QSqlDatabase db = ws->db();
        auto image = RecordImage::capture(db, RecordImage::Kind::Creator, budi);
        REQUIRE(image.ok());
        REQUIRE(creators.update(budi, named(QStringLiteral("Budi S."))).ok());
        checkLed(*ws, [&](Transaction &tx) { return image->restore(tx); });
        REQUIRE(creators.remove(budi).ok());
        checkLed(*ws, [&](Transaction &tx) { return image->restore(tx); });
    }
    Clock::setFixed({});
}

TEST_CASE("a file added to a record names that record as the record's own writes do", "[changes]")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    const QString proof = test::writeFile(dir, QStringLiteral("proof.png"), QByteArray("\x89PNG proof", 11));
    QSignalSpy spy(ws.get(), &Workspace::recordsChanged);
    const auto attach = [&](AttachmentOwner owner, qint64 id) {
        spy.clear();
        test::commit(*ws, [&](Transaction &tx) { return statusOf(attachments::add(tx, owner, id, proof)); });
        REQUIRE(spy.count() == 1);
        return spy.last().at(0).value<Changes>();
    };
    // A screenshot of a follower count (snapshot 3: Rina's TikTok, account 2) names that account's
    // counts, which lead the roster to Rina's row.
    Changes c = attach(AttachmentOwner::FollowerSnapshot, 3);
    CHECK(c.kinds() == QStringList{QStringLiteral("followers")});
    CHECK(c.ids(QStringLiteral("followers")) == QList<qint64>{2});
    QSqlDatabase db = ws->db();
    CHECK(CreatorRosterModel::creatorsChanged(db, c) == QList<qint64>{1});
    // A post's numbers (snapshot 2, of post 1), a creator, a campaign: each by its id.
    CHECK(attach(AttachmentOwner::PostSnapshot, 2).ids(QStringLiteral("post_metrics")) == QList<qint64>{1});
    CHECK(attach(AttachmentOwner::Creator, 2).ids(QStringLiteral("creators")) == QList<qint64>{2});
    CHECK(attach(AttachmentOwner::Campaign, 1).ids(QStringLiteral("campaigns")) == QList<qint64>{1});
}

TEST_CASE("the roster cannot tell which creators changed after settings or metrics or a deal gone", "[changes]")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    QSqlDatabase db = ws->db();
    Changes named;
    named.touch(QStringLiteral("creators"), 2);
    named.touch(QStringLiteral("participants"), 1); // Rina's deal
    named.touch(QStringLiteral("followers"), 3);    // Alex's YouTube
    named.touch(QStringLiteral("payments"));        // shown nowhere on the roster
    CHECK(CreatorRosterModel::creatorsChanged(db, named) == QList<qint64>{2, 1});
    for (const char *kind : {"settings", "post_metrics", "managers", "creators", "followers"}) {
        Changes whole = named;
        whole.touch(QLatin1String(kind));
        CAPTURE(kind);
        CHECK_FALSE(CreatorRosterModel::creatorsChanged(db, whole).has_value());
    }
    Changes gone;
    gone.touch(QStringLiteral("participants"), 99); // deleted with its posts: whose were they?
    CHECK_FALSE(CreatorRosterModel::creatorsChanged(db, gone).has_value());
    gone = {};
    gone.touch(QStringLiteral("followers"), 99);
    CHECK_FALSE(CreatorRosterModel::creatorsChanged(db, gone).has_value());
    CHECK(CreatorRosterModel::creatorsChanged(db, Changes{QStringLiteral("payments")}) == QList<qint64>{});
}

TEST_CASE("rows read back go where a whole read puts them without a reset", "[changes]")
{
    TempDir dir;
    auto ws = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    CreatorService creators(*ws);
    // More names, so a renamed row has somewhere to go: Alex Chen, Budi Santoso, Citra, Dodi,
    // Rina Wijaya, wave 2, Wave 10 (numbers by value, case aside).
    for (const QString &name :
         {QStringLiteral("Dodi"), QStringLiteral("Citra"), QStringLiteral("Wave 10"), QStringLiteral("wave 2")})
        REQUIRE(creators.add(named(name, QStringLiteral("food"))).ok());
    CreatorRosterModel model(ws.get(), nullptr, CreatorRosterModel::Reads::Fed);
    QSqlDatabase db = ws->db();
    model.setRoster(CreatorRosterModel::read(db, Clock::today()));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 7);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Read back as the roster page does: the creators the commit leads to.
    bool nichesChanged = false;
    const auto write = [&](const std::function<Status(Transaction &)> &w) {
        QSignalSpy spy(ws.get(), &Workspace::recordsChanged);
        test::commit(*ws, w);
        const auto ids = led(*ws, spy);
        REQUIRE(ids.has_value());
        nichesChanged = model.applyRows(*ids, CreatorRosterModel::readCreators(db, Clock::today(), *ids).rows);
        CreatorRosterModel whole(ws.get(), nullptr, CreatorRosterModel::Reads::Fed);
        whole.setRoster(CreatorRosterModel::read(db, Clock::today()));
        CHECK(layout(model) == layout(whole));
        CHECK(model.niches() == whole.niches());
    };
    const auto idOf = [&](const QString &name) { return creators.findByName(name).value(); };

    // Each write once, and the model compared with a whole read after each.
    write([&](Transaction &tx) {
        return creators.change(tx, idOf(QStringLiteral("Citra")),
                               named(QStringLiteral("Citra"), QStringLiteral("food")));
    });
    CHECK(changed.count() == 1);
    CHECK_FALSE(nichesChanged);
    write([&](Transaction &tx) { return creators.setStatus(tx, 2, CreatorStatus::Archived); });
    write([&](Transaction &tx) { // to the end
        return creators.change(tx, idOf(QStringLiteral("Citra")),
                               named(QStringLiteral("Zulfa"), QStringLiteral("food")));
    });
    write([&](Transaction &tx) { // to the front, with a niche no one had
        return creators.change(tx, idOf(QStringLiteral("Wave 10")),
                               named(QStringLiteral("Aaron"), QStringLiteral("gaming")));
    });
    CHECK(nichesChanged);
    CHECK(moved.count() == 2);
    write([&](Transaction &tx) { // a name sorted as one already there ("wave 2"): they share a place
        return statusOf(creators.insert(tx, named(QStringLiteral("Wave 02"), QStringLiteral("music"))));
    });
    CHECK(nichesChanged);
    write([&](Transaction &tx) { // renamed, but its place stays (between Budi and Dodi)
        return creators.change(tx, idOf(QStringLiteral("Budi Santoso")),
                               named(QStringLiteral("Cahya"), QStringLiteral("travel")));
    });
    CHECK(moved.count() == 2);
    write([&](Transaction &tx) { return statusOf(creators.insert(tx, named(QStringLiteral("Aa")))); }); // first
    write([&](Transaction &tx) { return creators.remove(tx, idOf(QStringLiteral("Aaron"))); }); // gaming with it
    CHECK(nichesChanged);
    CHECK(inserted.count() == 2);
    CHECK(removed.count() == 1);
    CHECK(resets.isEmpty());
    CHECK(model.rowCount() == 8);
}
