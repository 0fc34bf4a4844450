#include "ImportRow.h"

#include "Values.h"
#include "common/TypedCount.h"

namespace cd {

namespace {
template <typename T, typename Reader>
std::optional<T> read(ImportRow &row, const char *column, Reader reader, const QString &text)
{
    if (!row.has(column))
        return std::nullopt;
    auto v = reader(text);
    if (!v) {
        row.error(column, v.error());
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
    return read<qint64>(*this, column, values::count, values::interchangeNumber(text(column), m_numbers));
}
std::optional<int> ImportRow::percent(const char *column)
{
    return read<int>(*this, column, values::percent, values::interchangeNumber(text(column), m_numbers));
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
        *this, column, [&](const QString &t) { return Money::parse(t, currency); },
        values::interchangeNumber(text(column), m_numbers));
}

QStringList ImportRow::list(const char *column, bool spaces) const
{
    return values::list(text(column), spaces);
}

void ImportRow::error(const char *column, const QString &message)
{
    m_failed = true;
    m_errors->append(QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(m_line).arg(QLatin1String(column), message));
}

void ImportRow::rowError(const QString &message)
{
    m_failed = true;
    m_errors->append(QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(message));
}

void ImportRow::otherRowError(const QString &message)
{
    m_failed = true;
    m_errors->append(message);
}

} // namespace cd
