#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

// Everything a command prints goes through here, so text, JSON, warnings and errors keep one
// shape: results on stdout, "warning: ..." and error lines on stderr.
class Output
{
public:
    Output();
    void line(const QString &text);
    void text(const QString &text); // printed as is
    void json(const QJsonValue &value);
    // JSON already written as text (large arrays: see JsonWriter).
    void jsonText(const QByteArray &text);
    void warning(const QString &text);
    // What long work is doing now, for a person watching: on stderr, and only when stderr is a
    // terminal (scripts reading stderr see warnings and errors alone).
    void progress(const QString &text);
    void error(const QString &text);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Rows as aligned columns for people (the first row is the header); columns flagged in
// `rightAligned` are right-aligned below the header (numbers, money).
QString tableText(const QList<QStringList> &rows, const QList<bool> &rightAligned);

} // namespace cd::cli
