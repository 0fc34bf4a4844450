#pragma once

#include <QString>
#include <QtGlobal>

namespace cd {

// Amounts in Indonesian words ("terbilang"), as invoices and kuitansi write them next to the
// figures so that the amount cannot be altered. The words are Indonesian by definition, whatever
// the interface language, so they are never translated.

// Whole rupiah in lower case words ending in " rupiah": 0 -> "nol rupiah", 1000 -> "seribu rupiah",
// 19500000 -> "sembilan belas juta lima ratus ribu rupiah"; a negative amount gets "minus " in front.
// Precondition: |rupiah| < 1,000,000,000,000,000 (up to "ratus triliun"); larger amounts still get
// words ("seribu triliun") but invoices never write them.
QString terbilang(qint64 rupiah);

// The same words without a currency word: 19500000 -> "sembilan belas juta lima ratus ribu".
// Precondition: as terbilang().
QString terbilangNumber(qint64 value);

// An amount in minor units with `digits` decimals (USD cents and the like), the major part followed
// by `currencyWord`, then the minor part with "sen" unless it is zero:
// terbilangMinor(125050, 2, "dolar AS") -> "seribu dua ratus lima puluh dolar AS lima puluh sen".
// Preconditions: 0 <= digits <= 18; the major part (|minor| / 10^digits) as terbilang().
QString terbilangMinor(qint64 minor, int digits, const QString &currencyWord);

} // namespace cd
