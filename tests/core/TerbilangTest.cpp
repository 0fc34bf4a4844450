#include "TestSupport.h"

#include "money/Terbilang.h"

using cd::terbilang;
using cd::terbilangMinor;
using cd::terbilangNumber;

TEST_CASE("spells amounts in Indonesian words")
{
    CHECK(terbilang(0) == QStringLiteral("nol rupiah"));
    CHECK(terbilang(1) == QStringLiteral("satu rupiah"));
    CHECK(terbilang(11) == QStringLiteral("sebelas rupiah"));
    CHECK(terbilang(100) == QStringLiteral("seratus rupiah"));
    CHECK(terbilang(1'000) == QStringLiteral("seribu rupiah"));
    CHECK(terbilang(1'000'000) == QStringLiteral("satu juta rupiah"));
    CHECK(terbilang(19'500'000) == QStringLiteral("sembilan belas juta lima ratus ribu rupiah"));
}

TEST_CASE("follows the Indonesian rules for se-, belas, puluh and the scale words")
{
    CHECK(terbilangNumber(10) == QStringLiteral("sepuluh"));
    CHECK(terbilangNumber(12) == QStringLiteral("dua belas"));
    CHECK(terbilangNumber(19) == QStringLiteral("sembilan belas"));
    CHECK(terbilangNumber(20) == QStringLiteral("dua puluh"));
    CHECK(terbilangNumber(21) == QStringLiteral("dua puluh satu"));
    CHECK(terbilangNumber(200) == QStringLiteral("dua ratus"));
    CHECK(terbilangNumber(1'001) == QStringLiteral("seribu satu"));
    CHECK(terbilangNumber(1'100) == QStringLiteral("seribu seratus"));
    CHECK(terbilangNumber(21'000) == QStringLiteral("dua puluh satu ribu"));
    CHECK(terbilangNumber(100'000) == QStringLiteral("seratus ribu"));
    CHECK(terbilangNumber(101'000) == QStringLiteral("seratus satu ribu"));
    CHECK(terbilangNumber(1'000'000'000) == QStringLiteral("satu miliar"));
    CHECK(terbilangNumber(1'000'000'000'000) == QStringLiteral("satu triliun"));
    CHECK(terbilangNumber(2'500'000'000'000) == QStringLiteral("dua triliun lima ratus miliar"));
    CHECK(terbilangNumber(19'500'000) == QStringLiteral("sembilan belas juta lima ratus ribu"));
}

TEST_CASE("spells the largest valid amount, up to ratus triliun")
{
    CHECK(terbilang(999'999'999'999'999) == QStringLiteral("sembilan ratus sembilan puluh sembilan triliun "
                                                           "sembilan ratus sembilan puluh sembilan miliar "
                                                           "sembilan ratus sembilan puluh sembilan juta "
                                                           "sembilan ratus sembilan puluh sembilan ribu "
                                                           "sembilan ratus sembilan puluh sembilan rupiah"));
}

TEST_CASE("puts minus in front of a negative amount")
{
    CHECK(terbilang(-1'500) == QStringLiteral("minus seribu lima ratus rupiah"));
    CHECK(terbilangNumber(-21) == QStringLiteral("minus dua puluh satu"));
}

TEST_CASE("spells amounts with cents, leaving out zero cents")
{
    CHECK(terbilangMinor(125'050, 2, QStringLiteral("dolar AS")) ==
          QStringLiteral("seribu dua ratus lima puluh dolar AS lima puluh sen"));
    CHECK(terbilangMinor(125'000, 2, QStringLiteral("dolar AS")) ==
          QStringLiteral("seribu dua ratus lima puluh dolar AS"));
    CHECK(terbilangMinor(7, 2, QStringLiteral("dolar AS")) == QStringLiteral("nol dolar AS tujuh sen"));
    CHECK(terbilangMinor(-350, 2, QStringLiteral("euro")) == QStringLiteral("minus tiga euro lima puluh sen"));
}
