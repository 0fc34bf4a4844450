#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

class QAbstractItemModel;

namespace cd {

// How a list model gets its rows: it reads them itself (on construction and after every committed
// change that matters, on the thread it lives on: tests, small pickers), or it shows only what its
// page feeds it from a read on a worker (the pages, so the window never waits for a read).
enum class ListReads
{
    Itself,
    Fed
};

// A row's every column as shown, in one case-folded string (a line per column), for the search:
// made with the read, on the worker, so a key typed matches strings instead of formatting cells.
inline constexpr int ListSearchTextRole = Qt::UserRole + 32;

// A search text is UTF-8: half the memory of a QString for the mostly Latin text of the lists (at
// large their 20,000 creators' and 23,140 contracts' texts held 10.3 MiB). A term folded the same
// way matches it byte for byte where it matches character for character: in UTF-8 no character's
// bytes begin inside another's.
using SearchText = QByteArray;

// The text ListSearchTextRole holds for a row whose cells show `cells`.
SearchText searchTextOf(const QStringList &cells);
// Appends that text to `to`, without a string of its own.
void appendSearchText(QByteArray &to, const QStringList &cells);
// The same, for `row` of `model`, from its display texts.
SearchText rowSearchText(const QAbstractItemModel &model, int row);
// The words of a search as typed, folded as the search texts are.
QByteArrayList searchTerms(const QString &typed);
// Whether a search text holds every term (each in any column).
bool matchesAll(QByteArrayView searchText, const QByteArrayList &terms);

// The search texts of a whole list, end to end in one buffer: a text of its own costs a row about
// 50 bytes beyond its characters (the string, its header, the allocator's rounding), 1.1 MiB for the
// large demo's 23,140 contracts.
class SearchTextPool
{
public:
    qsizetype size() const { return m_starts.size(); }
    QByteArrayView at(qsizetype row) const
    {
        const qsizetype start = m_starts.at(row);
        const qsizetype end = row + 1 < m_starts.size() ? m_starts.at(row + 1) : m_bytes.size();
        return QByteArrayView(m_bytes.constData() + start, end - start);
    }
    // The row's text goes on the end (searchTextOf's).
    void append(const QStringList &cells);
    void reserve(qsizetype rows) { m_starts.reserve(rows); }
    void squeeze();

private:
    QByteArray m_bytes;
    QList<qint32> m_starts; // of each row's text in m_bytes
};

// A list whose rows' search texts the filter reads where they are kept (a SearchTextPool), with no
// QVariant and no copy per row and keystroke.
class SearchableRows
{
public:
    virtual ~SearchableRows() = default;
    virtual QByteArrayView searchText(int row) const = 0;

protected:
    SearchableRows() = default;
    SearchableRows(const SearchableRows &) = default;
    SearchableRows &operator=(const SearchableRows &) = default;
};

// A list whose read also works out the order of its rows by each column, on the worker: the page's
// sort then compares two integers instead of asking data() for two QVariants. Sorting the large
// demo's 23,140 contracts by campaign that way took ~25 ms of the GUI thread at every reset.
class RankedRows
{
public:
    virtual ~RankedRows() = default;
    // The role the ranks order by (the model's SortRole).
    virtual int rankedRole() const = 0;
    // `row`'s place among the rows by `column` (see columnRanks), or -1 when it has none.
    virtual int sortRank(int row, int column) const = 0;

protected:
    RankedRows() = default;
    RankedRows(const RankedRows &) = default;
    RankedRows &operator=(const RankedRows &) = default;
};

// For each column of `model`, each row's place by its `role` value: numbers, dates and times by
// value, then texts in people's order (nameCollator; texts it holds equal, by their characters), then
// rows without a value. Equal values share a place; places run 0, 1, 2... without gaps.
QList<QList<int>> columnRanks(const QAbstractItemModel &model, int role);

// What a list's read works out beside its rows, from `shown`, a model showing them: each row's
// search text (rowSearchText's) and its place by each column (columnRanks by `sortRole`). A long
// list has its ranks worked out on a second thread meanwhile: the read runs alone on two cores more
// often than not, and the large demo's 23,140 contracts take ~55 ms to rank.
struct PreparedRows
{
    SearchTextPool texts;
    QList<QList<int>> ranks; // by column, then row
};
PreparedRows prepareRowsOf(const QAbstractItemModel &shown, int sortRole);

// A whole list's read: its rows and what prepareRowsOf worked out for them.
template <typename Row> struct PreparedList
{
    QList<Row> rows;
    PreparedRows prepared;
    qsizetype size() const { return rows.size(); }
};

// RankedRows and SearchableRows answered from the PreparedRows of the read a list shows (the
// Contracts, Campaigns and Brands lists).
class PreparedRowsLookup : public RankedRows, public SearchableRows
{
public:
    int sortRank(int row, int column) const final
    {
        const QList<QList<int>> &ranks = prepared().ranks;
        return column < ranks.size() && row < ranks.at(column).size() ? ranks.at(column).at(row) : -1;
    }
    QByteArrayView searchText(int row) const final
    {
        return row < prepared().texts.size() ? prepared().texts.at(row) : QByteArrayView();
    }

protected:
    // Of the read shown: none before one arrives, nor while the read works them out.
    virtual const PreparedRows &prepared() const = 0;
};

// The different texts `column` of `model` shows, in its sort order when the model is RankedRows
// (one data() per text instead of one per row), else alphabetically ignoring case. Ranked, it
// takes rows that share a place to show one text: true of names and statuses (the column filters),
// not of a column whose text says more than its sort value.
QStringList shownValues(const QAbstractItemModel &model, int column);

} // namespace cd
