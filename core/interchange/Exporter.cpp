#include "Importer.h"

#include "Values.h"
#include "common/SaveFile.h"
#include "csv/CsvWriter.h"
#include "records/RecordKind.h"
#include "storage/Workspace.h"
#include "storage/WorkspacePaths.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};
} // namespace

Result<qint64> exportCsv(Workspace &ws, const QString &kindName, const QString &path)
{
    const RecordKind *kind = findRecordKind(kindName);
    if (!kind)
        return fail(
            Text::tr("cannot export '%1': use one of %2").arg(kindName, recordKindNames().join(QStringLiteral(", "))));
    if (Status s = checkOutputPath(path, ws.path()); !s)
        return s.failure();
    QSqlDatabase db = ws.db();
    auto records = readRecords(db, *kind);
    if (!records)
        return records.failure();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvWriter writer(&file);
    QStringList header;
    for (const Column &c : kind->columns)
        header << QString::fromLatin1(c.name);
    bool ok = writer.write(header);
    QStringList cells;
    for (const QVariantList &row : records->rows) {
        cells.clear();
        const QString currency = row.constLast().toString();
        for (int i = 0; i < kind->columns.size(); ++i) {
            const ColumnType type = kind->columns.at(i).type;
            QString text = cellText(row.at(i + 1), type, currency);
            // Only text can be mistaken for a formula; numbers, money and dates are never altered.
            if (type == ColumnType::Text || type == ColumnType::Note || type == ColumnType::List)
                text = values::guard(text);
            cells << text;
        }
        ok = ok && writer.write(cells);
    }
    Status written = ok ? commitWhole(file) : Status(fail(file.errorString()));
    if (!ok)
        file.cancelWriting();
    if (!written)
        return fail(
            Text::tr("writing %1 failed, the file was not changed: %2 (is the disk full?)").arg(path, written.error()));
    return qint64(records->rows.size());
}

} // namespace cd
