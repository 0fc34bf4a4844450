#pragma once

#include <QString>

#include <optional>

namespace cd {

// A money ratio (CPE, CPM, CPV, cost per new follower) computed exactly from integer minor units:
// it keeps two more decimals than its currency (IDR 2, USD 4), rounded half away from zero; with
// a zero or missing denominator it has no value (never 0 or infinity).
class MoneyRatio
{
public:
    MoneyRatio() = default;
    // (amountMinor x multiplier) / denominator in `currency`. No value when denominator <= 0, when
    // an input is saturated (CountMath.h) or when the ratio does not fit 64 bits.
    static MoneyRatio of(qint64 amountMinor, qint64 multiplier, qint64 denominator, const QString &currency);

    bool hasValue() const { return m_scaled.has_value(); }
    // The value in units of 10^-digits() of the currency's major unit.
    std::optional<qint64> scaled() const { return m_scaled; }
    int digits() const { return m_digits; }
    // "40816.33" (IDR), "0.0125" (USD), or an empty string without a value (JSON: null).
    QString plain() const;
    // For people: in the currency's own digits from ten minor units up ("Rp40.816", "$1.50"), with
    // the kept decimals below ("Rp2,50", "$0.0125"); "—" without a value.
    QString display() const;
    // The ratio rounded to the currency's minor unit (display() from ten of them up).
    qint64 roundedMinor() const { return m_minor; }
    const QString &currency() const { return m_currency; }

private:
    std::optional<qint64> m_scaled;
    qint64 m_minor = 0; // the ratio rounded to the currency's minor unit, for display()
    int m_digits = 2;
    QString m_currency;
};

} // namespace cd
