#include "Values.h"

#include "common/Dates.h"
#include "common/TypedCount.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cd::values {
namespace {
// The context lupdate files these strings under, and the runtime looks them up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Values)
};

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString interchangeNumber(const QString &text, NumberStyle style)
{
    if (style == NumberStyle::Interchange)
        return text;
    // '.' groups thousands, ',' marks decimals; a percent sign or a K/M/rb/jt may follow.
    static const QRegularExpression indonesian(
        QStringLiteral(R"(^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*(?:%|[kKmM]|rb|jt))?$)"));
    const auto m = indonesian.match(text);
    if (!m.hasMatch())
        return text;
    QString out = m.captured(1) + m.captured(2).remove(QLatin1Char('.'));
    if (!m.captured(3).isEmpty())
        out += QLatin1Char('.') + m.captured(3);
    QString suffix = m.captured(4).trimmed();
    if (suffix == QLatin1String("rb"))
        suffix = QStringLiteral("K");
    else if (suffix == QLatin1String("jt"))
        suffix = QStringLiteral("M");
    return out + suffix;
}

QString numberCellMessage(const QString &cell, const QString &read, const QString &message, NumberStyle style)
{
    if (style == NumberStyle::Interchange || cell == read)
        return message;
    return Text::tr("%1 (read with Indonesian numbers from '%2')").arg(message, cell);
}

QString decimalCommaCountMessage(const QString &cell)
{
    static const QRegularExpression grouped(QStringLiteral(R"(^\d{1,3}(?:,\d{3})+$)"));
    if (grouped.match(cell).hasMatch())
        return Text::tr("must be a whole number: with Indonesian numbers ',' marks decimals, so '%1' has a "
                        "decimal part; write %2 or %3")
            .arg(cell, QString(cell).replace(QLatin1Char(','), QLatin1Char('.')),
                 QString(cell).remove(QLatin1Char(',')));
    return Text::tr("must be a whole number: with Indonesian numbers ',' marks decimals, so '%1' has a "
                    "decimal part")
        .arg(cell);
}

std::optional<qint64> plainDigits(QStringView text)
{
    if (text.isEmpty() || text.size() > 18) // 18 digits cannot overflow
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        value = value * 10 + (u - u'0');
    }
    return value;
}

Result<qint64> count(const QString &text)
{
    // More than MaxTypedCount is a slip (a column of ids, a pasted phone number), not a count: no
    // account or post has that many, and sums of such numbers could overflow.
    const auto tooLarge = [&] {
        return fail(Text::tr("%1 is more than %2; check the column").arg(text, maxTypedCountText()));
    };
    // Most cells are plain digits: read those without a regular expression.
    if (const auto value = plainDigits(text); value && *value > MaxTypedCount)
        return tooLarge();
    else if (value)
        return *value;
    static const QRegularExpression plain(QStringLiteral(R"(^(\d+|\d{1,3}(?:,\d{3})+)$)"));
    static const QRegularExpression dotted(QStringLiteral(R"(^\d{1,3}(?:\.\d{3})+$)"));
    static const QRegularExpression abbreviated(QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*([kKmM])$)"));
    static const QRegularExpression negative(QStringLiteral(R"(^-\s*\d[\d,.]*$)"));
    if (const auto m = plain.match(text); m.hasMatch()) {
        bool ok = false;
        const qint64 v = m.captured(1).remove(QLatin1Char(',')).toLongLong(&ok);
        if (ok && v <= MaxTypedCount)
            return v;
        return tooLarge();
    }
    if (dotted.match(text).hasMatch()) {
        const QString digits = QString(text).remove(QLatin1Char('.'));
        return fail(Text::tr("must be a whole number: '%1' — if the file writes numbers the Indonesian way "
                             "(12.345), import it with Indonesian numbers (the import wizard's Numbers "
                             "choice, or --numbers id), or write %2 or %3")
                        .arg(text, QString(text).replace(QLatin1Char('.'), QLatin1Char(',')), digits));
    }
    if (const auto m = abbreviated.match(text); m.hasMatch()) {
        const double factor = m.captured(2).toLower() == QLatin1String("k") ? 1e3 : 1e6;
        const double full = m.captured(1).toDouble() * factor;
        if (!(full <= double(MaxTypedCount))) // the suggestion would be too large too (or not a number)
            return tooLarge();
        return fail(
            Text::tr("must be a whole number: '%1' — write the full count, e.g. %2").arg(text).arg(qint64(full + 0.5)));
    }
    if (negative.match(text).hasMatch())
        return fail(Text::tr("cannot be negative: '%1'").arg(text));
    return fail(Text::tr("must be a whole number such as 12345 or 12,345: '%1'").arg(text));
}

Result<int> percent(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (text.startsWith(QLatin1Char('-')))
            return fail(Text::tr("cannot be negative: '%1'").arg(text));
        static const QRegularExpression tooPrecise(QStringLiteral(R"(^\d+\.\d{3,}\s*%?$)"));
        if (tooPrecise.match(text).hasMatch())
            return fail(Text::tr("has more than two decimals: '%1' (write e.g. 4.25)").arg(text));
        return fail(Text::tr("must be a percent such as 10, 10% or 4.25: '%1'").arg(text));
    }
    const int hundredths = m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (hundredths > 100'00)
        return fail(Text::tr("cannot be more than 100%: '%1'").arg(text));
    return hundredths;
}

Result<bool> boolean(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return fail(Text::tr("must be yes or no (or true/false, 1/0): '%1'").arg(text));
}

Result<QDate> date(const QString &text)
{
    const auto digit = [&](int i) { return text.at(i).isDigit() ? text.at(i).unicode() - '0' : -1; };
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        const int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        const int m = digit(5) * 10 + digit(6);
        const int d = digit(8) * 10 + digit(9);
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && digit(i) >= 0;
        if (digits && QDate::isValid(y, m, d))
            return QDate(y, m, d);
    }
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate d = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (d.isValid())
        return d;
    static const QRegularExpression slashed(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    if (const auto m = slashed.match(text); m.hasMatch())
        return fail(Text::tr("must be a date written YYYY-MM-DD: '%1' (for example %2-%3-%4 if the month comes first)")
                        .arg(text, m.captured(3), m.captured(1).rightJustified(2, QLatin1Char('0')),
                             m.captured(2).rightJustified(2, QLatin1Char('0'))));
    return fail(Text::tr("must be a date written YYYY-MM-DD, e.g. 2026-03-01: '%1'").arg(text));
}

QStringList list(const QString &text, bool spaces)
{
    static const QRegularExpression withSpaces(QStringLiteral(R"([;\s]+)"));
    QStringList items = spaces ? text.split(withSpaces, Qt::SkipEmptyParts) : text.split(QLatin1Char(';'));
    QStringList out;
    for (const QString &item : items)
        if (const QString t = item.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

QString guard(const QString &text)
{
    return !text.isEmpty() && isFormulaStart(text.front()) ? QLatin1Char('\'') + text : text;
}

QString unguard(const QString &text)
{
    return text.size() >= 2 && text.front() == QLatin1Char('\'') && isFormulaStart(text.at(1)) ? text.mid(1) : text;
}

} // namespace cd::values
