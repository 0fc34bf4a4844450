#include "TestSupport.h"

#include "charts/CampaignCharts.h"
#include "charts/ChartAxes.h"
#include "charts/ChartLanguage.h"
#include "charts/ChartPanel.h"
#include "charts/ChartParts.h"
#include "charts/ChartPicture.h"
#include "charts/FollowersChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QPicture>
#include <QSet>

using namespace cd;
using cd::test::TempDir;

namespace {
const QDate AsOf(2026, 4, 30);
const QSizeF Size(720, 360);

// The fixture workspace: Ramadan Refresh 2026 (id 1, 2026-03-01 to 03-31, with targets, a reel and
// its snapshots) and Kopi Launch (id 2, from 2026-05-01, no targets).
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    Fixture()
    {
        auto opened = Workspace::open(test::copyFixture(dir, QStringLiteral("workspace-v1.collabdesk")));
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
    }
};

// The picture replayed 1:1 (a QImage has the picture's resolution) on white.
QImage replayed(const QPicture &picture, const QSize &size = Size.toSize())
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPicture(0, 0, picture);
    painter.end();
    return image;
}

// Pixels of a series' colour (the theme's blues, greens and oranges): saturated, not the greys of
// grid lines, axes and text.
int colouredPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.hsvSaturation() > 100 && c.value() > 60)
                ++n;
    return n;
}

// Pixels of text and axis lines: dark and grey.
int darkPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.hsvSaturation() < 60 && c.value() < 120)
                ++n;
    return n;
}

// Makes the application's palette dark for the life of the object, as on a dark desktop.
struct DarkDesktop
{
    QPalette before = QApplication::palette();
    DarkDesktop()
    {
        QPalette dark = before;
        for (auto [role, colour] :
             {std::pair{QPalette::Window, QColor(0x2d, 0x2d, 0x2d)},
              std::pair{QPalette::Base, QColor(0x1e, 0x1e, 0x1e)}, std::pair{QPalette::Text, QColor(0xee, 0xee, 0xee)},
              std::pair{QPalette::WindowText, QColor(0xee, 0xee, 0xee)}})
            dark.setColor(role, colour);
        QApplication::setPalette(dark);
    }
    ~DarkDesktop() { QApplication::setPalette(before); }
};
} // namespace

TEST_CASE("a campaign's charts come as vector pictures of the size asked for, with lines, bars and axes drawn")
{
    Fixture f;
    // Where each chart draws its data at 720 x 360 (the plot area, inside the axes), and where the
    // labels of its left axis are.
    const QRect plot(150, 60, 450, 200);
    const QRect leftLabels(0, 40, 80, 260);
    for (const char *kind : {"engagement", "followers", "kpi"}) {
        INFO(kind);
        Result<QPicture> picture = campaignChartPicture(*f.ws, 1, QLatin1String(kind), AsOf, Size);
        REQUIRE(picture.ok());
        REQUIRE_FALSE(picture->isNull());
        // Paint commands, not pixels: the chart's background spans the size, give or take its margin.
        const QRect bounds = picture->boundingRect();
        CHECK(QRect(0, 0, 720, 360).contains(bounds));
        CHECK(bounds.width() >= 690);
        CHECK(bounds.height() >= 330);
        const QImage image = replayed(picture.value());
        // The engagement lines across March and April, Rina's follower line, the targets' bars.
        CHECK(colouredPixels(image, plot) > 300);
        CHECK(darkPixels(image, leftLabels) > 100);
        // The title in the top band.
        CHECK(darkPixels(image, QRect(150, 20, 420, 30)) > 100);
    }
}

