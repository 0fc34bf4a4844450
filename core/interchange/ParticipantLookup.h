#pragma once

#include "ImportRow.h"
#include "storage/ConnectionTurns.h"

#include <QHash>

#include <mutex>
#include <optional>

namespace cd {

class Transaction;

// Finds the participant a row names by campaign and creator, remembering answers so a file of a
// million metric rows asks the database once per participant.
class ParticipantLookup
{
public:
    struct Participant
    {
        qint64 id = 0;
        QString currency;
    };
    // `connection`: taken while the lookup reads the database (see KindImporter::connectionMutex).
    explicit ParticipantLookup(ConnectionTurns *connection = nullptr) : m_connection(connection) {}
    // The participant, or nothing after recording a message on the row's campaign/creator column.
    std::optional<Participant> find(ImportRow &row, Transaction &tx);

private:
    ConnectionTurns *m_connection;
    QHash<std::pair<QString, QString>, std::optional<Participant>> m_cache; // campaign, creator as written
};

} // namespace cd
