// How much of a long Today section a page holds: the first items, the others only counted
// (keepFirstTodayItems), and the model's last row that offers them.
#include "TestSupport.h"

#include "desk/Today.h"
#include "models/TodayModel.h"

#include <QAbstractItemModelTester>

using namespace cd;
using cd::test::idsOf;

namespace {

const QDate asOf(2026, 11, 23);

// A section of `n` items with ids 1..n, the first `late` of them dated the day before `asOf`, the
// rest the day after.
TodaySectionItems sectionOf(TodaySection section, int n, int late, const QString &record)
{
    TodaySectionItems s{section, {}, {}};
    for (int i = 1; i <= n; ++i) {
        TodayItem it;
        it.section = section;
        it.record = record;
        it.id = i;
        it.what = QStringLiteral("Item %1").arg(i);
        it.date = i <= late ? asOf.addDays(-1) : asOf.addDays(1);
        s.items << it;
    }
    return s;
}

} // namespace

TEST_CASE("a section past the number held keeps its first items and counts the others")
{
    QList<TodaySectionItems> sections{sectionOf(TodaySection::Followups, 5, 3, QStringLiteral("followup")),
                                      sectionOf(TodaySection::DueSoon, 5, 5, QStringLiteral("deliverable")),
                                      sectionOf(TodaySection::Offers, 2, 0, QStringLiteral("participant")),
                                      sectionOf(TodaySection::Late, 4, 4, QStringLiteral("deliverable"))};
    keepFirstTodayItems(sections, 2, todaySectionBit(TodaySection::Late), asOf);

    // Follow-ups: items 1 and 2 held; 3 (late: the day before) and 4, 5 (the day after) counted.
    const TodaySectionItems &followups = sections.at(0);
    REQUIRE(followups.items.size() == 2);
    CHECK(followups.items.at(1).id == 2);
    CHECK(followups.count() == 5);
    CHECK(idsOf(followups.beyond) == QList<qint64>{3, 4, 5});
    CHECK(followups.beyond.at(0).late);
    CHECK_FALSE(followups.beyond.at(1).late);
    CHECK(followups.beyond.at(2).record == QStringLiteral("followup"));
    // A list keeps its room when it shrinks: assigned afresh, two items take two items' room.
    CHECK(followups.items.capacity() == 2);
    // Due soon: a date before today is not a deadline passed there (its section says "due").
    const TodaySectionItems &dueSoon = sections.at(1);
    CHECK(idsOf(dueSoon.beyond) == QList<qint64>{3, 4, 5});
    CHECK(std::none_of(dueSoon.beyond.cbegin(), dueSoon.beyond.cend(), [](const TodayThing &t) { return t.late; }));
    // As many as held, or asked for whole: as read.
    CHECK(sections.at(2).items.size() == 2);
    CHECK(sections.at(2).beyond.isEmpty());
    CHECK(sections.at(3).items.size() == 4);
    CHECK(sections.at(3).beyond.isEmpty());
    CHECK(sections.at(3).count() == 4);

    SECTION("a part read again brings its things along")
    {
        QList<TodaySectionItems> shown{sectionOf(TodaySection::Followups, 1, 0, QStringLiteral("followup")),
                                       sectionOf(TodaySection::DueSoon, 1, 0, QStringLiteral("deliverable"))};
        takeTodayParts(todayPartBit(TodayPart::Followups), std::move(sections), shown);
        CHECK(shown.at(0).items.size() == 2);
        CHECK(shown.at(0).count() == 5);
        CHECK(shown.at(1).count() == 1); // the deliverables part was not taken
    }
}

TEST_CASE("only deadlines passed make an item late")
{
    TodayItem it;
    it.date = asOf.addDays(-1);
    // Usage rights listed by a day before today ended while the content is still in use.
    for (TodaySection s : {TodaySection::Late, TodaySection::RevisionsWaiting, TodaySection::ReceivablesOverdue,
                           TodaySection::PayablesDue, TodaySection::Followups, TodaySection::Rights}) {
        it.section = s;
        CHECK(isTodayItemLate(it, asOf));
    }
    for (TodaySection s : {TodaySection::DraftsToReview, TodaySection::DueSoon, TodaySection::Offers,
                           TodaySection::ContractsToChase, TodaySection::Conflicts}) {
        it.section = s;
        CHECK_FALSE(isTodayItemLate(it, asOf));
    }
    it.section = TodaySection::Rights;
    it.date = asOf;
    CHECK_FALSE(isTodayItemLate(it, asOf)); // rights ending today are expiring, not yet used past their end
    it.section = TodaySection::Late;
    CHECK_FALSE(isTodayItemLate(it, asOf)); // due today is not late yet
    it.date = {};
    CHECK_FALSE(isTodayItemLate(it, asOf));
}

TEST_CASE("the Today model ends a section held in part with a row that offers the others")
{
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<TodaySectionItems> sections{sectionOf(TodaySection::Followups, 5, 3, QStringLiteral("followup")),
                                      sectionOf(TodaySection::Offers, 1, 0, QStringLiteral("participant"))};
    keepFirstTodayItems(sections, 2, 0, asOf);
    model.setSections(sections, asOf);

    const QModelIndex followups = model.index(0, 0);
    CHECK(followups.data(TodayModel::CountRole).toInt() == 5);
    CHECK(followups.data().toString() == QStringLiteral("Follow-ups (5)"));
    REQUIRE(model.rowCount(followups) == 3);
    const QModelIndex more = model.index(2, 0, followups);
    CHECK(model.isMoreRow(more));
    CHECK(more.data(TodayModel::IsMoreRole).toBool());
    CHECK_FALSE(more.data(TodayModel::IsSectionRole).toBool());
    CHECK(more.data(TodayModel::SectionRole).toInt() == int(TodaySection::Followups));
    CHECK(more.data().toString() == QStringLiteral("Show the other 3…"));
    CHECK(more.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("The first 2 are listed, most urgent first. Press Enter to list all 5."));
    CHECK(model.index(2, 1, followups).data().isNull());
    CHECK(model.item(more) == nullptr);
    CHECK_FALSE(model.isMoreRow(model.index(1, 0, followups)));
    CHECK(model.item(model.index(1, 0, followups))->id == 2);
    CHECK_FALSE(model.index(1, 0, followups).data(TodayModel::IsMoreRole).toBool());
    CHECK_FALSE(model.isMoreRow(followups));
    // A section held whole has no such row.
    CHECK(model.rowCount(model.index(1, 0)) == 1);
    CHECK_FALSE(model.isMoreRow(model.index(0, 0, model.index(1, 0))));
}
