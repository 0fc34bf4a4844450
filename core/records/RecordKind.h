#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace cd {

// How a column's stored value is read and written (formats.md "Values").
enum class ColumnType
{
    Text,
    Note, // free text kept as typed: a quoted cell keeps its spaces at either end (caption, notes)
    Word,
    Count,
    Money,
    Percent,
    Date,
    List,
    Bool
};

struct Column
{
    const char *name; // the CSV header, also the JSON member
    ColumnType type;
    bool inTextList = false; // shown by 'list KIND' without --json (the full set is in JSON/CSV)
};

// One kind of record as the interchange formats see it (creators, brands, ... post_metrics):
// its columns in formats.md order and the query that reads them, sorted by the kind's key.
struct RecordKind
{
    const char *name;
    QList<Column> columns;
    const char *query; // SELECT id, <columns...>, <currency of the row's money> ORDER BY key
};

// Every kind of formats.md's CSV table, in import order.
const QList<RecordKind> &recordKinds();
const RecordKind *findRecordKind(QStringView name);
QStringList recordKindNames();

// Rows of a kind as stored: id, then one value per column (money in minor units, percents in
// hundredths, lists as QStringList), then the row's currency.
struct RecordRows
{
    const RecordKind *kind = nullptr;
    QList<QVariantList> rows;
};
Result<RecordRows> readRecords(QSqlDatabase &db, const RecordKind &kind);

// The interchange text of one value (formats.md): money with the currency's digits and no
// grouping, percents as numbers, lists joined with ';', booleans yes/no, empty when absent.
QString cellText(const QVariant &value, ColumnType type, const QString &currency);

// `list KIND --json`: an array of objects with the CSV columns (lists as arrays, absent values
// null, money as decimal strings, percents as numbers) plus id.
QJsonArray recordsToJson(const RecordRows &records);

// `list KIND` for people: an aligned table of the kind's main columns.
QString recordsToText(const RecordRows &records);

} // namespace cd
