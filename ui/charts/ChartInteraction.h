#pragma once

class QChart;

namespace cd {

// What every chart does on the screen: its legend placed for its size (placeLegend), clicking a
// legend entry hides or shows its line (the entry dims, and the value axes fit the lines still
// shown), and hovering a line shows the day and the exact value. Call after the series are added and their axes' ranges
// set (setNumberRange).
void makeInteractive(QChart *chart);

} // namespace cd
