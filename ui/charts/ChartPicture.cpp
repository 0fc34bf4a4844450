#include "ChartPicture.h"

#include "CampaignCharts.h"
#include "ChartLanguage.h"
#include "ChartParts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

namespace cd {

QPicture chartPicture(QChart *chart, const QSizeF &size)
{
    if (!chart || chart->scene() || size.isEmpty())
        return QPicture();
    const QRectF frame(QPointF(0, 0), size);
    // A document writes numbers and months as its language does (2,000,000 / 2.000.000, Oct /
    // Okt): the locale of the ChartLanguage in scope, rather than printf's bare 2000000.
    chart->setLocale(ChartLanguage::current());
    chart->setLocalizeNumbers(true);
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::NoIndex); // drawn once: an index would only cost time
    scene.addItem(chart);
    chart->setGeometry(frame);
    // Setting a new geometry lays out the plot area, axes and legend at once (measured on Qt 6.4);
    // what changed since the chart's last layout (a title, legend entries) waits in posted
    // LayoutRequest events, which a view's event loop would deliver: deliver those now, and only
    // those, so no other queued work of the caller runs in between.
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, frame, frame);
    painter.end();
    scene.removeItem(chart); // the scene would delete it: the chart stays the caller's
    return picture;
}

Result<QPicture> campaignChartPicture(Workspace &ws, qint64 campaignId, const QString &kind, const QDate &asOf,
                                      const QSizeF &size)
{
    const LightChartPalette print;
    QChart chart;
    if (Status s = drawCampaignChart(&chart, ws, campaignId, kind, asOf); !s)
        return fail(s.error());
    return chartPicture(&chart, size);
}

QPicture followerGrowthPicture(const QString &title, const QList<FollowersChart::CountLine> &lines, const QDate &since,
                               const QSizeF &size)
{
    const LightChartPalette print;
    QChart chart;
    FollowersChart::drawGrowth(&chart, title, lines, since);
    // A small picture has no room for the axis title beside the ticks: the title says "%".
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
        axis->setTitleVisible(false);
    return chartPicture(&chart, size);
}

QPicture followerCountPicture(const QString &title, const QList<FollowersChart::CountLine> &lines, const QSizeF &size,
                              bool fromZero)
{
    const LightChartPalette print;
    QChart chart;
    FollowersChart::draw(&chart, title, lines, {}, fromZero);
    return chartPicture(&chart, size);
}

} // namespace cd
