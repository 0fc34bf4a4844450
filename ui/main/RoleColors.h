#pragma once

#include <QColor>

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

} // namespace cd
