#pragma once

#include <QIcon>

namespace cd {

// Icons come from the desktop's icon theme, and from KDE's Breeze (Debian's breeze-icon-theme)
// where the desktop has no theme or lacks a name: native on KDE, complete elsewhere. Breeze Dark
// on a dark window. Safe to call again (after a palette change).
void useIconTheme();

// The theme's icon `name`; `bundled` (a resource path) when no theme has it.
QIcon themeIcon(const char *name, const char *bundled = nullptr);

} // namespace cd
