#include "TestSupport.h"

#include "models/ListReads.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QDate>

using namespace cd;

namespace {

// A table of given sort values, each shown as its text unless `shown` says otherwise, ranked as the
// app's lists rank their reads when asked to.
class ValuesTable : public QAbstractTableModel, public RankedRows
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    ValuesTable(QList<QList<QVariant>> columns, bool ranked, QHash<QString, QString> shown = {})
        : m_columns(std::move(columns)), m_shown(std::move(shown))
    {
        if (ranked)
            m_ranks = columnRanks(*this, SortRole);
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || m_columns.isEmpty() ? 0 : int(m_columns.first().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant &value = m_columns.at(index.column()).at(index.row());
        if (role == SortRole)
            return value;
        if (role != Qt::DisplayRole)
            return {};
        return m_shown.value(value.toString(), value.toString());
    }
    int rankedRole() const override { return SortRole; }
    int sortRank(int row, int column) const override { return m_ranks.isEmpty() ? -1 : m_ranks.at(column).at(row); }

private:
    QList<QList<QVariant>> m_columns;
    QHash<QString, QString> m_shown;
    QList<QList<int>> m_ranks;
};

} // namespace

TEST_CASE("column ranks put numbers by value then texts in people's order then cells without a value")
{
    const QVariant none;
    ValuesTable table(
        {{QStringLiteral("Campaign 10"), QStringLiteral("campaign 9"), QStringLiteral("Árbol"), QStringLiteral("apple"),
          QStringLiteral("Campaign 10"), none, QStringLiteral("Zebra"), QStringLiteral("CAMPAIGN 9")},
         {3, -1.0, 2.5, 3, none, qint64(10), 0, 2},
         {QDate(2026, 3, 1), QDate(), QDate(2025, 12, 31), QDate(2026, 3, 1), QDate(2026, 2, 28), none,
          QDate(2027, 1, 1), QDate(2026, 3, 2)},
         {7, QStringLiteral("b"), none, QStringLiteral("a"), 2, none, 7, QStringLiteral("B")}},
        true);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // apple; Árbol; CAMPAIGN 9 then campaign 9 (equal to the collator: by their characters);
    // Campaign 10 twice (numbers within a text by value); Zebra; the cell without a value last.
    CHECK(table.sortRank(0, 0) == 4);
    CHECK(table.sortRank(1, 0) == 3);
    CHECK(table.sortRank(2, 0) == 1);
    CHECK(table.sortRank(3, 0) == 0);
    CHECK(table.sortRank(4, 0) == 4);
    CHECK(table.sortRank(5, 0) == 6);
    CHECK(table.sortRank(6, 0) == 5);
    CHECK(table.sortRank(7, 0) == 2);
    // Whole numbers and fractions together by value: -1, 0, 2, 2.5, 3 (twice), 10, none.
    const QList<int> numbers{4, 0, 3, 4, 6, 5, 1, 2};
    // An invalid date before every day, as QDate orders it; the cell without a value last.
    const QList<int> days{3, 0, 1, 3, 2, 6, 5, 4};
    // Numbers before texts: 2, 7 (twice), a, B, b, none (twice).
    const QList<int> mixed{1, 4, 5, 2, 0, 5, 1, 3};
    for (int row = 0; row < 8; ++row) {
        CAPTURE(row);
        CHECK(table.sortRank(row, 1) == numbers.at(row));
        CHECK(table.sortRank(row, 2) == days.at(row));
        CHECK(table.sortRank(row, 3) == mixed.at(row));
    }
}

TEST_CASE("column ranks of a list without rows and of one row")
{
    const ValuesTable empty({{}, {}}, false);
    CHECK(columnRanks(empty, ValuesTable::SortRole) == QList<QList<int>>{{}, {}});
    const ValuesTable one({{QStringLiteral("Sari")}, {QVariant()}}, false);
    CHECK(columnRanks(one, ValuesTable::SortRole) == QList<QList<int>>{{0}, {0}});
}

