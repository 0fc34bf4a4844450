#pragma once

#include <QJsonValue>
#include <QString>
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
    void warning(const QString &text);
    void error(const QString &text);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace cd::cli
