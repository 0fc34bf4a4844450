#include "Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace cd {
namespace {

// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

// Active ISO 4217 codes, with their minor-unit digits where they differ from 2.
struct CurrencyTable
{
    // Keyed by the code's three letters packed in an integer: looked up for every amount of an
    // import, and a QStringView cannot look up a QString key without a copy.
    QHash<quint32, int> digits;
    static std::optional<quint32> key(QStringView code)
    {
        if (code.size() != 3)
            return std::nullopt;
        quint32 k = 0;
        for (QChar c : code) {
            if (c.unicode() > 0x7f)
                return std::nullopt;
            k = k << 8 | c.unicode();
        }
        return k;
    }
    CurrencyTable()
    {
        static constexpr std::array two = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
            "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP",
            "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
            "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW",
            "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU",
            "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK",
            "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
            "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS",
            "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL"};
        static constexpr std::array zero = {
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
            "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF", "IDR"}; // IDR: the product's whole-rupiah rule
        static constexpr std::array three = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        const auto insert = [this](const char *code, int n) { digits.insert(*key(QString::fromLatin1(code)), n); };
        for (const char *c : two)
            insert(c, 2);
        for (const char *c : zero)
            insert(c, 0);
        for (const char *c : three)
            insert(c, 3);
        insert("CLF", 4);
    }
};

const CurrencyTable &table()
{
    static const CurrencyTable t;
    return t;
}

// The symbol people write before an amount, or empty when the code itself is written.
QString currencySymbol(const QString &currency)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("IDR"), QStringLiteral("Rp")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},  {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},  {QStringLiteral("SGD"), QStringLiteral("S$")},
        {QStringLiteral("MYR"), QStringLiteral("RM")}, {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("INR"), QStringLiteral("₹")},  {QStringLiteral("PHP"), QStringLiteral("₱")},
        {QStringLiteral("THB"), QStringLiteral("฿")},  {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("VND"), QStringLiteral("₫")}};
    return symbols.value(currency);
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// "1234567" -> "1.234.567" with the given separator.
QString groupDigits(const QString &digits, QChar separator)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

} // namespace

bool isKnownCurrency(QStringView code)
{
    const auto k = CurrencyTable::key(code);
    return k && table().digits.contains(*k);
}

int currencyDigits(QStringView code)
{
    const auto k = CurrencyTable::key(code);
    return k ? table().digits.value(*k, 2) : 2;
}

Result<Money> Money::parse(QStringView text, const QString &currency)
{
    if (!isKnownCurrency(currency))
        return fail(Text::tr("unknown currency '%1': use an ISO 4217 code such as IDR or USD").arg(currency));
    const QStringView trimmed = text.trimmed();
    // Most amounts in a file are plain whole numbers: read those without a regular expression
    // (a million-row import spent a tenth of its time in it).
    if (!trimmed.isEmpty() && trimmed.size() <= 15) {
        qint64 major = 0;
        bool digits = true;
        for (const QChar c : trimmed) {
            if (c.unicode() < u'0' || c.unicode() > u'9') {
                digits = false;
                break;
            }
            major = major * 10 + (c.unicode() - u'0');
        }
        qint64 minor = 0;
        if (digits && !__builtin_mul_overflow(major, pow10(currencyDigits(currency)), &minor))
            return Money(minor, currency);
    }
    const QString s = trimmed.toString();
    if (s.isEmpty())
        return fail(Text::tr("an amount is required"));

    static const QRegularExpression plain(QStringLiteral(R"(^(-?)(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$)"));
    const auto m = plain.match(s);
    if (!m.hasMatch()) {
        static const QRegularExpression symbol(QStringLiteral(R"([^\d.,\s-])"));
        if (s.contains(symbol))
            return fail(Text::tr("'%1' is not a plain amount: leave out currency symbols and letters "
                                 "(write 1500000 or 1,250.50; the currency is %2)")
                            .arg(s, currency));
        return fail(Text::tr("'%1' is not an amount: write digits with an optional decimal point and ',' "
                             "between thousands, like 1500000 or 1,250.50")
                        .arg(s));
    }
    const int digits = currencyDigits(currency);
    const QString fraction = m.captured(3);
    if (fraction.size() > digits) {
        if (digits == 0)
            return fail(Text::tr("'%1' has decimals, but %2 amounts are whole numbers (write %3)")
                            .arg(s, currency, m.captured(2).remove(QLatin1Char(','))));
        return fail(Text::tr("'%1' has %2 decimals, but %3 amounts have at most %4")
                        .arg(s)
                        .arg(fraction.size())
                        .arg(currency)
                        .arg(digits));
    }
    const QString whole = m.captured(2).remove(QLatin1Char(','));
    bool okWhole = false;
    const qint64 major = whole.toLongLong(&okWhole);
    const qint64 scale = pow10(digits);
    qint64 minor = 0;
    if (!okWhole || __builtin_mul_overflow(major, scale, &minor))
        return fail(Text::tr("'%1' is too large an amount").arg(s));
    const qint64 frac = fraction.isEmpty() ? 0 : fraction.leftJustified(digits, QLatin1Char('0')).toLongLong();
    if (__builtin_add_overflow(minor, frac, &minor))
        return fail(Text::tr("'%1' is too large an amount").arg(s));
    if (!m.captured(1).isEmpty())
        minor = -minor;
    return Money(minor, currency);
}

