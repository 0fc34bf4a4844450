#include "TestSupport.h"

#include "services/DeliverableService.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace cd;
using cd::test::TempDir;

TEST_CASE("a deliverable walks the pipeline to verified, with revisions counted against the limit")
{
    test::PinnedClock clock;
    TempDir dir;
    const auto opened = test::openFixture(dir, QStringLiteral("workspace-v1.collabdesk"));
    Workspace &ws = *opened;
    DeliverableService deliverables(ws);
    DeliverableInput story;
    story.platform = Platform::TikTok;
    story.title = QStringLiteral("Sahur challenge");
    story.format = DeliverableFormat::Video;
    auto id = writeInTransaction(ws, [&](Transaction &tx) { return deliverables.insert(tx, 1, story); });
    REQUIRE(id.ok());
    // Rina's signed contract grants two revision rounds; a new deliverable takes them as its limit.
    CHECK(deliverables.load(id.value())->second.revisionLimit == 2);

    const auto advance = [&] {
        Result<DeliverableStatus> next = fail(QString());
        REQUIRE(writeInTransaction(ws, [&](Transaction &tx) -> Status {
                    next = deliverables.advance(tx, id.value());
                    return next ? Status() : fail(next.error());
                }).ok());
        return next.value();
    };
    const auto revise = [&](const QString &feedback) {
        Result<QString> warning = fail(QString());
        const Status s = writeInTransaction(ws, [&](Transaction &tx) -> Status {
            warning = deliverables.requestRevision(tx, id.value(), feedback, QStringLiteral("Brand"));
            return warning ? Status() : fail(warning.error());
        });
        return s ? warning.value() : QStringLiteral("error: ") + s.error();
    };

    CHECK(revise(QStringLiteral("too early")) ==
          QStringLiteral("error: a revision is asked of a submitted draft; 'Sahur challenge' is planned"));
    CHECK(advance() == DeliverableStatus::DraftSubmitted);
    CHECK(revise(QString()) ==
          QStringLiteral("error: say what to change: the feedback goes to the creator with the request"));
    CHECK(revise(QStringLiteral("Show the label")) == QString());
    CHECK(deliverables.load(id.value())->second.status == DeliverableStatus::RevisionRequested);
    CHECK(advance() == DeliverableStatus::DraftSubmitted);
    CHECK(revise(QStringLiteral("Brighter, please")) == QString());
    CHECK(advance() == DeliverableStatus::DraftSubmitted);
    CHECK(revise(QStringLiteral("One more")) ==
          QStringLiteral("this is revision 3, past the limit of 2 agreed for 'Sahur challenge'"));
    CHECK(deliverables.load(id.value())->second.revisionsUsed == 3);
    CHECK(advance() == DeliverableStatus::DraftSubmitted);
    CHECK(advance() == DeliverableStatus::Approved);

    // Posting needs the post: the step refuses and says what to add.
    const Status early = writeInTransaction(ws, [&](Transaction &tx) -> Status {
        auto r = deliverables.advance(tx, id.value());
        return r ? Status() : fail(r.error());
    });
    CHECK(early.error() ==
          QStringLiteral("to mark 'Sahur challenge' posted, add its post URL and the day it went up (Edit)"));
    // Mark Posted takes them: the URL and day are required, an empty caption keeps the stored one.
    const auto markPosted = [&](const QString &url, const QDate &day, const QString &caption) {
        return writeInTransaction(
            ws, [&](Transaction &tx) { return deliverables.markPosted(tx, id.value(), url, day, caption); });
    };
    const QString url = QStringLiteral("https://www.tiktok.com/@rinaeats/video/77");
    CHECK(markPosted(QString(), QDate(2026, 3, 20), QString()).error() == QStringLiteral("give the post's URL"));
    CHECK(markPosted(url, QDate(), QString()).error() == QStringLiteral("give the day the post went up"));
    CHECK(deliverables.load(id.value())->second.status == DeliverableStatus::Approved); // nothing half-written
    REQUIRE(markPosted(url, QDate(2026, 3, 20), QStringLiteral("Sahur #TehSegar")).ok());
    const DeliverableInput posted = deliverables.load(id.value())->second;
    CHECK(posted.status == DeliverableStatus::Posted);
    CHECK(posted.postUrl == url);
    CHECK(posted.postedAt == QDate(2026, 3, 20));
    CHECK(posted.caption == QStringLiteral("Sahur #TehSegar"));
    CHECK(markPosted(url, QDate(2026, 3, 20), QString()).error() ==
          QStringLiteral("only an approved deliverable is marked posted; 'Sahur challenge' is posted"));
    CHECK(advance() == DeliverableStatus::Verified);
    CHECK_FALSE(DeliverableService::nextStep(DeliverableStatus::Verified).has_value());

    QSqlDatabase db = ws.db();
    auto notes = sql::run(db,
                          QStringLiteral("SELECT author, body FROM deliverable_feedback WHERE deliverable_id = ? "
                                         "ORDER BY id"),
                          {id.value()});
    QStringList bodies;
    while (notes->next())
        bodies << notes->value(0).toString() + QStringLiteral(": ") + notes->value(1).toString();
    CHECK(bodies == QStringList{QStringLiteral("Brand: Show the label"), QStringLiteral("Brand: Brighter, please"),
                                QStringLiteral("Brand: One more")});
}
