#include "Importer.h"

#include "KindImporter.h"
#include "PlatformExport.h"
#include "Values.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/FreeMemory.h"
#include "common/Names.h"
#include "csv/CsvReader.h"
#include "records/RecordKind.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <optional>

namespace cd {
namespace {
// Messages in the "Importer" context, where lupdate files them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

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
    if (kind == QLatin1String("contracts"))
        return makeContractImporter(ws);
    if (kind == QLatin1String("payments"))
        return makePaymentImporter(ws);
    if (kind == QLatin1String("followups"))
        return makeFollowupImporter(ws);
    if (kind == QLatin1String("followers"))
        return makeFollowerImporter(ws);
    if (kind == QLatin1String("post_metrics"))
        return makePostMetricImporter(ws);
    return nullptr;
}

// How a header's columns are read as `kind`: the product's own names first, then (for a platform
// export) the export's names for columns not given yet; `overrides` (the wizard's mapping) win
// over both for the file columns they name.
struct HeaderMap
{
    QList<QString> columnOf;                    // per file column: the kind's column, or empty
    int handleIndex = -1;                       // the export's account username column
    QStringList ignored;                        // header names of unused columns
    QList<std::tuple<QString, int, int>> twice; // column, first and second file column
    QStringList unknownTargets;                 // override names that are not columns of the kind
};

HeaderMap mapHeader(const RecordKind &kind, const QStringList &header, const PlatformExport *exp,
                    const QHash<int, QString> &overrides)
{
    QHash<QString, QString> known;
    for (const Column &c : kind.columns)
        known.insert(headerKey(QString::fromLatin1(c.name)), QString::fromLatin1(c.name));
    HeaderMap map;
    map.columnOf = QList<QString>(header.size());
    QHash<QString, int> given;
    QSet<int> repeated; // file columns reported as a column given twice, not as unknown ones
    auto take = [&](int i, const QString &name) {
        if (given.contains(name)) {
            map.twice.append({name, given.value(name), i});
            repeated.insert(i);
            return;
        }
        given.insert(name, i);
        map.columnOf[i] = name;
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString target = overrides.value(i);
        if (target.isEmpty())
            continue;
        if (!known.contains(headerKey(target)))
            map.unknownTargets << target;
        else
            take(i, known.value(headerKey(target)));
    }
    if (exp)
        for (int i = 0; i < header.size() && map.handleIndex < 0; ++i)
            if (overrides.value(i).isEmpty() && exp->isHandleColumn(headerKey(header.at(i))))
                map.handleIndex = i;
    // Two passes: the product's own column names win over a platform export's names for the same.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < header.size(); ++i) {
            if (overrides.contains(i) || !map.columnOf.at(i).isEmpty() || repeated.contains(i))
                continue;
            const QString k = headerKey(header.at(i));
            QString name = pass == 0 ? known.value(k) : QString();
            if (pass == 1 && exp) {
                name = exp->columnFor(k);
                if (!name.isEmpty() && given.contains(name))
                    continue;
            }
            if (name.isEmpty()) {
                if (pass == 1 && i != map.handleIndex && !header.at(i).trimmed().isEmpty())
                    map.ignored << header.at(i).trimmed();
                continue;
            }
            take(i, name);
        }
    }
    return map;
}

