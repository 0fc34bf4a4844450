#include "Command.h"

#include "common/Dates.h"
#include "interchange/Importer.h"
#include "records/RecordKind.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cd::cli {
namespace {

class Import final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Import)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import a CSV file of one kind (%1); all of it or, on any error, nothing.")
            .arg(importableKinds().join(QStringLiteral(", ")));
    }
    QString arguments() const override
    {
        return QStringLiteral("KIND FILE.csv [--campaign C] [--creator X] [--platform P] [--date D] [--numbers en|id]");
    }

protected:
    bool writes() const override { return true; }
    int positionalCount() const override { return 2; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption(
            {QStringLiteral("campaign"), tr("Campaign of rows that do not name one."), QStringLiteral("C")});
        parser.addOption({QStringLiteral("creator"), tr("Creator of rows that do not name one."), QStringLiteral("X")});
        parser.addOption(
            {QStringLiteral("platform"), tr("Platform of rows that do not name one."), QStringLiteral("P")});
        parser.addOption(
            {QStringLiteral("date"), tr("Snapshot date of rows without one (YYYY-MM-DD)."), QStringLiteral("D")});
        parser.addOption({QStringLiteral("numbers"),
                          tr("How the file writes numbers: en (12,345 and 4.25, the default) or id (12.345 and "
                             "4,25, as spreadsheets and platform exports in Indonesian do)."),
                          QStringLiteral("en|id")});
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString kind = parser.positionalArguments().at(1);
        if (!importableKinds().contains(kind))
            return fail(
                tr("cannot import '%1': use one of %2").arg(kind, importableKinds().join(QStringLiteral(", "))));
        if (parser.isSet(QStringLiteral("date")))
            if (auto d = parseIsoDate(parser.value(QStringLiteral("date")), tr("--date")); !d)
                return fail(d.error());
        if (const QString numbers = parser.value(QStringLiteral("numbers"));
            !numbers.isEmpty() && numbers != QLatin1String("en") && numbers != QLatin1String("id"))
            return fail(tr("--numbers must be en or id, not '%1'").arg(numbers));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        ImportOptions options;
        options.campaign = parser.value(QStringLiteral("campaign"));
        options.creator = parser.value(QStringLiteral("creator"));
        options.platform = parser.value(QStringLiteral("platform"));
        if (parser.isSet(QStringLiteral("date")))
            options.date = parseIsoDate(parser.value(QStringLiteral("date")), {}).value();
        if (parser.value(QStringLiteral("numbers")) == QLatin1String("id"))
            options.numbers = values::NumberStyle::Indonesian;
        const QString file = parser.positionalArguments().at(2);
        const ImportReport report = importCsv(ws, parser.positionalArguments().at(1), file, options);
        for (const QString &w : report.warnings)
            ctx.out.warning(w);
        if (!report.ok()) {
            for (const QString &e : report.errors)
                ctx.out.error(e);
            ctx.out.error(tr("Nothing was imported: fix the rows above and import the file again."));
            return UserError;
        }
        ctx.out.line(tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
                         .arg(file)
                         .arg(report.added)
                         .arg(report.updated)
                         .arg(report.unchanged));
        return Success;
    }
};

class Export final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Export)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Write every record of one kind to a CSV file (formats.md)."); }
    QString arguments() const override { return QStringLiteral("KIND FILE.csv [--force]"); }

protected:
    int positionalCount() const override { return 2; }
    void declare(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("force"), tr("Replace FILE.csv if it exists.")});
    }
    QStringList outputs(const QCommandLineParser &parser) const override
    {
        return {parser.positionalArguments().at(2)};
    }
    Status checkArguments(const QCommandLineParser &parser) const override
    {
        const QString kind = parser.positionalArguments().at(1);
        if (!recordKindNames().contains(kind))
            return fail(
                tr("cannot export '%1': use one of %2").arg(kind, recordKindNames().join(QStringLiteral(", "))));
        return {};
    }
    int runOn(Workspace &ws, const QCommandLineParser &parser, Context &ctx) override
    {
        const QString file = parser.positionalArguments().at(2);
        if (QFileInfo::exists(file) && !parser.isSet(QStringLiteral("force"))) {
            ctx.out.error(tr("%1 already exists; choose another name or add --force to replace it").arg(file));
            return UserError;
        }
        auto rows = exportCsv(ws, parser.positionalArguments().at(1), file);
        if (!rows) {
            ctx.out.error(rows.error());
            return UserError;
        }
        ctx.out.line(tr("Exported %1 rows to %2.").arg(rows.value()).arg(file));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeImport()
{
    return std::make_unique<Import>();
}
std::unique_ptr<Command> makeExport()
{
    return std::make_unique<Export>();
}

} // namespace cd::cli
