#pragma once

#include "Values.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>

namespace cd {

class Workspace;

// Values the command line or the GUI's mapping step gives for key columns a file lacks
// (platform exports have no campaign or creator column).
struct ImportOptions
{
    QString campaign, creator, platform;
    QDate date;
    // The import wizard's column mapping: file column (from 0) -> the kind's column it holds, in
    // place of what its header says; an empty name leaves that file column out.
    QHash<int, QString> columns;
    // Called every few thousand rows with the bytes read and the file's size; returning false
    // cancels: nothing is written and the report says cancelled.
    std::function<bool(qint64 done, qint64 total)> progress;
    // Checks every row exactly as an import would, then writes nothing (the wizard's preview).
    bool checkOnly = false;
    // How the file writes numbers: formats.md's form, or Indonesian ("14.300", "4,25").
    values::NumberStyle numbers = values::NumberStyle::Interchange;
};

struct ImportReport
{
    qint64 added = 0, updated = 0, unchanged = 0; // with checkOnly: what an import would do
    QStringList warnings;                         // unknown columns, short rows
    QStringList errors;                           // "FILE:LINE: column: what is wrong", every bad row
    bool cancelled = false;
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// How a file's columns would be read as `kind`, before importing: for the wizard's mapping step.
struct ColumnPlan
{
    QStringList header;      // the file's column names
    QStringList mapped;      // per file column: the kind's column it holds by its name, or empty
    QStringList columns;     // every column of the kind (formats.md)
    QStringList required;    // the kind's required columns
    QString format;          // "Instagram export" for a recognised platform export, else empty
    QStringList formatFills; // key columns such an export fills itself
    int handleColumn = -1;   // the export's account username column (finds the creator)
    QList<QStringList> rows; // the first data rows as read
    // The file's numbers look Indonesian: "14.300" in a count column, and no "14,300" anywhere.
    bool indonesianNumbers = false;
    QString error; // unreadable or empty file, unknown kind
};
ColumnPlan planColumns(Workspace &ws, const QString &kind, const QString &path, int sampleRows = 50);

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
