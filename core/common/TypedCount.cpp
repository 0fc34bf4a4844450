#include "TypedCount.h"

#include <QRegularExpression>

#include <cmath>

namespace cd {
namespace {
// The multiplier an abbreviation stands for; 0 when it is none the language uses.
qint64 multiplier(const QString &suffix, bool indonesian)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("k") || (indonesian && (lower == QLatin1String("rb") || lower == QLatin1String("ribu"))))
        return 1'000;
    if (indonesian) {
        if (lower == QLatin1String("jt") || lower == QLatin1String("juta"))
            return 1'000'000;
        // Indonesian "M" is miliar; a lower-case m is left unread rather than guessed.
        if (suffix == QLatin1String("M") || lower == QLatin1String("miliar"))
            return 1'000'000'000;
        return 0;
    }
    if (lower == QLatin1String("m"))
        return 1'000'000;
    if (lower == QLatin1String("b"))
        return 1'000'000'000;
    return 0;
}
} // namespace

std::optional<qint64> parseTypedCount(const QString &typed, const QLocale &locale)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const bool indonesian = locale.language() == QLocale::Indonesian;
    // Thousands written with ',' '.' or spaces, as people do in English or Indonesian.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([,. \\x{00a0}]\\d{3})+$"));
    static const QRegularExpression plain(QStringLiteral("^\\d{1,13}$"));
    qint64 value = -1;
    if (plain.match(text).hasMatch()) {
        value = text.toLongLong();
    } else if (grouped.match(text).hasMatch()) {
        value = QString(text).remove(QRegularExpression(QStringLiteral("[,. \\x{00a0}]"))).toLongLong();
    } else {
        // "1.2M", "1,2 jt": a whole part, at most two decimals (either mark) and the abbreviation.
        static const QRegularExpression abbreviated(
            QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*([A-Za-z]{1,6})$"));
        const auto m = abbreviated.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 factor = multiplier(m.captured(3), indonesian);
        if (factor == 0)
            return std::nullopt;
        // Whole arithmetic: "1.25M" is exactly 1,250,000.
        const QString decimals = m.captured(2);
        const qint64 fraction = decimals.isEmpty() ? 0 : decimals.toLongLong() * (decimals.size() == 1 ? 10 : 1);
        if (factor < 100 && fraction != 0)
            return std::nullopt;
        value = m.captured(1).toLongLong() * factor + fraction * (factor / 100);
    }
    if (value < 0 || value > MaxTypedCount)
        return std::nullopt;
    return value;
}

QString maxTypedCountText(const QLocale &locale)
{
    return locale.toString(MaxTypedCount);
}

} // namespace cd
