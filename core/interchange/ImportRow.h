#pragma once

#include "Values.h"
#include "common/Money.h"
#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

namespace cd {

// One CSV row being imported: its cells in the kind's column order (empty when not given), with
// typed readers that record "FILE:LINE: column: what is wrong" for every bad value instead of
// stopping at the first. Cells are found by column name; the answer for each name literal is
// remembered in `lookup` (shared by all rows of a file), so a million rows do not compare strings.
class ImportRow
{
public:
    ImportRow(const QString &file, qint64 line, const QList<const char *> &columns, const QStringList &cells,
              QHash<const char *, int> &lookup, QStringList *errors)
        : m_file(file), m_line(line), m_columns(columns), m_cells(cells), m_lookup(lookup), m_errors(errors)
    {}

    qint64 line() const { return m_line; }
    // A cell is given when it is not empty: an empty cell means "not given", never zero.
    bool has(const char *column) const
    {
        const int i = indexOf(column);
        return i >= 0 && !m_cells.at(i).isEmpty();
    }
    // The cell itself (an empty text for a column the kind lacks): a million rows read a dozen
    // cells each, and a copy costs two atomic counts.
    const QString &text(const char *column) const
    {
        static const QString none;
        const int i = indexOf(column);
        return i >= 0 ? m_cells.at(i) : none;
    }

    std::optional<qint64> count(const char *column);
    std::optional<int> percent(const char *column);
    std::optional<bool> boolean(const char *column);
    std::optional<QDate> date(const char *column);
    std::optional<Money> money(const char *column, const QString &currency);
    QStringList list(const char *column, bool spaces = false) const;
    // A number cell in the interchange form, whatever the file's number style ("1.250,50" read the
    // Indonesian way is "1250.50"): what the readers above parse.
    QString numberText(const char *column) const { return values::interchangeNumber(text(column), m_numbers); }
    // A number cell as a key compares it: "1,000", "1000" and "1000.0" are one amount (a file's two
    // rows of one payment written two ways are the same key).
    QString numberKey(const char *column) const;

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
    // Records a service's refusal of the row: under the column it names when this kind has that
    // column ("FILE:LINE: end_date: ..."), else as the whole row's.
    void refused(const Error &error);
    // Records a problem found while on this row that names its own place ("FILE:LINE: ...").
    void otherRowError(const QString &message);
    const QString &file() const { return m_file; }
    bool failed() const { return m_failed; }
    // How the file writes its numbers (counts, percents and amounts); the interchange form unless set.
    void setNumberStyle(values::NumberStyle style) { m_numbers = style; }
    // Counts read from abbreviations ("1.2K") in a platform's export are approximate.
    void setApproximate(bool approximate) { m_approximate = approximate; }
    bool approximate() const { return m_approximate; }

private:
    int indexOf(const char *column) const
    {
        const auto known = m_lookup.constFind(column);
        if (known != m_lookup.constEnd())
            return *known;
        int found = -1;
        for (int i = 0; i < m_columns.size() && found < 0; ++i)
            if (qstrcmp(m_columns.at(i), column) == 0)
                found = i;
        m_lookup.insert(column, found);
        return found;
    }

    const QString &m_file;
    qint64 m_line;
    const QList<const char *> &m_columns;
    const QStringList &m_cells;
    QHash<const char *, int> &m_lookup;
    QStringList *m_errors;
    bool m_failed = false;
    bool m_approximate = false;
    values::NumberStyle m_numbers = values::NumberStyle::Interchange;
};

} // namespace cd