// An import's connection for its transaction. A file of a million snapshots that come by date
// writes the (post, date) unique index all over: with SQLite's default 2 MiB page cache those pages
// were written out and read back for every batch (1M rows by date, three interleaved runs each:
// 11.8-18.3 s, with 256 MiB 8.9-13.2 s), so the cache is larger (peak 154 MiB instead of 65). And
// the commit leaves the log to be folded into the file on another thread (BackgroundCheckpoint).
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(Workspace &ws) : m_ws(ws), m_db(ws.db())
    {
        m_tops.emplace(); // the batches' blocks are freed and filled again all along
        // A server has its own shared buffers and no log; a failed pragma there would abort the
        // transaction.
        if (sql::onServer(m_db))
            return;
        m_file = true;
        if (auto size = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")); size && !size->isNull())
            m_previousCache = size->toLongLong();
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA cache_size = -262144")); // KiB: 256 MiB
        // Each row's summary triggers make SQLite keep a statement journal (to undo that one row)
        // and small tables of their own; past 64 KiB the journal went to a temporary file, written
        // and read back with a system call per page: 260,000 writes for 20,000 follower counts.
        // Kept in memory, 106,640 counts into the agency demo took 5.4 s instead of 8.4.
        if (auto store = sql::scalar(m_db, QStringLiteral("PRAGMA temp_store")); store && !store->isNull())
            m_previousTempStore = store->toInt();
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (auto pages = sql::scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint")); pages && !pages->isNull())
            m_previousCheckpoint = pages->toLongLong();
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    ~BulkWriteSettings()
    {
        if (!m_file)
            return;
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_previousCheckpoint));
        m_ws.checkpointInBackground();
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
        // The pages go back to the allocator, and the allocator's free memory to the system: else
        // the app kept 90 MiB more for the rest of its run after importing a million rows. The
        // arenas' tops are cut back again first, so that the pages freed here take theirs along.
        m_tops.reset();
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA shrink_memory"));
        returnFreeMemory();
    }
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    Workspace &m_ws;
    QSqlDatabase m_db;
    bool m_file = false;
    qint64 m_previousCache = -2000;     // SQLite's default
    qint64 m_previousCheckpoint = 1000; // SQLite's default
    int m_previousTempStore = 0;        // the build's default (a file)
    std::optional<KeepFreedTops> m_tops;
};

// One import of one file: the header is mapped onto the kind's columns once, then every row is
// turned into cells, checked and written inside one transaction.
class CsvImport
{
public:
    CsvImport(Workspace &ws, const RecordKind &kind, std::unique_ptr<KindImporter> importer, const QString &path,
              const ImportOptions &options)
        : m_ws(ws), m_kind(kind), m_importer(std::move(importer)), m_label(QFileInfo(path).fileName()),
          m_options(options)
    {}

    ImportReport run(CsvReader &reader, QIODevice &device);

private:
    void mapColumns();
    void checkRequired();
    // Cells of one record in the kind's column order; false (after reporting) for rows to leave out.
    // It takes the fields' strings and hands back the cells' old ones for the reader to write over.
    bool cellsOf(QStringList &fields, qint64 line, QStringList &cells);
    void importRow(QStringList &fields, qint64 line, Transaction &tx);
    QString creatorByHandle(Transaction &tx, const QString &handle);

    Workspace &m_ws;
    const RecordKind &m_kind;
    std::unique_ptr<KindImporter> m_importer;
    QString m_label;
    ImportOptions m_options;
    ImportReport m_report;

    QStringList m_header;
    std::unique_ptr<PlatformExport> m_export; // a platform's own export (post_metrics only)
    int m_handleIndex = -1;                   // the export's account username column
    QList<const char *> m_columnNames;        // the kind's columns: one cell each
    QHash<QString, int> m_columnIndex;        // column name -> cell
    QHash<QString, int> m_given;              // column name -> file column
    QList<int> m_cellOf;                      // file column -> cell, or -1
    QStringList m_blank;                      // cells before a row fills them (command-line fill-ins)
    QStringList m_cells;                      // the row being imported, in the kind's column order
    QList<bool> m_cellGiven;                  // per cell: a column of the file gives it
    // Per cell: a note (ColumnType::Note), whose spaces at either end are kept when the file quotes
    // it, as an export writes such a text (a caption ending in a space came back without it, as a
    // change).
    QList<bool> m_keepsSpaces;
    const CsvReader *m_reader = nullptr;          // the file being imported, for its quoted fields
    QList<std::pair<QByteArray, int>> m_required; // the importer's required columns: name, cell
    QHash<const char *, int> m_lookup;            // column name literal -> cell, for ImportRow
    QHash<QString, QString> m_handles;            // platform + handle -> creator name
    // Keys seen, as two independent 64-bit hashes (128 bits: a false "same key" is about as likely
    // as a cosmic ray), so a million-row file costs tens of megabytes, not the keys' text.
    QHash<std::pair<size_t, size_t>, qint64> m_keys; // -> first line
};

