#include "Importer.h"

#include "KindImporter.h"
#include "PlatformExport.h"
#include "Values.h"
#include "common/Clock.h"
#include "common/Names.h"
#include "csv/CsvReader.h"
#include "records/RecordKind.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cd {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

// Header names match ignoring case, spaces and underscores ("Contact Email" = contact_email).
QString headerKey(const QString &name)
{
    QString k = name.trimmed().toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('_'));
    return k;
}

std::unique_ptr<KindImporter> makeImporter(Workspace &ws, const QString &kind)
{
    if (kind == QLatin1String("brands"))
        return makeBrandImporter(ws);
    if (kind == QLatin1String("creators"))
        return makeCreatorImporter(ws);
    if (kind == QLatin1String("campaigns"))
        return makeCampaignImporter(ws);
    if (kind == QLatin1String("participants"))
        return makeParticipantImporter(ws);
    if (kind == QLatin1String("deliverables"))
        return makeDeliverableImporter(ws);
    if (kind == QLatin1String("followers"))
        return makeFollowerImporter(ws);
    if (kind == QLatin1String("post_metrics"))
        return makePostMetricImporter(ws);
    return nullptr;
}
// The creator whose account on `platform` has `handle`, remembered per file.
QString creatorByHandle(Transaction &tx, Platform platform, const QString &handle, QHash<QString, QString> &cache)
{
    const QString key = wordOf(platform) + QLatin1Char(' ') + handleKey(handle);
    auto known = cache.constFind(key);
    if (known == cache.constEnd()) {
        auto name = sql::scalar(tx.db(),
                                QStringLiteral("SELECT c.name FROM accounts a JOIN creators c ON c.id = a.creator_id "
                                               "WHERE a.platform = ? AND a.handle_key = ?"),
                                {wordOf(platform), handleKey(handle)});
        known = cache.insert(key, name && !name->isNull() ? name->toString() : QString());
    }
    return *known;
}
} // namespace

QStringList importableKinds()
{
    return {QStringLiteral("brands"),       QStringLiteral("creators"),     QStringLiteral("campaigns"),
            QStringLiteral("participants"), QStringLiteral("deliverables"), QStringLiteral("followers"),
            QStringLiteral("post_metrics")};
}