TEST_CASE("a chart picture is drawn light for print, whatever the desktop's theme")
{
    Fixture f;
    QImage image;
    {
        DarkDesktop dark;
        Result<QPicture> picture = campaignChartPicture(*f.ws, 1, QStringLiteral("engagement"), AsOf, Size);
        REQUIRE(picture.ok());
        // Replayed on black: whatever is not white was painted by the chart.
        image = QImage(Size.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        painter.drawPicture(0, 0, picture.value());
    }
    // A white background behind the plot (the light palette's base), dark title text on it.
    CHECK(image.pixelColor(360, 345) == QColor(Qt::white));
    CHECK(image.pixelColor(20, 20) == QColor(Qt::white));
    const int title = darkPixels(image, QRect(150, 20, 420, 30));
    CHECK(title > 100);
    CHECK(title < 420 * 30 / 4); // letters, not a dark band
    // The screen's charts follow the desktop again afterwards.
    CHECK(QApplication::palette().color(QPalette::Base) != QColor(0x1e, 0x1e, 0x1e));
}

TEST_CASE("a campaign chart picture says why when there is nothing to draw")
{
    Fixture f;
    // Kopi Launch starts on 2026-05-01.
    Result<QPicture> early = campaignChartPicture(*f.ws, 2, QStringLiteral("engagement"), AsOf, Size);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error() == QStringLiteral("No numbers before the campaign starts on 1 May 2026"));
    Result<QPicture> targets = campaignChartPicture(*f.ws, 2, QStringLiteral("kpi"), AsOf, Size);
    REQUIRE_FALSE(targets.ok());
    CHECK(targets.error() == QStringLiteral("Kopi Launch has no KPI targets set: add them in the campaign's editor"));
    Result<QPicture> pie = campaignChartPicture(*f.ws, 1, QStringLiteral("pie"), AsOf, Size);
    REQUIRE_FALSE(pie.ok());
    CHECK(pie.error().startsWith(QStringLiteral("unknown chart kind 'pie'")));
}

TEST_CASE("a creator's follower picture draws the counts as a line")
{
    const QList<FollowersChart::CountLine> lines = {
        {QStringLiteral("Instagram"),
         {{QDate(2026, 1, 1), 120000}, {QDate(2026, 2, 1), 126000}, {QDate(2026, 3, 1), 131000}}}};
    const QPicture picture = followerCountPicture(QStringLiteral("Followers"), lines, QSizeF(480, 240), false);
    REQUIRE_FALSE(picture.isNull());
    CHECK(QRect(0, 0, 480, 240).contains(picture.boundingRect()));
    CHECK(picture.boundingRect().width() >= 450);
    const QImage image = replayed(picture, QSize(480, 240));
    // The count axis starts under the lowest count, so the line climbs across the plot.
    CHECK(colouredPixels(image, QRect(100, 40, 340, 150)) > 200);
}

TEST_CASE("chartPicture lays out a chart no view shows, and gives it back to the caller")
{
    QChart chart;
    auto *line = new QLineSeries;
    line->setName(QStringLiteral("Likes"));
    line->append({QPointF(0, 0), QPointF(10, 10)});
    chart.addSeries(line);
    chart.createDefaultAxes();
    chart.setTitle(QStringLiteral("Laid out"));
    const QPicture picture = chartPicture(&chart, Size);
    REQUIRE_FALSE(picture.isNull());
    CHECK(chart.scene() == nullptr);
    // The plot area was laid out at the size asked for, inside the axes and under the legend.
    const QRectF plot = chart.plotArea();
    CHECK(plot.width() > 500);
    CHECK(plot.height() > 150);
    CHECK(QRectF(0, 0, 720, 360).contains(plot));
    // The line runs corner to corner of the plot: its middle is drawn where the chart maps (5, 5).
    const QImage image = replayed(picture);
    const QPoint middle = chart.mapToPosition(QPointF(5, 5)).toPoint();
    CHECK(colouredPixels(image, QRect(middle - QPoint(3, 3), QSize(7, 7))) > 3);
    CHECK(colouredPixels(image, QRect(QPoint(0, 0), plot.topLeft().toPoint())) == 0);

    // A view's chart stays in its view: no picture.
    QChartView view;
    CHECK(chartPicture(view.chart(), Size).isNull());
    CHECK(chartPicture(&chart, QSizeF()).isNull());
}

