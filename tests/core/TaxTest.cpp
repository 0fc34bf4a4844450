#include "TestSupport.h"

#include "common/Percent.h"
#include "common/Rounding.h"
#include "money/PaymentState.h"
#include "money/Tax.h"

using namespace cd;

namespace {
const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");
} // namespace

TEST_CASE("rounds money once, half away from zero")
{
    CHECK(divideRounded(5, 2) == 3);
    CHECK(divideRounded(-5, 2) == -3);
    CHECK(divideRounded(7, 3) == 2);
    CHECK(divideRounded(-7, 3) == -2);
    CHECK(divideRounded(5, -2) == -3);
    CHECK(percentOf(12'345, 2000) == 2469); // 2469.0
    CHECK(percentOf(12'347, 2000) == 2469); // 2469.4
    CHECK(percentOf(12'348, 2000) == 2470); // 2469.6
    CHECK(percentOf(25, 5000) == 13);       // 12.5 rounds away from zero
}

TEST_CASE("withholds PPh 21 from a person by layer on half the gross")
{
    const MoneySettings s;
    // domain.md: Rp20,000,000 -> base Rp10,000,000 -> 5% = Rp500,000; x1.2 without NPWP.
    CHECK(tax::pph21(20'000'000, true, s) == 500'000);
    CHECK(tax::pph21(20'000'000, false, s) == 600'000);
    // Rp200,000,000 -> base Rp100,000,000: 5% of 60,000,000 + 15% of 40,000,000 = 3,000,000 + 6,000,000.
    CHECK(tax::pph21(200'000'000, true, s) == 9'000'000);
    CHECK(tax::pph21(200'000'000, false, s) == 10'800'000);
    // Exactly the first layer's top: base 60,000,000 at 5%.
    CHECK(tax::pph21(120'000'000, true, s) == 3'000'000);
    // Base Rp600,000,000 crosses three layers: 3,000,000 + 28,500,000 (15% of 190M) + 62,500,000 (25% of 250M)
    // + 30% of 100,000,000.
    CHECK(tax::pph21(1'200'000'000, true, s) == 3'000'000 + 28'500'000 + 62'500'000 + 30'000'000);
    // An odd amount is rounded once at the end: 1,001 -> base 500.5 -> 25.025 -> 25.
    CHECK(tax::pph21(1'001, true, s) == 25);
    // 1,011 -> base 505.5 -> 25.275 -> 25; without NPWP 30.33 -> 30.
    CHECK(tax::pph21(1'011, false, s) == 30);
    CHECK(tax::pph21(0, true, s) == 0);
}

TEST_CASE("withholds PPh 23 from companies, PPh 26 from non-residents and nothing under the final tax")
{
    const MoneySettings s;
    CHECK(tax::pph23(10'000'000, true, s) == 200'000);  // 2%
    CHECK(tax::pph23(10'000'000, false, s) == 400'000); // 4% without NPWP
    CHECK(tax::withholding(10'000'000, IDR, {TaxProfile::Foreign, true}, s) == 2'000'000);
    CHECK(tax::withholding(20'000'000, IDR, {TaxProfile::PersonFinal, false}, s) == 0);
    CHECK(tax::withholding(20'000'000, IDR, {TaxProfile::Person, true}, s) == 500'000);
    CHECK(tax::withholding(20'000'000, IDR, {TaxProfile::Company, true}, s) == 400'000);
    CHECK(tax::withholdingName(IDR, {TaxProfile::Company, true}) == QStringLiteral("PPh 23"));
    CHECK(tax::withholdingName(IDR, {TaxProfile::PersonFinal, true}).isEmpty());
}

TEST_CASE("withholds nothing outside rupiah, where USD keeps its cents")
{
    const MoneySettings s;
    CHECK(tax::withholding(125'050, USD, {TaxProfile::Person, false}, s) == 0);
    CHECK(tax::withholding(125'050, USD, {TaxProfile::Foreign, false}, s) == 0);
    CHECK(tax::withholdingName(USD, {TaxProfile::Person, true}).isEmpty());
    MoneySettings vat;
    vat.vatRegistered = true;
    CHECK(tax::vat(125'050, USD, vat) == 0);
    // An agency's 20% fee on $1,250.50 is $250.10, the creator's share $1,000.40.
    CHECK(percentOf(125'050, 2000) == 25'010);
}

TEST_CASE("adds VAT only for a VAT-registered agency, at the effective 11%")
{
    MoneySettings s;
    CHECK(tax::vat(19'500'000, IDR, s) == 0);
    s.vatRegistered = true;
    CHECK(tax::vat(19'500'000, IDR, s) == 2'145'000);
    CHECK(tax::vat(1'005, IDR, s) == 111); // 110.55
}

TEST_CASE("ages open payments by days overdue at the bucket edges")
{
    const QDate asOf(2026, 11, 30);
    const auto bucketAt = [&](int daysLate) {
        PaymentTiming t;
        t.due = asOf.addDays(-daysLate);
        return ageingBucket(t, asOf);
    };
    CHECK(bucketAt(0) == AgeingBucket::Current);
    CHECK(bucketAt(-5) == AgeingBucket::Current);
    CHECK(bucketAt(1) == AgeingBucket::Days1To30);
    CHECK(bucketAt(30) == AgeingBucket::Days1To30);
    CHECK(bucketAt(31) == AgeingBucket::Days31To60);
    CHECK(bucketAt(60) == AgeingBucket::Days31To60);
    CHECK(bucketAt(61) == AgeingBucket::Days61To90);
    CHECK(bucketAt(90) == AgeingBucket::Days61To90);
    CHECK(bucketAt(91) == AgeingBucket::Over90);

    PaymentTiming due;
    due.due = asOf;
    CHECK(paymentState(due, asOf) == PaymentState::Due);
    CHECK_FALSE(daysOverdue(due, asOf).has_value());
    PaymentTiming late;
    late.due = asOf.addDays(-31);
    CHECK(paymentState(late, asOf) == PaymentState::Overdue);
    CHECK(daysOverdue(late, asOf) == 31);
}

TEST_CASE("keeps a payable awaiting the brand out of ageing until the receivable is paid")
{
    const QDate asOf(2026, 11, 30);
    PaymentTiming t;
    t.hasReceivable = true;
    CHECK(paymentState(t, asOf) == PaymentState::AwaitingBrand);
    CHECK_FALSE(ageingBucket(t, asOf).has_value());
    CHECK_FALSE(daysOverdue(t, asOf).has_value());
    // Paid by the brand after the as-of date: still awaiting then.
    t.receivablePaid = asOf.addDays(1);
    t.due = asOf.addDays(8);
    CHECK(paymentState(t, asOf) == PaymentState::AwaitingBrand);
    t.receivablePaid = asOf.addDays(-10);
    t.due = asOf.addDays(-3);
    CHECK(paymentState(t, asOf) == PaymentState::Overdue);
    CHECK(ageingBucket(t, asOf) == AgeingBucket::Days1To30);
    // Paid on the as-of day counts as paid; paid after it does not yet.
    t.paid = asOf;
    CHECK(paymentState(t, asOf) == PaymentState::Paid);
    t.paid = asOf.addDays(1);
    CHECK(paymentState(t, asOf) == PaymentState::Overdue);
}

TEST_CASE("reads and writes percentages as people type them")
{
    CHECK(parsePercentBp(QStringLiteral("20")) == 2000);
    CHECK(parsePercentBp(QStringLiteral("17.5")) == 1750);
    CHECK(parsePercentBp(QStringLiteral("17,5")) == 1750);
    CHECK(parsePercentBp(QStringLiteral(" 2.25% ")) == 225);
    CHECK(parsePercentBp(QStringLiteral("100")) == 10000);
    CHECK_FALSE(parsePercentBp(QStringLiteral("100.01")).has_value());
    CHECK_FALSE(parsePercentBp(QStringLiteral("2.255")).has_value());
    CHECK_FALSE(parsePercentBp(QStringLiteral("-5")).has_value());
    CHECK_FALSE(parsePercentBp(QStringLiteral("twenty")).has_value());
    CHECK(percentText(1750) == QStringLiteral("17.5"));
    CHECK(percentText(2000) == QStringLiteral("20"));
    CHECK(percentText(225) == QStringLiteral("2.25"));
    CHECK(percentText(5) == QStringLiteral("0.05"));
    CHECK(percentText(0) == QStringLiteral("0"));
}
