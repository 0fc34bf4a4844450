#pragma once

#include "common/Result.h"

#include <QSet>
#include <QSqlDatabase>

namespace cd {

// The records a manager's "My creators" view keeps (domain.md "The talent manager's desk"): their
// creators, those creators' deals (participants), contracts, payments (by participant) and the
// campaigns any of them takes part in. Ids only, so each list filters what it already holds.
struct ManagedIds
{
    QSet<qint64> creators, participants, campaigns, contracts;
    // Whose they are (managers.id); -1 for no one's, as an empty set of ids.
    qint64 managerId = -1;
};

Result<ManagedIds> managedIds(QSqlDatabase &db, qint64 managerId);

} // namespace cd
