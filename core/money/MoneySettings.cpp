#include "MoneySettings.h"

#include "TaxProfiles.h"
#include "storage/SettingKeys.h"
#include "storage/Settings.h"

namespace cd {

MoneySettings MoneySettings::read(QSqlDatabase &db)
{
    const auto number = [&](const char *name) {
        return settings::intValue(db, *findSettingKey(QString::fromLatin1(name)));
    };
    const auto text = [&](const char *name) {
        return settings::displayValue(db, *findSettingKey(QString::fromLatin1(name)));
    };
    MoneySettings m;
    m.perspective = wordFrom<Perspective>(text("perspective")).value_or(Perspective::Brand);
    m.paymentTermsDays = int(number("payment_terms_days"));
    m.creatorPayoutDays = int(number("creator_payout_days"));
    m.agencyRateBp = number("agency_rate");
    m.vatRegistered = number("vat_registered") != 0;
    m.vatRateBp = number("vat_rate");
    m.pph23RateBp = number("pph23_rate");
    m.pph26RateBp = number("pph26_rate");
    m.pph21BaseBp = number("pph21_base");
    m.companyName = text("company_name");
    m.companyAddress = text("company_address");
    m.companyNpwp = text("company_npwp");
    m.companyNpwpIsNpwp = isNpwp(m.companyNpwp);
    m.companyBankAccount = text("company_bank_account");
    m.invoicePattern = text("invoice_pattern");
    return m;
}

bool MoneySettings::isNpwp(const QString &taxNumber)
{
    // Written as Settings' example shows it ("NPWP 0012 3456 7890 1000"), with its label.
    QString number = taxNumber.trimmed();
    if (number.startsWith(QLatin1String("NPWP"), Qt::CaseInsensitive))
        number = number.mid(4).trimmed();
    if (number.startsWith(QLatin1Char(':')))
        number = number.mid(1);
    const auto npwp = TaxProfiles::normaliseNpwp(number);
    return npwp && !npwp->isEmpty();
}

} // namespace cd
