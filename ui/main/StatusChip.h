#pragma once

#include "RoleColors.h"

#include <QStringList>
#include <QStyledItemDelegate>

#include <optional>

class QTableView;

namespace cd {

// The colour role of a status word of any record (design.md): green for done and good (paid,
// verified, signed), amber for waiting on someone (revision requested, negotiating), red for
// trouble (overdue, terminated), blue for in progress (active, sent, submitted), grey for not yet
// or no longer (draft, planned, expired). Nothing for a word it does not know.
std::optional<ColorRole> statusChipRole(QStringView word);

// Draws a status cell as a chip: the status's word in its role colour on a rounded rectangle of
// that colour at 15%, the same in every list. `wordRole` is the model role holding the status word
// (the shown text stays the model's translated label); a cell without a known word draws as usual.
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The room a chip takes beyond its text: its padding, its margins and a pixel's rounding each side.
    static constexpr int ExtraWidth = 2 * 8 + 2 * 4 + 2;

    StatusChipDelegate(int wordRole, QObject *parent);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chip's fill over `base` for `role` on `widget` (tests look for it on screen).
    static QColor fill(ColorRole role, const QWidget *widget, const QColor &base);

private:
    int m_wordRole;
};

// Shows `column` of `table` as chips of the status word in `wordRole`, wide enough for every label
// in `labels` (each label the column can show, in the language shown), as every list does.
void showStatusChips(QTableView *table, int column, int wordRole, const QStringList &labels);

} // namespace cd
