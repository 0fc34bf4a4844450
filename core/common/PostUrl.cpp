#include "PostUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace cd {

QString normalizePostUrl(const QString &text)
{
    QString raw = text.trimmed();
    if (raw.isEmpty() || raw.contains(QLatin1Char(' ')))
        return {};
    if (!raw.contains(QLatin1String("://")))
        raw.prepend(QLatin1String("https://"));
    const QUrl url(raw, QUrl::TolerantMode);
    QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty() || !host.contains(QLatin1Char('.')))
        return {};
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString out = host + path;
    const QUrlQuery query(url);
    QStringList kept;
    for (const char *name : {"v", "story_fbid", "id"}) {
        const QString key = QString::fromLatin1(name);
        if (query.hasQueryItem(key))
            kept << key + QLatin1Char('=') + query.queryItemValue(key, QUrl::FullyEncoded);
    }
    if (!kept.isEmpty())
        out += QLatin1Char('?') + kept.join(QLatin1Char('&'));
    return out;
}

} // namespace cd
