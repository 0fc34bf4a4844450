#pragma once

#include "common/Result.h"
#include "common/Words.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <utility>

namespace cd {

struct MediaKit;

// The creator's one-page media kit (A4), in English or Indonesian, for a talent manager to send
// to brands: name, niche and country; total followers, tier, 90-day engagement rate and growth as
// tiles; each platform's handle, followers, tier, engagement rate beside the platform's typical
// band and growth; the follower chart; audience by age, gender and country; the latest
// collaborations with the creator's results; the rate card; how the figures are counted. Long
// lists are cut (top five countries, the first rates) so the kit stays on one page.

// The kit as rich text. `withChart`: the follower chart stands where an <img> of the picture
// "followers" (pictureSource) is; without it a line says there is nothing to draw.
QString mediaKitHtml(const MediaKit &kit, ContractLanguage language, bool withChart);

// Writes the kit as a PDF to `path` through QSaveFile (whole or not at all), with `followerChart`
// as its chart (a null or empty picture: no chart, and the line saying why); returns its page
// count. Needs a QGuiApplication (fonts); works on the offscreen platform.
Result<int> writeMediaKitPdf(const MediaKit &kit, ContractLanguage language, const QPicture &followerChart,
                             const QString &path);

// What the caller needs to draw the follower chart (charts/ChartPicture's followerGrowthPicture):
// one line per platform with counts, named as the kit names platforms (none: draw nothing); the
// title in the kit's language; the size to draw it at, in logical pixels, in the proportions the
// page gives it. Draw it inside a charts/ChartLanguage of the kit's language, so an Indonesian
// kit's axis says "Okt", not "Oct".
using MediaKitChartLine = std::pair<QString, QList<std::pair<QDate, qint64>>>;
QList<MediaKitChartLine> mediaKitChartLines(const MediaKit &kit, ContractLanguage language);
QString mediaKitChartTitle(const MediaKit &kit, ContractLanguage language);
QSizeF mediaKitChartSize();

} // namespace cd
