#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class Transaction;

// A creator as a payee: their tax profile, NPWP and the agency fee rate that applies to them
// (domain.md "Indonesian taxes", "Agency fee").
struct CreatorTaxProfile
{
    TaxProfile profile = TaxProfile::Person;
    QString npwp;                       // digits only; '' when none
    std::optional<qint64> agencyRateBp; // none: the workspace's rate
    friend bool operator==(const CreatorTaxProfile &, const CreatorTaxProfile &) = default;
};

struct TaxProfiles
{
    Q_DECLARE_TR_FUNCTIONS(TaxProfiles)
public:
    // An NPWP as stored: its digits, when there are 15 (the old form) or 16 (the NIK form since
    // 2024); dots, dashes and spaces as people write them are dropped. '' stays ''.
    static Result<QString> normaliseNpwp(const QString &text);

    static Result<CreatorTaxProfile> read(QSqlDatabase &db, qint64 creatorId);
    // Writes the profile (signal kind "creators"). Errors: a bad NPWP or rate.
    static Status write(Transaction &tx, qint64 creatorId, const CreatorTaxProfile &profile);
    // The agency rate of one participation (none: the creator's or the workspace's).
    static Status setParticipantAgencyRate(Transaction &tx, qint64 participantId, std::optional<qint64> rateBp);
};

} // namespace cd
