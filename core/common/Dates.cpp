#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QVariant>

namespace cd {

Result<QDate> parseIsoDate(QStringView text, const QString &what)
{
    const QString s = text.trimmed().toString();
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate d = iso.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid())
        return fail(
            QCoreApplication::translate("Dates", "the %1 '%2' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01")
                .arg(what, s));
    return d;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString dateEntryFormat()
{
    // The style every list and message shows ("1 Dec 2026"): a field in "1 December 2026" beside a
    // table in "1 Dec 2026" read as two formats.
    return QStringLiteral("d MMM yyyy");
}

QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return date.toString(Qt::ISODate);
    // By hand: QDate::toString goes through printf and took a sixth of a metrics import's time.
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    return QString::fromLatin1(text, 10);
}

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant();
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDate dateFromIsoUtf8(QByteArrayView text)
{
    // Any separator, as Qt's ISO reading takes it ("2026/03/10" too).
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.size() < 10 || isDigit(text.at(4)) || isDigit(text.at(7)))
        return {};
    int parts[3] = {0, 0, 0};
    const std::pair<qsizetype, qsizetype> spans[] = {{0, 4}, {5, 2}, {8, 2}};
    for (int i = 0; i < 3; ++i)
        for (qsizetype at = spans[i].first; at < spans[i].first + spans[i].second; ++at) {
            if (!isDigit(text.at(at)))
                return {};
            parts[i] = parts[i] * 10 + (text.at(at) - '0');
        }
    return QDate(parts[0], parts[1], parts[2]); // invalid for a month 13 or a 30 February
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

} // namespace cd
