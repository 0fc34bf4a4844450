#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace cd::values {

// Readers for CSV cells (formats.md "Values"). Each takes a non-empty, trimmed cell and returns the
// value or a message that says what is wrong and the likely fix, without the column name (the
// caller prefixes "FILE:LINE: column: ").

// Whole number >= 0, optional ',' grouping: "12,345". Suggests fixes for "12.345", "1.2K", "-5".
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
