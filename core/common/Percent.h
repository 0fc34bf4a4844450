#pragma once

#include <QString>

#include <optional>

namespace cd {

// Percentages people type and read, held as basis points (hundredths of a percent: 1750 = 17.5%).

// "20", "17.5", "17,5" (as Indonesians write it), "2.25%": the basis points, when 0-100% with at
// most two decimals; none for anything else.
std::optional<qint64> parsePercentBp(const QString &text);

// 100 x numerator / denominator from exact integer sums (domain.md); none for a zero denominator,
// never 0 or infinity, and none when either is saturated (CountMath.h: too large to be right).
std::optional<double> ratioPercent(qint64 numerator, qint64 denominator);

// 1750 -> "17.5", 2000 -> "20", 225 -> "2.25" (no '%', no trailing zeros).
QString percentText(qint64 basisPoints);

} // namespace cd
