#pragma once

#include "common/Money.h"
#include "common/Words.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

namespace cd {

// One CSV row being imported: its non-empty cells by column name, with typed readers that record
// "FILE:LINE: column: what is wrong" for every bad value instead of stopping at the first.
class ImportRow
{
public:
    ImportRow(QString file, qint64 line, QHash<QString, QString> cells, QStringList *errors)
        : m_file(std::move(file)), m_line(line), m_cells(std::move(cells)), m_errors(errors)
    {}

    qint64 line() const { return m_line; }
    // A cell is given when it is not empty: an empty cell means "not given", never zero.
    bool has(const char *column) const { return m_cells.contains(QLatin1String(column)); }
    QString text(const char *column) const { return m_cells.value(QLatin1String(column)); }

    std::optional<qint64> count(const char *column);
    std::optional<int> percent(const char *column);
    std::optional<bool> boolean(const char *column);
    std::optional<QDate> date(const char *column);
    std::optional<Money> money(const char *column, const QString &currency);
    QStringList list(const char *column, bool spaces = false) const;

    template <typename E> std::optional<E> word(const char *column)
    {
        if (!has(column))
            return std::nullopt;
        auto w = parseWord<E>(text(column));
        if (!w) {
            error(column, w.error());
            return std::nullopt;
        }
        return w.value();
    }

    // Records a problem with one column ("FILE:LINE: column: message").
    void error(const char *column, const QString &message);
    // Records a problem with the whole row ("FILE:LINE: message").
    void rowError(const QString &message);
    bool failed() const { return m_failed; }

private:
    QString m_file;
    qint64 m_line;
    QHash<QString, QString> m_cells;
    QStringList *m_errors;
    bool m_failed = false;
};

} // namespace cd
