#pragma once

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace cd {

// A streaming RFC 4180 reader: fields may be quoted, hold commas, doubled quotes and line breaks;
// lines end in CRLF, LF or a lone CR; a leading UTF-8 BOM is skipped. The file is read in chunks,
// never whole, so a million-row export costs the memory of one record, and a record read across
// chunks comes out exactly as if the file had been read whole. Input must be UTF-8: anything else
// is an error, raised when reading reaches the bad byte (the records before it are read as usual).
//
// The first record is the header (every CollabDesk CSV file starts with one, formats.md): errors
// in later records name the column by its header name.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // Reads the next record into `fields`. Returns false at the end of input or on an error
    // (then error() is set and `fields` holds nothing to use). Blank lines are skipped.
    bool next(QStringList &fields);

    // The physical line on which the last record started (1-based, as a text editor counts: CRLF,
    // LF and a lone CR each end a line), for messages.
    qint64 line() const { return m_recordLine; }
    // Whether field `i` of the last record was written in quotes (a writer quotes a text whose
    // spaces at either end are its own: CsvWriter).
    bool wasQuoted(qsizetype i) const { return i < m_quoted.size() && m_quoted.at(i); }
    // Empty, or what went wrong as "LINE: COLUMN: what is wrong", the shape of every import
    // problem once the caller puts "FILE:" in front: LINE is the physical line of the fault,
    // COLUMN the header name of its column (or "field N", 1-based, when the header does not name
    // it). Translated.
    const QString &error() const { return m_error; }
    bool atEnd() const { return m_eof && m_pos >= m_buffer.size(); }

private:
    bool fill(); // decodes the next chunk into m_buffer; false when nothing more can be read
    // True when the character `ahead` positions on is available (reading more if needed).
    bool have(qsizetype ahead = 0);
    // Records an error at `line` in the field with index `field` of the current record.
    bool failAt(qint64 line, qsizetype field, const QString &what);
    bool failNotUtf8(qsizetype field);
    bool take(QStringList &fields); // hands out a complete record

    QIODevice *m_device;
    QList<bool> m_quoted; // per field of the last record
    // Fed only whole, checked UTF-8 characters (a character split across two chunks waits in
    // m_carry); it skips a leading BOM.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QByteArray m_carry;     // the start of a character the last chunk ended inside
    bool m_decoded = false; // the decoder has seen the first chunk (and its BOM, if any)
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1; // the physical line of the character at m_pos
    qint64 m_recordLine = 0;
    bool m_eof = false;
    // The text ends at m_buffer's end because the next byte is not UTF-8 (or the file ends inside
    // a character): reaching it is an error.
    bool m_badText = false;
    bool m_haveHeader = false;
    QStringList m_header;
    QString m_error;
};

} // namespace cd
