#include "KpiCellDelegate.h"

#include "main/RoleColors.h"

#include <QPainter>

namespace cd {

QSize KpiCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, LineRoom);
}

void KpiCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(PercentRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem text(option);
    text.rect.setBottom(option.rect.bottom() - LineRoom);
    QStyledItemDelegate::paint(painter, text, index);
    const QRect track(option.rect.left() + 4, option.rect.bottom() - 4, option.rect.width() - 8, 3);
    painter->save();
    paintProgressLine(painter, track, value.toDouble(), option.palette, option.widget);
    painter->restore();
}

} // namespace cd
