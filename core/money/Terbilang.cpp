#include "Terbilang.h"

#include <QStringList>

namespace cd {

namespace {

const char *const kUnits[] = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};

// Scale words, largest first; the recursion spells each count, so "seratus satu ribu" needs no table.
const quint64 kScaleSizes[] = {1'000'000'000'000ULL, 1'000'000'000ULL, 1'000'000ULL, 1'000ULL, 100ULL};
const char *const kScaleWords[] = {"triliun", "miliar", "juta", "ribu", "ratus"};

void appendWords(QStringList &words, quint64 n)
{
    // Each scale word is preceded by the words for its count; only ribu and ratus (and the teens
    // and tens) fold a count of one into the prefix "se" (seribu, seratus, sepuluh).
    for (int i = 0; i < 5; ++i) {
        const quint64 count = n / kScaleSizes[i];
        if (count == 0)
            continue;
        if (count == 1 && kScaleSizes[i] <= 1'000)
            words << QStringLiteral("se") + QLatin1String(kScaleWords[i]);
        else {
            appendWords(words, count);
            words << QLatin1String(kScaleWords[i]);
        }
        n %= kScaleSizes[i];
    }
    if (n == 0)
        return; // nol is only written for the whole number zero, handled by the caller
    if (n < 10)
        words << QLatin1String(kUnits[n]);
    else if (n == 10)
        words << QStringLiteral("sepuluh");
    else if (n == 11)
        words << QStringLiteral("sebelas");
    else if (n < 20)
        words << QLatin1String(kUnits[n - 10]) << QStringLiteral("belas");
    else {
        words << QLatin1String(kUnits[n / 10]) << QStringLiteral("puluh");
        if (n % 10 != 0)
            words << QLatin1String(kUnits[n % 10]);
    }
}

QString magnitudeWords(quint64 n)
{
    if (n == 0)
        return QLatin1String(kUnits[0]);
    QStringList words;
    appendWords(words, n);
    return words.join(QLatin1Char(' '));
}

// As quint64 so that negating any qint64, even the minimum, cannot overflow.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0ULL - quint64(value) : quint64(value);
}

} // namespace

QString terbilang(qint64 rupiah)
{
    return terbilangMinor(rupiah, 0, QStringLiteral("rupiah"));
}

QString terbilangNumber(qint64 value)
{
    const QString words = magnitudeWords(magnitude(value));
    return value < 0 ? QStringLiteral("minus ") + words : words;
}

QString terbilangMinor(qint64 minor, int digits, const QString &currencyWord)
{
    Q_ASSERT(digits >= 0 && digits <= 18);
    quint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    const quint64 abs = magnitude(minor);
    QString text = magnitudeWords(abs / divisor) + QLatin1Char(' ') + currencyWord;
    if (abs % divisor != 0)
        text += QLatin1Char(' ') + magnitudeWords(abs % divisor) + QStringLiteral(" sen");
    return minor < 0 ? QStringLiteral("minus ") + text : text;
}

} // namespace cd
