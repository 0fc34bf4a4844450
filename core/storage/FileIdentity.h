#pragma once

#include "common/Result.h"

#include <QString>

namespace cd {

// CollabDesk's SQLite application id ('CDsk'), written in PRAGMA application_id.
inline constexpr quint32 ApplicationId = 0x4344736B;
// The schema version this build writes; older files are migrated, newer ones refused.
inline constexpr int CurrentSchemaVersion = 11;

// What a file on disk is, found without ever writing to it.
struct FileIdentity
{
    enum class Kind
    {
        Missing,   // no file at the path
        Empty,     // a zero-byte file (as made by touch or mktemp)
        Workspace, // a CollabDesk workspace of schema `version`
    };
    Kind kind = Kind::Missing;
    int version = 0;
};

// Identifies `path` through a read-only connection: refuses (with a message that says what the
// file is and what to do) anything that is not a CollabDesk workspace this build can open:
// not SQLite, another application's database, a newer schema, or a damaged file.
// Never modifies the file. `maxVersion` is the newest schema accepted.
Result<FileIdentity> identifyFile(const QString &path, int maxVersion = CurrentSchemaVersion);

} // namespace cd
