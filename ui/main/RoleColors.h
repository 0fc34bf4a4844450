#pragma once

#include <QColor>

class QPainter;
class QPalette;
class QRect;
class QWidget;

namespace cd {

// The palette's meaning-carrying roles (design.md), one colour each everywhere: good (paid,
// verified), attention (due soon), bad (late, overdue), info (in progress), muted (awaiting,
// draft). On a dark window (Qt 6.4 has no colour-scheme hint: the window's lightness decides)
// the lifted variants keep the contrast.
enum class ColorRole
{
    Good,
    Attention,
    Bad,
    Info,
    Muted
};

QColor roleColor(ColorRole role, const QWidget *widget);

// A thin progress line in `track`: the palette's mid-light track filled to `percent` (0-100, clamped)
// in the selection colour, green once the target is reached. The dashboard's KPI cells and the
// results tiles draw the same line.
void paintProgressLine(QPainter *painter, const QRect &track, double percent, const QPalette &palette,
                       const QWidget *widget);

} // namespace cd
