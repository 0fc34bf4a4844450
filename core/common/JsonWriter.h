#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

// Writes JSON text straight into bytes, for large arrays of flat objects (`payments --json` of
// 50,000 rows): building QJsonObjects costs more than the data's reading. Output is indented like
// QJsonDocument::Indented. The caller nests begin/end calls correctly.
class JsonWriter
{
public:
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void beginObject() { open('{'); }
    void endObject() { close('}'); }

    // A member of the current object.
    void member(const char *name, const QString &value);
    void member(const char *name, qint64 value);
    void memberNull(const char *name);

    const QByteArray &text() const { return m_text; }

private:
    void open(char bracket);
    void close(char bracket);
    void name(const char *key);
    void string(const QString &value);
    void newline();

    QByteArray m_text;
    int m_depth = 0;
    bool m_empty = true; // the open container has nothing in it yet
};

} // namespace cd