QString Money::toPlain() const
{
    const int digits = currencyDigits(m_currency);
    const quint64 abs = m_minor < 0 ? 0ULL - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(digits));
    QString out = m_minor < 0 ? QStringLiteral("-") : QString();
    out += QString::number(abs / scale);
    if (digits > 0)
        out += QLatin1Char('.') + QString::number(abs % scale).rightJustified(digits, QLatin1Char('0'));
    return out;
}

QString Money::format() const
{
    return format(QLocale());
}

QString Money::format(const QLocale &locale) const
{
    const int digits = currencyDigits(m_currency);
    const quint64 abs = m_minor < 0 ? 0ULL - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(digits));
    // Rupiah the Indonesian way (dot between thousands) in every language; other currencies as the
    // language writes numbers: English 1,250.50, Indonesian 1.250,50.
    const bool indonesian = m_currency == QLatin1String("IDR") || locale.decimalPoint() == QLatin1String(",");
    QString number = groupDigits(QString::number(abs / scale), indonesian ? QLatin1Char('.') : QLatin1Char(','));
    if (digits > 0)
        number += (indonesian ? QLatin1Char(',') : QLatin1Char('.')) +
                  QString::number(abs % scale).rightJustified(digits, QLatin1Char('0'));

    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    const QString symbol = currencySymbol(m_currency);
    return symbol.isEmpty() ? sign + m_currency + QLatin1Char(' ') + number : sign + symbol + number;
}

Result<Money> Money::parseDisplay(QStringView text, const QString &currency)
{
    QString s = text.trimmed().toString();
    QString sign;
    if (s.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        s = s.mid(1).trimmed();
    }
    // The currency's own symbol or code may lead ("Rp", "$", "USD"); any other stays and is refused.
    for (const QString &prefix : {currencySymbol(currency), currency}) {
        if (!prefix.isEmpty() && s.startsWith(prefix, Qt::CaseInsensitive)) {
            s = s.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (sign.isEmpty() && s.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("-");
        s = s.mid(1).trimmed();
    }
    // Rupiah are whole: "1.500.000" groups with dots, as printed.
    static const QRegularExpression dottedGroups(QStringLiteral(R"(^\d{1,3}(\.\d{3})+$)"));
    // The app in a language that writes "1.250,50" (Indonesian): '.' groups, ',' marks decimals.
    static const QRegularExpression commaDecimals(QStringLiteral(R"(^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$)"));
    const QLocale locale;
    if (currency == QLatin1String("IDR") && dottedGroups.match(s).hasMatch()) {
        s.remove(QLatin1Char('.'));
    } else if (locale.decimalPoint() == QLatin1String(",")) {
        if (const auto m = commaDecimals.match(s); m.hasMatch())
            s = m.captured(1).remove(QLatin1Char('.')) +
                (m.captured(2).isEmpty() ? QString() : QLatin1Char('.') + m.captured(2));
    }
    static const QRegularExpression number(QStringLiteral(R"(^\d+(,\d{3})*(\.\d+)?$)"));
    if (!number.match(s).hasMatch()) {
        // The example in the form the person types, in the app's language: "1.250,50", "1,500,000".
        const QString example =
            currencyDigits(currency) == 0 ? locale.toString(1'500'000) : locale.toString(1250.5, 'f', 2);
        return fail(Text::tr("'%1' is not an amount in %2: write it like %3").arg(text.trimmed(), currency, example));
    }
    return parse(QString(sign + s), currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return fail(Text::tr("cannot add %1 to %2: amounts in different currencies are never mixed")
                        .arg(other.m_currency, m_currency));
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return fail(Text::tr("the total is too large to compute"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return fail(Text::tr("cannot subtract %1 from %2: amounts in different currencies are never mixed")
                        .arg(other.m_currency, m_currency));
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return fail(Text::tr("the difference is too large to compute"));
    return Money(diff, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return fail(Text::tr("the amount is too large to compute"));
    return Money(product, m_currency);
}

} // namespace cd
