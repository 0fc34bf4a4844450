#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

// What a creator earns in a campaign; any mix of the models in domain.md. Amounts are in the
// campaign's currency. The deposit is the part of the fee paid in advance, so deposit <= fee.
struct Compensation
{
    std::optional<Money> fee;
    std::optional<int> commissionRateBp; // hundredths of a percent of attributed revenue
    std::optional<Money> productValue;
    std::optional<qint64> points;
    std::optional<Money> pointValue;
    std::optional<Money> deposit;
    friend bool operator==(const Compensation &, const Compensation &) = default;
};

struct ParticipantInput
{
    QString campaign; // names of existing records
    QString creator;
    Compensation compensation;
    ParticipantStatus status = ParticipantStatus::Confirmed;
    QString notes;
};

// Puts creators into campaigns with their compensation and status, with validation.
class ParticipantService
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantService)
public:
    explicit ParticipantService(Workspace &workspace) : m_ws(workspace) {}

    // Errors: unknown campaign or creator, an archived creator, the creator already in the
    // campaign, an amount in another currency, negative amounts, a commission over 100%,
    // a deposit above the fee.
    Result<qint64> add(const ParticipantInput &input);
    Status update(qint64 id, const Compensation &compensation, ParticipantStatus status, const QString &notes);

    // The participant of `creator` in `campaign` (names) with its stored values, if any.
    std::optional<std::pair<qint64, ParticipantInput>> find(const QString &campaign, const QString &creator);

    // The same writes inside a caller's transaction (imports write many records in one).
    Result<qint64> insert(Transaction &tx, const ParticipantInput &input);
    Status change(Transaction &tx, qint64 id, const Compensation &compensation, ParticipantStatus status,
                  const QString &notes);
    // Takes the participant out of their campaign with everything that belongs to them
    // (deliverables, posts, contracts, payments). Refused while a receivable of theirs is on an
    // invoice that is not void: the invoice is a tax record (domain.md "Invoices").
    Status remove(Transaction &tx, qint64 id);
    // The check remove() makes, without writing, so a confirmation is not asked for in vain.
    static Status removable(QSqlDatabase &db, qint64 id);

private:
    Status validate(const Compensation &c, const QString &currency);
    Workspace &m_ws;
};

} // namespace cd
