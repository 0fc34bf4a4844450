#include "Words.h"

namespace cd {

std::optional<Platform> platformAlias(QStringView text)
{
    if (text.compare(QLatin1String("twitter"), Qt::CaseInsensitive) == 0)
        return Platform::X;
    return std::nullopt;
}

QString unknownWordMessage(const char *what, QStringView text, const QStringList &words)
{
    const QString name = QCoreApplication::translate("Words", what);
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Words", "a %1 is required: use one of %2")
            .arg(name, words.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Words", "unknown %1 '%2': use one of %3")
        .arg(name, text.toString(), words.join(QStringLiteral(", ")));
}

QString platformDisplayName(Platform p)
{
    switch (p) {
    case Platform::TikTok:
        return QCoreApplication::translate("Words", "TikTok");
    case Platform::Instagram:
        return QCoreApplication::translate("Words", "Instagram");
    case Platform::YouTube:
        return QCoreApplication::translate("Words", "YouTube");
    case Platform::Facebook:
        return QCoreApplication::translate("Words", "Facebook");
    case Platform::X:
        return QCoreApplication::translate("Words", "X");
    case Platform::Blog:
        return QCoreApplication::translate("Words", "Blog");
    }
    return {};
}

QString formatDisplayName(DeliverableFormat f)
{
    switch (f) {
    case DeliverableFormat::Video:
        return QCoreApplication::translate("Words", "Video");
    case DeliverableFormat::Reel:
        return QCoreApplication::translate("Words", "Reel");
    case DeliverableFormat::Story:
        return QCoreApplication::translate("Words", "Story");
    case DeliverableFormat::Post:
        return QCoreApplication::translate("Words", "Post");
    case DeliverableFormat::Short:
        return QCoreApplication::translate("Words", "Short");
    case DeliverableFormat::Live:
        return QCoreApplication::translate("Words", "Live");
    case DeliverableFormat::BlogPost:
        return QCoreApplication::translate("Words", "Blog post");
    }
    return {};
}

} // namespace cd
