#pragma once

#include "MoneySettings.h"

#include <QString>

namespace cd {

// Who receives a payment, as far as withholding tax cares (domain.md "Indonesian taxes").
struct Payee
{
    TaxProfile profile = TaxProfile::Person;
    bool hasNpwp = false; // 16 digits on file (a resident's NIK counts)
};

// Indonesian withholding on one payment and VAT on an invoice. IDR only: every other currency
// gets 0. Amounts are whole rupiah; each result is computed exactly and rounded once, half away
// from zero. The rates come from `settings`; the layers of PPh 21 are the law's (PMK 168/2023).
namespace tax {

// PPh 21 on a payment of `gross` to a resident person: 5/15/25/30/35% by layer on the base (50% of
// the gross), x1.2 without NPWP. Rp20,000,000 -> Rp500,000 (Rp600,000 without NPWP).
qint64 pph21(qint64 gross, bool hasNpwp, const MoneySettings &settings);
// PPh 23 on a payment to a company: 2% of the gross, 4% without NPWP (the rate doubles).
qint64 pph23(qint64 gross, bool hasNpwp, const MoneySettings &settings);
// PPh 26 on a payment to a non-resident: 20% of the gross.
qint64 pph26(qint64 gross, const MoneySettings &settings);

// What the payer withholds from `gross` paid to `payee` in `currency`: PPh 21, 23 or 26 by profile,
// nothing for person_final (PP 55/2022) or outside IDR.
qint64 withholding(qint64 gross, const QString &currency, const Payee &payee, const MoneySettings &settings);

// The name of the tax withheld for a payee in `currency` ("PPh 21"), empty when none is.
QString withholdingName(const QString &currency, const Payee &payee);

// VAT (PPN) on an invoice subtotal: the effective rate when the agency is VAT-registered, else 0.
qint64 vat(qint64 subtotal, const QString &currency, const MoneySettings &settings);

} // namespace tax
} // namespace cd