TEST_CASE("a chart panel draws a campaign's chart or says why there is none")
{
    Fixture f;
    ChartPanel panel(QStringLiteral("kpiChartView"), QStringLiteral("Targets"));
    REQUIRE(panel.findChild<QChartView *>(QStringLiteral("kpiChartView")) == panel.view());
    CHECK(panel.view()->accessibleName() == QStringLiteral("Targets"));
    CHECK(panel.view()->actions().size() == 2); // Save Chart as PNG…, as SVG…
    REQUIRE(panel.showCampaignChart(*f.ws, 1, QStringLiteral("kpi"), AsOf).ok());
    CHECK(panel.title() == QStringLiteral("Progress against targets, as of 30 Apr 2026"));
    CHECK(panel.seriesSummary() == QStringList{QStringLiteral("Achieved"), QStringLiteral("Target: 2")});
    const Status none = panel.showCampaignChart(*f.ws, 2, QStringLiteral("kpi"), AsOf);
    CHECK_FALSE(none.ok());
    CHECK(panel.title() == none.error());
    CHECK(panel.seriesSummary().isEmpty());
}

TEST_CASE("chart numbers read as people write them in each language")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates), id(QLocale::Indonesian, QLocale::Indonesia);
    CHECK(chartNumber(0, en) == QStringLiteral("0"));
    CHECK(chartNumber(950, en) == QStringLiteral("950"));
    CHECK(chartNumber(2.5, en) == QStringLiteral("2.5"));
    CHECK(chartNumber(2.5, id) == QStringLiteral("2,5"));
    CHECK(chartNumber(12'500, en) == QStringLiteral("12.5K"));
    CHECK(chartNumber(12'500, id) == QStringLiteral("12,5 rb"));
    CHECK(chartNumber(10'000'000, en) == QStringLiteral("10M")); // was "10000000"
    CHECK(chartNumber(11'500'000, id) == QStringLiteral("11,5 jt"));
    CHECK(chartNumber(1'800'000'000, en) == QStringLiteral("1.8B")); // was "1800000000"
    CHECK(chartNumber(1'800'000'000, id) == QStringLiteral("1,8 M"));
    CHECK(chartNumber(-2'000, en) == QStringLiteral("-2K"));

    // Round ticks: a target axis up to 444% reads 0, 100, 200… (it read 0, 111, 222, 333, 444).
    QCategoryAxis *targets = makeNumberAxis();
    setNumberRange(targets, 0, 444, QStringLiteral("%"));
    CHECK(targets->categoriesLabels() == QStringList{QStringLiteral("0%"), QStringLiteral("100%"),
                                                     QStringLiteral("200%"), QStringLiteral("300%"),
                                                     QStringLiteral("400%"), QStringLiteral("500%")});
    CHECK(targets->max() == 500);
    QCategoryAxis *budget = makeNumberAxis();
    setNumberRange(budget, 0, 11'500'000);
    CHECK(budget->categoriesLabels() == QStringList{QStringLiteral("0"), QStringLiteral("2.5M"), QStringLiteral("5M"),
                                                    QStringLiteral("7.5M"), QStringLiteral("10M"),
                                                    QStringLiteral("12.5M")});
    {
        ChartLanguage indonesian(ContractLanguage::Id);
        setNumberRange(budget, 0, 11'500'000);
        CHECK(budget->categoriesLabels().value(1) == QStringLiteral("2,5 jt"));
    }
    delete targets;
    delete budget;
}

TEST_CASE("the targets chart names each bar with its figure and draws the 100% line on round ticks")
{
    Fixture f;
    QChart chart;
    REQUIRE(drawCampaignChart(&chart, *f.ws, 1, QStringLiteral("kpi"), AsOf).ok());
    auto *names = qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Vertical).value(0));
    REQUIRE(names);
    // As of 04-30: Rina's one post of the 6 targeted (16.7%); 4 views of 200,000 is 0%, not "0.0%".
    CHECK(names->categories().value(0) == QStringLiteral("Posts · 16.7%"));
    CHECK(names->categories().size() == 6);
    auto *amounts = qobject_cast<QCategoryAxis *>(chart.axes(Qt::Horizontal).value(0));
    REQUIRE(amounts);
    CHECK(amounts->categoriesLabels().contains(QStringLiteral("100%")));
    CHECK(seriesSummary(&chart).contains(QStringLiteral("Target: 2")));

    QChart budget;
    REQUIRE(drawCampaignChart(&budget, *f.ws, 1, QStringLiteral("budget"), AsOf).ok());
    auto *rows = qobject_cast<QBarCategoryAxis *>(budget.axes(Qt::Vertical).value(0));
    REQUIRE(rows);
    // Her deposit paid on 24 Feb; committed her fee Rp5.000.000, product Rp250.000 and 10% of her
    // Rp6.000.000 revenue (Rp600.000); the Rp50.000.000 budget.
    CHECK(rows->categories() == QStringList{QStringLiteral("Paid · Rp1.500.000"),
                                            QStringLiteral("Committed · Rp5.850.000"),
                                            QStringLiteral("Budget · Rp50.000.000")});
    auto *money = qobject_cast<QCategoryAxis *>(budget.axes(Qt::Horizontal).value(0));
    REQUIRE(money);
    CHECK(money->categoriesLabels() ==
          QStringList{QStringLiteral("0"), QStringLiteral("20M"), QStringLiteral("40M"), QStringLiteral("60M")});
}

TEST_CASE("each creator keeps one colour in every chart and each platform its own")
{
    const QDate start(2026, 3, 1);
    const QList<FollowersChart::CountLine> lines = {
        {QStringLiteral("Zaki"), {{start, 1'000}, {start.addDays(5), 1'100}}},
        {QStringLiteral("Ayu"), {{start, 2'000'000}, {start.addDays(5), 2'010'000}}},
        {QStringLiteral("Made"), {{start, 50'000}, {start.addDays(5), 52'000}}}};
    QChart counts, growth;
    FollowersChart::draw(&counts, QStringLiteral("Followers"), lines);
    FollowersChart::drawGrowth(&growth, QStringLiteral("Growth"), {lines[2], lines[0], lines[1]}, start);
    const auto colours = [](const QChart &chart) {
        QMap<QString, QColor> byName;
        for (QAbstractSeries *s : chart.series())
            if (auto *line = qobject_cast<QLineSeries *>(s))
                byName.insert(line->name(), line->pen().color());
        return byName;
    };
    const QMap<QString, QColor> a = colours(counts), b = colours(growth);
    REQUIRE(a.size() == 3);
    CHECK(a == b); // the same creator, the same colour, whatever order the lines come in
    CHECK(QSet<QRgb>{a.value(QStringLiteral("Zaki")).rgb(), a.value(QStringLiteral("Ayu")).rgb(),
                     a.value(QStringLiteral("Made")).rgb()}
              .size() == 3);
    CHECK(a.value(QStringLiteral("Ayu")) == QColor(0x4e, 0x79, 0xa7)); // first by name
    // The eleventh creator repeats the first hue, dashed.
    QLineSeries eleventh;
    colourCreatorLine(&eleventh, 10);
    CHECK(eleventh.pen().color() == QColor(0x4e, 0x79, 0xa7));
    CHECK(eleventh.pen().style() == Qt::DashLine);
    CHECK(platformColour(Platform::Instagram) == QColor(0xC1, 0x35, 0x84));
    CHECK(platformColour(Platform::YouTube) == QColor(0xFF, 0x00, 0x33));
}

TEST_CASE("the follower growth chart sets each creator against their own count at the start")
{
    QChart chart;
    const QDate start(2026, 3, 1);
    FollowersChart::drawGrowth(
        &chart, QStringLiteral("Growth"),
        {{QStringLiteral("Nano"), {{start.addDays(-3), 900}, {start, 1'000}, {start.addDays(10), 1'120}}},
         {QStringLiteral("Mega"), {{start.addDays(2), 2'000'000}, {start.addDays(10), 2'020'000}}},
         {QStringLiteral("Never counted"), {}}},
        start);
    QMap<QString, QList<double>> changes;
    for (QAbstractSeries *s : chart.series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            for (const QPointF &p : line->points())
                changes[line->name()] << p.y();
    // Nano from their count on the start day (1,000): -10%, 0%, +12%; Mega has none before the
    // start, so from their first (2,000,000): 0%, +1%.
    CHECK(changes.value(QStringLiteral("Nano")) == QList<double>{-10.0, 0.0, 12.0});
    CHECK(changes.value(QStringLiteral("Mega")) == QList<double>{0.0, 1.0});
    CHECK_FALSE(changes.contains(QStringLiteral("Never counted")));
}

TEST_CASE("a date axis names every month of a long chart and every week or fortnight of a short one")
{
    QCategoryAxis *axis = makeDateAxis();
    // Twelve months: every one from the first whole month (it skipped some), with the year as it
    // crosses one.
    setDateRange(axis, QDate(2025, 12, 10), QDate(2026, 11, 30));
    CHECK(axis->categoriesLabels().size() == 11);
    CHECK(axis->categoriesLabels().first() == QStringLiteral("Jan 2026"));
    CHECK(axis->categoriesLabels().last() == QStringLiteral("Nov 2026"));
    // Two years: every second month.
    setDateRange(axis, QDate(2025, 1, 1), QDate(2026, 6, 30));
    CHECK(axis->categoriesLabels().mid(0, 3) ==
          QStringList{QStringLiteral("Jan 2025"), QStringLiteral("Mar 2025"), QStringLiteral("May 2025")});
    // Five months in one year: each month, no skipping.
    setDateRange(axis, QDate(2026, 3, 1), QDate(2026, 7, 31));
    CHECK(axis->categoriesLabels() == QStringList{QStringLiteral("Mar"), QStringLiteral("Apr"), QStringLiteral("May"),
                                                  QStringLiteral("Jun"), QStringLiteral("Jul")});
    // A month: weekly from the first day.
    setDateRange(axis, QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(axis->categoriesLabels() == QStringList{QStringLiteral("1 Mar"), QStringLiteral("8 Mar"),
                                                  QStringLiteral("15 Mar"), QStringLiteral("22 Mar"),
                                                  QStringLiteral("29 Mar")});
    {
        ChartLanguage indonesian(ContractLanguage::Id);
        setDateRange(axis, QDate(2026, 3, 1), QDate(2026, 7, 31));
        CHECK(axis->categoriesLabels().value(2) == QStringLiteral("Mei"));
    }
    delete axis;
}

TEST_CASE("a creator taking part without follower counts on the campaign's platforms is named under the title")
{
    Fixture f;
    // Alex Chen (YouTube only; Ramadan Refresh is on Instagram and TikTok) takes part after all.
    test::exec(*f.ws, QStringLiteral("UPDATE participants SET status = 'confirmed' WHERE id = 2"));
    for (const char *kind : {"followers", "follower_growth"}) {
        INFO(kind);
        QChart chart;
        REQUIRE(drawCampaignChart(&chart, *f.ws, 1, QLatin1String(kind), AsOf).ok());
        CHECK(chart.title().endsWith(
            QStringLiteral("<br><small>No follower counts on the campaign's platforms: Alex Chen</small>")));
        // Rina's line is drawn; Alex has none (and no legend entry of a line that is not there).
        QStringList names;
        for (QAbstractSeries *s : chart.series())
            names << s->name();
        CHECK(names.contains(QStringLiteral("Rina Wijaya")));
        CHECK_FALSE(names.contains(QStringLiteral("Alex Chen")));
    }
    // With everyone counted, the title is the title alone.
    test::exec(*f.ws, QStringLiteral("UPDATE participants SET status = 'declined' WHERE id = 2"));
    QChart chart;
    REQUIRE(drawCampaignChart(&chart, *f.ws, 1, QStringLiteral("followers"), AsOf).ok());
    CHECK(chart.title() == QStringLiteral("Followers of each creator on the campaign's platforms"));
}
