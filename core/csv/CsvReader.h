#pragma once

#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace cd {

// A streaming RFC 4180 reader: fields may be quoted, hold commas, doubled quotes and line breaks;
// lines end in CRLF or LF; a leading UTF-8 BOM is skipped. The file is read in chunks, never whole,
// so a million-row export costs the memory of one record. Input must be UTF-8: anything else is an
// error that says how to re-save the file.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Reads the next record into `fields`. Returns false at the end of input or on an error
    // (then error() is set). Blank lines are skipped.
    bool next(QStringList &fields);

    // The physical line on which the last record started (1-based), for messages.
    qint64 line() const { return m_recordLine; }
    const QString &error() const { return m_error; }
    bool atEnd() const { return m_eof && m_pos >= m_buffer.size(); }

private:
    bool fill(); // decodes the next chunk into m_buffer; false at the end of input
    // True when the character `ahead` positions on is available (reading more if needed).
    bool have(qsizetype ahead = 0);
    bool failWith(const QString &message);

    QIODevice *m_device;
    // Stateful: a character split across two chunks decodes correctly. Skips a leading BOM.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace cd