void CsvImport::mapColumns()
{
    for (const Column &c : m_kind.columns) {
        m_columnIndex.insert(QString::fromLatin1(c.name), int(m_columnNames.size()));
        m_columnNames << c.name;
    }
    if (m_kind.name == QByteArrayView("post_metrics"))
        m_export = PlatformExport::detect(m_header);
    if (m_export)
        m_export->setNumberStyle(m_options.numbers);
    HeaderMap map = mapHeader(m_kind, m_header, m_export.get(), m_options.columns);
    m_handleIndex = map.handleIndex;
    QList<QString> &columnOf = map.columnOf;
    for (const QString &unknown : std::as_const(map.unknownTargets))
        m_report.errors
            << Text::tr("%1: '%2' is not a column of %3").arg(m_label, unknown, QString::fromLatin1(m_kind.name));
    for (const auto &[name, first, second] : std::as_const(map.twice))
        m_report.errors << Text::tr("%1:1: the column '%2' appears twice (columns %3 and %4)")
                               .arg(m_label, name)
                               .arg(first + 1)
                               .arg(second + 1);
    if (m_export && m_options.columns.isEmpty()) // with a mapping the user has seen every column
        m_report.warnings << QCoreApplication::translate(
                                 "Importer",
                                 "%1: read as the %2 format; ignored: %n column(s) CollabDesk does not keep", nullptr,
                                 int(map.ignored.size()))
                                 .arg(m_label, m_export->label());
    else if (m_options.columns.isEmpty())
        for (const QString &name : std::as_const(map.ignored))
            m_report.warnings << Text::tr("%1:1: unknown column '%2' is ignored").arg(m_label, name);
    for (int i = 0; i < columnOf.size(); ++i)
        if (!columnOf.at(i).isEmpty())
            m_given.insert(columnOf.at(i), i);

    m_cellOf = QList<int>(m_header.size(), -1);
    m_cellGiven = QList<bool>(m_columnNames.size(), false);
    m_keepsSpaces.clear();
    for (const Column &c : m_kind.columns)
        m_keepsSpaces << (c.type == ColumnType::Note);
    for (int i = 0; i < m_header.size(); ++i)
        if (!columnOf.at(i).isEmpty()) {
            m_cellOf[i] = m_columnIndex.value(columnOf.at(i));
            m_cellGiven[m_cellOf[i]] = true;
        }
    // Key columns a file lacks may come from the command line.
    m_blank = QStringList(m_columnNames.size());
    const std::pair<const char *, QString> fillIns[] = {
        {"campaign", m_options.campaign},
        {"creator", m_options.creator},
        {"platform", m_options.platform},
        {"date", m_options.date.isValid() ? isoDate(m_options.date) : QString()}};
    for (const auto &[column, value] : fillIns)
        if (!value.isEmpty() && m_columnIndex.contains(QLatin1String(column)))
            m_blank[m_columnIndex.value(QLatin1String(column))] = value;
}

void CsvImport::checkRequired()
{
    const QStringList exportFills = m_export ? m_export->fills() : QStringList();
    for (const QString &required : m_importer->required()) {
        m_required.append({required.toLatin1(), m_columnIndex.value(required)});
        if (m_given.contains(required) || !m_blank.at(m_columnIndex.value(required)).isEmpty() ||
            exportFills.contains(required))
            continue;
        if (m_export && (required == QLatin1String("campaign") || required == QLatin1String("creator")))
            m_report.errors << Text::tr("%1: the %2 does not say which %3 its posts belong to: give the %3 (--%3 NAME)")
                                   .arg(m_label, m_export->label(), required);
        else
            m_report.errors << Text::tr("%1:1: the required column '%2' is missing; the header needs: %3")
                                   .arg(m_label, required, m_importer->required().join(QStringLiteral(", ")));
    }
}

