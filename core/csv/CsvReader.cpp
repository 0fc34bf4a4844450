#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace cd {
namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// How much of a chunk is whole, well-formed UTF-8 (the Unicode standard's table 3-7: no overlong
// forms, no surrogates, nothing above U+10FFFF), and what stops it there.
struct Utf8Prefix
{
    qsizetype size = 0;
    bool cut = false;  // the bytes after `size` start a character the chunk ends inside
    bool ascii = true; // nothing but ASCII before `size`
};

Utf8Prefix wellFormedPrefix(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    bool ascii = true;
    while (i < n) {
        // Most of a CSV file is ASCII: skip it eight bytes at a time.
        for (quint64 word; i + 8 <= n; i += 8) {
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
        }
        if (i == n)
            break;
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        qsizetype length = 0;
        uchar low = 0x80, high = 0xBF; // the range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // overlong
            high = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;  // overlong
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return {i, false, false};
        }
        for (qsizetype k = 1; k < length; ++k) {
            if (i + k == n)
                return {i, true, false};
            const uchar b = p[i + k];
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
                return {i, false, false};
        }
        i += length;
    }
    return {n, false, ascii};
}
} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

bool CsvReader::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    QByteArray bytes = m_device->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        m_badText = !m_carry.isEmpty(); // the file ends inside a character
        return false;
    }
    if (!m_carry.isEmpty()) {
        bytes.prepend(m_carry);
        m_carry.clear();
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // The text is checked before it is decoded so that it stops right before a bad byte: the
    // records before it are read as usual, and the error is raised, with the line and field it is
    // in, only when reading gets there.
    const Utf8Prefix whole = wellFormedPrefix(bytes);
    if (whole.size > 0) {
        const qsizetype before = m_buffer.size();
        // ASCII is Latin-1 too, and Qt widens Latin-1 far faster than it decodes UTF-8. The first
        // chunk always goes through the decoder, which skips a leading BOM only on its first call.
        if (whole.ascii && m_decoded)
            m_buffer += QLatin1String(bytes.constData(), whole.size);
        else
            m_buffer += m_decoder.decode(QByteArrayView(bytes).first(whole.size));
        m_decoded = true;
        if (m_decoder.hasError()) { // stricter than the check above: stop where this chunk began
            m_buffer.truncate(before);
            m_badText = m_eof = true;
            return false;
        }
    }
    if (whole.cut)
        m_carry = bytes.sliced(whole.size);
    else if (whole.size < bytes.size())
        m_badText = m_eof = true;
    return true;
}

bool CsvReader::have(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size())
        if (!fill())
            return false;
    return true;
}

bool CsvReader::failAt(qint64 line, qsizetype field, const QString &what)
{
    if (m_error.isEmpty()) {
        const QString name = m_haveHeader && field < m_header.size() ? m_header.at(field).trimmed() : QString();
        const QString column = name.isEmpty() ? Text::tr("field %1").arg(field + 1) : name;
        // The shape of every import problem (ImportRow): the caller puts "FILE:" in front.
        m_error = QStringLiteral("%1: %2: %3").arg(QString::number(line), column, what);
    }
    m_eof = true;
    return false;
}

bool CsvReader::failNotUtf8(qsizetype field)
{
    // Reading stops only at the end of the decoded text, so m_line is the line of the bad byte.
    return failAt(m_line, field,
                  Text::tr("the file is not UTF-8 text; in your spreadsheet choose Save As > "
                           "'CSV UTF-8 (comma delimited)' and import that file"));
}

bool CsvReader::take(QStringList &fields)
{
    if (!m_haveHeader) {
        m_header = fields;
        m_haveHeader = true;
    }
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    if (!m_error.isEmpty()) {
        fields.clear();
        return false;
    }
    // Blank lines separate nothing: skip them.
    while (have() && (m_buffer.at(m_pos) == QLatin1Char('\n') || m_buffer.at(m_pos) == QLatin1Char('\r'))) {
        if (m_buffer.at(m_pos) == QLatin1Char('\n'))
            ++m_line;
        else if (!(have(1) && m_buffer.at(m_pos + 1) == QLatin1Char('\n')))
            ++m_line; // a lone CR ends a line too
        ++m_pos;
    }
    if (!have()) {
        fields.clear();
        return m_badText ? failNotUtf8(0) : false;
    }
    m_recordLine = m_line;

    // The strings of the last record are written over: one no one else holds keeps its room, so a
    // million records do not allocate and free a string per field (a tenth of an import's time).
    qsizetype count = 0;
    m_quoted.fill(false);
    const auto nextField = [&]() -> QString & {
        if (count == m_quoted.size())
            m_quoted.append(false);
        if (count == fields.size())
            fields.append(QString());
        QString &f = fields[count++];
        f.truncate(0);
        return f;
    };
    const auto fail = [&](qint64 line, const QString &what) {
        const qsizetype at = count - 1;
        fields.clear();
        return failAt(line, at, what);
    };
    QString *field = &nextField();
    bool quoted = false;     // inside quotes
    bool afterQuote = false; // a quoted field has closed; only ',' or a line end may follow
    qint64 quoteLine = 0;    // where the open quoted field began
    for (;;) {
        if (!have()) {
            // A record is only complete at a line end or at the real end of the file: never hand
            // out the part read before a bad byte.
            if (m_badText) {
                const qsizetype at = count - 1;
                fields.clear();
                return failNotUtf8(at);
            }
            if (quoted)
                return fail(quoteLine, Text::tr("a quoted field opens here and is never closed; add the missing \""));
            fields.resize(count);
            return take(fields);
        }
        const QChar c = m_buffer.at(m_pos);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (have(1) && m_buffer.at(m_pos + 1) == QLatin1Char('"')) {
                    *field += QLatin1Char('"');
                    m_pos += 2;
                } else {
                    quoted = false;
                    afterQuote = true;
                    ++m_pos;
                }
                continue;
            }
            // Line breaks inside the field count as the text editor counts them.
            if (c == QLatin1Char('\n') ||
                (c == QLatin1Char('\r') && !(have(1) && m_buffer.at(m_pos + 1) == QLatin1Char('\n'))))
                ++m_line;
            // Take the run of ordinary characters at once.
            qsizetype end = m_pos + 1;
            while (end < m_buffer.size() && m_buffer.at(end) != QLatin1Char('"') &&
                   m_buffer.at(end) != QLatin1Char('\n') && m_buffer.at(end) != QLatin1Char('\r'))
                ++end;
            *field += QStringView(m_buffer).mid(m_pos, end - m_pos);
            m_pos = end;
            continue;
        }
        if (c == QLatin1Char(',')) {
            field = &nextField();
            afterQuote = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
            if (c == QLatin1Char('\r') && have() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            fields.resize(count);
            return take(fields);
        }
        if (afterQuote)
            return fail(m_line, Text::tr("text after a closing quote; a quoted field must end at the next comma"));
        if (c == QLatin1Char('"')) {
            if (!field->isEmpty())
                return fail(m_line, Text::tr("a quote inside an unquoted field; put the whole field in quotes and "
                                             "double the quote inside (\"say \"\"hi\"\"\")"));
            quoted = true;
            m_quoted[count - 1] = true;
            quoteLine = m_line;
            ++m_pos;
            continue;
        }
        const QChar *data = m_buffer.constData();
        qsizetype end = m_pos + 1;
        while (end < m_buffer.size()) {
            const char16_t d = data[end].unicode();
            if (d == u',' || d == u'\r' || d == u'\n' || d == u'"')
                break;
            ++end;
        }
        field->append(data + m_pos, end - m_pos);
        m_pos = end;
    }
}

} // namespace cd
