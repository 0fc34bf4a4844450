#pragma once

#include "common/Words.h"

#include <QSqlDatabase>
#include <QString>

namespace cd {

// The workspace's money settings as one value (domain.md "Money, precisely"): read once per
// action, so a computation never mixes two versions of a rate. Rates are basis points (2000 = 20%).
struct MoneySettings
{
    Perspective perspective = Perspective::Brand;
    int paymentTermsDays = 30;
    int creatorPayoutDays = 7;
    qint64 agencyRateBp = 2000;
    bool vatRegistered = false;
    qint64 vatRateBp = 1100;   // effective rate: 12% x 11/12 under PMK 131/2024
    qint64 pph23RateBp = 200;  // doubled for a payee without NPWP
    qint64 pph26RateBp = 2000; // non-residents, on the gross
    qint64 pph21BaseBp = 5000; // PPh 21 for non-employees taxes 50% of the gross
    // The agency (this workspace's company, on contracts and invoices).
    QString companyName, companyAddress, companyNpwp, companyBankAccount;
    QString invoicePattern = QStringLiteral("INV/{YYYY}/{NNNN}");
    // isNpwp(companyNpwp), worked out once by read(): the withholding of every open receivable read
    // asks it (11,396 of them in the large demo's Payments read).
    bool companyNpwpIsNpwp = false;

    bool isAgency() const { return perspective == Perspective::Agency; }
    // Whether the company's tax number is an NPWP (15 or 16 digits): brands withhold PPh 23 from
    // an agency at the doubled rate without one. The field is free text (a foreign brand's tax
    // number goes on its contracts), so "belum ada" in it is no NPWP.
    bool hasCompanyNpwp() const { return companyNpwpIsNpwp; }
    // Whether `taxNumber` is an NPWP, with or without its "NPWP" label.
    static bool isNpwp(const QString &taxNumber);
    // Which way the money of a campaign's terms flows in this workspace: payables to creators for a
    // brand, receivables from the brand for an agency.
    PaymentDirection termsDirection() const
    {
        return isAgency() ? PaymentDirection::Receivable : PaymentDirection::Payable;
    }

    static MoneySettings read(QSqlDatabase &db);
};

} // namespace cd