bool CsvImport::cellsOf(QStringList &fields, qint64 line, QStringList &cells)
{
    if (fields.size() > m_header.size()) {
        bool extraText = false;
        for (qsizetype i = m_header.size(); i < fields.size(); ++i)
            extraText = extraText || !fields.at(i).trimmed().isEmpty();
        if (extraText) {
            m_report.errors << Text::tr("%1:%2: %3 fields but the header names %4; quote fields that contain commas")
                                   .arg(m_label)
                                   .arg(line)
                                   .arg(fields.size())
                                   .arg(m_header.size());
            return false;
        }
    } else if (fields.size() < m_header.size()) {
        m_report.warnings << Text::tr("%1:%2: %3 of %4 fields; the missing ones are taken as empty")
                                 .arg(m_label)
                                 .arg(line)
                                 .arg(fields.size())
                                 .arg(m_header.size());
    }
    if (m_export && m_export->skip(fields))
        return false;
    // A field's string changes places with its cell's (no copy, no count of owners to keep), and the
    // reader writes its next record over the strings the cells had: a million rows allocate no
    // string for a cell. Cells no column of the file gives start from their fill-ins each row.
    if (cells.size() != m_blank.size())
        cells = m_blank;
    for (qsizetype cell = 0; cell < m_blank.size(); ++cell)
        if (!m_cellGiven.at(cell))
            cells[cell] = m_blank.at(cell);
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const int cell = m_cellOf.at(i);
        if (cell < 0)
            continue;
        QString &value = cells[cell];
        if (i < fields.size())
            value.swap(fields[i]);
        else
            value.truncate(0);
        if (!value.isEmpty() &&
            (value.front().isSpace() || value.back().isSpace() || value.front() == QLatin1Char('\''))) {
            const bool kept = m_keepsSpaces.at(cell) && m_reader && m_reader->wasQuoted(i) &&
                              !value.trimmed().isEmpty(); // spaces alone are no text
            value = values::unguard(kept ? value : value.trimmed());
        }
        if (value.isEmpty() && !m_blank.at(cell).isEmpty())
            value = m_blank.at(cell);
    }
    return true;
}

QString CsvImport::creatorByHandle(Transaction &tx, const QString &handle)
{
    const Platform platform = m_export->platform();
    const QString key = wordOf(platform) + QLatin1Char(' ') + handleKey(handle);
    auto known = m_handles.constFind(key);
    if (known == m_handles.constEnd()) {
        std::unique_lock<ConnectionTurns> lock;
        if (ConnectionTurns *connection = m_importer->connection())
            lock = std::unique_lock(*connection);
        auto name = sql::scalar(tx.db(),
                                QStringLiteral("SELECT c.name FROM accounts a JOIN creators c ON c.id = a.creator_id "
                                               "WHERE a.platform = ? AND a.handle_key = ?"),
                                {wordOf(platform), handleKey(handle)});
        known = m_handles.insert(key, name && !name->isNull() ? name->toString() : QString());
    }
    return *known;
}

