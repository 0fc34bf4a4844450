#pragma once

#include "common/Result.h"

class QChartView;
class QWidget;

namespace cd {

// Saves what `view` shows as a PNG (the pixels at the view's size, doubled for sharp print) or,
// for a path ending in .svg, as SVG vectors; through QSaveFile, so a failed write leaves nothing.
Status saveChart(QChartView *view, const QString &path);
// The same with the format chosen by the caller (`svg` true: SVG) whatever the file is called.
Status saveChart(QChartView *view, const QString &path, bool svg);

// Adds "Save Chart as PNG…" and "…as SVG…" to the view's right-click menu.
void offerChartExport(QChartView *view);

} // namespace cd
