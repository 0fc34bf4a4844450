#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QJsonValue>
#include <QStringView>

#include <limits>

namespace cd {

// Dates are whole days, written ISO 'YYYY-MM-DD' everywhere the product stores or exchanges them.
// Reads exactly that form; `what` names the field in the message ("start date").
Result<QDate> parseIsoDate(QStringView text, const QString &what);

// "2026-11-23", or an empty string for an invalid (absent) date.
QString isoDate(const QDate &date);

// A date as people read it, in the default locale (the app's language): "12 Aug 2026",
// "12 Agu 2026"; empty for an invalid (absent) date. The one style for tables, messages and tiles.
QString displayDate(const QDate &date);
// The display format of date fields, displayDate()'s: "1 Mar 2026", "1 Agu 2026" (typed the same way).
QString dateEntryFormat();

// A date for SQL: the ISO string, or NULL when absent.
QVariant sqlDate(const QDate &date);
// A date read from SQL: invalid (absent) for NULL.
QDate dateFromSql(const QVariant &value);
// The same from a stored value's UTF-8 ("2026-03-10", or its first ten characters): a date read
// without a string made for it (23,140 contracts, five dates each). Invalid when it is no such date.
QDate dateFromIsoUtf8(QByteArrayView text);
// A date for JSON (formats.md): the ISO string, or null when absent.
QJsonValue jsonDate(const QDate &date);

// A day in four bytes, for lists of many thousand rows (a QDate takes eight): its Julian day
// number, or NoDay for an invalid (absent) date.
inline constexpr qint32 NoDay = std::numeric_limits<qint32>::min();
inline qint32 dayNumber(const QDate &date)
{
    return date.isValid() ? qint32(date.toJulianDay()) : NoDay;
}
inline QDate dateOfDayNumber(qint32 day)
{
    return day == NoDay ? QDate() : QDate::fromJulianDay(day);
}

} // namespace cd
