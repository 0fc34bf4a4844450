#pragma once

#include <QtGlobal>

namespace cd {

// Exact products of money and rates need more than 64 bits; GCC's 128-bit integer (an extension,
// hence the marker that keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

// The one rounding of money (domain.md): an exact quotient rounded half away from zero.
// Precondition: denominator != 0; the result fits in 64 bits.
qint64 divideRounded(Int128 numerator, Int128 denominator);

// `amount` x `basisPoints` / 10000 (a percentage in hundredths of a percent: 2000 = 20%), rounded
// half away from zero.
qint64 percentOf(qint64 amount, qint64 basisPoints);

} // namespace cd
