#include "Dates.h"

#include <QCoreApplication>
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

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace cd
