#include "RoleColors.h"

#include <QPainter>
#include <QWidget>

#include <algorithm>

namespace cd {

QColor roleColor(ColorRole role, const QWidget *widget)
{
    const bool dark = widget && widget->palette().color(QPalette::Window).lightness() < 128;
    switch (role) {
    case ColorRole::Good:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case ColorRole::Attention:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case ColorRole::Bad:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case ColorRole::Info:
        return dark ? QColor(0x4c, 0x8d, 0xff) : QColor(0x09, 0x69, 0xda);
    case ColorRole::Muted:
        break;
    }
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
}

void paintProgressLine(QPainter *painter, const QRect &track, double percent, const QPalette &palette,
                       const QWidget *widget)
{
    painter->fillRect(track, palette.color(QPalette::Midlight));
    QRect done = track;
    done.setWidth(int(track.width() * std::clamp(percent, 0.0, 100.0) / 100.0));
    painter->fillRect(done, percent >= 100.0 ? roleColor(ColorRole::Good, widget) : palette.color(QPalette::Highlight));
}

} // namespace cd
