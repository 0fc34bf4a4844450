// A list's column widths, order and sorting kept in the settings (rememberHeaderState): what the
// user changes is kept, and what a re-read does to the stretched last column never writes the file;
// settings that change in bursts (KeptSetting) are written once a burst is over.
#include "common/LocalSettings.h"
#include "main/AppStyle.h"
#include "main/KeptSetting.h"
#include "main/PageParts.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPainter>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyleOptionHeaderV2>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace cd;

namespace {
const QString Key = QStringLiteral("tests/header");

std::unique_ptr<QTableView> makeTable(QStandardItemModel &model)
{
    auto table = std::make_unique<QTableView>();
    setUpRecordTable(table.get(), QStringLiteral("test list"));
    table->setModel(&model);
    rememberHeaderState(table.get(), Key);
    table->resize(600, 300);
    table->show();
    REQUIRE(QTest::qWaitForWindowExposed(table.get()));
    return table;
}

void fill(QStandardItemModel &model, int rows)
{
    model.setRowCount(0);
    model.setRowCount(rows);
}

qint64 settingsWritten()
{
    return QFileInfo(QSettings().fileName()).lastModified().toMSecsSinceEpoch();
}
} // namespace

TEST_CASE("a list keeps the user's column widths and sorting, written once after a change and never by a re-read")
{
    LocalSettings::remove(Key);
    LocalSettings::waitForWrites();
    QStandardItemModel model(0, 4);
    auto table = makeTable(model);
    QHeaderView *header = table->horizontalHeader();

    // Re-reads that bring and take away the scroll bar resize the stretched last column, and that
    // is nobody's choice: nothing is written, however long one waits.
    QTest::qWait(50);
    const qint64 before = settingsWritten();
    int lastResized = 0;
    QObject::connect(header, &QHeaderView::sectionResized, [&](int column) {
        if (column == 3)
            ++lastResized;
    });
    for (int i = 0; i < 4; ++i) {
        fill(model, i % 2 ? 200 : 3);
        QApplication::processEvents();
    }
    REQUIRE(lastResized > 0); // the case this is about did happen
    QTest::qWait(700);
    CHECK_FALSE(LocalSettings::contains(Key));
    CHECK(settingsWritten() == before);

    // A drag on a column's edge resizes it pixel by pixel: kept once it is over, as the last width.
    for (int width = 120; width <= 180; width += 10)
        header->resizeSection(0, width);
    CHECK_FALSE(LocalSettings::contains(Key));                                     // not while it goes on
    REQUIRE(QTest::qWaitFor([] { return LocalSettings::contains(Key); }, 10'000)); // however late the moment comes
    {
        QStandardItemModel other(3, 4);
        auto again = makeTable(other);
        CHECK(again->horizontalHeader()->sectionSize(0) == 180);
    }

    // Sorted by another column, and the list closed before the quiet moment: kept all the same.
    header->setSortIndicator(2, Qt::DescendingOrder);
    table.reset();
    QStandardItemModel other(3, 4);
    auto again = makeTable(other);
    CHECK(again->horizontalHeader()->sortIndicatorSection() == 2);
    CHECK(again->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(again->horizontalHeader()->sectionSize(0) == 180);
    LocalSettings::remove(Key);
}

TEST_CASE("a setting changed in a burst is written once it is over, and not when it comes back to what is kept")
{
    const QString key = QStringLiteral("tests/kept");
    LocalSettings::set(key, 3);
    LocalSettings::waitForWrites();
    auto owner = std::make_unique<QObject>();
    auto *kept = new KeptSetting(key, owner.get());
    // A drag: one change per pixel, nothing written while it goes on.
    for (int at = 10; at <= 40; ++at)
        kept->set(at);
    CHECK(LocalSettings::value(key).toInt() == 3);
    CHECK(QTest::qWaitFor([&] { return LocalSettings::value(key).toInt() == 40; }, 10'000));
    // Back and forth to where it was: the file is not written again.
    LocalSettings::waitForWrites();
    QTest::qWait(20);
    const qint64 written = settingsWritten();
    kept->set(12);
    kept->set(40);
    QTest::qWait(KeptSetting::QuietMs + 200);
    CHECK(settingsWritten() == written);
    // Gone before the quiet moment (the window closed mid-drag): written as it goes.
    kept->set(25);
    owner.reset();
    CHECK(LocalSettings::value(key).toInt() == 25);
    LocalSettings::remove(key);
}

TEST_CASE("this computer's settings answer at once what was set and reach the file in the order asked")
{
    const QString key = QStringLiteral("tests/order"), other = QStringLiteral("tests/other");
    LocalSettings::set(key, QStringLiteral("first"));
    CHECK(LocalSettings::value(key).toString() == QStringLiteral("first"));
    LocalSettings::remove(key);
    CHECK_FALSE(LocalSettings::contains(key));
    CHECK(LocalSettings::value(key, 7).toInt() == 7); // removed: the fallback
    LocalSettings::set(other, 1);
    for (int i = 0; i < 50; ++i)
        LocalSettings::set(key, i);
    CHECK(LocalSettings::value(key).toInt() == 49);
    LocalSettings::waitForWrites();
    // In the file itself, as the last change asked for left it.
    QFile file(QSettings().fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("order=49")));
    CHECK(text.contains(QStringLiteral("other=1")));
    // Removed last: gone from the file too.
    LocalSettings::remove(key);
    LocalSettings::remove(other);
    LocalSettings::waitForWrites();
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("order=")));
    CHECK_FALSE(QSettings().contains(key));
}

TEST_CASE("a column's title wider than its column ends in an ellipsis within the column")
{
    useAppStyle();
    QTableView table;
    QHeaderView *header = table.horizontalHeader();
    // As Qt 6.4's QHeaderView asks for a title: in a V2 option whose elide mode is none, whatever the
    // header's. It drew the title centred and cut at both ends ("ethod / referenc").
    QStyleOptionHeaderV2 option;
    option.initFrom(header);
    option.textElideMode = Qt::ElideNone;
    option.textAlignment = Qt::AlignCenter;
    const QString title = QStringLiteral("Method / reference");
    const int width = option.fontMetrics.horizontalAdvance(title) / 2; // a column half as wide
    option.rect = QRect(0, 0, width, option.fontMetrics.height() + 8);
    const auto drawn = [&](const QString &text) {
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        option.text = text;
        table.style()->drawControl(QStyle::CE_HeaderLabel, &option, &painter, header);
        return image;
    };
    const QString elided = option.fontMetrics.elidedText(title, Qt::ElideRight, width);
    REQUIRE(elided.endsWith(QChar(0x2026)));
    CHECK(drawn(title) == drawn(elided));
}
