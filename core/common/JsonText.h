#pragma once

#include <QJsonValue>
#include <QString>

namespace cd {

// A text member of the CLI's JSON (formats.md): an empty text has no meaning there, so it is null.
inline QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace cd
