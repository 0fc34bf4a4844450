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

QString postUrlExample(Platform platform)
{
    switch (platform) {
    case Platform::TikTok:
        return QStringLiteral("https://www.tiktok.com/@handle/video/…");
    case Platform::Instagram:
        return QStringLiteral("https://www.instagram.com/reel/…");
    case Platform::YouTube:
        return QStringLiteral("https://www.youtube.com/watch?v=…");
    case Platform::Facebook:
        return QStringLiteral("https://www.facebook.com/…");
    case Platform::X:
        return QStringLiteral("https://x.com/handle/status/…");
    case Platform::Blog:
        break;
    }
    return QStringLiteral("https://…");
}

} // namespace cd
