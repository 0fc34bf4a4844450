#include "WorkspaceFingerprint.h"

#include "Sql.h"
#include "WorkspaceTables.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cd {
namespace {

// Appends value `i` of the current row, tagged with its kind and (for text and bytes) its length,
// so that no two different rows encode alike.
void encode(QByteArray &out, const QSqlQuery &q, int i)
{
    if (q.isNull(i)) {
        out += 'N';
        return;
    }
    const QVariant v = q.value(i);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += 'I' + QByteArray::number(v.toLongLong()) + ';';
        return;
    case QMetaType::Double:
        out += 'R' + QByteArray::number(v.toDouble(), 'g', 17) + ';';
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        out += 'B' + QByteArray::number(bytes.size()) + ':' + bytes;
        return;
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        out += 'T' + QByteArray::number(text.size()) + ':' + text;
    }
    }
}

Result<TableFingerprint> fingerprintTable(QSqlDatabase &db, const tables::Table &table)
{
    const bool ordered = *table.order != '\0';
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(tables::readAll(table)))
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    const int columns = q.record().count();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QByteArray> unordered;
    TableFingerprint out{QLatin1String(table.name), 0, {}};
    QByteArray row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i)
            encode(row, q, i);
        row += '\n';
        if (ordered)
            hash.addData(row);
        else
            unordered << row;
        ++out.rows;
    }
    if (q.lastError().isValid())
        return fail(QCoreApplication::translate("Workspace", "database error: %1").arg(q.lastError().text()));
    std::sort(unordered.begin(), unordered.end());
    for (const QByteArray &r : std::as_const(unordered))
        hash.addData(r);
    out.sha256 = hash.result();
    return out;
}

} // namespace

Result<QList<TableFingerprint>> fingerprint(QSqlDatabase &db)
{
    QList<TableFingerprint> out;
    for (const tables::Table &table : tables::all()) {
        auto one = fingerprintTable(db, table);
        if (!one)
            return one.failure();
        out << std::move(one).value();
    }
    return out;
}

QStringList differences(const QList<TableFingerprint> &a, const QList<TableFingerprint> &b)
{
    QStringList out;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const TableFingerprint none;
        const TableFingerprint &x = i < a.size() ? a.at(i) : none;
        const TableFingerprint &y = i < b.size() ? b.at(i) : none;
        const QString table = x.table.isEmpty() ? y.table : x.table;
        if (x.rows != y.rows)
            out << QCoreApplication::translate("Workspace", "%1: %2 rows in the source, %3 in the copy")
                       .arg(table)
                       .arg(x.rows)
                       .arg(y.rows);
        else if (x.sha256 != y.sha256)
            out << QCoreApplication::translate("Workspace", "%1: the same number of rows, but different contents")
                       .arg(table);
    }
    return out;
}

} // namespace cd