ImportReport importCsv(Workspace &ws, const QString &kindName, const QString &path, const ImportOptions &options)
{
    ImportReport report;
    const QString label = QFileInfo(path).fileName();
    const RecordKind *kind = findRecordKind(kindName);
    auto importer = kind ? makeImporter(ws, QString::fromLatin1(kind->name)) : nullptr;
    if (!importer) {
        report.errors
            << tr("cannot import '%1': use one of %2").arg(kindName, importableKinds().join(QStringLiteral(", ")));
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.errors << tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    CsvReader reader(&file);
    QStringList header;
    if (!reader.next(header)) {
        report.errors << (reader.error().isEmpty()
                              ? tr("%1: the file is empty; the first line must name the columns").arg(label)
                              : QStringLiteral("%1:%2").arg(label, reader.error()));
        return report;
    }

    // Which file column holds which of the kind's columns.
    QHash<QString, QString> known;
    for (const Column &c : kind->columns)
        known.insert(headerKey(QString::fromLatin1(c.name)), QString::fromLatin1(c.name));
    QList<QString> columnOf(header.size());
    QHash<QString, int> given;
    // A platform's own export (post_metrics only) brings its own column names.
    const auto platformExport = kind->name == QByteArrayView("post_metrics") ? PlatformExport::detect(header) : nullptr;
    int handleIndex = -1; // the export's account username column
    QStringList ignored;
    // Two passes: the product's own column names win over a platform export's names for the same.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < header.size(); ++i) {
            const QString k = headerKey(header.at(i));
            QString name = pass == 0 ? known.value(k) : QString();
            if (pass == 1 && platformExport && columnOf.at(i).isEmpty()) {
                name = platformExport->columnFor(k);
                if (!name.isEmpty() && given.contains(name))
                    continue;
                if (name.isEmpty() && platformExport->isHandleColumn(k))
                    handleIndex = i;
            }
            if (name.isEmpty()) {
                if (pass == 1 && columnOf.at(i).isEmpty() && i != handleIndex && !header.at(i).trimmed().isEmpty())
                    ignored << header.at(i).trimmed();
                continue;
            }
            if (given.contains(name)) {
                report.errors << tr("%1:1: the column '%2' appears twice (columns %3 and %4)")
                                     .arg(label, name)
                                     .arg(given.value(name) + 1)
                                     .arg(i + 1);
                continue;
            }
            given.insert(name, i);
            columnOf[i] = name;
        }
    }
    if (platformExport)
        report.warnings << QCoreApplication::translate(
                               "Importer", "%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep",
                               nullptr, int(ignored.size()))
                               .arg(label, platformExport->label());
    else
        for (const QString &name : std::as_const(ignored))
            report.warnings << tr("%1:1: unknown column '%2' is ignored").arg(label, name);
    // The kind's columns in order; each row becomes one cell per column.
    QList<const char *> columnNames;
    QHash<QString, int> columnIndex;
    for (const Column &c : kind->columns) {
        columnIndex.insert(QString::fromLatin1(c.name), int(columnNames.size()));
        columnNames << c.name;
    }
    QList<int> cellOf(header.size(), -1); // file column -> cell
    for (int i = 0; i < header.size(); ++i)
        if (!columnOf.at(i).isEmpty())
            cellOf[i] = columnIndex.value(columnOf.at(i));
    // Key columns a file lacks may come from the command line.
    QHash<QString, QString> fillIns;
    if (!options.campaign.isEmpty())
        fillIns.insert(QStringLiteral("campaign"), options.campaign);
    if (!options.creator.isEmpty())
        fillIns.insert(QStringLiteral("creator"), options.creator);
    if (!options.platform.isEmpty())
        fillIns.insert(QStringLiteral("platform"), options.platform);
    if (options.date.isValid())
        fillIns.insert(QStringLiteral("date"), options.date.toString(Qt::ISODate));
    QHash<const char *, int> lookup; // column name literal -> cell, for ImportRow
    QHash<QString, QString> handles; // platform + handle -> creator name
    QStringList blank(columnNames.size());
    for (auto it = fillIns.cbegin(); it != fillIns.cend(); ++it)
        if (columnIndex.contains(it.key()))
            blank[columnIndex.value(it.key())] = it.value();
    const QStringList exportFills = platformExport ? platformExport->fills() : QStringList();
    for (const QString &required : importer->required())
        if (!given.contains(required) && !fillIns.contains(required) && !exportFills.contains(required)) {
            if (platformExport && (required == QLatin1String("campaign") || required == QLatin1String("creator")))
                report.errors << tr("%1: the %2 does not say which %3 its posts belong to: give --%3 NAME")
                                     .arg(label, platformExport->label(), required);
            else
                report.errors << tr("%1:1: the required column '%2' is missing; the header needs: %3")
                                     .arg(label, required, importer->required().join(QStringLiteral(", ")));
        }
    if (!report.errors.isEmpty())
        return report;

    Transaction tx(ws);
    if (!tx) {
        report.errors << tx.error();
        return report;
    }
    // Keys seen, as two independent 64-bit hashes (128 bits: a false "same key" is about as likely
    // as a cosmic ray), so a million-row file costs tens of megabytes, not the keys' text.
    QHash<std::pair<size_t, size_t>, qint64> keys; // -> first line
    qint64 added = 0, updated = 0, unchanged = 0;
    QStringList fields;
    while (reader.next(fields)) {
        const qint64 line = reader.line();
        if (fields.size() > header.size()) {
            bool extraText = false;
            for (qsizetype i = header.size(); i < fields.size(); ++i)
                extraText = extraText || !fields.at(i).trimmed().isEmpty();
            if (extraText) {
                report.errors << tr("%1:%2: %3 fields but the header names %4; quote fields that contain commas")
                                     .arg(label)
                                     .arg(line)
                                     .arg(fields.size())
                                     .arg(header.size());
                continue;
            }
        } else if (fields.size() < header.size()) {
            report.warnings << tr("%1:%2: %3 of %4 fields; the missing ones are taken as empty")
                                   .arg(label)
                                   .arg(line)
                                   .arg(fields.size())
                                   .arg(header.size());
        }
        if (platformExport && platformExport->skip(fields))
            continue;
        QStringList cells = blank;
        for (qsizetype i = 0; i < std::min(fields.size(), header.size()); ++i) {
            if (cellOf.at(i) < 0)
                continue;
            QString value = values::unguard(fields.at(i).trimmed());
            if (!value.isEmpty())
                cells[cellOf.at(i)] = std::move(value);
        }
        PlatformExport::Adapted adapted;
        if (platformExport) {
            const QString handle = handleIndex >= 0 && handleIndex < fields.size() ? fields.at(handleIndex) : QString();
            adapted = platformExport->adapt(
                cells, columnIndex, options.date.isValid() ? options.date : Clock::today(), handle,
                [&](const QString &h) { return creatorByHandle(tx, platformExport->platform(), h, handles); });
        }
        ImportRow row(label, line, columnNames, cells, lookup, &report.errors);
        row.setApproximate(adapted.approximate);
        for (const auto &[column, message] : std::as_const(adapted.errors))
            row.error(column, message);
        if (row.failed())
            continue;
        bool missing = false;
        for (const QString &required : importer->required())
            if (cells.at(columnIndex.value(required)).isEmpty()) {
                row.error(qPrintable(required), tr("is required"));
                missing = true;
            }
        if (missing)
            continue;
        const QString keyText = importer->key(row);
        const std::pair<size_t, size_t> key{qHash(keyText, size_t(0x9E3779B97F4A7C15ULL)),
                                            qHash(keyText, size_t(0xC2B2AE3D27D4EB4FULL))};
        if (const auto first = keys.constFind(key); first != keys.constEnd()) {
            row.rowError(tr("the same record as line %1 (a key may appear once per file)").arg(*first));
            continue;
        }
        keys.insert(key, line);
        // After the first error nothing more is written (all of it is rolled back), but every row is
        // still checked so the user sees every problem at once.
        switch (importer->import(row, tx)) {
        case KindImporter::Outcome::Added:
            ++added;
            break;
        case KindImporter::Outcome::Updated:
            ++updated;
            break;
        case KindImporter::Outcome::Unchanged:
            ++unchanged;
            break;
        case KindImporter::Outcome::Failed:
            break;
        }
    }
    if (!reader.error().isEmpty())
        report.errors << QStringLiteral("%1:%2").arg(label, reader.error());
    if (!report.errors.isEmpty())
        return report; // the transaction rolls back: nothing of the file is kept
    if (Status s = tx.commit(); !s) {
        report.errors << s.error();
        return report;
    }
    report.added = added;
    report.updated = updated;
    report.unchanged = unchanged;
    return report;
}

} // namespace cd