void CsvImport::importRow(QStringList &fields, qint64 line, Transaction &tx)
{
    QStringList &cells = m_cells;
    if (!cellsOf(fields, line, cells))
        return;
    PlatformExport::Adapted adapted;
    if (m_export) {
        const QString handle =
            m_handleIndex >= 0 && m_handleIndex < fields.size() ? fields.at(m_handleIndex) : QString();
        adapted = m_export->adapt(cells, m_columnIndex, m_options.date.isValid() ? m_options.date : Clock::today(),
                                  handle, [&](const QString &h) { return creatorByHandle(tx, h); });
    }
    ImportRow row(m_label, line, m_columnNames, cells, m_lookup, &m_report.errors);
    row.setApproximate(adapted.approximate);
    row.setNumberStyle(m_options.numbers);
    for (const auto &[column, message] : std::as_const(adapted.errors))
        row.error(column, message);
    if (row.failed())
        return;
    for (const auto &[name, cell] : std::as_const(m_required))
        if (cells.at(cell).isEmpty())
            row.error(name.constData(), Text::tr("is required"));
    if (row.failed())
        return;
    if (!m_importer->findsRepeats()) {
        // One lookup: a new key's slot is made with 0 and takes the line (lines start at 2).
        qint64 &first = m_keys[m_importer->keyHash(row)];
        if (first != 0) {
            row.rowError(KindImporter::repeatedKey(first));
            return;
        }
        first = line;
    }
    switch (m_importer->import(row, tx)) {
    case KindImporter::Outcome::Added:
        ++m_report.added;
        break;
    case KindImporter::Outcome::Updated:
        ++m_report.updated;
        break;
    case KindImporter::Outcome::Unchanged:
        ++m_report.unchanged;
        break;
    case KindImporter::Outcome::Failed:
        break;
    }
}

ImportReport CsvImport::run(CsvReader &reader, QIODevice &device)
{
    m_reader = &reader;
    if (!reader.next(m_header)) {
        m_report.errors << (reader.error().isEmpty()
                                ? Text::tr("%1: the file is empty; the first line must name the columns").arg(m_label)
                                : QStringLiteral("%1:%2").arg(m_label, reader.error()));
        return m_report;
    }
    mapColumns();
    checkRequired();
    if (!m_report.errors.isEmpty())
        return m_report;

    const BulkWriteSettings bulk(m_ws); // outlives the transaction
    Transaction tx(m_ws);
    if (!tx) {
        m_report.errors << tx.error();
        return m_report;
    }
    // Before the transaction commits or rolls back, on every way out.
    const auto settle = qScopeGuard([this] { m_importer->settle(); });
    // Rows after a bad one are still checked (and written, to be rolled back with the rest), so the
    // user sees every problem of the file at once.
    QStringList fields;
    qint64 rows = 0;
    while (reader.next(fields)) {
        importRow(fields, reader.line(), tx);
        // The keys of a big file fill a hash of millions: size it once from the first rows' length
        // instead of growing it step by step (each step rehashes every key so far). Capped: short
        // first rows before long captions would ask for far too many.
        if (++rows == 4096 && device.pos() > 0 && !m_importer->findsRepeats())
            m_keys.reserve(std::min<qsizetype>(
                4'000'000, qsizetype(double(rows) * double(device.size()) / double(device.pos()) * 1.1)));
        // Asking every 4096 rows keeps the cost out of sight and still answers within a blink.
        if (m_options.progress && rows % 4096 == 0 && !m_options.progress(device.pos(), device.size())) {
            m_report.cancelled = true;
            m_report.added = m_report.updated = m_report.unchanged = 0;
            return m_report; // the transaction rolls back
        }
    }
    if (!reader.error().isEmpty())
        m_report.errors << QStringLiteral("%1:%2").arg(m_label, reader.error());
    if (m_report.errors.isEmpty())
        if (Status s = m_importer->finish(tx); !s)
            m_report.errors << s.error(); // finish() names the row
    // The commit is the point of no return: a Cancel pressed while the last rows or finish() ran
    // is asked for once more before it, so it never comes too late.
    if (m_report.errors.isEmpty() && m_options.progress && !m_options.progress(device.size(), device.size())) {
        m_report.cancelled = true;
        m_report.added = m_report.updated = m_report.unchanged = 0;
        return m_report; // the transaction rolls back
    }
    if (m_report.errors.isEmpty() && !m_options.checkOnly)
        if (Status s = tx.commit(); !s)
            m_report.errors << s.error();
    if (!m_report.errors.isEmpty()) // the transaction rolls back: nothing of the file is kept
        m_report.added = m_report.updated = m_report.unchanged = 0;
    else
        m_report.warnings << m_importer->warnings();
    return m_report;
}

} // namespace

