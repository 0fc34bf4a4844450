#include "Percent.h"

#include "CountMath.h"

#include <QRegularExpression>

namespace cd {

std::optional<qint64> parsePercentBp(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 bp = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return bp <= 10000 ? std::optional(bp) : std::nullopt;
}

QString percentText(qint64 bp)
{
    QString text = QString::number(bp / 100);
    if (const qint64 cents = bp % 100) {
        text += QLatin1Char('.') + QString::number(cents).rightJustified(2, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

std::optional<double> ratioPercent(qint64 numerator, qint64 denominator)
{
    if (denominator == 0 || isSaturated(numerator) || isSaturated(denominator))
        return std::nullopt;
    return 100.0 * double(numerator) / double(denominator);
}

} // namespace cd
