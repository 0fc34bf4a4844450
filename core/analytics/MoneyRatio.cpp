#include "MoneyRatio.h"

#include "common/CountMath.h"
#include "common/Money.h"

namespace cd {

MoneyRatio MoneyRatio::of(qint64 amountMinor, qint64 multiplier, qint64 denominator, const QString &currency)
{
    MoneyRatio r;
    r.m_currency = currency;
    r.m_digits = currencyDigits(currency) + 2;
    if (denominator <= 0 || isSaturated(amountMinor) || isSaturated(multiplier) || isSaturated(denominator))
        return r;
    // amount x multiplier x 100 overflows 64 bits for large campaigns' CPM; 128 bits do not.
    const WideCount numerator = WideCount(amountMinor) * multiplier * 100;
    const WideCount magnitude = (numerator < 0 ? -numerator : numerator);
    const WideCount rounded = (magnitude * 2 + denominator) / (WideCount(denominator) * 2);
    // A ratio beyond 64 bits (a huge cost over a handful of impressions) is no figure to show.
    if (isSaturated(saturatedFromWide(rounded)))
        return r;
    r.m_scaled = qint64(numerator < 0 ? -rounded : rounded);
    // Rounded once from the exact ratio, not from the rounded one (13.495 is 13, not 13.50 then 14).
    const WideCount minor = (magnitude * 2 + WideCount(denominator) * 100) / (WideCount(denominator) * 200);
    r.m_minor = qint64(numerator < 0 ? -minor : minor);
    return r;
}

QString MoneyRatio::plain() const
{
    if (!m_scaled)
        return {};
    const qint64 v = *m_scaled;
    const qint64 magnitude = v < 0 ? -v : v;
    qint64 unit = 1;
    for (int i = 0; i < m_digits; ++i)
        unit *= 10;
    return QStringLiteral("%1%2.%3")
        .arg(v < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / unit)
        .arg(magnitude % unit, m_digits, 10, QLatin1Char('0'));
}

QString MoneyRatio::display() const
{
    if (!m_scaled)
        return QStringLiteral("—");
    // From ten minor units up (Rp10, $0.10) the currency's own digits say it; the kept decimals
    // are noise there (Rp13.858,47). Below, they are the figure ($0.0125 per engagement).
    const qint64 magnitude = *m_scaled < 0 ? -*m_scaled : *m_scaled;
    if (magnitude >= 1000)
        return Money(m_minor, m_currency).format();
    // The whole part is formatted by the product's money rules; the kept decimals follow.
    const QString text = plain();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    auto major = Money::parse(text.left(dot), m_currency);
    if (!major)
        return text;
    const QString formatted = major->format();
    // Money::format writes the currency's own decimals ("$12.00"); replace them with the ratio's.
    const int own = currencyDigits(m_currency);
    const QString decimalMark = m_currency == QLatin1String("IDR") ? QStringLiteral(",") : QStringLiteral(".");
    const QString base = own > 0 ? formatted.left(formatted.size() - own - 1) : formatted;
    return base + decimalMark + text.mid(dot + 1);
}

} // namespace cd
