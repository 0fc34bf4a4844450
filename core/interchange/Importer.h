#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace cd {

class Workspace;

// Values the command line or the GUI's mapping step gives for key columns a file lacks
// (platform exports have no campaign or creator column).
struct ImportOptions
{
    QString campaign, creator, platform;
    QDate date;
};

struct ImportReport
{
    qint64 added = 0, updated = 0, unchanged = 0;
    QStringList warnings; // unknown columns, short rows
    QStringList errors;   // "FILE:LINE: column: what is wrong", every bad row
    bool ok() const { return errors.isEmpty(); }
};

// Kinds whose import is available (formats.md's order).
QStringList importableKinds();

// Imports one CSV file of `kind` (formats.md). All or nothing: every row is checked, inside one
// transaction, and the file is written only when no row has an error. A row whose key exists
// updates that record; importing the same file again changes nothing and counts it unchanged.
// `fileLabel` names the file in messages (the path as the user typed it).
ImportReport importCsv(Workspace &ws, const QString &kind, const QString &path, const ImportOptions &options = {});

// Exports every record of `kind` to `path` (formats.md): all columns, sorted by key, CRLF, UTF-8
// without BOM, formula guard on text. Written through QSaveFile: all or nothing. Returns the rows.
Result<qint64> exportCsv(Workspace &ws, const QString &kind, const QString &path);

} // namespace cd
