#pragma once

#include "desk/Today.h"

#include <QAbstractItemModel>

namespace cd {

// The Today list as a two-level tree: each of the eleven sections (with its count, always shown)
// holding its items, most urgent first, or the first of them and a last row offering the others. Columns: what,
// creator, campaign (or brand), date, why. Loaded whole by setSections() (the page reads today() and hands the result
// over). A previewed section shows its first PreviewRows items only, then the row offering the others.
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        What,
        Creator,
        Campaign,
        Date,
        Detail,
        ColumnCount
    };
    // On items: the TodayItem's index in its section; on both: whether it is a section row.
    static constexpr int IsSectionRole = Qt::UserRole + 1;
    static constexpr int SectionRole = Qt::UserRole + 2; // int(TodaySection)
    static constexpr int RecordRole = Qt::UserRole + 3;  // "deliverable", "payment"... (items)
    static constexpr int IdRole = Qt::UserRole + 4;      // the record's id (items)
    static constexpr int CountRole = Qt::UserRole + 5;   // items in the section (sections)
    // Whether the item's deadline has passed (items): a deliverable or revision late, money or a
    // follow-up overdue.
    static constexpr int LateRole = Qt::UserRole + 6;
    // Whether the row is the last of a section of which only the first items are held: it offers
    // the others (TodaySectionItems::beyond).
    static constexpr int IsMoreRole = Qt::UserRole + 7;

    explicit TodayModel(QObject *parent = nullptr);

    // How many items a previewed section shows: on an agency's desk every section is long, and a
    // few of each answer "what now?" where closed sections showed headings only.
    static constexpr int PreviewRows = 3;

    // `previewed`: a bit per TodaySection (todaySectionBit) shown to its first PreviewRows items.
    void setSections(QList<TodaySectionItems> sections, const QDate &asOf, unsigned previewed = 0);
    const QDate &asOf() const { return m_asOf; }
    // The list shown (empty before the first setSections()).
    const QList<TodaySectionItems> &sections() const { return m_sections; }
    // Whether the item's listed day is a deadline that has passed (LateRole).
    bool isLate(const TodayItem &item) const;
    // The item at `index`, or null for a section row or an invalid index.
    const TodayItem *item(const QModelIndex &index) const;
    // Whether `index` is a section's row that offers its other items (IsMoreRole): those held past a
    // preview, or those not held.
    bool isMoreRow(const QModelIndex &index) const;
    // The row of an item with this record and id, for keeping the selection across reloads.
    QModelIndex find(const QString &record, qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The items section `s` shows (all it holds unless previewed).
    int shown(int s) const;

    QList<TodaySectionItems> m_sections;
    QDate m_asOf;
    unsigned m_previewed = 0;
};

} // namespace cd
