#pragma once

class QChart;

namespace cd {

// What every chart does on the screen: clicking a legend entry hides or shows its line (the entry
// dims), and hovering a line shows the day and the exact value. Call after the series are added.
void makeInteractive(QChart *chart);

} // namespace cd
