#include "Rounding.h"

namespace cd {

qint64 divideRounded(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    // Adding half the denominator before truncating rounds halves up in magnitude.
    const Int128 rounded = (magnitude * 2 + denominator) / (denominator * 2);
    return qint64(negative ? -rounded : rounded);
}

qint64 percentOf(qint64 amount, qint64 basisPoints)
{
    return divideRounded(Int128(amount) * basisPoints, 10000);
}

} // namespace cd
