#pragma once

#include "ImportRow.h"
#include "storage/ConnectionTurns.h"

#include <memory>

namespace cd {

class Transaction;
class Workspace;

// Imports the rows of one kind. The framework (Importer.cpp) reads the file, checks the header,
// fills key columns from the command line, finds duplicate keys, and owns the transaction; a
// KindImporter checks each row's values and references and writes it.
class KindImporter
{
public:
    enum class Outcome
    {
        Added,
        Updated,
        Unchanged,
        Failed
    };
    virtual ~KindImporter() = default;

    // Columns a row must give (after command-line fill-ins).
    virtual QStringList required() const = 0;
    // Whether import() itself refuses a row that repeats an earlier row's key (with repeatedKey()),
    // so the framework keeps no hash of every row's key and key() is not asked.
    virtual bool findsRepeats() const { return false; }
    static QString repeatedKey(qint64 firstLine);
    // The row's key as text (for "the same key twice in one file"); empty when a key cell is bad.
    virtual QString key(const ImportRow &) const { return {}; }
    // Two independent hashes of key(), which stand for it in "the same key twice" (a collision of
    // both is beyond a file's reach). Bulk importers compute them without building the text.
    using KeyHash = std::pair<size_t, size_t>;
    virtual KeyHash keyHash(const ImportRow &row) const
    {
        const QString text = key(row);
        return {qHash(text, KeySeeds.first), qHash(text, KeySeeds.second)};
    }
    static constexpr KeyHash KeySeeds{0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL};
    // Checks and writes one row inside `tx`. Problems go to row.error(); then Failed.
    virtual Outcome import(ImportRow &row, Transaction &tx) = 0;
    // Writes what import() held back to write in bulk; called once after the last row, before
    // the commit. An error fails the whole file and names the row ("FILE:LINE: ...").
    virtual Status finish(Transaction &) { return {}; }
    // Waits for any write still running in the background; called before the transaction ends,
    // however the import ends.
    virtual void settle() {}
    // Taken around any other use of the connection while the import runs (null: no writer in the
    // background to share it with).
    virtual ConnectionTurns *connection() { return nullptr; }
    // Things worth saying about rows that imported fine ("FILE:LINE: ..."), for the report.
    virtual QStringList warnings() const { return {}; }

protected:
    // The end of most imports: nothing to do when the merged values equal the stored ones, else
    // change the stored record or insert a new one; a refusal goes on the row.
    template <typename Change, typename Insert>
    static Outcome store(ImportRow &row, bool exists, bool unchanged, Change &&change, Insert &&insert)
    {
        if (exists && unchanged)
            return Outcome::Unchanged;
        if (exists) {
            if (Status s = change(); !s) {
                row.refused(s.failure());
                return Outcome::Failed;
            }
            return Outcome::Updated;
        }
        if (auto added = insert(); !added) {
            row.refused(added.failure());
            return Outcome::Failed;
        }
        return Outcome::Added;
    }
};

std::unique_ptr<KindImporter> makeBrandImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeCreatorImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeCampaignImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeParticipantImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeDeliverableImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeContractImporter(Workspace &ws);
std::unique_ptr<KindImporter> makePaymentImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeFollowupImporter(Workspace &ws);
std::unique_ptr<KindImporter> makeFollowerImporter(Workspace &ws);
std::unique_ptr<KindImporter> makePostMetricImporter(Workspace &ws);

} // namespace cd
