#pragma once

#include "ImportRow.h"

#include <QHash>

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
    // The participant, or nothing after recording a message on the row's campaign/creator column.
    std::optional<Participant> find(ImportRow &row, Transaction &tx);

private:
    QHash<std::pair<QString, QString>, std::optional<Participant>> m_cache; // campaign, creator as written
};

} // namespace cd
