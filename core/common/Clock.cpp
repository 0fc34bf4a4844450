#include "Clock.h"

#include <QTimeZone>

namespace cd {
namespace {
QDateTime &fixed()
{
    static QDateTime value;
    return value;
}
} // namespace

QDateTime Clock::nowUtc()
{
    return fixed().isValid() ? fixed() : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return fixed().isValid() ? fixed().toLocalTime().date() : QDate::currentDate();
}

QString Clock::timestamp()
{
    return nowUtc().toString(Qt::ISODate);
}

void Clock::setFixed(const QDateTime &utc)
{
    fixed() = utc;
}

} // namespace cd
