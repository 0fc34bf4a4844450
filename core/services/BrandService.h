#pragma once

#include "common/Result.h"

#include <QStringList>

#include <optional>

namespace cd {

class Transaction;
class Workspace;

struct BrandInput
{
    QString name;
    QString category;
    QStringList competitors; // names, not references: they need not exist as brands
    QString contactEmail;
    QString notes;
};

// Adds, edits and removes brands, with validation. Every write is one transaction.
class BrandService
{
public:
    explicit BrandService(Workspace &workspace) : m_ws(workspace) {}

    // Errors: missing/overlong name, a name already used (compared ignoring case and spacing),
    // a malformed email, the brand named as its own competitor.
    Result<qint64> add(const BrandInput &input);
    Status update(qint64 id, const BrandInput &input);
    // Refused while campaigns of the brand exist (they would lose their brand).
    Status remove(qint64 id);

    std::optional<qint64> findByName(const QString &name);
    // The stored values of a brand, for editing or merging.
    Result<BrandInput> load(qint64 id);

    // The same writes inside a caller's transaction (imports write many records in one).
    Result<qint64> insert(Transaction &tx, const BrandInput &input);
    Status change(Transaction &tx, qint64 id, const BrandInput &input);
    Status remove(Transaction &tx, qint64 id);

    // The checks add() and update() make, without writing (selfId 0 for a new brand).
    Status validate(const BrandInput &input, qint64 selfId);

private:
    Status writeCompetitors(Transaction &tx, qint64 id, const QStringList &competitors);
    Workspace &m_ws;
};

} // namespace cd
