#include "TaxProfiles.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace cd {

Result<QString> TaxProfiles::normaliseNpwp(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char('-') && !c.isSpace())
            return fail(tr("an NPWP holds digits only (dots and dashes are fine): '%1'").arg(text.trimmed()));
    }
    if (!digits.isEmpty() && digits.size() != 15 && digits.size() != 16)
        return fail(tr("an NPWP has 16 digits (or 15 in the old form); '%1' has %n", nullptr, int(digits.size()))
                        .arg(text.trimmed()));
    return digits;
}

Result<CreatorTaxProfile> TaxProfiles::read(QSqlDatabase &db, qint64 creatorId)
{
    auto q =
        sql::run(db, QStringLiteral("SELECT tax_type, npwp, agency_rate_bp FROM creators WHERE id = ?"), {creatorId});
    if (!q)
        return q.failure();
    if (!q->next())
        return fail(tr("the creator no longer exists"));
    CreatorTaxProfile p;
    p.profile = wordFrom<TaxProfile>(q->value(0).toString()).value_or(TaxProfile::Person);
    p.npwp = q->value(1).toString();
    if (!q->isNull(2))
        p.agencyRateBp = q->value(2).toLongLong();
    return p;
}

Status TaxProfiles::write(Transaction &tx, qint64 creatorId, const CreatorTaxProfile &p)
{
    auto npwp = normaliseNpwp(p.npwp);
    if (!npwp)
        return npwp.failure();
    if (p.agencyRateBp && (*p.agencyRateBp < 0 || *p.agencyRateBp > 10000))
        return fail(tr("the agency rate must be between 0% and 100%"));
    auto q =
        sql::run(tx.db(), QStringLiteral("UPDATE creators SET tax_type = ?, npwp = ?, agency_rate_bp = ? WHERE id = ?"),
                 {wordOf(p.profile), npwp.value(), sql::optional(p.agencyRateBp), creatorId});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("creators"), creatorId);
    return {};
}

Status TaxProfiles::setParticipantAgencyRate(Transaction &tx, qint64 participantId, std::optional<qint64> rateBp)
{
    if (rateBp && (*rateBp < 0 || *rateBp > 10000))
        return fail(tr("the agency rate must be between 0% and 100%"));
    auto q = sql::run(tx.db(), QStringLiteral("UPDATE participants SET agency_rate_bp = ? WHERE id = ?"),
                      {sql::optional(rateBp), participantId});
    if (!q)
        return q.failure();
    tx.touch(QStringLiteral("participants"), participantId);
    return {};
}

} // namespace cd
