// The CSV reader over arbitrary bytes (core/csv/CsvReader.h). Besides crashes it checks two of the
// reader's promises:
// - a record read across chunks comes out exactly as if the file had been read whole: the bytes are
//   read again from a device that hands out at most N bytes per read (N from the input's size and
//   last byte: 1 to 16 for small inputs), and every record, line number and the error must be the
//   same;
// - what it reads, CsvWriter writes back so that it reads the same again (RFC 4180 both ways).
#include "FuzzSupport.h"

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {
using namespace cd;

// A device that returns at most `chunk` bytes per read, as a pipe or a slow disk may.
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(const QByteArray &bytes, qint64 chunk) : m_bytes(bytes), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_bytes.size()) - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

struct Record
{
    QStringList fields;
    qint64 line;
    friend bool operator==(const Record &, const Record &) = default;
};

struct Reading
{
    QList<Record> records;
    QString error;
    bool atEnd = false;
    friend bool operator==(const Reading &, const Reading &) = default;
};

Reading readAll(QIODevice *device)
{
    CsvReader reader(device);
    Reading out;
    QStringList fields;
    while (reader.next(fields))
        out.records.append({fields, reader.line()});
    out.error = reader.error();
    out.atEnd = reader.atEnd();
    return out;
}

QString describe(const Reading &r)
{
    QString out;
    for (const Record &record : r.records)
        out += QStringLiteral("line %1: [%2]\n").arg(record.line).arg(record.fields.join(QStringLiteral("|")));
    return out + QStringLiteral("error: %1, at end: %2\n").arg(r.error).arg(r.atEnd);
}

void sameAs(const Reading &whole, QIODevice *device, qint64 chunk)
{
    const Reading chunked = readAll(device);
    if (!(chunked == whole))
        fuzz::violated(
            "CsvReader reads differently in chunks",
            QStringLiteral("chunk %1 bytes:\n%2--- whole:\n%3").arg(chunk).arg(describe(chunked), describe(whole)));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    cd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Reading whole = readAll(&buffer);

    // Every read costs the reader a 64 KiB buffer (slow under the address sanitizer), so larger
    // inputs are cut into larger chunks: at most about 100 reads per input.
    const qint64 chunk = qint64(size / 100) + 1 + (size > 0 ? data[size - 1] % 16 : 0);
    ChunkedDevice device(bytes, chunk);
    sameAs(whole, &device, chunk);

    // Written back, read again: the same records. A record of one empty field is written as an empty
    // line, which readers skip (formats.md files always have several columns), so it is left out;
    // a first record opens the file so that a field starting with U+FEFF is not read as a BOM.
    QByteArray written;
    {
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out);
        (void)writer.write({QStringLiteral("a"), QStringLiteral("b")});
        for (const Record &record : whole.records)
            if (record.fields != QStringList{QString()})
                (void)writer.write(record.fields);
    }
    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    CsvReader reader(&again);
    QStringList fields;
    if (!reader.next(fields))
        fuzz::violated("CsvWriter's file does not read", reader.error());
    for (const Record &record : whole.records) {
        if (record.fields == QStringList{QString()})
            continue;
        if (!reader.next(fields) || fields != record.fields)
            fuzz::violated(
                "a record does not survive CsvWriter and CsvReader",
                QStringLiteral("read [%1], wrote and read back [%2] (%3)")
                    .arg(record.fields.join(QLatin1Char('|')), fields.join(QLatin1Char('|')), reader.error()));
    }
    if (reader.next(fields) || !reader.error().isEmpty())
        fuzz::violated("CsvWriter's file has more than it was given", reader.error());
    return 0;
}
