#pragma once

#include "Result.h"

#include <QCollator>
#include <QList>
#include <QString>
#include <QStringView>

namespace cd {

// Longest name, handle and free-text field the product accepts: longer input is a paste gone wrong.
inline constexpr int MaxNameLength = 200;
inline constexpr int MaxHandleLength = 100;
inline constexpr int MaxTextLength = 20'000;

// A name as stored: trimmed, inner whitespace collapsed to one space ("  Teh   Segar " -> "Teh Segar").
QString cleanName(QStringView text);
// The comparison key of a name (formats.md): cleaned and case-folded. Stored in UNIQUE columns.
QString nameKey(QStringView text);
// `text` case-folded as QString::toCaseFolded() folds it, appended to `to` in UTF-8. ASCII (most of
// a list's text) is folded by lowering A-Z: Qt looks each character up in Unicode's tables.
void appendCaseFolded(QByteArray &to, QStringView text);
QString caseFolded(const QString &text);

// A handle as stored: trimmed, without a leading '@'.
QString cleanHandle(QStringView text);
// The comparison key of a handle: cleaned and case-folded.
QString handleKey(QStringView text);

// Checks a cleaned name: required, at most MaxNameLength characters, no control characters.
// `what` names the field in the message ("creator name").
Status checkName(const QString &cleaned, const QString &what);
// Checks a cleaned handle: required, at most MaxHandleLength, no spaces.
Status checkHandle(const QString &cleaned);
// Checks optional free text (notes, caption): at most `maxLength` characters.
Status checkText(const QString &text, const QString &what, int maxLength = MaxTextLength);

// Orders names for people: case-insensitive and numeric-aware ("Wave 2" before "Wave 10"), in
// the user's language. The C locale (no LANG set) has no collation rules, so English stands in.
QCollator nameCollator();
// Each name's place in that order, from 0; names the collator holds equal share a place. Lists
// sort by these numbers, not by comparing names at every step (the collator costs a
// microsecond a comparison).
QList<int> nameRanks(const QList<QString> &names);

} // namespace cd
