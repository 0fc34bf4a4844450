#include "TestSupport.h"

#include "interchange/DayLines.h"

using namespace cd;

namespace {
const QDate Start(2026, 1, 1);
}

TEST_CASE("a post's day given twice names the line that gave it first, another day or post does not")
{
    DayLines lines;
    CHECK(lines.claim(7, Start, 2) == 0);
    CHECK(lines.claim(7, Start.addDays(1), 3) == 0);
    CHECK(lines.claim(8, Start, 4) == 0);
    CHECK(lines.claim(7, Start.addDays(-1), 5) == 0);
    CHECK(lines.claim(7, Start, 6) == 2);
    CHECK(lines.claim(8, Start, 7) == 4);
    CHECK(lines.claim(7, Start.addDays(-1), 8) == 5);
    CHECK(lines.claim(7, Start.addDays(1), 9) == 3);
    CHECK(lines.claim(8, Start.addDays(1), 10) == 0);
}

TEST_CASE("days newest first, oldest first and by date across many posts are all remembered")
{
    DayLines lines;
    qint64 line = 2, refused = 0;
    QHash<std::pair<qint64, qint64>, qint64> expected; // (post, day offset) -> line
    const auto give = [&](qint64 post, int day) {
        refused += lines.claim(post, Start.addDays(day), line) != 0;
        expected.insert({post, day}, line++);
    };
    for (int day = 399; day >= 0; --day) // post 1 newest first
        give(1, day);
    for (int day = 0; day < 400; ++day) // post 2 oldest first
        give(2, day);
    for (int day = 0; day < 30; ++day) // 3,000 posts a day each, the hash growing between
        for (qint64 post = 100; post < 3100; ++post)
            give(post, day);
    CHECK(refused == 0);
    qint64 wrong = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (lines.claim(it.key().first, Start.addDays(it.key().second), line++) != it.value())
            ++wrong;
    CHECK(wrong == 0);
    CHECK(expected.size() == 400 + 400 + 90'000);
}

TEST_CASE("days scattered over decades are kept apart from a table and still found")
{
    DayLines lines;
    // Two days a few weeks apart fill a table; then years apart it would be mostly empty.
    CHECK(lines.claim(1, Start, 2) == 0);
    CHECK(lines.claim(1, Start.addDays(20), 3) == 0);
    CHECK(lines.claim(1, Start.addYears(30), 4) == 0);
    CHECK(lines.claim(1, Start.addYears(-30), 5) == 0);
    CHECK(lines.claim(1, Start.addDays(10), 6) == 0);
    CHECK(lines.claim(1, Start, 7) == 2);
    CHECK(lines.claim(1, Start.addDays(20), 8) == 3);
    CHECK(lines.claim(1, Start.addYears(30), 9) == 4);
    CHECK(lines.claim(1, Start.addYears(-30), 10) == 5);
    CHECK(lines.claim(1, Start.addDays(10), 11) == 6);
    CHECK(lines.claim(1, Start.addDays(11), 12) == 0);
}
