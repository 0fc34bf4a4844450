#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace cd {
namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) {}

bool CsvReader::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    const QByteArray bytes = m_device->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return failWith(Text::tr("line %1: the file is not UTF-8 text; in your spreadsheet choose Save As > "
                                 "'CSV UTF-8 (comma delimited)' and import that file")
                            .arg(m_line));
    return true;
}

bool CsvReader::have(qsizetype ahead)
{
    while (m_pos + ahead >= m_buffer.size())
        if (!fill())
            return false;
    return true;
}

bool CsvReader::failWith(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_eof = true;
    return false;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    // Blank lines separate nothing: skip them.
    while (have() && (m_buffer.at(m_pos) == QLatin1Char('\n') || m_buffer.at(m_pos) == QLatin1Char('\r'))) {
        if (m_buffer.at(m_pos) == QLatin1Char('\n'))
            ++m_line;
        else if (!(have(1) && m_buffer.at(m_pos + 1) == QLatin1Char('\n')))
            ++m_line; // a lone CR ends a line too
        ++m_pos;
    }
    if (!have())
        return false;
    m_recordLine = m_line;

    QString field;
    bool quoted = false;     // inside quotes
    bool afterQuote = false; // a quoted field has closed; only ',' or a line end may follow
    for (;;) {
        if (!have()) {
            if (quoted)
                return failWith(Text::tr("line %1: a quoted field is never closed; add the missing \" (it opened on "
                                         "line %2)")
                                    .arg(m_line)
                                    .arg(m_recordLine));
            fields << field;
            return true;
        }
        const QChar c = m_buffer.at(m_pos);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (have(1) && m_buffer.at(m_pos + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    m_pos += 2;
                } else {
                    quoted = false;
                    afterQuote = true;
                    ++m_pos;
                }
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            // Take the run of ordinary characters at once.
            qsizetype end = m_pos + 1;
            while (end < m_buffer.size() && m_buffer.at(end) != QLatin1Char('"') &&
                   m_buffer.at(end) != QLatin1Char('\n'))
                ++end;
            field += QStringView(m_buffer).mid(m_pos, end - m_pos);
            m_pos = end;
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields << std::move(field);
            field = QString();
            afterQuote = false;
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            ++m_pos;
            if (c == QLatin1Char('\r') && have() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields << std::move(field);
            return true;
        }
        if (afterQuote)
            return failWith(Text::tr("line %1, field %2: text after a closing quote; a quoted field must end at the "
                                     "next comma")
                                .arg(m_line)
                                .arg(fields.size() + 1));
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return failWith(Text::tr("line %1, field %2: a quote inside an unquoted field; put the whole field in "
                                         "quotes and double the quote inside (\"say \"\"hi\"\"\")")
                                    .arg(m_line)
                                    .arg(fields.size() + 1));
            quoted = true;
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
        // Most fields are one run: build them in one allocation.
        if (field.isEmpty())
            field = QString(data + m_pos, end - m_pos);
        else
            field += QStringView(data + m_pos, end - m_pos);
        m_pos = end;
    }
}

} // namespace cd
