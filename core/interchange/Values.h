#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace cd::values {

// Readers for CSV cells (formats.md "Values"). Each takes a non-empty, trimmed cell and returns the
// value or a message that says what is wrong and the likely fix, without the column name (the
// caller prefixes "FILE:LINE: column: ").

// How a file writes its numbers: the interchange form of formats.md ("12,345", "4.25",
// "1250.50"), or as Indonesian spreadsheets and platform exports in Indonesian do ("12.345",
// "4,25", "1.250,50"), chosen for the whole file (import --numbers id, the wizard's Numbers choice).
enum class NumberStyle
{
    Interchange,
    Indonesian
};

// A number cell in `style` rewritten in the interchange form ("1.250,50" -> "1250.50", "14.300" ->
// "14300"); anything else, and every cell in the interchange style, is returned as it is, for the
// readers below to judge.
QString interchangeNumber(const QString &text, NumberStyle style);

// What is wrong with a number cell `cell` that was read as `read` in `style`: `message`, the reader's,
// names the cell as written too when the style rewrote it ("1.500.000,50" read as 1500000.50).
QString numberCellMessage(const QString &cell, const QString &read, const QString &message, NumberStyle style);
// A count written with a decimal comma in the Indonesian style ("12,345" is 12.345 there): why it is
// no whole number, with the likely fix.
QString decimalCommaCountMessage(const QString &cell);

// A cell of nothing but ASCII digits (at most 18) as its number; nothing for anything else.
std::optional<qint64> plainDigits(QStringView text);
// Whole number from 0 to MaxTypedCount (TypedCount.h), optional ',' grouping: "12,345". Suggests
// fixes for "12.345", "1.2K", "-5"; a larger number is refused as a slip (ids, phone numbers).
Result<qint64> count(const QString &text);
// A percent with at most two decimals, optional '%': "10", "10%", "4.25" -> hundredths (1000, 425).
Result<int> percent(const QString &text);
// yes/no, true/false, 1/0 (any case).
Result<bool> boolean(const QString &text);
// ISO YYYY-MM-DD.
Result<QDate> date(const QString &text);
// ';'-separated; with `spaces`, spaces separate too (hashtags, mentions). Empty items dropped.
QStringList list(const QString &text, bool spaces = false);

// The export formula guard: a text cell a spreadsheet would run (begins with = + - @, tab or CR)
// gets a leading "'"; unguard() removes exactly that "'" on import.
QString guard(const QString &text);
QString unguard(const QString &text);

} // namespace cd::values