TEST_CASE("the values a column shows come once each in the list's order or alphabetically without ranks")
{
    const QList<QList<QVariant>> columns{{QStringLiteral("signed"), QStringLiteral("draft"), QStringLiteral("Sent"),
                                          QStringLiteral("draft"), QString(), QStringLiteral("signed"),
                                          QStringLiteral("expired")},
                                         {3, 1, 2, 1, 3, 4, 5}};
    // Two sort values that show one text ("—") give it once.
    const QHash<QString, QString> shown{{QStringLiteral("4"), QStringLiteral("—")},
                                        {QStringLiteral("5"), QStringLiteral("—")}};
    ValuesTable ranked(columns, true, shown);
    const ValuesTable plain(columns, false, shown);
    QAbstractItemModelTester tester(&ranked, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList statuses{QStringLiteral("draft"), QStringLiteral("expired"), QStringLiteral("Sent"),
                               QStringLiteral("signed")};
    CHECK(shownValues(ranked, 0) == statuses);
    CHECK(shownValues(plain, 0) == statuses);
    CHECK(shownValues(ranked, 1) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("—")});
    // Without ranks: alphabetically, digits before the dash.
    CHECK(shownValues(plain, 1) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("—")});
    CHECK(shownValues(ValuesTable({{}}, true), 0).isEmpty());
}

TEST_CASE("a long list gets its search texts and its ranks from two threads as one thread would give them")
{
    // Past 2,000 rows the ranks are worked out on a second thread while the texts are made.
    QList<QVariant> names, numbers;
    for (int i = 0; i < 2500; ++i) {
        names << QStringLiteral("Creator %1").arg((i * 7919) % 2500);
        numbers << (i % 13) * 1.5;
    }
    const ValuesTable table({names, numbers}, false);
    const PreparedRows prepared = prepareRowsOf(table, ValuesTable::SortRole);
    REQUIRE(prepared.texts.size() == 2500);
    REQUIRE(prepared.ranks.size() == 2);
    const QList<QList<int>> ranks = columnRanks(table, ValuesTable::SortRole);
    CHECK(prepared.ranks == ranks);
    for (int row : {0, 1, 1249, 2499}) {
        CAPTURE(row);
        CHECK(prepared.texts.at(row).toByteArray() == rowSearchText(table, row));
    }
    // Creator 0 ... Creator 2499 in people's order, numbers by value: 0, 1.5, ... 18.
    CHECK(prepared.ranks.at(0).at(0) == 0);
    CHECK(prepared.ranks.at(0).at(1) == 419); // Creator 419 (7,919 mod 2,500)
    CHECK(prepared.ranks.at(1).at(12) == 12);
    CHECK(prepared.ranks.at(1).at(13) == 0);
    CHECK(prepared.texts.at(0) == QByteArrayView("creator 0\n0\n"));
}

TEST_CASE("a pool of search texts holds each row's text end to end and gives back exactly that row's")
{
    SearchTextPool pool;
    CHECK(pool.size() == 0);
    pool.append({QStringLiteral("Rina Wijaya"), QStringLiteral("Signed")});
    pool.append({});                                                  // a row that shows nothing
    pool.append({QStringLiteral("Daniel Müller"), QString()});        // not ASCII, and an empty cell
    pool.append({QStringLiteral("ALEX"), QStringLiteral("ΣΊΣΥΦΟΣ")}); // Unicode's folding
    pool.squeeze();
    REQUIRE(pool.size() == 4);
    CHECK(pool.at(0) == QByteArrayView("rina wijaya\nsigned\n"));
    CHECK(pool.at(1).isEmpty());
    CHECK(pool.at(2) == QByteArrayView("daniel müller\n\n"));
    CHECK(pool.at(3).toByteArray() == searchTextOf({QStringLiteral("ALEX"), QStringLiteral("ΣΊΣΥΦΟΣ")}));
    CHECK(pool.at(3).toByteArray() == QStringLiteral("alex\nσίσυφοσ\n").toUtf8());
    // A search looks at its row only: the end of one text and the start of the next are not a word.
    CHECK(matchesAll(pool.at(0), searchTerms(QStringLiteral("WIJAYA signed"))));
    CHECK_FALSE(matchesAll(pool.at(0), searchTerms(QStringLiteral("daniel"))));
    CHECK_FALSE(matchesAll(pool.at(2), searchTerms(QStringLiteral("alex"))));
    CHECK(matchesAll(pool.at(2), searchTerms(QStringLiteral("MÜLLER"))));
}
