#include "ListReads.h"

#include "common/Names.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <future>
#include <numeric>
#include <optional>
#include <string_view>
#include <vector>

namespace cd {

// Folded cell by cell (folding never joins characters across a line break): one cell that is not
// ASCII ("—" for no rate, "Müller") no longer sends the whole row through Unicode's tables.
void appendSearchText(QByteArray &to, const QStringList &cells)
{
    for (const QString &cell : cells) {
        appendCaseFolded(to, cell);
        to += '\n';
    }
}

SearchText searchTextOf(const QStringList &cells)
{
    qsizetype size = 0;
    for (const QString &cell : cells)
        size += cell.size() + 1;
    SearchText text;
    text.reserve(size); // the size of ASCII text
    appendSearchText(text, cells);
    if (text.capacity() > text.size())
        text.squeeze(); // a cell that was not ASCII grew it
    return text;
}

namespace {
QStringList rowCells(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data().toString();
    return cells;
}
} // namespace

SearchText rowSearchText(const QAbstractItemModel &model, int row)
{
    return searchTextOf(rowCells(model, row));
}

void SearchTextPool::append(const QStringList &cells)
{
    m_starts.append(qint32(m_bytes.size()));
    appendSearchText(m_bytes, cells);
}

void SearchTextPool::squeeze()
{
    m_bytes.squeeze();
    m_starts.squeeze();
}

PreparedRows prepareRowsOf(const QAbstractItemModel &shown, int sortRole)
{
    const int rows = shown.rowCount();
    std::future<QList<QList<int>>> ranked = std::async(rows > 2000 ? std::launch::async : std::launch::deferred,
                                                       [&shown, sortRole] { return columnRanks(shown, sortRole); });
    PreparedRows prepared;
    prepared.texts.reserve(rows);
    for (int row = 0; row < rows; ++row)
        prepared.texts.append(rowCells(shown, row));
    prepared.texts.squeeze();
    prepared.ranks = ranked.get();
    return prepared;
}

QByteArrayList searchTerms(const QString &typed)
{
    const QString words = typed.simplified();
    return words.isEmpty() ? QByteArrayList() : words.toCaseFolded().toUtf8().split(' ');
}

// Through std::string_view's find (memchr for the first byte, then a compare): 20,000 roster-like
// texts searched for "wij" in 0.6-0.9 ms, against 2.3-3.0 with QByteArrayView::contains and 3.0 with
// QString::contains (a scratch program, three runs each).
bool matchesAll(QByteArrayView searchText, const QByteArrayList &terms)
{
    const std::string_view text(searchText.data(), size_t(searchText.size()));
    return std::all_of(terms.cbegin(), terms.cend(), [text](const QByteArray &term) {
        return text.find(std::string_view(term.constData(), size_t(term.size()))) != std::string_view::npos;
    });
}

namespace {

// A cell's sort value reduced to what compares quickly: numbers first, then texts, then nothing.
struct SortKey
{
    enum Group
    {
        Number,
        Text,
        Nothing
    } group = Nothing;
    qint64 integer = 0; // a whole number, a day, a moment, or the text's place among the texts
    double real = 0;    // a number with a fraction
};

std::optional<qint64> wholeNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toLongLong();
    case QMetaType::QDate:
        return value.toDate().toJulianDay(); // an invalid date before every day, as QDate orders it
    case QMetaType::QDateTime:
        return value.toDateTime().toMSecsSinceEpoch();
    default:
        return std::nullopt;
    }
}

bool isFraction(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

QList<int> ranksOf(const QList<QVariant> &values, const QCollator &collator)
{
    // Texts are ranked once each (a column repeats a few hundred brands over thousands of rows).
    QHash<QString, qint64> textIds;
    QStringList texts;
    QList<SortKey> keys(values.size());
    bool fractions = false;
    for (qsizetype row = 0; row < values.size(); ++row) {
        const QVariant &value = values.at(row);
        SortKey &key = keys[row];
        if (const auto whole = wholeNumber(value)) {
            key = {SortKey::Number, *whole, double(*whole)};
        } else if (isFraction(value)) {
            key = {SortKey::Number, 0, value.toDouble()};
            fractions = true;
        } else if (value.isValid()) {
            const QString text = value.toString();
            auto id = textIds.constFind(text);
            if (id == textIds.constEnd()) {
                id = textIds.insert(text, texts.size());
                texts << text;
            }
            key = {SortKey::Text, *id, 0};
        }
    }
    // Each text's sort key made once, and the keys compared (as nameRanks() does): the collator
    // comparing the texts themselves for every pair the sort meets cost more.
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(std::size_t(texts.size()));
    for (const QString &text : std::as_const(texts))
        sortKeys.push_back(collator.sortKey(text));
    QList<qint64> textOrder(texts.size());
    std::iota(textOrder.begin(), textOrder.end(), 0);
    std::sort(textOrder.begin(), textOrder.end(), [&](qint64 a, qint64 b) {
        const int c = sortKeys[std::size_t(a)].compare(sortKeys[std::size_t(b)]);
        return c != 0 ? c < 0 : texts.at(a) < texts.at(b);
    });
    QList<qint64> textPlace(texts.size());
    for (qsizetype i = 0; i < textOrder.size(); ++i)
        textPlace[textOrder.at(i)] = i;
    for (SortKey &key : keys)
        if (key.group == SortKey::Text)
            key.integer = textPlace.at(key.integer);

    const auto before = [&](const SortKey &a, const SortKey &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.group == SortKey::Number && fractions)
            return a.real < b.real;
        return a.integer < b.integer;
    };
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return before(keys.at(a), keys.at(b)); });
    QList<int> ranks(keys.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && before(keys.at(order.at(i - 1)), keys.at(order.at(i))))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

} // namespace

QList<QList<int>> columnRanks(const QAbstractItemModel &model, int role)
{
    const QCollator collator = nameCollator();
    const int rows = model.rowCount();
    QList<QList<int>> ranks;
    for (int column = 0; column < model.columnCount(); ++column) {
        QList<QVariant> values(rows);
        for (int row = 0; row < rows; ++row)
            values[row] = model.index(row, column).data(role);
        ranks << ranksOf(values, collator);
    }
    return ranks;
}

QStringList shownValues(const QAbstractItemModel &model, int column)
{
    const int rows = model.rowCount();
    const auto *ranked = dynamic_cast<const RankedRows *>(&model);
    QStringList values;
    QSet<QString> seen;
    const auto add = [&](int row) {
        const QString value = model.index(row, column).data().toString();
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values << value;
        }
    };
    if (ranked && rows > 0 && ranked->sortRank(0, column) >= 0) {
        QList<int> firstRow(rows, -1); // of each place
        for (int row = 0; row < rows; ++row) {
            int &first = firstRow[ranked->sortRank(row, column)];
            if (first < 0)
                first = row;
        }
        // Places run without gaps, so every entry up to the last place used holds a row; different
        // sort values can still show one text ("—"), which `add` keeps once.
        for (int row : std::as_const(firstRow))
            if (row >= 0)
                add(row);
        return values;
    }
    for (int row = 0; row < rows; ++row)
        add(row);
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace cd
