#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cd::cli {

Output::Output() : m_out(stdout), m_err(stderr) {}

void Output::line(const QString &text)
{
    m_out << text << '\n' << Qt::flush;
}

void Output::text(const QString &text)
{
    m_out << text << Qt::flush;
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) << Qt::flush;
}

void Output::warning(const QString &text)
{
    m_err << "warning: " << text << '\n' << Qt::flush;
}

void Output::error(const QString &text)
{
    m_err << text << '\n' << Qt::flush;
}

} // namespace cd::cli