QString KindImporter::repeatedKey(qint64 firstLine)
{
    return Text::tr("the same record as line %1 (a key may appear once per file)").arg(firstLine);
}

QStringList importableKinds()
{
    return {QStringLiteral("brands"),       QStringLiteral("creators"),     QStringLiteral("campaigns"),
            QStringLiteral("participants"), QStringLiteral("deliverables"), QStringLiteral("contracts"),
            QStringLiteral("payments"),     QStringLiteral("followups"),    QStringLiteral("followers"),
            QStringLiteral("post_metrics")};
}

ImportReport importCsv(Workspace &ws, const QString &kindName, const QString &path, const ImportOptions &options)
{
    const RecordKind *kind = findRecordKind(kindName);
    auto importer = kind ? makeImporter(ws, QString::fromLatin1(kind->name)) : nullptr;
    if (!importer) {
        ImportReport report;
        report.errors << Text::tr("cannot import '%1': use one of %2")
                             .arg(kindName, importableKinds().join(QStringLiteral(", ")));
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.errors << Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    CsvReader reader(&file);
    return CsvImport(ws, *kind, std::move(importer), path, options).run(reader, file);
}

namespace {
// Whether sample rows write numbers the Indonesian way: some cell groups thousands with '.'
// ("14.300") and none reads as English ("14,300", "4.25").
bool looksIndonesian(const QList<QStringList> &rows)
{
    static const QRegularExpression dottedGroups(QStringLiteral(R"(^\d{1,3}(\.\d{3})+$)"));
    static const QRegularExpression english(QStringLiteral(R"(^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d{1,2}$)"));
    bool dotted = false;
    for (const QStringList &row : rows)
        for (const QString &cell : row) {
            const QString c = cell.trimmed();
            if (english.match(c).hasMatch())
                return false;
            dotted = dotted || dottedGroups.match(c).hasMatch();
        }
    return dotted;
}
} // namespace

ColumnPlan planColumns(Workspace &ws, const QString &kindName, const QString &path, int sampleRows)
{
    ColumnPlan plan;
    const RecordKind *kind = findRecordKind(kindName);
    if (!kind || !importableKinds().contains(QString::fromLatin1(kind->name))) {
        plan.error =
            Text::tr("cannot import '%1': use one of %2").arg(kindName, importableKinds().join(QStringLiteral(", ")));
        return plan;
    }
    for (const Column &c : kind->columns)
        plan.columns << QString::fromLatin1(c.name);
    // The importer knows which columns are required; making one runs no query.
    if (auto importer = makeImporter(ws, QString::fromLatin1(kind->name)))
        plan.required = importer->required();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return plan;
    }
    CsvReader reader(&file);
    if (!reader.next(plan.header)) {
        plan.error = reader.error().isEmpty()
                         ? Text::tr("%1 is empty; the first line must name the columns").arg(QFileInfo(path).fileName())
                         : QStringLiteral("%1:%2").arg(QFileInfo(path).fileName(), reader.error());
        return plan;
    }
    std::unique_ptr<PlatformExport> exp;
    if (kind->name == QByteArrayView("post_metrics"))
        exp = PlatformExport::detect(plan.header);
    if (exp) {
        plan.format = exp->label();
        plan.formatFills = exp->fills();
    }
    const HeaderMap map = mapHeader(*kind, plan.header, exp.get(), {});
    plan.mapped = map.columnOf;
    plan.handleColumn = map.handleIndex;
    QStringList fields;
    while (plan.rows.size() < sampleRows && reader.next(fields))
        plan.rows << fields;
    plan.indonesianNumbers = looksIndonesian(plan.rows);
    return plan;
}

} // namespace cd
