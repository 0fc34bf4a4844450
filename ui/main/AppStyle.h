#pragma once

namespace cd {

// Puts the app's own touches over the desktop's widget style, once for the whole application:
// - a disabled icon is the enabled one at a third of its opacity (the style's own grey blend keeps
//   Breeze Dark's near-white icons as bright as enabled ones on a dark window);
// - on a dark palette, a check box's and radio button's outline is drawn light enough to see
//   (Fusion draws it darker than the window, which vanishes on a dark field);
// - a column's title wider than its column ends in "…" (Qt 6.4 draws it cut at both ends).
// MainWindow calls it; calling it again does nothing.
void useAppStyle();

} // namespace cd
