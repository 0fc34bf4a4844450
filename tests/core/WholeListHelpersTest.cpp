#include "TestSupport.h"

#include "common/IdPositions.h"
#include "common/MoveIntoOrder.h"
#include "common/Names.h"

#include <limits>

using namespace cd;

TEST_CASE("id positions find each id of a nearly consecutive list and nothing else")
{
    const QList<qint64> ids{7, 3, 4, 10, 5};
    const IdPositions at(ids);
    CHECK(at.at(7) == 0);
    CHECK(at.at(3) == 1);
    CHECK(at.at(4) == 2);
    CHECK(at.at(10) == 3);
    CHECK(at.at(5) == 4);
    for (qint64 absent : {qint64(0), qint64(2), qint64(6), qint64(8), qint64(9), qint64(11), qint64(-3)})
        CHECK(at.at(absent) == -1);
    CHECK(at.at(std::numeric_limits<qint64>::min()) == -1);
    CHECK(at.at(std::numeric_limits<qint64>::max()) == -1);
    CHECK(IdPositions().at(1) == -1);
    CHECK(IdPositions(QList<qint64>{}).at(0) == -1);
}

TEST_CASE("id positions of ids far apart and of the extremes a damaged file may hold")
{
    const qint64 low = std::numeric_limits<qint64>::min(), high = std::numeric_limits<qint64>::max();
    const IdPositions at(QList<qint64>{high, 1, low, 5'000'000});
    CHECK(at.at(high) == 0);
    CHECK(at.at(1) == 1);
    CHECK(at.at(low) == 2);
    CHECK(at.at(5'000'000) == 3);
    CHECK(at.at(0) == -1);
    CHECK(at.at(2) == -1);
    CHECK(at.at(high - 1) == -1);
    // Negative ids close together are consecutive too.
    const IdPositions negative(QList<qint64>{-2, -4, -3});
    CHECK(negative.at(-4) == 1);
    CHECK(negative.at(-3) == 2);
    CHECK(negative.at(-2) == 0);
    CHECK(negative.at(-1) == -1);
    CHECK(negative.at(-5) == -1);
}

TEST_CASE("name ranks follow people's order and names the collator holds equal share a rank")
{
    const QList<QString> names{QStringLiteral("Wave 10"), QStringLiteral("budi"),   QStringLiteral("Ana"),
                               QStringLiteral("Budi"),    QStringLiteral("Wave 2"), QStringLiteral("Zed"),
                               QStringLiteral("Wave 10")};
    // Ana; Budi and budi; Wave 2; Wave 10 (numbers compared as numbers, twice); Zed.
    CHECK(nameRanks(names) == QList<int>{3, 1, 0, 1, 2, 4, 3});
    CHECK(nameRanks({}).isEmpty());
    CHECK(nameRanks({QStringLiteral("Sari")}) == QList<int>{0});
}

TEST_CASE("moving into an order puts each item where the order says and keeps every item")
{
    // Two cycles (0 -> 3 -> 1 -> 0 and 2 -> 4 -> 2) and a fixed point (5).
    QList<QString> items{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                         QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    moveIntoOrder(items, {3, 0, 4, 1, 2, 5});
    CHECK(items == QList<QString>{QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("b"),
                                  QStringLiteral("c"), QStringLiteral("f")});
    QList<int> none;
    moveIntoOrder(none, {});
    CHECK(none.isEmpty());
    QList<int> reversed{1, 2, 3, 4};
    moveIntoOrder(reversed, {3, 2, 1, 0});
    CHECK(reversed == QList<int>{4, 3, 2, 1});
}

TEST_CASE("case folding lowers ASCII itself and leaves the rest to Unicode")
{
    CHECK(caseFolded(QStringLiteral("ZARA @Z[ 10")) == QStringLiteral("zara @z[ 10"));
    CHECK(caseFolded(QString::fromUtf8("MÜLLER — Émile")) == QString::fromUtf8("müller — émile"));
    CHECK(caseFolded(QString()).isEmpty());
    const QString lower = QString::fromLatin1("already lower"); // made at run time: a literal is never shared
    CHECK(caseFolded(lower).isSharedWith(lower));               // nothing to change: no copy
    QByteArray appended("Kept ");
    appendCaseFolded(appended, u"NAME");
    CHECK(appended == QByteArray("Kept name"));
    appendCaseFolded(appended, u" ÜNAL");
    CHECK(appended == QByteArray("Kept name \xc3\xbcnal")); // UTF-8
}
