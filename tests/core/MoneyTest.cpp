#include "TestSupport.h"

#include "common/Money.h"

using cd::Money;

TEST_CASE("parses interchange amounts into exact minor units")
{
    CHECK(Money::parse(u"1500000", QStringLiteral("IDR")).value() == Money(1'500'000, QStringLiteral("IDR")));
    CHECK(Money::parse(u"1,500,000", QStringLiteral("IDR")).value().minor() == 1'500'000);
    CHECK(Money::parse(u"1,250.50", QStringLiteral("USD")).value().minor() == 125'050);
    CHECK(Money::parse(u"1250.5", QStringLiteral("USD")).value().minor() == 125'050);
    CHECK(Money::parse(u"0.07", QStringLiteral("USD")).value().minor() == 7);
    CHECK(Money::parse(u" 12 ", QStringLiteral("EUR")).value().minor() == 1'200);
    CHECK(Money::parse(u"-3.5", QStringLiteral("USD")).value().minor() == -350);
    CHECK(Money::parse(u"1.234", QStringLiteral("KWD")).value().minor() == 1'234);
    CHECK(Money::parse(u"5000", QStringLiteral("JPY")).value().minor() == 5'000);
    // Plain digits are read without the regular expression: the same answers, scaled to each currency.
    CHECK(Money::parse(u"007", QStringLiteral("USD")).value().minor() == 700);
    CHECK(Money::parse(u"12", QStringLiteral("KWD")).value().minor() == 12'000);
    CHECK(Money::parse(u"999999999999999", QStringLiteral("KWD")).value().minor() == 999'999'999'999'999'000);
    CHECK(Money::parse(u"9999999999999999999", QStringLiteral("USD")).error() ==
          QStringLiteral("'9999999999999999999' is too large an amount"));
    CHECK(!Money::parse(u"12", QStringLiteral("XYZ")).ok());
}

TEST_CASE("refuses amounts that are not plain decimals, saying why")
{
    auto symbol = Money::parse(u"Rp1.500.000", QStringLiteral("IDR"));
    REQUIRE_FALSE(symbol.ok());
    CHECK(symbol.error().contains(QStringLiteral("currency symbols")));

    auto decimals = Money::parse(u"1500000.50", QStringLiteral("IDR"));
    REQUIRE_FALSE(decimals.ok());
    CHECK(decimals.error().contains(QStringLiteral("whole numbers (write 1500000)")));

    auto tooMany = Money::parse(u"1.505", QStringLiteral("USD"));
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().contains(QStringLiteral("at most 2")));

    CHECK_FALSE(Money::parse(u"1,25", QStringLiteral("USD")).ok());    // bad grouping
    CHECK_FALSE(Money::parse(u"12,3456", QStringLiteral("USD")).ok()); // bad grouping
    CHECK_FALSE(Money::parse(u"", QStringLiteral("USD")).ok());
    CHECK_FALSE(Money::parse(u"1.2K", QStringLiteral("USD")).ok());
    CHECK_FALSE(Money::parse(u"99999999999999999999", QStringLiteral("IDR")).ok()); // overflow
    auto unknown = Money::parse(u"10", QStringLiteral("RP"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("unknown currency 'RP'")));
}

TEST_CASE("formats money for people by the product's own rules")
{
    CHECK(Money(1'500'000, QStringLiteral("IDR")).format() == QStringLiteral("Rp1.500.000"));
    CHECK(Money(0, QStringLiteral("IDR")).format() == QStringLiteral("Rp0"));
    CHECK(Money(999, QStringLiteral("IDR")).format() == QStringLiteral("Rp999"));
    CHECK(Money(1000, QStringLiteral("IDR")).format() == QStringLiteral("Rp1.000"));
    CHECK(Money(125'050, QStringLiteral("USD")).format() == QStringLiteral("$1,250.50"));
    CHECK(Money(5, QStringLiteral("USD")).format() == QStringLiteral("$0.05"));
    CHECK(Money(-350, QStringLiteral("EUR")).format() == QStringLiteral("-€3.50"));
    CHECK(Money(1'200, QStringLiteral("CHF")).format() == QStringLiteral("CHF 12.00"));
    CHECK(Money(123'456'789, QStringLiteral("SGD")).format() == QStringLiteral("S$1,234,567.89"));
}

TEST_CASE("writes the interchange form with exactly the currency's digits")
{
    CHECK(Money(1'500'000, QStringLiteral("IDR")).toPlain() == QStringLiteral("1500000"));
    CHECK(Money(125'050, QStringLiteral("USD")).toPlain() == QStringLiteral("1250.50"));
    CHECK(Money(7, QStringLiteral("USD")).toPlain() == QStringLiteral("0.07"));
    CHECK(Money(-7, QStringLiteral("USD")).toPlain() == QStringLiteral("-0.07"));
    CHECK(Money(1'234, QStringLiteral("KWD")).toPlain() == QStringLiteral("1.234"));
    CHECK(cd::currencyDigits(u"IDR") == 0);
    CHECK(cd::currencyDigits(u"USD") == 2);
    CHECK(cd::currencyDigits(u"JPY") == 0);
}

TEST_CASE("adds and subtracts only within one currency")
{
    const Money a(1'000'000, QStringLiteral("IDR"));
    const Money b(250'000, QStringLiteral("IDR"));
    CHECK(a.plus(b).value() == Money(1'250'000, QStringLiteral("IDR")));
    CHECK(b.minus(a).value() == Money(-750'000, QStringLiteral("IDR")));
    CHECK(b.times(3).value() == Money(750'000, QStringLiteral("IDR")));

    auto mixed = a.plus(Money(100, QStringLiteral("USD")));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().contains(QStringLiteral("different currencies")));
    CHECK_FALSE(a.minus(Money(100, QStringLiteral("USD"))).ok());

    const Money huge(std::numeric_limits<qint64>::max(), QStringLiteral("IDR"));
    CHECK_FALSE(huge.plus(Money(1, QStringLiteral("IDR"))).ok());
    CHECK_FALSE(huge.times(2).ok());
}

TEST_CASE("reads back what people type and what format() writes")
{
    const auto idr = [](const char *text) {
        return Money::parseDisplay(QString::fromUtf8(text), QStringLiteral("IDR"));
    };
    CHECK(idr("Rp1.500.000").value().minor() == 1'500'000);
    CHECK(idr("rp 1.500.000").value().minor() == 1'500'000);
    CHECK(idr("IDR 1500000").value().minor() == 1'500'000);
    CHECK(idr("1,500,000").value().minor() == 1'500'000);
    CHECK(idr("-Rp2.500").value().minor() == -2'500);
    CHECK_FALSE(idr("$1.500").ok());     // another currency's symbol
    CHECK_FALSE(idr("Rp1.50").ok());     // not a thousands group: decimals, which rupiah do not have
    CHECK_FALSE(idr("Rp1.500,50").ok()); // no sen
    CHECK(Money::parseDisplay(u"$1,250.50", QStringLiteral("USD")).value().minor() == 125'050);
    CHECK(Money::parseDisplay(u"USD 12", QStringLiteral("USD")).value().minor() == 1'200);
    CHECK_FALSE(Money::parseDisplay(u"$1.250,50", QStringLiteral("USD")).ok());
    for (const Money &m : {Money(1'500'000, QStringLiteral("IDR")), Money(-999, QStringLiteral("IDR")),
                           Money(125'050, QStringLiteral("USD")), Money(-350, QStringLiteral("EUR")),
                           Money(1'200, QStringLiteral("CHF")), Money(123'456'789, QStringLiteral("SGD")),
                           Money(5'000, QStringLiteral("JPY"))})
        CHECK(Money::parseDisplay(m.format(), m.currency()).value() == m);
    // An unreadable amount is explained with an example the person can copy.
    CHECK(Money::parseDisplay(u"12 juta", QStringLiteral("USD"))
              .error()
              .endsWith(QStringLiteral("write it like 1,250.50")));
    CHECK(idr("lima ratus").error().endsWith(QStringLiteral("write it like 1,500,000")));
}

TEST_CASE("reads amounts as Indonesians type them when the app runs in Indonesian")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const auto read = [](const char *text, const char *currency) {
        return Money::parseDisplay(QString::fromUtf8(text), QString::fromLatin1(currency));
    };
    CHECK(read("1.250,50", "USD").value().minor() == 125'050);
    CHECK(read("$1.250,50", "USD").value().minor() == 125'050);
    CHECK(read("1250,5", "USD").value().minor() == 125'050);
    CHECK(read("12.500", "USD").value().minor() == 1'250'000); // a thousands group, not 12.5
    CHECK(read("Rp1.500.000", "IDR").value().minor() == 1'500'000);
    CHECK(read("1.500.000", "IDR").value().minor() == 1'500'000);
    CHECK(read("1,250.50", "USD").value().minor() == 125'050); // the interchange form still reads
    CHECK_FALSE(read("Rp1.500,50", "IDR").ok());               // rupiah have no sen
    CHECK_FALSE(read("1.250,505", "USD").ok());                // three decimals
    CHECK(read("dua juta", "IDR").error().endsWith(QStringLiteral("write it like 1.500.000")));
    CHECK(read("1.25.0", "USD").error().endsWith(QStringLiteral("write it like 1.250,50")));
    // Shown the same way: rupiah as ever, other currencies with Indonesian separators.
    CHECK(Money(125'050, QStringLiteral("USD")).format() == QStringLiteral("$1.250,50"));
    CHECK(Money(150'000'000, QStringLiteral("IDR")).format() == QStringLiteral("Rp150.000.000"));
    CHECK(Money(-350, QStringLiteral("EUR")).format() == QStringLiteral("-€3,50"));
    CHECK(Money(125'050, QStringLiteral("USD")).format(QLocale(QLocale::English)) == QStringLiteral("$1,250.50"));
    for (const Money &m : {Money(125'050, QStringLiteral("USD")), Money(1'500'000, QStringLiteral("IDR"))})
        CHECK(Money::parseDisplay(m.format(), m.currency()).value() == m);
    QLocale::setDefault(before);
}
