#pragma once

#include <QPalette>

namespace cd {

// design.md's dark variant of the palette's roles (text #E6EDF3 on #0D1117, accent #4C8DFF), for a
// desktop whose style brings no dark palette of its own (Qt 6.4 has no colour-scheme hint) and for
// the screenshot tour's dark pictures. Every colour the app picks itself follows the window's
// lightness, so it reads on this palette too.
QPalette darkPalette();

} // namespace cd
