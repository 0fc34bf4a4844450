#pragma once

#include "OptionalDateEdit.h"
#include "common/Result.h"

#include <QDate>

#include <optional>

class QDateEdit;
class QLineEdit;
class QWidget;

namespace cd {

// A date field that may be left empty (see OptionalDateEdit).
OptionalDateEdit *makeOptionalDate(QWidget *parent, const QString &accessibleName);
// For any date field made by makeOptionalDate: an invalid date empties it, and an empty one reads
// as an invalid date.
void setOptionalDate(QDateEdit *edit, const QDate &date);
QDate optionalDate(const QDateEdit *edit);

// A whole number typed by a person ("200,000", "200.000" or "200000"); empty is none. Errors say
// what is wrong with `what` ("views target").
Result<std::optional<qint64>> optionalCount(const QLineEdit *edit, const QString &what);
Result<std::optional<qint64>> optionalCount(const QString &text, const QString &what);

// Asks for a screenshot or scan to keep as proof (from the pictures folder); empty when cancelled.
QString chooseProofFile(QWidget *parent);

} // namespace cd
