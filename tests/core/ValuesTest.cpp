#include "TestSupport.h"

#include "common/CountMath.h"
#include "common/Dates.h"
#include "common/Percent.h"
#include "common/TypedCount.h"
#include "interchange/Values.h"

using namespace cd;

TEST_CASE("reads counts with grouping and suggests fixes for the usual mistakes")
{
    CHECK(values::count(QStringLiteral("12345")).value() == 12'345);
    CHECK(values::count(QStringLiteral("12,345")).value() == 12'345);
    CHECK(values::count(QStringLiteral("0")).value() == 0);
    CHECK(
        values::count(QStringLiteral("12.345")).error() ==
        QStringLiteral(
            "must be a whole number: '12.345' — if the file writes numbers the Indonesian way (12.345), import it with "
            "Indonesian numbers (the import wizard's Numbers choice, or --numbers id), or write 12,345 or 12345"));
    CHECK(values::count(QStringLiteral("1.2K")).error() ==
          QStringLiteral("must be a whole number: '1.2K' — write the full count, e.g. 1200"));
    CHECK(values::count(QStringLiteral("3.4M")).error().contains(QStringLiteral("3400000")));
    CHECK(values::count(QStringLiteral("-5")).error() == QStringLiteral("cannot be negative: '-5'"));
    CHECK_FALSE(values::count(QStringLiteral("12,34")).ok());
    CHECK_FALSE(values::count(QStringLiteral("12.5")).ok());
    CHECK_FALSE(values::count(QStringLiteral("lots")).ok());
}

TEST_CASE("a count up to 10^12 is read exactly and a larger one is refused as a slip")
{
    CHECK(values::count(QStringLiteral("1000000000000")).value() == MaxTypedCount);
    CHECK(values::count(QStringLiteral("1,000,000,000,000")).value() == MaxTypedCount);
    CHECK(values::count(QStringLiteral("999999999999")).value() == 999'999'999'999);
    const QString limit = QStringLiteral(" is more than 1,000,000,000,000; check the column");
    CHECK(values::count(QStringLiteral("1000000000001")).error() == QStringLiteral("1000000000001") + limit);
    CHECK(values::count(QStringLiteral("10000000000000")).error() == QStringLiteral("10000000000000") + limit);
    CHECK(values::count(QStringLiteral("1,000,000,000,001")).error() == QStringLiteral("1,000,000,000,001") + limit);
    // Beyond 64 bits: the reviewer's 2^63 - 1 and more digits than any qint64 has.
    CHECK(values::count(QStringLiteral("9223372036854775807")).error() ==
          QStringLiteral("9223372036854775807") + limit);
    CHECK(values::count(QStringLiteral("99999999999999999999999")).error() ==
          QStringLiteral("99999999999999999999999") + limit);
    // An abbreviation that would suggest a count beyond the limit suggests none.
    CHECK(values::count(QStringLiteral("2000000M")).error() == QStringLiteral("2000000M") + limit);
    CHECK(values::count(QStringLiteral("1000000M")).error() ==
          QStringLiteral("must be a whole number: '1000000M' — write the full count, e.g. 1000000000000"));
}

TEST_CASE("sums and products of counts saturate instead of wrapping")
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    STATIC_REQUIRE(SaturatedCount == Max);
    CHECK(saturatingAdd(MaxTypedCount, MaxTypedCount) == 2'000'000'000'000);
    CHECK(saturatingAdd(Max - 1, 1) == SaturatedCount);
    CHECK(saturatingAdd(Max - 10, 100) == SaturatedCount);
    CHECK(saturatingAdd(-Max + 10, -100) == -SaturatedCount);
    // Saturated stays saturated, even when something is taken away again.
    CHECK(saturatingAdd(SaturatedCount, -5) == SaturatedCount);
    CHECK(saturatingSub(SaturatedCount, 5) == SaturatedCount);
    CHECK(saturatingSub(5, SaturatedCount) == -SaturatedCount);
    CHECK(saturatingSub(1'500, 1'000) == 500);
    CHECK(saturatingSub(std::numeric_limits<qint64>::min(), 0) == -SaturatedCount); // raw data's lowest value
    CHECK(saturatingMul(MaxTypedCount, 1'000'000) == 1'000'000'000'000'000'000);
    CHECK(saturatingMul(MaxTypedCount, MaxTypedCount) == SaturatedCount);
    CHECK(saturatingMul(-MaxTypedCount, MaxTypedCount) == -SaturatedCount);
    CHECK(saturatingMul(0, SaturatedCount) == 0);
    qint64 sum = 0;
    for (int i = 0; i < 3; ++i)
        addCount(sum, qint64(1) << 62);
    CHECK(sum == SaturatedCount);
    CHECK(countSum({999'999'999'999, MaxTypedCount, 999'999'999'998, 3}) == 3'000'000'000'000);
    CHECK(saturatedFromWide(WideCount(Max) * 3 - WideCount(Max) * 2 - 1) == Max - 1);
    CHECK(saturatedFromWide(WideCount(Max) * 3) == SaturatedCount);
    CHECK(saturatedFromDouble(1e20) == SaturatedCount);
    CHECK(saturatedFromDouble(-1e20) == -SaturatedCount);
    CHECK(saturatedFromDouble(9'223'372'036'854'775'808.0) == SaturatedCount);
    CHECK(saturatedFromDouble(1'234.5) == 1'235);
    CHECK(storedCount(QVariant()) == 0);
    CHECK(storedCount(QVariant(qint64(1'000'000'000'000))) == MaxTypedCount);
    CHECK(storedCount(QVariant(1e19)) == SaturatedCount); // what SQLite keeps for a number beyond 64 bits
    // Figures computed from a saturated sum have no value.
    CHECK_FALSE(ratioPercent(SaturatedCount, 100));
    CHECK_FALSE(ratioPercent(100, SaturatedCount));
    CHECK(ratioPercent(MaxTypedCount, 2 * MaxTypedCount) == 50.0);
}

TEST_CASE("reads percents, booleans, dates and lists")
{
    CHECK(values::percent(QStringLiteral("10")).value() == 1000);
    CHECK(values::percent(QStringLiteral("10%")).value() == 1000);
    CHECK(values::percent(QStringLiteral("4.25")).value() == 425);
    CHECK(values::percent(QStringLiteral("4.5 %")).value() == 450);
    CHECK(values::percent(QStringLiteral("0.05")).value() == 5);
    CHECK(values::percent(QStringLiteral("4.255")).error().contains(QStringLiteral("more than two decimals")));
    CHECK_FALSE(values::percent(QStringLiteral("101")).ok());
    CHECK_FALSE(values::percent(QStringLiteral("-1")).ok());

    CHECK(values::boolean(QStringLiteral("Yes")).value());
    CHECK_FALSE(values::boolean(QStringLiteral("0")).value());
    CHECK(values::boolean(QStringLiteral("TRUE")).value());
    CHECK_FALSE(values::boolean(QStringLiteral("maybe")).ok());

    CHECK(values::date(QStringLiteral("2026-03-01")).value() == QDate(2026, 3, 1));
    CHECK(values::date(QStringLiteral("3/1/2026")).error().contains(QStringLiteral("2026-03-01")));
    CHECK_FALSE(values::date(QStringLiteral("2026-13-01")).ok());

    CHECK(values::list(QStringLiteral("Kopi Kita; Es Jeruk Co;;")) ==
          QStringList{QStringLiteral("Kopi Kita"), QStringLiteral("Es Jeruk Co")});
    CHECK(values::list(QStringLiteral("#TehSegar #Segar;#ad"), true) ==
          QStringList{QStringLiteral("#TehSegar"), QStringLiteral("#Segar"), QStringLiteral("#ad")});
}

TEST_CASE("guards text a spreadsheet would run and removes exactly that guard")
{
    for (const char *risky : {"=1+1", "+62 812", "-5", "@rina", "\tx", "\rx"}) {
        const QString text = QString::fromLatin1(risky);
        CHECK(values::guard(text) == QLatin1Char('\'') + text);
        CHECK(values::unguard(values::guard(text)) == text);
    }
    CHECK(values::guard(QStringLiteral("Rina")) == QStringLiteral("Rina"));
    CHECK(values::unguard(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'")); // not a guard
    CHECK(values::unguard(QStringLiteral("'")) == QStringLiteral("'"));
}

TEST_CASE("a count typed by a person reads grouping and abbreviations in the language's way")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    CHECK(parseTypedCount(QStringLiteral("85k"), english) == 85'000); // it used to save as 85
    CHECK(parseTypedCount(QStringLiteral("85 K"), english) == 85'000);
    CHECK(parseTypedCount(QStringLiteral("1.2M"), english) == 1'200'000);
    CHECK(parseTypedCount(QStringLiteral("1.25m"), english) == 1'250'000);
    CHECK(parseTypedCount(QStringLiteral("3B"), english) == 3'000'000'000);
    CHECK(parseTypedCount(QStringLiteral("200,000"), english) == 200'000);
    CHECK(parseTypedCount(QStringLiteral("200.000"), english) == 200'000);
    CHECK(parseTypedCount(QStringLiteral(" 52500 "), english) == 52'500);
    CHECK(parseTypedCount(QStringLiteral("0"), english) == 0);
    // Indonesian: rb, jt and M for miliar; k is thousands there too; a decimal comma.
    CHECK(parseTypedCount(QStringLiteral("85 rb"), indonesian) == 85'000);
    CHECK(parseTypedCount(QStringLiteral("85k"), indonesian) == 85'000);
    CHECK(parseTypedCount(QStringLiteral("1,2 jt"), indonesian) == 1'200'000);
    CHECK(parseTypedCount(QStringLiteral("2 M"), indonesian) == 2'000'000'000);
    CHECK(parseTypedCount(QStringLiteral("12.500"), indonesian) == 12'500);
    // Unreadable, fractional or too large: none rather than a guess.
    CHECK_FALSE(parseTypedCount(QStringLiteral(""), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("lots"), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("-5"), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("1.5"), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("1.5k5"), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("1,2 jt"), english)); // jt is not English
    CHECK_FALSE(parseTypedCount(QStringLiteral("2 m"), indonesian)); // juta or miliar? not guessed
    CHECK(parseTypedCount(QStringLiteral("1.5k"), english) == 1'500);
    CHECK(parseTypedCount(QStringLiteral("1000000000000"), english) == MaxTypedCount);
    CHECK_FALSE(parseTypedCount(QStringLiteral("1000000000001"), english));
    CHECK_FALSE(parseTypedCount(QStringLiteral("9223372036854775807"), english));
}

TEST_CASE("a stored date read from its bytes is the date it names or none")
{
    CHECK(dateFromIsoUtf8("2026-03-10") == QDate(2026, 3, 10));
    CHECK(dateFromIsoUtf8("2024-02-29") == QDate(2024, 2, 29));
    CHECK(dateFromIsoUtf8("2026-03-10T09:30:00Z") == QDate(2026, 3, 10)); // a timestamp: its day
    CHECK(dateFromIsoUtf8("2026/03/10") == QDate(2026, 3, 10));           // as Qt's ISO reading takes it
    // As dateFromSql() reads the same values.
    for (const char *stored : {"2026-03-10", "2026-02-30", "2026-13-01", "2026-3-10", "2026/03/10", "20260310", "",
                               "abcd-ef-gh", "2026-03-1x"})
        CHECK(dateFromIsoUtf8(stored) == dateFromSql(QString::fromLatin1(stored)));
    CHECK_FALSE(dateFromIsoUtf8("2026-02-30").isValid());
    CHECK_FALSE(dateFromIsoUtf8("2026-13-01").isValid());
    CHECK_FALSE(dateFromIsoUtf8("2026-03-1x").isValid());
    CHECK_FALSE(dateFromIsoUtf8({}).isValid());
}
