// The platform export parser (core/interchange/PlatformExport.h) without a workspace: the input is
// read as CSV; its header goes to detect(), every row is mapped and adapted as the importer does
// (in both number styles), and every cell goes through parseDate() and parseCount().
#include "FuzzSupport.h"

#include "csv/CsvReader.h"
#include "interchange/PlatformExport.h"
#include "records/RecordKind.h"

#include <QBuffer>

namespace {
using namespace cd;

// The importer's header matching: case, spaces and underscores ignored.
QString headerKey(const QString &name)
{
    QString k = name.trimmed().toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('_'));
    return k;
}

void parseCell(const QString &cell)
{
    (void)PlatformExport::parseDate(cell);
    bool approximate = false;
    const qint64 count = PlatformExport::parseCount(cell, &approximate);
    if (count < -1)
        fuzz::violated("parseCount returned a negative count", cell + QStringLiteral(" -> ") + QString::number(count));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RecordKind *const postMetrics = findRecordKind(u"post_metrics");
    static const QHash<QString, int> index = [] {
        QHash<QString, int> out;
        for (int i = 0; i < postMetrics->columns.size(); ++i)
            out.insert(QString::fromLatin1(postMetrics->columns.at(i).name), i);
        return out;
    }();

    QBuffer buffer;
    buffer.setData(fuzz::bytesOf(data, size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList header;
    if (!reader.next(header))
        return 0;
    for (const QString &cell : std::as_const(header))
        parseCell(cell);
    const std::unique_ptr<PlatformExport> exp = PlatformExport::detect(header);
    QList<int> cellOf(header.size(), -1);
    int handleColumn = -1;
    if (exp) {
        (void)exp->label();
        (void)exp->fills();
        for (int i = 0; i < header.size(); ++i) {
            const QString key = headerKey(header.at(i));
            if (const QString column = exp->columnFor(key); !column.isEmpty())
                cellOf[i] = index.value(column, -1);
            if (handleColumn < 0 && exp->isHandleColumn(key))
                handleColumn = i;
        }
    }
    const auto creatorByHandle = [](const QString &handle) {
        return handle.size() % 2 ? QStringLiteral("Rina Wijaya") : QString();
    };
    QStringList fields;
    while (reader.next(fields)) {
        for (const QString &cell : std::as_const(fields))
            parseCell(cell);
        if (!exp || exp->skip(fields))
            continue;
        QStringList cells(postMetrics->columns.size());
        for (int i = 0; i < std::min(fields.size(), cellOf.size()); ++i)
            if (cellOf.at(i) >= 0)
                cells[cellOf.at(i)] = fields.at(i).trimmed();
        const QString handle = handleColumn >= 0 && handleColumn < fields.size() ? fields.at(handleColumn) : QString();
        for (const auto style : {values::NumberStyle::Interchange, values::NumberStyle::Indonesian}) {
            exp->setNumberStyle(style);
            QStringList adapted = cells;
            const PlatformExport::Adapted result =
                exp->adapt(adapted, index, QDate(2026, 11, 23), handle, creatorByHandle);
            if (adapted.size() != cells.size())
                fuzz::violated("adapt changed the number of cells");
            for (const auto &[column, message] : result.errors)
                if (!column || message.isEmpty())
                    fuzz::violated("adapt reported an error without a column or a message");
        }
    }
    return 0;
}
