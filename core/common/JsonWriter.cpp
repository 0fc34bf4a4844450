#include "JsonWriter.h"

namespace cd {

void JsonWriter::newline()
{
    m_text += '\n';
    m_text.append(m_depth * 4, ' ');
}

void JsonWriter::open(char bracket)
{
    if (m_depth > 0) {
        if (!m_empty)
            m_text += ',';
        newline();
    }
    m_text += bracket;
    ++m_depth;
    m_empty = true;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    if (!m_empty)
        newline();
    m_text += bracket;
    m_empty = false;
    if (m_depth == 0)
        m_text += '\n';
}

void JsonWriter::name(const char *key)
{
    if (!m_empty)
        m_text += ',';
    newline();
    m_text += '"';
    m_text += key;
    m_text += "\": ";
    m_empty = false;
}

void JsonWriter::string(const QString &value)
{
    // RFC 8259: quote, backslash and control characters are escaped; the rest is UTF-8 as is.
    m_text += '"';
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '"':
            m_text += "\\\"";
            break;
        case '\\':
            m_text += "\\\\";
            break;
        case '\n':
            m_text += "\\n";
            break;
        case '\r':
            m_text += "\\r";
            break;
        case '\t':
            m_text += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                m_text +=
                    QByteArray("\\u00") + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                m_text += c;
        }
    }
    m_text += '"';
}

void JsonWriter::member(const char *key, const QString &value)
{
    name(key);
    string(value);
}

void JsonWriter::member(const char *key, qint64 value)
{
    name(key);
    m_text += QByteArray::number(value);
}

void JsonWriter::memberNull(const char *key)
{
    name(key);
    m_text += "null";
}

} // namespace cd
