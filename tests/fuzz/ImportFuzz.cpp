// Every CSV importer through the public import API (core/interchange/Importer.h), into the seeded
// workspace (FuzzSupport.h). The first byte picks what to do, the rest is the file:
//   bits 0-3  the kind: importableKinds() in formats.md's order (0 brands, 1 creators, 2 campaigns,
//             3 participants, 4 deliverables, 5 contracts, 6 payments, 7 followups, 8 followers,
//             9 post_metrics; 10-15 wrap around)
//   bit 4     the command line's fill-ins: --campaign "Ramadan Glow" --creator "Rina Wijaya"
//             --platform instagram --date 2026-03-20 (platform exports need them)
//   bit 5     --numbers id (Indonesian numbers)
//   bit 6     check only (the wizard's preview); else a full import cancelled at its commit point
//   bit 7     the import wizard's path: the column mapping planColumns() proposes, passed back
// Either way nothing is written, so every input meets the same workspace. Checked beyond crashes:
// the workspace holds exactly the rows it held before, and an import without errors reached the
// commit point (where it was cancelled).
#include "FuzzSupport.h"

#include "interchange/Importer.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

namespace {
using namespace cd;

// Rows in every table of the workspace, as one query.
QString rowCountQuery(QSqlDatabase &db)
{
    auto tables = sql::run(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite_%' ORDER BY name"));
    if (!tables)
        fuzz::violated("harness: cannot list the tables", tables.error());
    QStringList counts;
    while (tables->next())
        counts << QStringLiteral("(SELECT count(*) FROM \"%1\")").arg(tables->value(0).toString());
    return QStringLiteral("SELECT ") + counts.join(QStringLiteral(" || ',' || "));
}

QString rowCounts(Workspace &ws)
{
    QSqlDatabase db = ws.db();
    static const QString query = rowCountQuery(db);
    auto counts = sql::scalar(db, query);
    if (!counts)
        fuzz::violated("harness: cannot count rows", counts.error());
    return counts->toString();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cd::fuzz::initialize(argc, argv);
    cd::fuzz::seededWorkspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QStringList kinds = importableKinds();
    static const QString path = fuzz::tempPath(QStringLiteral("import.csv"));
    Workspace &ws = fuzz::seededWorkspace();
    static const QString before = rowCounts(ws);

    const uint8_t how = data[0];
    const QString kind = kinds.at((how & 0x0F) % kinds.size());
    fuzz::writeFile(path, fuzz::bytesOf(data + 1, size - 1));

    ImportOptions options;
    if (how & 0x10) {
        options.campaign = QStringLiteral("Ramadan Glow");
        options.creator = QStringLiteral("Rina Wijaya");
        options.platform = QStringLiteral("instagram");
        options.date = QDate(2026, 3, 20);
    }
    if (how & 0x20)
        options.numbers = values::NumberStyle::Indonesian;
    const bool checkOnly = how & 0x40;
    options.checkOnly = checkOnly;
    bool askedToCommit = false;
    if (!checkOnly)
        options.progress = [&](qint64, qint64) {
            askedToCommit = true;
            return false;
        };

    const ColumnPlan plan = planColumns(ws, kind, path);
    if (plan.error.isEmpty() && plan.mapped.size() != plan.header.size())
        fuzz::violated("planColumns maps a different number of columns than the header has");
    if (how & 0x80)
        for (int i = 0; i < plan.mapped.size(); ++i)
            options.columns.insert(i, plan.mapped.at(i));

    const ImportReport report = importCsv(ws, kind, path, options);
    if (fuzz::verbose())
        qInfo("%s (options 0x%02x): %lld added, %lld updated, %lld unchanged%s\n%s\n%s", qPrintable(kind), how,
              report.added, report.updated, report.unchanged, report.cancelled ? ", cancelled" : "",
              qPrintable(report.errors.join(QLatin1Char('\n'))), qPrintable(report.warnings.join(QLatin1Char('\n'))));
    if (!checkOnly && report.errors.isEmpty() && !(report.cancelled && askedToCommit))
        fuzz::violated("an import without errors did not reach its commit point", kind);
    if (!report.errors.isEmpty() && (report.added || report.updated || report.unchanged))
        fuzz::violated("an import with errors counts rows as imported", report.errors.join(QLatin1Char('\n')));
    if (const QString after = rowCounts(ws); after != before)
        fuzz::violated("an import that was cancelled or only checked changed the workspace",
                       QStringLiteral("%1: rows per table %2 before, %3 after").arg(kind, before, after));
    return 0;
}
