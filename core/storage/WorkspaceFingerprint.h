#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cd {

// What one table holds, in a form two backends can compare: its row count and a SHA-256 over its
// rows in key order. A value is hashed by what it is (NULL, integer, text as UTF-8, bytes), not by
// how a driver hands it over, so a file and a server holding the same rows give the same hash.
struct TableFingerprint
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256;
    friend bool operator==(const TableFingerprint &, const TableFingerprint &) = default;
};

// Every table of tables::all(), in that order. Read inside one transaction for a consistent
// picture: run it inside the caller's (a move's write, or a read it began).
Result<QList<TableFingerprint>> fingerprint(QSqlDatabase &db);

// One line per table that differs between a source and its copy ("payments: 12 rows in the
// source, 11 in the copy"), empty when they agree.
QStringList differences(const QList<TableFingerprint> &source, const QList<TableFingerprint> &copy);

} // namespace cd
