#pragma once

#include <QStringList>

class QIODevice;

namespace cd {

// Writes RFC 4180 records as UTF-8 without BOM, CRLF line ends, quoting only the fields that
// need it (commas, quotes, line breaks, leading or trailing spaces).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) {}
    // False when the device refused the bytes (a full disk); the device's errorString() says why.
    bool write(const QStringList &fields);

    static QString quote(const QString &field);

private:
    QIODevice *m_device;
};

} // namespace cd
