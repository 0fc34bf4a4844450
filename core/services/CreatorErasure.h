#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cd {

class Workspace;

// What erasing a creator's personal data removes and keeps (domain.md "Records"; Indonesia's UU PDP).
// Removed for good: contact details, notes, tags, rate cards, audience, vetting answers, follow-ups on
// the creator and every file kept for them or their work; the name becomes an anonymous label, each
// handle an anonymous one, and mentions of the name, handles, email, phone and NPWP in the text of
// their campaigns' records are replaced. Campaigns keep the creator's rows (fees, deliverables, posts,
// numbers) so KPIs, budgets and charts stay as they were.
// Kept: tax records for their 10 years (UU KUP): payments with tax withheld (whole, with their files)
// and, when there are any, the payee's name, tax type and NPWP; invoices as issued.
struct ErasureReport
{
    qint64 creatorId = 0;
    QString label;         // the anonymous name the creator's rows carry now (or would carry)
    QString name;          // the name before: shown before an erasure, empty once erased unless kept
    bool nameKept = false; // kept with the NPWP for tax records
    int accounts = 0;      // handles anonymised
    int details = 0;       // contact and profile fields cleared (email, phone, notes, niche, country, ...)
    int tags = 0;
    int rateCards = 0;
    int audienceRows = 0;
    int vettingAnswers = 0;
    int followups = 0;
    int files = 0;        // attachments removed
    int textsChanged = 0; // text fields in which a mention was replaced
    int taxPayments = 0;  // payments with tax withheld, kept
    int invoiceLines = 0; // invoice lines naming the creator, kept as issued
    // After an erasure: the old pages left the workspace file at once (a checkpoint); when another
    // connection held them, they leave when the workspace is closed.
    bool checkpointed = false;

    // What was removed and kept, one sentence per line, for people (CLI and the app's message).
    QStringList describe(bool done) const;
};

// What eraseCreator would do, without changing anything (the CLI's --dry-run, the app's question).
Result<ErasureReport> previewErasure(QSqlDatabase &db, qint64 creatorId);

// Erases the creator's personal data in one transaction with SQLite's secure delete (freed space is
// overwritten), logs it in the erasures table, then checkpoints the write-ahead log so the old pages
// leave the file. Backups and exports made before keep what they hold; the report says so.
Result<ErasureReport> eraseCreator(Workspace &ws, qint64 creatorId);

} // namespace cd
