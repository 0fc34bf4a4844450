#pragma once

#include <QStyledItemDelegate>

namespace cd {

// A KPI cell of the dashboard's campaigns: its "63%" in the list's own text colour, over a thin
// progress line at the cell's foot (full at 100%, green there). The style's progress bar put light
// text on its own blue. A cell without a PercentRole value is painted as any other.
class KpiCellDelegate : public QStyledItemDelegate
{
public:
    static constexpr int PercentRole = Qt::UserRole + 3; // the KPI's percent of its target

    using QStyledItemDelegate::QStyledItemDelegate;
    // Room under the text for the line.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int LineRoom = 6;
};

} // namespace cd
