#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace cd {

class Transaction;

// The terms a contract version holds (formats.md contracts.csv; domain.md "Contract essentials").
struct ContractTerms
{
    ContractLanguage language = ContractLanguage::En;
    QDate endDate;
    QString exclusivityCategory;
    QStringList competitors;                // names, not references
    QDate exclusivityStart, exclusivityEnd; // no start: no exclusivity; no end: open-ended
    QStringList usageChannels;              // organic website email print ooh and platform words
    QDate usageStart, usageEnd;
    bool paidAds = false;
    std::optional<qint64> revisionRounds, paymentTermsDays, cancellationNoticeDays;
    std::optional<qint64> turnaroundDays; // for a revision; none: the workspace's setting
    std::optional<Money> killFee;         // in the campaign's currency
    QString governingLaw;
    QString templateName; // the clause template the text came from
    QString body;         // the contract's text as generated and edited
    friend bool operator==(const ContractTerms &, const ContractTerms &) = default;
};

// A contract as stored: its state and its latest version's terms.
struct ContractRecord
{
    qint64 id = 0, participantId = 0;
    ContractStatus status = ContractStatus::Draft;
    QDate signedDate;
    bool rightsInUse = false;
    int version = 0; // the latest
    QString currency;
    ContractTerms terms;
};

// One contract per campaign participant; its terms live in versions. A draft's terms change in
// place; a sent or negotiating contract's change makes a new version (the other side saw the old
// one); a signed, active, expired or terminated contract's terms are read-only.
class ContractService
{
public:
    enum class Change
    {
        Unchanged,
        Updated,   // the draft's version was changed in place
        NewVersion // a sent or negotiating contract got the next version
    };

    static Result<std::optional<ContractRecord>> forParticipant(QSqlDatabase &db, qint64 participantId);
    static Result<ContractRecord> load(QSqlDatabase &db, qint64 id);
    // The terms of one version (1 = the first), in the campaign's `currency`.
    static Result<ContractTerms> versionTerms(QSqlDatabase &db, qint64 id, int version, const QString &currency);

    // Checks terms on their own: periods that end before they start, an exclusivity without its
    // start, unknown usage channels, a kill fee in another currency.
    static Status validate(const ContractTerms &terms, const QString &currency);

    struct StatusChange
    {
        QString changedOn, status, note;
    };
    struct VersionInfo
    {
        int version = 0;
        QDate created;
        qint64 id = 0; // the version's row (signed copies are attached to it)
    };
    // The contract's status changes in order, and its versions.
    static Result<QList<StatusChange>> statusHistory(QSqlDatabase &db, qint64 id);
    static Result<QList<VersionInfo>> versions(QSqlDatabase &db, qint64 id);
    // Whether the lifecycle allows `to` after `from` (draft -> sent -> negotiating -> signed ->
    // active -> expired or terminated; a negotiation may go back to sent; any open deal may end as
    // terminated; the same status is no move).
    static bool canMove(ContractStatus from, ContractStatus to);
    static bool termsReadOnly(ContractStatus status);

    // A new contract for a participant that has none, with version 1. `on` dates the status.
    static Result<qint64> create(Transaction &tx, qint64 participantId, const ContractTerms &terms,
                                 ContractStatus status, const QDate &on, const QDate &signedDate = {});
    static Result<Change> changeTerms(Transaction &tx, qint64 id, const ContractTerms &terms);
    // Moves the contract along its lifecycle on day `on` (signing sets the signed date to `on`
    // unless one is given).
    static Status setStatus(Transaction &tx, qint64 id, ContractStatus status, const QDate &on,
                            const QString &note = {}, const QDate &signedDate = {});
    static Status setRightsInUse(Transaction &tx, qint64 id, bool inUse);
    // Deletes a draft (never sent, so nobody else holds it); a contract the other side has seen is
    // kept: it ends as terminated instead.
    static Status removeDraft(Transaction &tx, qint64 id);

    // Terms as they are stored: usage channels in lower case, sorted, once each (a set), so
    // "Instagram;website" equals the stored "instagram;website".
    static ContractTerms normalised(ContractTerms terms);
    // The usage channel words (formats.md).
    static QStringList usageChannelWords();
};

} // namespace cd
