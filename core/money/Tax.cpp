#include "Tax.h"

#include "common/Rounding.h"

#include <array>
#include <limits>

namespace cd::tax {
namespace {
bool isRupiah(const QString &currency)
{
    return currency == QLatin1String("IDR");
}

// PMK 168/2023's layers (Pasal 17 rates) on the taxable base, in rupiah.
struct Layer
{
    qint64 upTo;
    qint64 rateBp;
};
constexpr std::array<Layer, 5> Pph21Layers = {{{60'000'000, 500},
                                               {250'000'000, 1500},
                                               {500'000'000, 2500},
                                               {5'000'000'000, 3000},
                                               {std::numeric_limits<qint64>::max(), 3500}}};
} // namespace

qint64 pph21(qint64 gross, bool hasNpwp, const MoneySettings &settings)
{
    if (gross <= 0)
        return 0;
    // Everything stays in units of 1/10000 rupiah until the single rounding at the end, so the
    // 50% base of an odd amount is not rounded before the layers apply.
    const Int128 base = Int128(gross) * settings.pph21BaseBp; // rupiah x 10^4
    Int128 tax = 0;                                           // rupiah x 10^8
    Int128 lower = 0;
    for (const Layer &layer : Pph21Layers) {
        const Int128 upper = Int128(layer.upTo) * 10000;
        if (base <= lower)
            break;
        const Int128 slice = (base < upper ? base : upper) - lower;
        tax += slice * layer.rateBp;
        lower = upper;
    }
    // Without NPWP the tax is 20% higher (x 120 / 100).
    return hasNpwp ? divideRounded(tax, Int128(100'000'000)) : divideRounded(tax * 120, Int128(10'000'000'000));
}

qint64 pph23(qint64 gross, bool hasNpwp, const MoneySettings &settings)
{
    return gross <= 0 ? 0 : percentOf(gross, hasNpwp ? settings.pph23RateBp : settings.pph23RateBp * 2);
}

qint64 pph26(qint64 gross, const MoneySettings &settings)
{
    return gross <= 0 ? 0 : percentOf(gross, settings.pph26RateBp);
}

qint64 withholding(qint64 gross, const QString &currency, const Payee &payee, const MoneySettings &settings)
{
    if (!isRupiah(currency))
        return 0;
    switch (payee.profile) {
    case TaxProfile::Person:
        return pph21(gross, payee.hasNpwp, settings);
    case TaxProfile::PersonFinal:
        return 0;
    case TaxProfile::Company:
        return pph23(gross, payee.hasNpwp, settings);
    case TaxProfile::Foreign:
        return pph26(gross, settings);
    }
    return 0;
}

QString withholdingName(const QString &currency, const Payee &payee)
{
    if (!isRupiah(currency))
        return {};
    switch (payee.profile) {
    case TaxProfile::Person:
        return QStringLiteral("PPh 21");
    case TaxProfile::PersonFinal:
        return {};
    case TaxProfile::Company:
        return QStringLiteral("PPh 23");
    case TaxProfile::Foreign:
        return QStringLiteral("PPh 26");
    }
    return {};
}

qint64 vat(qint64 subtotal, const QString &currency, const MoneySettings &settings)
{
    if (!isRupiah(currency) || !settings.vatRegistered || subtotal <= 0)
        return 0;
    return percentOf(subtotal, settings.vatRateBp);
}

} // namespace cd::tax
