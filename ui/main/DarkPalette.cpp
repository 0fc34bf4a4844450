#include "DarkPalette.h"

namespace cd {

QPalette darkPalette()
{
    const QColor page(0x0d, 0x11, 0x17), raised(0x16, 0x1b, 0x22), line(0x30, 0x36, 0x3d);
    const QColor text(0xe6, 0xed, 0xf3), secondary(0x8b, 0x94, 0x9e), accent(0x4c, 0x8d, 0xff);
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, raised);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, page);
        p.setColor(group, QPalette::AlternateBase, raised);
        p.setColor(group, QPalette::ToolTipBase, raised);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, secondary);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, raised);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, QColor(0xf8, 0x51, 0x49));
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        p.setColor(group, QPalette::Link, accent);
        p.setColor(group, QPalette::LinkVisited, QColor(0xa3, 0x71, 0xf7));
        p.setColor(group, QPalette::Light, line.lighter(150));
        p.setColor(group, QPalette::Midlight, line);
        p.setColor(group, QPalette::Mid, line);
        p.setColor(group, QPalette::Dark, page);
        p.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
    }
    // Disabled: the same surfaces, text faded to the secondary colour.
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                            QPalette::Highlight, QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText,
                            QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, secondary.darker(130));
    return p;
}

} // namespace cd
