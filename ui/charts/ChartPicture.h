#pragma once

#include "FollowersChart.h"
#include "common/Result.h"

#include <QDate>
#include <QPicture>
#include <QSizeF>

class QChart;

namespace cd {

class Workspace;

// Charts as vectors for documents: documents/ lays out PDFs with Qt Gui alone, so it is handed a
// QPicture (paint commands, QtGui) rather than a chart (a widget). Replaying the picture on a
// QPdfWriter's painter keeps lines and text sharp at any print resolution. QPainter::drawPicture
// scales by the device's DPI over the picture's (logicalDpiX(), the screen's: 96 offscreen), so
// `size` plays at the same physical size on any device; to fit a box, scale by the box over that.
// Each needs a QApplication (a chart is a graphics widget) but no display: nothing is shown.

// Records `chart` laid out at `size` (logical pixels, 720 x 360 say) with its top-left corner at
// (0, 0). The chart must not be in a view or scene (it is put into a scene of its own while drawn,
// and taken out again); a chart that is, or an empty size, gives a null picture. Draw into a chart
// made for the picture: the items of series and axes taken off a chart (resetChart) are deleted only
// when the event loop next runs, and would be recorded too. The chart is drawn as it is styled:
// draw it inside a LightChartPalette for print.
QPicture chartPicture(QChart *chart, const QSizeF &size);

// The campaign's chart of `kind` (engagement, followers, kpi, budget) as of `asOf`, drawn by
// drawCampaignChart in the light palette whatever the desktop's theme. Errors are
// drawCampaignChart's: "the campaign starts after <asOf>: nothing to draw yet" (engagement),
// "<name> has no KPI targets set: …" (kpi), an unknown kind, or the campaign cannot be read.
Result<QPicture> campaignChartPicture(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf,
                                      const QSizeF &size);

// A creator's follower counts (FollowersChart::draw: a line per name, the count axis from zero or,
// `fromZero` false, from just under the lowest count) in the light palette, for a media kit.
// No lines (or no counts) give a picture of the titled, empty chart.
// The same lines as each one's change in percent since `since` (FollowersChart::drawGrowth): a
// media kit's growth over its 90 days, every platform readable whatever its size. No axis title
// (a small chart has no room for it): `title` should say the values are percentages.
QPicture followerGrowthPicture(const QString &title, const QList<FollowersChart::CountLine> &lines, const QDate &since,
                               const QSizeF &size);

QPicture followerCountPicture(const QString &title, const QList<FollowersChart::CountLine> &lines, const QSizeF &size,
                              bool fromZero);

} // namespace cd
