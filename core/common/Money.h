#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace cd {

// Digits after the decimal point that the product uses for a currency: 0 for IDR (people write
// whole rupiah, Rp1.500.000, although ISO 4217 says 2), ISO 4217's digits for the rest.
// Precondition: isKnownCurrency(code).
int currencyDigits(QStringView code);

// True for an active ISO 4217 alphabetic code in upper case ("IDR", "USD").
bool isKnownCurrency(QStringView code);

// An exact amount: integer minor units (rupiah, cents) and an ISO 4217 code. Never a double.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    // Reads the interchange form (CSV, CLI, JSON): a decimal in major units with optional ','
    // grouping and at most the currency's digits: "1500000", "1,250.50", "-3.5".
    // Errors: unknown currency, a symbol or letters, bad grouping, too many decimals, overflow.
    static Result<Money> parse(QStringView text, const QString &currency);

    // Reads what people type and what format() writes: the interchange form, optionally with the
    // currency's symbol or code in front ("Rp1.500.000", "$1,250.50", "USD 12", "-€3.50"); for IDR
    // '.' may group thousands as Indonesians write it; when the app's language (the default locale)
    // writes decimals with ',' (Indonesian), "1.250,50" is read that way for every currency.
    // Errors as parse(), plus a foreign symbol; an unreadable amount gets an example in the
    // app's language ("1.250,50").
    static Result<Money> parseDisplay(QStringView text, const QString &currency);

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Interchange form with exactly the currency's digits and no grouping: "1500000", "1250.50".
    QString toPlain() const;
    // For people, in the app's language (the default locale): "Rp1.500.000" always (rupiah are
    // written the Indonesian way in both languages), other currencies with the language's
    // separators: "$1,250.50", "-€3.50", "CHF 12.00" in English, "$1.250,50" in Indonesian.
    QString format() const;
    // The same in `locale`'s separators (a document in its own language).
    QString format(const QLocale &locale) const;

    // Sums never mix currencies: adding IDR to USD is an error, as is overflowing 64 bits.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace cd
