#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <limits>

class QVariant;

namespace cd {

// Sums, differences and products of counts (and of the amounts computed from them) that never
// wrap. Counts people enter are at most MaxTypedCount (TypedCount.h), so real sums stay far from
// the 64-bit limit; a workspace written by an older version or edited by hand can hold larger
// numbers, and there a result that does not fit saturates at +SaturatedCount or -SaturatedCount
// and stays saturated through further arithmetic. A saturated figure means "too large to be
// right": it may be shown as it is, but what is computed from it (a rate, a money ratio, a
// progress percent) has no value (ratioPercent and MoneyRatio::of give none for it).
inline constexpr qint64 SaturatedCount = std::numeric_limits<qint64>::max();

// True for a saturated figure (and for the one qint64 below -SaturatedCount, which only raw data holds).
constexpr bool isSaturated(qint64 n)
{
    return n >= SaturatedCount || n <= -SaturatedCount;
}

constexpr qint64 saturatedCount(bool negative)
{
    return negative ? -SaturatedCount : SaturatedCount;
}

constexpr qint64 saturatingAdd(qint64 a, qint64 b)
{
    if (isSaturated(a))
        return saturatedCount(a < 0);
    if (isSaturated(b))
        return saturatedCount(b < 0);
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) // only when a and b have the same sign
        return saturatedCount(b < 0);
    return isSaturated(sum) ? saturatedCount(sum < 0) : sum;
}

constexpr qint64 saturatingSub(qint64 a, qint64 b)
{
    if (isSaturated(a))
        return saturatedCount(a < 0);
    if (isSaturated(b))
        return saturatedCount(b > 0);
    return saturatingAdd(a, -b); // -b fits: |b| < SaturatedCount
}

constexpr qint64 saturatingMul(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    const bool negative = (a < 0) != (b < 0);
    if (isSaturated(a) || isSaturated(b))
        return saturatedCount(negative);
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product) || isSaturated(product))
        return saturatedCount(negative);
    return product;
}

// The one way sums of counts are made: `sum += value`, saturating.
constexpr void addCount(qint64 &sum, qint64 value)
{
    sum = saturatingAdd(sum, value);
}

// The saturating sum of a few counts: countSum({likes, comments, shares, saves}).
constexpr qint64 countSum(std::initializer_list<qint64> counts)
{
    qint64 sum = 0;
    for (qint64 n : counts)
        addCount(sum, n);
    return sum;
}

// A wider sum (running sums that also subtract keep 128 bits, exact) as a qint64, saturating.
__extension__ typedef __int128 WideCount; // (__extension__: a GCC and Clang type, not ISO C++)
constexpr qint64 saturatedFromWide(WideCount n)
{
    if (n >= SaturatedCount || n <= -SaturatedCount)
        return saturatedCount(n < 0);
    return qint64(n);
}

// A double (a count SQLite turned into a real number because it did not fit 64 bits, or a figure
// computed in floating point) as a qint64, rounded half away from zero and saturating; NaN is 0.
qint64 saturatedFromDouble(double d);

// A count as the workspace stores it: 0 for NULL (a missing number counts as 0 in sums), the
// integer as it is, and a real number (what SQLite keeps for a hand-written value beyond 64 bits)
// saturated rather than cast (which would wrap it to a negative number).
qint64 storedCount(const QVariant &value);

} // namespace cd
