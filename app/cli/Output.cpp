#include "Output.h"
#include <QRegularExpression>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

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

void Output::jsonText(const QByteArray &text)
{
    m_out << QString::fromUtf8(text) << Qt::flush;
}

void Output::warning(const QString &text)
{
    m_err << "warning: " << text << '\n' << Qt::flush;
}

void Output::progress(const QString &text)
{
    if (isatty(fileno(stderr)))
        m_err << text << '\n' << Qt::flush;
}

void Output::error(const QString &text)
{
    m_err << text << '\n' << Qt::flush;
}

QString tableText(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], r.at(c).size());
        }
    QString out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QString line;
        for (qsizetype c = 0; c < rows.at(i).size(); ++c) {
            const bool right = i > 0 && rightAligned.value(c);
            line +=
                right ? rows.at(i).at(c).rightJustified(widths.at(c)) : rows.at(i).at(c).leftJustified(widths.at(c));
            line += QStringLiteral("  ");
        }
        out +=
            line.trimmed().isEmpty() ? QString() : line.replace(QRegularExpression(QStringLiteral("\\s+$")), QString());
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace cd::cli
