#include "ImportRow.h"

#include "Values.h"
#include "common/TypedCount.h"

namespace cd {

namespace {
template <typename T, typename Reader>
std::optional<T> read(ImportRow &row, const char *column, Reader reader, const QString &text,
                      values::NumberStyle style = values::NumberStyle::Interchange)
{
    if (!row.has(column))
        return std::nullopt;
    auto v = reader(text);
    if (!v) {
        row.error(column, values::numberCellMessage(row.text(column), text, v.error(), style));
        return std::nullopt;
    }
    return v.value();
}
} // namespace

std::optional<qint64> ImportRow::count(const char *column)
{
    // Most counts are plain digits, read the same in either number style: read those straight from
    // the cell (the reader below judges them, and everything else, after copies).
    const int i = indexOf(column);
    if (const auto value = i >= 0 ? values::plainDigits(m_cells.at(i)) : std::nullopt; value && *value <= MaxTypedCount)
        return value;
    if (m_numbers == values::NumberStyle::Indonesian && text(column).contains(QLatin1Char(','))) {
        error(column, values::decimalCommaCountMessage(text(column)));
        return std::nullopt;
    }
    return read<qint64>(*this, column, values::count, numberText(column), m_numbers);
}
std::optional<int> ImportRow::percent(const char *column)
{
    return read<int>(*this, column, values::percent, numberText(column), m_numbers);
}
std::optional<bool> ImportRow::boolean(const char *column)
{
    return read<bool>(*this, column, values::boolean, text(column));
}
std::optional<QDate> ImportRow::date(const char *column)
{
    return read<QDate>(*this, column, values::date, text(column));
}

std::optional<Money> ImportRow::money(const char *column, const QString &currency)
{
    return read<Money>(
        *this, column, [&](const QString &t) { return Money::parse(t, currency); }, numberText(column), m_numbers);
}

QString ImportRow::numberKey(const char *column) const
{
    QString key = numberText(column).remove(QLatin1Char(','));
    if (key.contains(QLatin1Char('.'))) {
        while (key.endsWith(QLatin1Char('0')))
            key.chop(1);
        if (key.endsWith(QLatin1Char('.')))
            key.chop(1);
    }
    while (key.size() > 1 && key.startsWith(QLatin1Char('0')) && key.at(1).isDigit())
        key.remove(0, 1);
    return key;
}

QStringList ImportRow::list(const char *column, bool spaces) const
{
    return values::list(text(column), spaces);
}

namespace {
// One line per problem (formats.md): a cell's line break quoted in a message is written "\n".
QString oneLine(QString message)
{
    return message.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\n"));
}
} // namespace

void ImportRow::error(const char *column, const QString &message)
{
    m_failed = true;
    m_errors->append(
        QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(m_line).arg(QLatin1String(column), oneLine(message)));
}

void ImportRow::rowError(const QString &message)
{
    m_failed = true;
    m_errors->append(QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(oneLine(message)));
}

void ImportRow::refused(const Error &error)
{
    if (error.field && indexOf(error.field) >= 0)
        this->error(error.field, error.message);
    else
        rowError(error.message);
}

void ImportRow::otherRowError(const QString &message)
{
    m_failed = true;
    m_errors->append(oneLine(message));
}

} // namespace cd
